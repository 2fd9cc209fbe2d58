import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { SCRIPTS, STOP_WORDS } from './language-profiles.js';

// The opening of an article decides its language; reading more only costs time.
const SAMPLE_CHARS = 5000;
// Below these, a text is too short to judge and is taken as English.
const MIN_LETTERS = 20;
const MIN_WORDS = 6;
const MIN_STOP_HITS = 3;
// Another Latin-script language must beat English's stop-word count by this factor,
// so English with a foreign name or phrase stays English.
const OVER_ENGLISH = 1.5;
// Running prose is a third or more function words; tables and lists of figures are not, and
// their few stray short words ("per", "no", "in") must not make a language.
const MIN_STOP_SHARE = 0.2;
// Share of a script's letters (or of the dominant script's) that makes a sibling language win.
const MARK_SHARE = 0.01;
const DEFER_SHARE = 0.1;

// Languages in table order, and per function word the languages it belongs to: one lookup per word.
const LANGUAGES = Object.keys(STOP_WORDS);
const EN = LANGUAGES.indexOf('en');
const STOP_LANGUAGES = new Map<string, number[]>();
LANGUAGES.forEach((language, k) => {
  for (const w of new Set(STOP_WORDS[language])) {
    const ks = STOP_LANGUAGES.get(w);
    if (ks) ks.push(k);
    else STOP_LANGUAGES.set(w, [k]);
  }
});
const WORD = /\p{L}+/gu;

// Script of each code point of the Basic Multilingual Plane (index in SCRIPTS + 1; 0: none), so a
// character costs one table read; the first script listing a code point owns it.
const BMP_SCRIPT = new Uint8Array(0x10000);
for (let k = SCRIPTS.length - 1; k >= 0; k--) {
  for (const [lo, hi] of SCRIPTS[k].ranges) BMP_SCRIPT.fill(k + 1, lo, Math.min(hi, 0xffff) + 1);
}

/** Language detection: the first stage. Sets `article.language`; notes a non-English article. */
export function languageStage(): Stage {
  return {
    name: 'language',
    run(doc: Doc) {
      const detected = detectLanguage(doc.text);
      const language = detected ?? doc.article.language ?? 'en';
      doc.article.language = language;
      if (language !== 'en') doc.notes.push(`language: not English (${language}); English stages skipped`);
    },
  };
}

/** Whether English stages should run on this document (no language set counts as English). */
export function isEnglish(doc: Doc): boolean {
  return (doc.article.language ?? 'en') === 'en';
}

/**
 * ISO 639-1 code of the text's language from its script and, for Latin script, its function
 * words; undefined when the text is too short to tell.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = scriptCounts(sample);
  let letters = 0;
  let top = -1;
  for (let k = 0; k < SCRIPTS.length; k++) {
    letters += counts[k];
    if (counts[k] > 0 && (top < 0 || counts[k] > counts[top])) top = k;
  }
  if (top < 0 || letters < MIN_LETTERS) return undefined;
  const script = SCRIPTS[top];
  if (script.script === 'Latin') return latinLanguage(sample);
  const topCount = counts[top];
  const defersTo = SCRIPTS.findIndex((s) => s.script === script.defersTo);
  if (defersTo >= 0 && counts[defersTo] >= DEFER_SHARE * topCount) return SCRIPTS[defersTo].language;
  for (const mark of script.marks ?? []) {
    let hits = 0;
    for (const ch of sample) if (mark.letters.includes(ch)) hits++;
    if (hits >= 2 && hits >= MARK_SHARE * topCount) return mark.language;
  }
  return script.language;
}

/** Letters of each script of SCRIPTS (by index) in the sample. */
function scriptCounts(sample: string): Int32Array {
  const counts = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < sample.length; i++) {
    const cp = sample.codePointAt(i)!;
    if (cp > 0xffff) {
      i++;
      const k = SCRIPTS.findIndex((p) => p.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
      if (k >= 0) counts[k]++;
    } else if (BMP_SCRIPT[cp]) {
      counts[BMP_SCRIPT[cp] - 1]++;
    }
  }
  return counts;
}

function latinLanguage(sample: string): string | undefined {
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const hits = new Int32Array(LANGUAGES.length);
  // Languages in the order of their first hit: ties go to the earlier one.
  const order: number[] = [];
  for (const w of words) {
    const ks = STOP_LANGUAGES.get(w);
    if (!ks) continue;
    for (const k of ks) if (hits[k]++ === 0) order.push(k);
  }
  let best = EN;
  for (const k of order) if (hits[k] > hits[best]) best = k;
  const n = hits[best];
  if (n < MIN_STOP_HITS) return undefined;
  const foreign = best !== EN && n >= OVER_ENGLISH * hits[EN] && n >= MIN_STOP_SHARE * words.length;
  return foreign ? LANGUAGES[best] : 'en';
}
