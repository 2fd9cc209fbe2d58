import { isOrgHead } from '../../lexicon/organisations.js';
import { isPersonTitle } from '../../lexicon/titles.js';
import { matchGazetteer } from './gazetteer.js';

/**
 * Feature extraction for the entity tagger. Features are strings hashed to 32 bits (FNV-1a);
 * the model folds hashes into its table, so no feature dictionary is stored. Only the words are
 * used (no POS), because at run time tokens come from wink-nlp, not from the CoNLL columns.
 */

/** Everything the features know about one document: its sentences as words, plus document-wide facts. */
export interface DocumentContext {
  sentences: string[][];
  /**
   * Per sentence: 'caps' for lines where capitals carry no information (ALL CAPITALS or Title Case
   * headlines; CoNLL has many of the first and few of the second, so they share features), '' otherwise.
   */
  lineKind: string[];
  /** Lower-cased words that occur written in lower case somewhere in the document. */
  seenLower: Set<string>;
  /** Lower-cased words that occur capitalised in the middle of an ordinary sentence. */
  seenMidCapital: Set<string>;
}

// A character is a letter when it has two cases; ASCII is answered without building case strings.
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (c.length === 1 && code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return c.toLowerCase() !== c.toUpperCase();
};
const startsUpper = (w: string): boolean => {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return w.length > 0 && isLetter(w[0]) && w[0] === w[0].toUpperCase();
};
const isLowerWord = (w: string): boolean => isLetter(w[0] ?? '') && w === w.toLowerCase();
const isAllCaps = (w: string): boolean => /\p{L}/u.test(w) && w === w.toUpperCase();

/** Typographic quotes as ASCII, digits as 0: "’s" and "'s", "1996" and "2017" look alike. */
const NORMALISED = /[\u2018\u2019\u02bc\u201c\u201d0-9]/;
export function normalise(w: string): string {
  if (!NORMALISED.test(w)) return w;
  return w.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[0-9]/g, '0');
}

/** Word shape with runs collapsed: "Kennedy" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    const c = code >= 48 && code <= 57 ? 'd' : code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code < 128 ? ch
      : isLetter(ch) ? (ch === ch.toUpperCase() ? 'X' : 'x') : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function lineKind(words: readonly string[]): string {
  let letters = 0;
  let caps = 0;
  let long = 0;
  let upperLong = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (isAllCaps(w)) caps++;
    if (w.length > 3) {
      long++;
      if (startsUpper(w)) upperLong++;
    }
  }
  if (letters >= 2 && caps / letters >= 0.6) return 'caps';
  if (long >= 3 && upperLong / long >= 0.75) return 'caps';
  return '';
}

export function documentContext(sentences: string[][]): DocumentContext {
  const kinds = sentences.map(lineKind);
  const seenLower = new Set<string>();
  const seenMidCapital = new Set<string>();
  sentences.forEach((words, s) => {
    words.forEach((w, i) => {
      if (isLowerWord(w)) seenLower.add(w);
      else if (kinds[s] === '' && i > 0 && startsUpper(w) && !isAllCaps(w) && /^[\p{L}]/u.test(words[i - 1])) {
        seenMidCapital.add(w.toLowerCase());
      }
    });
  });
  return { sentences, lineKind: kinds, seenLower, seenMidCapital };
}

const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over `s`; hashing "ab" equals hashing "a" then "b", so no strings are concatenated. */
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a, 32 bits. */
export function hash(s: string): number {
  return mix(FNV_OFFSET, s) >>> 0;
}

/** Hashed features of one sentence: token i owns hashes[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  offsets: Uint32Array;
  hashes: Uint32Array;
}

const GAZ_PART = ['U', 'B', 'I', 'L'];

// Hash states after each feature template's name: a feature is its template continued with its values.
const T = Object.fromEntries(
  ['b', 'w=', 'l=', 's=', 'l-1=', 'l+1=', 'l-2=', 'l+2=', 'w-1=', 'w+1=', 'l-1|l=', 'l|l+1=', 's-1=', 's+1=',
    's-1|s|s+1=', 'init|s=', 'k=', 'g=', 'g-1=', 'g+1=', 'org=', 'orghead', 'title-1', 'title-2',
    'doc-lower|', 'doc-midcap|', 'p1=', 'p2=', 'p3=', 'p4=', 'x1=', 'x2=', 'x3=', 'x4='].map((t) => [t, mix(FNV_OFFSET, t)]),
);

export function sentenceFeatures(ctx: DocumentContext, s: number): SentenceFeatures {
  const raw = ctx.sentences[s];
  const n = raw.length;
  const words = raw.map(normalise);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = raw.map(shape);
  const kind = ctx.lineKind[s];
  const at = (a: readonly string[], i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]);

  const gaz: string[] = new Array(n).fill('');
  for (const m of matchGazetteer(raw)) {
    for (let i = m.start; i < m.end; i++) {
      const part = m.end - m.start === 1 ? 0 : i === m.start ? 1 : i === m.end - 1 ? 3 : 2;
      gaz[i] = `${m.form}:${GAZ_PART[part]}`;
    }
  }
  const orgRun = organisationRuns(raw);

  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const f = (h: number): void => {
    out.push(h >>> 0);
  };
  const affixSeeds = [T['p1='], T['p2='], T['p3='], T['p4='], T['x1='], T['x2='], T['x3='], T['x4=']];
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = words[i];
    const l = lower[i];
    const sh = shapes[i];
    const cap = startsUpper(raw[i]);
    f(T['b']);
    f(mix(T['w='], w));
    f(mix(T['l='], l));
    f(mix(T['s='], sh));
    f(mix(mix(T['s='], sh), '|k=' + kind));
    for (let k = 1; k <= 4 && k < l.length; k++) {
      let p = affixSeeds[k - 1];
      let x = affixSeeds[k + 3];
      for (let j = 0; j < k; j++) {
        p = Math.imul(p ^ l.charCodeAt(j), 0x01000193);
        x = Math.imul(x ^ l.charCodeAt(l.length - k + j), 0x01000193);
      }
      f(p);
      f(x);
    }
    f(mix(T['l-1='], at(lower, i - 1)));
    f(mix(T['l+1='], at(lower, i + 1)));
    f(mix(T['l-2='], at(lower, i - 2)));
    f(mix(T['l+2='], at(lower, i + 2)));
    f(mix(T['w-1='], at(words, i - 1)));
    f(mix(T['w+1='], at(words, i + 1)));
    f(mix(mix(mix(T['l-1|l='], at(lower, i - 1)), '|'), l));
    f(mix(mix(mix(T['l|l+1='], l), '|'), at(lower, i + 1)));
    f(mix(T['s-1='], at(shapes, i - 1)));
    f(mix(T['s+1='], at(shapes, i + 1)));
    f(mix(mix(mix(mix(mix(T['s-1|s|s+1='], at(shapes, i - 1)), '|'), sh), '|'), at(shapes, i + 1)));
    if (i === 0) f(mix(T['init|s='], sh));
    if (kind) f(mix(mix(mix(T['k='], kind), '|l='), l));
    if (gaz[i]) f(mix(T['g='], gaz[i]));
    if (i > 0 && gaz[i - 1]) f(mix(T['g-1='], gaz[i - 1]));
    if (i + 1 < n && gaz[i + 1]) f(mix(T['g+1='], gaz[i + 1]));
    if (orgRun[i]) f(mix(T['org='], orgRun[i]));
    if (cap && isOrgHead(raw[i])) f(T['orghead']);
    if (cap && i > 0 && isPersonTitle(raw[i - 1])) f(T['title-1']);
    if (cap && i > 1 && isPersonTitle(raw[i - 2]) && startsUpper(raw[i - 1])) f(T['title-2']);
    if (cap) {
      const where = i === 0 ? 'init' : kind || 'mid';
      if (ctx.seenLower.has(l)) f(mix(T['doc-lower|'], where));
      if (ctx.seenMidCapital.has(l)) f(mix(T['doc-midcap|'], where));
    }
  }
  offsets[n] = out.length;
  return { offsets, hashes: Uint32Array.from(out) };
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', '&', 'on', 'la', 'du', 'der']);

/**
 * Marks tokens inside capitalised runs ("Institute for National Security Studies") that contain an
 * organisation head word: 'B'/'I'/'L' by position, '' elsewhere.
 */
function organisationRuns(words: readonly string[]): string[] {
  const n = words.length;
  const out: string[] = new Array(n).fill('');
  let i = 0;
  while (i < n) {
    if (!startsUpper(words[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n) {
      if (startsUpper(words[end])) end++;
      else if (CONNECTORS.has(words[end]) && end + 1 < n && startsUpper(words[end + 1])) end += 2;
      else break;
    }
    let head = false;
    for (let j = i; j < end; j++) if (isOrgHead(words[j])) head = true;
    if (head && end - i > 1) for (let j = i; j < end; j++) out[j] = j === i ? 'B' : j === end - 1 ? 'L' : 'I';
    i = end;
  }
  return out;
}
