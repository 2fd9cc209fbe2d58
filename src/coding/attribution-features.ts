import type { Doc } from '../doc.js';
import type { Span } from '../model/index.js';
import { CUE_VERBS } from '../lexicon/cue-verbs.js';
import { CUE_PREPOSITIONS } from './quote-cues.js';
import type { QuotedSpan } from './quote-marks.js';
import type { RuleFrame } from './quote-rules.js';
import type { FeatureSequence } from '../nlp/tagger/model.js';
import { AGENT_PRONOUNS } from '../lexicon/pronouns.js';

/**
 * Features of the attribution tagger, one sequence per paragraph (PolNeAR attributions almost
 * never cross a line break). Features are integers: per-token values (word, POS, …) are hashed
 * once and combined with a template number, so no feature string is built per token.
 */

/** A paragraph's tokens: indices [from, to) into `doc.tokens`, with their features. */
export interface Paragraph {
  from: number;
  to: number;
  seq: FeatureSequence;
}

/** Per character-free facts about one document the features read, beside the Doc. */
export interface FeatureInputs {
  quotations: readonly QuotedSpan[];
  /** What the rules found, as a hint the tagger learns how far to trust. */
  rules: readonly RuleFrame[];
  /** Each token's cueWord, when the caller has them already. */
  words?: readonly string[];
  /** Words that often stand in a training cue (the model's `cueAnchors`): cues beyond the verb table. */
  anchors?: ReadonlySet<string>;
  /**
   * The caller is done with the paragraphs before it asks for the next document's, so their
   * features may share one buffer kept from call to call (a fresh one per document was most of
   * the stage's garbage). Training keeps every document's features, so it leaves this unset.
   */
  transient?: boolean;
}

/** A document longer than any news article (a table read as one) gets a buffer of its own, so none is kept for good. */
const MAX_SHARED = 1 << 20;
let shared = new Int32Array(0);

/** A buffer of at least `size` features, the one kept between calls when `transient`. */
function featureBuffer(size: number, transient: boolean | undefined): Int32Array {
  if (!transient || size > MAX_SHARED) return new Int32Array(size);
  if (shared.length < size) shared = new Int32Array(Math.min(MAX_SHARED, Math.max(size, 2 * shared.length)));
  return shared;
}

/** How words are compared: lower case, typographic apostrophes as straight ones. */
export const cueWord = (w: string): string => {
  const l = w.toLowerCase();
  // Most words have no apostrophe: the test spares a regular-expression pass per token.
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};

/** Each token's cueWord. */
export function tokenWords(doc: Doc): string[] {
  return doc.tokens.map((t) => cueWord(doc.text.slice(t.start, t.end)));
}

/** FNV-1a over the UTF-16 units of a string, or of `s.slice(from, to)` without making it. */
function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Murmur3's finaliser: spreads the bits of a combined feature over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const feature = (template: number, a: number, b = 0): number =>
  mix(Math.imul(template + 1, 0x9e3779b1) ^ a ^ Math.imul(b, 0x27d4eb2f));

// Feature templates: each number names one kind of feature.
const enum F {
  Bias, Word, WordPrev, WordNext, WordPrev2, WordNext2, Suffix, Shape, Pos, PosPrev, PosNext, PosPrev2, PosNext2,
  PosPair, PosPairNext, WordPos, Bigram, BigramNext, CueFrame, CueLemma, CueFramePrev, CueFrameNext, Preposition,
  InQuote, QuoteMark, QuoteLeft, QuoteRight, FirstInSentence, LastInSentence, SentencePosition, SentenceInParagraph,
  Entity, EntityPos, Rule, RuleWord, CueLeft, CueRight, CueLeftComma, CueRightComma, CueLeftFrame, CueRightFrame,
  QuoteLeftIn, QuoteRightIn, RulePrev, RuleNext, CueBoth, VerbRight, VerbRightWord, AgentLeft,
  Stem, StemBigramNext,
}

const BIAS = feature(F.Bias, 0);

/** Cue words from the verb table: form → [frame number, lemma hash]. */
const CUE_FORMS = new Map<string, [number, number]>();
CUE_VERBS.forEach((v) => {
  const frame = ['clause', 'addressee', 'belief', 'quoting', 'stance'].indexOf(v.frame) + 1;
  const lemma = hashString(v.forms.split(' ')[0]);
  for (const f of v.forms.split(' ')) CUE_FORMS.set(f, [frame, lemma]);
});
const PREPOSITIONS = CUE_PREPOSITIONS.map((p) => p.split(' '));

/** The frame number of a learned anchor word; 1–5 are the table's frames, 6 a preposition. */
const LEARNED_CUE = 7;
/** Parts of speech a learned anchor stands as a cue in: not the auxiliaries ("was", "has") among them. */
const ANCHOR_POS = new Set(['VERB', 'NOUN', 'ADJ', 'ADV']);

/** At most this many features per token: the fixed templates and the two cue ones. */
const FEATURES_PER_TOKEN = 50;

/**
 * How much of a word is its stem, without the inflection ("endorsed", "endorsing" → "endors"):
 * rare cue words share weights across their forms. A length, so the stem is hashed in place.
 */
function stemLength(w: string): number {
  const n = w.length;
  if (n > 5 && w.endsWith('ing')) return n - 3;
  if (n > 4 && (w.endsWith('ed') || w.endsWith('es'))) return n - 2;
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) return n - 1;
  return n;
}

const QUOTE_CHARS = /^["“”«»„‘’']+$/u;
const QUOTE_STARTS = new Set([...'"“”«»„‘’\''].map((c) => c.charCodeAt(0)));
/** Whether `text[start, end)` is quotation marks only; the first character rules most tokens out without a regular expression. */
const isQuoteMark = (text: string, start: number, end: number): boolean =>
  QUOTE_STARTS.has(text.charCodeAt(start)) && QUOTE_CHARS.test(text.slice(start, end));

/** Hashes of the part-of-speech tags (a handful of strings), made once. */
const POS_HASHES = new Map<string, number>();
function posHash(tag: string): number {
  let h = POS_HASHES.get(tag);
  if (h === undefined) POS_HASHES.set(tag, (h = hashString(tag)));
  return h;
}

/** Distances in tokens, in buckets: 0 1 2 3 4-6 7-10 11-20 more; 15 for none. */
function bucket(d: number): number {
  if (d < 0) return 15;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 10) return 5;
  if (d <= 20) return 6;
  return 7;
}

/**
 * The shape of the token `text[start, end)`: all capitals, capitalised, lower case, a number, or
 * else one of 256 hashed classes. ASCII tokens (most) are read by character code, with no string
 * made and no regular expression.
 */
function shapeAt(text: string, start: number, end: number): number {
  let upper = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return shapeOf(text.slice(start, end));
    if (c < 65 || c > 90) upper = false;
  }
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return upper && end - start > 1 ? 1 : 2;
  if (c >= 97 && c <= 122) return 3;
  if (c >= 48 && c <= 57) return 4;
  return 5 + (hashString(text, start, end) & 0xff);
}

function shapeOf(w: string): number {
  if (/^\p{Lu}+$/u.test(w) && w.length > 1) return 1;
  if (/^\p{Lu}/u.test(w)) return 2;
  if (/^\p{Ll}/u.test(w)) return 3;
  if (/^\p{N}/u.test(w)) return 4;
  return 5 + (hashString(w) & 0xff);
}

/** The paragraphs of a document: tokens between line breaks. */
export function paragraphs(doc: Doc): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 1; i <= doc.tokens.length; i++) {
    if (i === doc.tokens.length || doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start).includes('\n')) {
      if (i > from) out.push({ from, to: i });
      from = i;
    }
  }
  return out;
}

/** A span to mark and its number; built as one literal so markSpans reads a single object shape. */
interface Mark {
  start: number;
  end: number;
  value: number;
}

const mark = (span: Span, value: number): Mark => ({ start: span.start, end: span.end, value });

/** Marks each token with a small number per span it lies in (first token: 2·v, others 2·v+1). */
function markSpans(doc: Doc, spans: Mark[]): Int32Array {
  const out = new Int32Array(doc.tokens.length);
  if (spans.length === 0) return out;
  const sorted = spans.sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (k < sorted.length && sorted[k].end <= t.start) k++;
    for (let j = k; j < sorted.length && sorted[j].start < t.end; j++) {
      if (sorted[j].end <= t.start) continue;
      out[i] = 2 * sorted[j].value + (sorted[j].start >= t.start ? 0 : 1);
      break;
    }
  }
  return out;
}

/** The rules' content, cue and source spans, numbered 1–4, on the tokens. */
function ruleMarks(doc: Doc, rules: readonly RuleFrame[]): Int32Array {
  const marks: Mark[] = [];
  for (const f of rules) {
    for (const c of f.content) marks.push(mark(c, f.direct ? 1 : 2));
    if (f.cue) marks.push(mark(f.cue, 3));
    if (f.source) marks.push(mark(f.source, 4));
  }
  return markSpans(doc, marks);
}

/**
 * What the features read of each token, as numbers. Split from documentFeatures (as are
 * ruleMarks and paragraphFeatures) so that V8, meeting a new object shape in one part,
 * recompiles that part and not the whole.
 */
interface TokenValues {
  lower: readonly string[];
  word: Int32Array;
  stem: Int32Array;
  pos: Int32Array;
  suffix: Int32Array;
  shape: Int32Array;
  cueFrame: Int32Array;
  cueLemma: Int32Array;
  quoteMark: Uint8Array;
  quoted: Int32Array;
  entity: Int32Array;
  rule: Int32Array;
}

/** Per-token values, computed only in the paragraphs that are tagged. */
function tokenValues(doc: Doc, inputs: FeatureInputs, kept: readonly { from: number; to: number }[]): TokenValues {
  const toks = doc.tokens;
  const n = toks.length;
  const word = new Int32Array(n);
  const stem = new Int32Array(n);
  const pos = new Int32Array(n);
  const suffix = new Int32Array(n);
  const shape = new Int32Array(n);
  const cueFrame = new Int32Array(n);
  const cueLemma = new Int32Array(n);
  const quoteMark = new Uint8Array(n);
  const lower = inputs.words ?? tokenWords(doc);
  for (const { from, to } of kept) for (let i = from; i < to; i++) {
    const l = lower[i];
    word[i] = hashString(l);
    stem[i] = hashString(l, 0, stemLength(l));
    pos[i] = posHash(toks[i].pos);
    suffix[i] = hashString(l, l.length - 3);
    shape[i] = shapeAt(doc.text, toks[i].start, toks[i].end);
    quoteMark[i] = isQuoteMark(doc.text, toks[i].start, toks[i].end) ? 1 : 0;
    const cue = CUE_FORMS.get(l);
    if (cue && (toks[i].pos === 'VERB' || toks[i].pos === 'AUX' || toks[i].pos === 'NOUN')) {
      cueFrame[i] = cue[0];
      cueLemma[i] = cue[1];
    } else if (inputs.anchors?.has(l) && ANCHOR_POS.has(toks[i].pos)) {
      cueFrame[i] = LEARNED_CUE;
    }
  }
  for (const { from, to } of kept) for (let i = from; i < to; i++) {
    for (const p of PREPOSITIONS) {
      if (!p.every((w, k) => lower[i + k] === w)) continue;
      for (let k = 0; k < p.length; k++) cueFrame[i + k] = 6;
      cueLemma[i] = hashString(p.join(' '));
    }
  }
  return {
    lower, word, stem, pos, suffix, shape, cueFrame, cueLemma, quoteMark,
    quoted: markSpans(doc, inputs.quotations.map((q) => mark(q, q.words >= 4 ? 1 : 2))),
    entity: markSpans(doc, doc.entities.map((e) => mark(e, ['PER', 'ORG', 'LOC', 'MISC'].indexOf(e.type) + 1))),
    rule: ruleMarks(doc, inputs.rules),
  };
}

/** Per paragraph work tables, allocated once per document for its longest paragraph and cleared for each. */
interface WorkTables {
  /** Nearest cue word and quote mark left and right within the sentence, and whether a comma lies between. */
  cueL: Int32Array;
  cueR: Int32Array;
  commaL: Uint8Array;
  commaR: Uint8Array;
  quoteL: Int32Array;
  quoteR: Int32Array;
  /** Nearest verb right within the sentence: a source is the subject of a verb, not only of a table cue ("Obama appointed"). */
  verbR: Int32Array;
  /** Nearest agent left within the sentence: who a verb's attribution could be by. */
  agentL: Int32Array;
}

function workTables(longest: number): WorkTables {
  return {
    cueL: new Int32Array(longest),
    cueR: new Int32Array(longest),
    commaL: new Uint8Array(longest),
    commaR: new Uint8Array(longest),
    quoteL: new Int32Array(longest),
    quoteR: new Int32Array(longest),
    verbR: new Int32Array(longest),
    agentL: new Int32Array(longest),
  };
}

/** Feature sequences for the paragraphs of `doc` that `keep` accepts (all by default). */
export function documentFeatures(doc: Doc, inputs: FeatureInputs, keep?: (from: number, to: number) => boolean): Paragraph[] {
  const kept = paragraphs(doc).filter(({ from, to }) => !keep || keep(from, to));
  const values = tokenValues(doc, inputs, kept);
  const out: Paragraph[] = [];
  const buffer = featureBuffer(kept.reduce((sum, p) => sum + p.to - p.from, 0) * FEATURES_PER_TOKEN, inputs.transient);
  const work = workTables(kept.reduce((max, p) => Math.max(max, p.to - p.from), 0));
  let used = 0;
  for (const { from, to } of kept) {
    // Each paragraph writes its features into its own part of one buffer for the document.
    const seq = paragraphFeatures(doc, values, work, from, to, buffer.subarray(used));
    out.push({ from, to, seq });
    used += seq.hashes.length;
  }
  return out;
}

/** The features of the tokens [from, to) of one paragraph, written into `hashes`. */
function paragraphFeatures(doc: Doc, v: TokenValues, work: WorkTables, from: number, to: number, hashes: Int32Array): FeatureSequence {
  const toks = doc.tokens;
  const { lower, word, stem, pos, suffix, shape, cueFrame, cueLemma, quoteMark, quoted, entity, rule } = v;
  const { cueL, cueR, commaL, commaR, quoteL, quoteR, verbR, agentL } = work;
  // A person or organisation name (entity types 1 and 2 as markSpans numbers them) or a personal pronoun.
  const isAgent = (i: number): boolean => (entity[i] >> 1 === 1 || entity[i] >> 1 === 2) || (toks[i].pos === 'PRON' && AGENT_PRONOUNS.has(lower[i]));
  const len = to - from;
  for (const a of [cueL, cueR, quoteL, quoteR, verbR, agentL]) a.fill(-1, 0, len);
  commaL.fill(0, 0, len);
  commaR.fill(0, 0, len);
  for (let i = from, agent = -1; i < to; i++) {
    if (i > from && toks[i].sentence !== toks[i - 1].sentence) agent = -1;
    agentL[i - from] = agent;
    if (isAgent(i)) agent = i;
  }
  for (let i = to - 1, next = -1; i >= from; i--) {
    if (i < to - 1 && toks[i].sentence !== toks[i + 1].sentence) next = -1;
    verbR[i - from] = next;
    if (toks[i].pos === 'VERB') next = i;
  }
  for (let i = from, lastCue = -1, lastQuote = -1, comma = 0; i < to; i++) {
    if (i > from && toks[i].sentence !== toks[i - 1].sentence) lastCue = lastQuote = -1;
    if (lastCue >= 0) {
      cueL[i - from] = lastCue;
      commaL[i - from] = comma;
    }
    quoteL[i - from] = lastQuote;
    if (cueFrame[i]) {
      lastCue = i;
      comma = 0;
    }
    if (lower[i] === ',') comma = 1;
    if (quoteMark[i]) lastQuote = i;
  }
  for (let i = to - 1, nextCue = -1, nextQuote = -1, comma = 0; i >= from; i--) {
    if (i < to - 1 && toks[i].sentence !== toks[i + 1].sentence) nextCue = nextQuote = -1;
    if (nextCue >= 0) {
      cueR[i - from] = nextCue;
      commaR[i - from] = comma;
    }
    quoteR[i - from] = nextQuote;
    if (cueFrame[i]) {
      nextCue = i;
      comma = 0;
    }
    if (lower[i] === ',') comma = 1;
    if (quoteMark[i]) nextQuote = i;
  }

  const offsets = new Int32Array(len + 1);
  let h = 0;
  let sentenceInParagraph = 0;
  let sentenceStart = from;
  for (let i = from; i < to; i++) {
    const k = i - from;
    offsets[k] = h;
    if (i > from && toks[i].sentence !== toks[i - 1].sentence) {
      sentenceInParagraph++;
      sentenceStart = i;
    }
    const wp = i > from ? word[i - 1] : 1;
    const wn = i + 1 < to ? word[i + 1] : 2;
    const pp = i > from ? pos[i - 1] : 1;
    const pn = i + 1 < to ? pos[i + 1] : 2;
    const first = i === sentenceStart;
    const last = i + 1 === to || toks[i + 1].sentence !== toks[i].sentence;
    const dl = cueL[k] >= 0 ? i - cueL[k] : -1;
    const dr = cueR[k] >= 0 ? cueR[k] - i : -1;
    hashes[h++] = BIAS;
    hashes[h++] = feature(F.Word, word[i]);
    hashes[h++] = feature(F.WordPrev, wp);
    hashes[h++] = feature(F.WordNext, wn);
    hashes[h++] = feature(F.WordPrev2, i - 1 > from ? word[i - 2] : 1);
    hashes[h++] = feature(F.WordNext2, i + 2 < to ? word[i + 2] : 2);
    hashes[h++] = feature(F.Suffix, suffix[i]);
    hashes[h++] = feature(F.Shape, shape[i]);
    hashes[h++] = feature(F.Pos, pos[i]);
    hashes[h++] = feature(F.PosPrev, pp);
    hashes[h++] = feature(F.PosNext, pn);
    hashes[h++] = feature(F.PosPrev2, i - 1 > from ? pos[i - 2] : 1);
    hashes[h++] = feature(F.PosNext2, i + 2 < to ? pos[i + 2] : 2);
    hashes[h++] = feature(F.PosPair, pp, pos[i]);
    hashes[h++] = feature(F.PosPairNext, pos[i], pn);
    hashes[h++] = feature(F.WordPos, word[i], pos[i]);
    hashes[h++] = feature(F.Bigram, wp, word[i]);
    hashes[h++] = feature(F.BigramNext, word[i], wn);
    hashes[h++] = feature(F.Stem, stem[i]);
    hashes[h++] = feature(F.StemBigramNext, stem[i], i + 1 < to ? stem[i + 1] : 2);
    hashes[h++] = feature(F.CueFrame, cueFrame[i], pos[i]);
    hashes[h++] = feature(F.CueFramePrev, i > from ? cueFrame[i - 1] : 9);
    hashes[h++] = feature(F.CueFrameNext, i + 1 < to ? cueFrame[i + 1] : 9);
    hashes[h++] = feature(F.InQuote, quoted[i] >> 1);
    hashes[h++] = feature(F.QuoteMark, quoteMark[i], quoted[i] & 1);
    hashes[h++] = feature(F.QuoteLeft, bucket(quoteL[k] >= 0 ? i - quoteL[k] : -1));
    hashes[h++] = feature(F.QuoteRight, bucket(quoteR[k] >= 0 ? quoteR[k] - i : -1));
    hashes[h++] = feature(F.FirstInSentence, first ? 1 : 0, last ? 1 : 0);
    hashes[h++] = feature(F.SentencePosition, bucket(i - sentenceStart));
    hashes[h++] = feature(F.SentenceInParagraph, Math.min(sentenceInParagraph, 3));
    hashes[h++] = feature(F.Entity, entity[i]);
    hashes[h++] = feature(F.EntityPos, entity[i], pos[i]);
    hashes[h++] = feature(F.Rule, rule[i]);
    hashes[h++] = feature(F.RuleWord, rule[i], word[i]);
    hashes[h++] = feature(F.RulePrev, i > from ? rule[i - 1] : 99, rule[i]);
    hashes[h++] = feature(F.RuleNext, rule[i], i + 1 < to ? rule[i + 1] : 99);
    hashes[h++] = feature(F.CueLeft, bucket(dl), commaL[k]);
    hashes[h++] = feature(F.CueRight, bucket(dr), commaR[k]);
    hashes[h++] = feature(F.CueLeftComma, bucket(dl), pos[i]);
    hashes[h++] = feature(F.CueRightComma, bucket(dr), pos[i]);
    hashes[h++] = feature(F.CueLeftFrame, dl >= 0 ? cueFrame[cueL[k]] : 0, Math.min(dl, 4));
    hashes[h++] = feature(F.CueRightFrame, dr >= 0 ? cueFrame[cueR[k]] : 0, Math.min(dr, 4));
    hashes[h++] = feature(F.QuoteLeftIn, quoted[i] >> 1, bucket(dl));
    hashes[h++] = feature(F.QuoteRightIn, quoted[i] >> 1, bucket(dr));
    hashes[h++] = feature(F.CueBoth, Math.min(bucket(dl), 8), Math.min(bucket(dr), 8));
    const vr = verbR[k] >= 0 ? verbR[k] - i : -1;
    hashes[h++] = feature(F.VerbRight, bucket(vr), pos[i]);
    hashes[h++] = feature(F.VerbRightWord, vr >= 0 ? word[verbR[k]] : 0, Math.min(bucket(vr), 4));
    hashes[h++] = feature(F.AgentLeft, bucket(agentL[k] >= 0 ? i - agentL[k] : -1), pos[i]);
    if (cueFrame[i]) hashes[h++] = feature(F.CueLemma, cueLemma[i]);
    if (cueFrame[i] === 6) hashes[h++] = feature(F.Preposition, 1);
  }
  offsets[len] = h;
  return { offsets, hashes: hashes.subarray(0, h) };
}
