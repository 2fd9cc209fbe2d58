import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { SCRIPTS, STOP_WORDS, type ScriptProfile } from './language-profiles.js';

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

const STOP_SETS = Object.entries(STOP_WORDS).map(([language, words]) => [language, new Set(words)] as const);
const WORD = /\p{L}+/gu;

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
  let top: ScriptProfile | undefined;
  for (const s of SCRIPTS) {
    const c = counts.get(s.script) ?? 0;
    letters += c;
    if (c > 0 && (!top || c > (counts.get(top.script) ?? 0))) top = s;
  }
  if (!top || letters < MIN_LETTERS) return undefined;
  if (top.script === 'Latin') return latinLanguage(sample);
  const topCount = counts.get(top.script) ?? 0;
  if (top.defersTo && (counts.get(top.defersTo) ?? 0) >= DEFER_SHARE * topCount) {
    return SCRIPTS.find((s) => s.script === top.defersTo)?.language;
  }
  for (const mark of top.marks ?? []) {
    let hits = 0;
    for (const ch of sample) if (mark.letters.includes(ch)) hits++;
    if (hits >= 2 && hits >= MARK_SHARE * topCount) return mark.language;
  }
  return top.language;
}

function scriptCounts(sample: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of sample) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x41) continue;
    const s = SCRIPTS.find((p) => p.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    if (s) counts.set(s.script, (counts.get(s.script) ?? 0) + 1);
  }
  return counts;
}

function latinLanguage(sample: string): string | undefined {
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const hits = new Map<string, number>();
  for (const w of words) {
    for (const [language, set] of STOP_SETS) if (set.has(w)) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const english = hits.get('en') ?? 0;
  let best = 'en';
  for (const [language, n] of hits) if (n > (hits.get(best) ?? 0)) best = language;
  const n = hits.get(best) ?? 0;
  if (n < MIN_STOP_HITS) return undefined;
  const foreign = best !== 'en' && n >= OVER_ENGLISH * english && n >= MIN_STOP_SHARE * words.length;
  return foreign ? best : 'en';
}
