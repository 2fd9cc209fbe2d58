import { isOrgHead } from '../../lexicon/organisations.js';
import { isPersonTitle } from '../../lexicon/titles.js';
import { foldWord, matchGazetteer } from './gazetteer.js';

/**
 * Feature extraction for the entity tagger. Features are strings hashed to 32 bits (FNV-1a);
 * the model folds hashes into its table, so no feature dictionary is stored. Only the words are
 * used (no POS), because at run time tokens come from wink-nlp, not from the CoNLL columns.
 */

/**
 * What the features read of one word, computed once per word form: the recogniser keeps these
 * for the words it has seen, so a frequent word's normal form, shape and lexicon flags cost once.
 */
export class WordForm {
  /** normalise(raw) */
  norm: string;
  /** norm in lower case */
  lower: string;
  /** raw in lower case */
  readonly rawLower: string;
  /** raw as the country lexicon is keyed */
  readonly folded: string;
  shape: string;
  /** Starts with an upper-case letter (startsUpper). */
  readonly upper: boolean;
  /** Starts with a \p{Lu} letter (the prediction history's test). */
  readonly capital: boolean;
  /** Holds a letter. */
  readonly letter: boolean;
  /** Starts with a letter. */
  readonly letterInitial: boolean;
  readonly allCaps: boolean;
  /** Starts with a letter and has no upper case. */
  readonly lowerWord: boolean;
  readonly orgHead: boolean;
  readonly personTitle: boolean;

  constructor(readonly raw: string) {
    this.norm = normalise(raw);
    this.lower = this.norm.toLowerCase();
    this.rawLower = raw.toLowerCase();
    this.folded = foldWord(raw);
    this.shape = shape(raw);
    this.upper = startsUpper(raw);
    this.capital = /^\p{Lu}/u.test(raw);
    this.letter = /\p{L}/u.test(raw);
    this.letterInitial = /^\p{L}/u.test(raw);
    this.allCaps = this.letter && raw === raw.toUpperCase();
    this.lowerWord = isLowerWord(raw);
    this.orgHead = isOrgHead(raw);
    this.personTitle = isPersonTitle(raw);
  }
}

export const wordForm = (raw: string): WordForm => new WordForm(raw);

/** Everything the features know about one document: its sentences as words, plus document-wide facts. */
export interface DocumentContext {
  sentences: string[][];
  forms: WordForm[][];
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

function lineKind(forms: readonly WordForm[]): string {
  let letters = 0;
  let caps = 0;
  let long = 0;
  let upperLong = 0;
  for (const f of forms) {
    if (!f.letter) continue;
    letters++;
    if (f.allCaps) caps++;
    if (f.raw.length > 3) {
      long++;
      if (f.upper) upperLong++;
    }
  }
  if (letters >= 2 && caps / letters >= 0.6) return 'caps';
  if (long >= 3 && upperLong / long >= 0.75) return 'caps';
  return '';
}

/** The document's context; `formOf` may answer from a cache of word forms. */
export function documentContext(sentences: string[][], formOf: (raw: string) => WordForm = wordForm): DocumentContext {
  const forms = sentences.map((words) => words.map(formOf));
  const kinds = forms.map(lineKind);
  const seenLower = new Set<string>();
  const seenMidCapital = new Set<string>();
  forms.forEach((words, s) => {
    words.forEach((w, i) => {
      if (w.lowerWord) seenLower.add(w.raw);
      else if (kinds[s] === '' && i > 0 && w.upper && !w.allCaps && words[i - 1].letterInitial) seenMidCapital.add(w.rawLower);
    });
  });
  return { sentences, forms, lineKind: kinds, seenLower, seenMidCapital };
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
const AFFIX_SEEDS = [T['p1='], T['p2='], T['p3='], T['p4='], T['x1='], T['x2='], T['x3='], T['x4=']];

/** Receives feature hashes as they are made. */
export type FeatureSink = (hash: number) => void;

/** Features of a word on its own, in a line of the given kind: the same wherever the word stands. */
export function ownFeatures(w: WordForm, kind: string, f: FeatureSink): void {
  const l = w.lower;
  f(T['b']);
  f(mix(T['w='], w.norm));
  f(mix(T['l='], l));
  f(mix(T['s='], w.shape));
  f(mix(mix(T['s='], w.shape), '|k=' + kind));
  for (let k = 1; k <= 4 && k < l.length; k++) {
    let p = AFFIX_SEEDS[k - 1];
    let x = AFFIX_SEEDS[k + 3];
    for (let j = 0; j < k; j++) {
      p = Math.imul(p ^ l.charCodeAt(j), 0x01000193);
      x = Math.imul(x ^ l.charCodeAt(l.length - k + j), 0x01000193);
    }
    f(p);
    f(x);
  }
  if (kind) f(mix(mix(mix(T['k='], kind), '|l='), l));
}

/** Positions, relative to a token, of the words whose own forms are features of it. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;
export type Neighbour = (typeof NEIGHBOURS)[number];

/** Features a word gives the token `offset` places away from it. */
export function neighbourFeatures(w: WordForm, offset: Neighbour, f: FeatureSink): void {
  if (offset === -1) {
    f(mix(T['l-1='], w.lower));
    f(mix(T['w-1='], w.norm));
    f(mix(T['s-1='], w.shape));
  } else if (offset === 1) {
    f(mix(T['l+1='], w.lower));
    f(mix(T['w+1='], w.norm));
    f(mix(T['s+1='], w.shape));
  } else {
    f(mix(offset === -2 ? T['l-2='] : T['l+2='], w.lower));
  }
}

/** Stand-ins for the words before the start and after the end of a sentence. */
function boundary(mark: string): WordForm {
  const w = new WordForm(mark);
  w.norm = w.lower = w.shape = mark;
  return w;
}
export const BEFORE = boundary('<s>');
export const AFTER = boundary('</s>');

/** The word at `i` of a sentence, or the boundary stand-in beyond its ends. */
export const formAt = (forms: readonly WordForm[], i: number): WordForm => (i < 0 ? BEFORE : i >= forms.length ? AFTER : forms[i]);

/** What the context features of one sentence need beyond its words: lexicon matches. */
export interface SentenceContext {
  forms: readonly WordForm[];
  kind: string;
  gaz: string[];
  orgRun: string[];
}

export function sentenceContext(ctx: DocumentContext, s: number): SentenceContext {
  const forms = ctx.forms[s];
  const n = forms.length;
  const gaz: string[] = new Array(n).fill('');
  for (const m of matchGazetteer(forms)) {
    for (let i = m.start; i < m.end; i++) {
      const part = m.end - m.start === 1 ? 0 : i === m.start ? 1 : i === m.end - 1 ? 3 : 2;
      gaz[i] = `${m.form}:${GAZ_PART[part]}`;
    }
  }
  return { forms, kind: ctx.lineKind[s], gaz, orgRun: organisationRuns(forms) };
}

/** Features of token i that depend on more than one word at a time: pairs, lexicon runs, the document. */
export function contextFeatures(ctx: DocumentContext, sc: SentenceContext, i: number, f: FeatureSink): void {
  const { forms, kind, gaz, orgRun } = sc;
  const n = forms.length;
  const w = forms[i];
  const prev = formAt(forms, i - 1);
  const next = formAt(forms, i + 1);
  f(mix(mix(mix(T['l-1|l='], prev.lower), '|'), w.lower));
  f(mix(mix(mix(T['l|l+1='], w.lower), '|'), next.lower));
  f(mix(mix(mix(mix(mix(T['s-1|s|s+1='], prev.shape), '|'), w.shape), '|'), next.shape));
  if (i === 0) f(mix(T['init|s='], w.shape));
  if (gaz[i]) f(mix(T['g='], gaz[i]));
  if (i > 0 && gaz[i - 1]) f(mix(T['g-1='], gaz[i - 1]));
  if (i + 1 < n && gaz[i + 1]) f(mix(T['g+1='], gaz[i + 1]));
  if (orgRun[i]) f(mix(T['org='], orgRun[i]));
  if (!w.upper) return;
  if (w.orgHead) f(T['orghead']);
  if (i > 0 && prev.personTitle) f(T['title-1']);
  if (i > 1 && forms[i - 2].personTitle && prev.upper) f(T['title-2']);
  const where = i === 0 ? 'init' : kind || 'mid';
  if (ctx.seenLower.has(w.lower)) f(mix(T['doc-lower|'], where));
  if (ctx.seenMidCapital.has(w.lower)) f(mix(T['doc-midcap|'], where));
}

/** All hashed features of one sentence (for training; the recogniser sums the per-word ones once per word). */
export function sentenceFeatures(ctx: DocumentContext, s: number): SentenceFeatures {
  const sc = sentenceContext(ctx, s);
  const { forms, kind } = sc;
  const n = forms.length;
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const f: FeatureSink = (h) => {
    out.push(h >>> 0);
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    ownFeatures(forms[i], kind, f);
    for (const d of NEIGHBOURS) neighbourFeatures(formAt(forms, i + d), d, f);
    contextFeatures(ctx, sc, i, f);
  }
  offsets[n] = out.length;
  return { offsets, hashes: Uint32Array.from(out) };
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', '&', 'on', 'la', 'du', 'der']);

/**
 * Marks tokens inside capitalised runs ("Institute for National Security Studies") that contain an
 * organisation head word: 'B'/'I'/'L' by position, '' elsewhere.
 */
function organisationRuns(words: readonly WordForm[]): string[] {
  const n = words.length;
  const out: string[] = new Array(n).fill('');
  let i = 0;
  while (i < n) {
    if (!words[i].upper) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n) {
      if (words[end].upper) end++;
      else if (CONNECTORS.has(words[end].raw) && end + 1 < n && words[end + 1].upper) end += 2;
      else break;
    }
    let head = false;
    for (let j = i; j < end; j++) if (words[j].orgHead) head = true;
    if (head && end - i > 1) for (let j = i; j < end; j++) out[j] = j === i ? 'B' : j === end - 1 ? 'L' : 'I';
    i = end;
  }
  return out;
}
