// Data for language detection: the most frequent function words of languages written in Latin
// script, and the scripts (Unicode blocks) that identify a language or a family by themselves.

/** Frequent function words per ISO 639-1 code; a text's language is the one whose words it uses most. */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the', 'and', 'of', 'to', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'by', 'at', 'from', 'his',
    'are', 'have', 'be', 'this', 'which', 'not', 'or', 'were', 'has', 'said', 'but', 'they', 'been', 'will',
    'their', 'who', 'would', 'its', 'he', 'she', 'had', 'after', 'also', 'an',
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se',
    'no', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'fue', 'este', 'ha', 'porque', 'esta',
    'entre', 'cuando', 'muy', 'sin', 'sobre', 'también', 'dijo',
  ],
  fr: [
    'le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas',
    'sur', 'au', 'aux', 'avec', 'ce', 'il', 'elle', 'ne', 'se', 'son', 'sa', 'ses', 'plus', 'par', 'mais',
    'ont', 'été', 'cette', 'leur', 'selon',
  ],
  de: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'dem', 'des', 'mit', 'sich', 'von',
    'auf', 'für', 'im', 'auch', 'es', 'als', 'wird', 'bei', 'nach', 'wie', 'aus', 'sie', 'er', 'hat', 'sind',
    'oder', 'noch', 'über', 'wurde', 'einer',
  ],
  it: [
    'il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'che', 'e', 'è', 'un', 'una', 'per', 'non', 'con',
    'sono', 'si', 'da', 'al', 'nel', 'alla', 'anche', 'come', 'ma', 'più', 'ha', 'dei', 'questo', 'essere',
    'stato', 'delle', 'degli',
  ],
  pt: [
    'o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'é', 'em', 'um', 'uma', 'para', 'com',
    'não', 'no', 'na', 'por', 'mais', 'se', 'foi', 'ao', 'pelo', 'pela', 'seu', 'sua', 'também', 'como', 'mas',
    'ser', 'são', 'está', 'isso', 'nos',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'van', 'is', 'dat', 'die', 'niet', 'op', 'te', 'in', 'met', 'voor', 'zijn', 'er',
    'aan', 'als', 'ook', 'maar', 'bij', 'om', 'door', 'worden', 'werd', 'heeft', 'hij', 'ze', 'naar', 'wordt',
    'nog', 'dan', 'uit', 'over', 'deze',
  ],
  sv: [
    'och', 'att', 'det', 'som', 'en', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'ett', 'på',
    'var', 'jag', 'de', 'sig', 'men', 'ska', 'från', 'vid', 'kan', 'också', 'eller', 'efter', 'detta',
  ],
  da: [
    'og', 'at', 'det', 'er', 'en', 'til', 'af', 'for', 'med', 'som', 'på', 'den', 'ikke', 'har', 'de', 'et',
    'var', 'om', 'fra', 'han', 'men', 'kan', 'også', 'efter', 'eller', 'blev', 'skal', 'vil',
  ],
  pl: [
    'i', 'w', 'nie', 'na', 'się', 'z', 'do', 'że', 'jest', 'to', 'o', 'jak', 'po', 'ale', 'od', 'za', 'co',
    'przez', 'dla', 'tak', 'jego', 'już', 'został', 'oraz', 'czy', 'być', 'był', 'które', 'który', 'także',
  ],
  tr: [
    've', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'ama', 'ne', 'kadar',
    'sonra', 'her', 'değil', 'var', 'ise', 'göre', 'tarafından', 'veya',
  ],
  id: [
    'yang', 'dan', 'di', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dalam', 'akan', 'pada', 'juga', 'ke',
    'oleh', 'ada', 'karena', 'sebagai', 'bahwa', 'mereka', 'telah', 'atau', 'kata', 'bisa', 'sudah', 'lebih',
  ],
  ro: [
    'și', 'şi', 'de', 'în', 'la', 'cu', 'pe', 'un', 'o', 'care', 'că', 'nu', 'este', 'din', 'pentru', 'mai',
    'să', 'se', 'sunt', 'au', 'ca', 'lui', 'fost', 'acest', 'această',
  ],
};

/** A writing system, by Unicode ranges, and the language it indicates. */
export interface ScriptProfile {
  script: string;
  ranges: readonly (readonly [number, number])[];
  /** Language written in this script, when the script alone does not decide (see `marks`). */
  language: string;
  /** Letters that single out a sibling language in the same script, with that language's code. */
  marks?: readonly { letters: string; language: string }[];
  /** A script whose letters, mixed in, make the text that script's language instead. */
  defersTo?: string;
}

export const SCRIPTS: readonly ScriptProfile[] = [
  { script: 'Latin', ranges: [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]], language: 'en' },
  {
    script: 'Cyrillic', ranges: [[0x400, 0x4ff]], language: 'ru',
    marks: [{ letters: 'іїєґІЇЄҐ', language: 'uk' }, { letters: 'ђјљњћџЂЈЉЊЋЏ', language: 'sr' }],
  },
  {
    script: 'Arabic', ranges: [[0x600, 0x6ff], [0x750, 0x77f]], language: 'ar',
    marks: [{ letters: 'ٹڈڑںے', language: 'ur' }, { letters: 'پچژگ', language: 'fa' }],
  },
  { script: 'Hebrew', ranges: [[0x590, 0x5ff]], language: 'he' },
  { script: 'Greek', ranges: [[0x370, 0x3ff]], language: 'el' },
  { script: 'Devanagari', ranges: [[0x900, 0x97f]], language: 'hi' },
  { script: 'Thai', ranges: [[0xe00, 0xe7f]], language: 'th' },
  { script: 'Hangul', ranges: [[0xac00, 0xd7af], [0x1100, 0x11ff], [0x3130, 0x318f]], language: 'ko' },
  // Japanese mixes kana into Han text; Han alone is Chinese.
  { script: 'Kana', ranges: [[0x3040, 0x30ff]], language: 'ja' },
  { script: 'Han', ranges: [[0x4e00, 0x9fff], [0x3400, 0x4dbf]], language: 'zh', defersTo: 'Kana' },
];
