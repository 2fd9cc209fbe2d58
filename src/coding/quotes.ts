import type { Doc } from '../doc.js';
import type { Quote, Span } from '../model/index.js';
import type { Stage } from '../pipeline.js';
import { CUE_PREPOSITIONS, CUE_VERBS, type CueFrame } from './quote-cues.js';
import { findQuotations, type QuotedSpan } from './quote-marks.js';
import { type Range, type Tok, phraseStartingAt, skipLeftOfCue, subjectBefore } from './quote-source.js';

/** Quotations shorter than this many words are scare quotes or titles ("No. 2"), not speech. */
const MIN_QUOTE_WORDS = 4;
/** Indirect content shorter than this many tokens is an adjunct ("said Tuesday"), not a statement. */
const MIN_CONTENT_TOKENS = 3;
/** How far past a cue "that" may stand after adjuncts ("said in a statement Tuesday that"). */
const THAT_LOOKAHEAD = 7;

const CUE_FORMS = new Map<string, CueFrame>();
for (const v of CUE_VERBS) for (const f of v.forms.split(' ')) CUE_FORMS.set(f, v.frame);
const PREPOSITIONS = CUE_PREPOSITIONS.map((p) => p.split(' '));

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const FINAL_PUNCT = new Set(['.', '!', '?']);
/** Tokens that may stand between a cue and a later "that" (time, place, medium, listener). */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON', 'ADV', 'PART']);
/** Parts of speech an indirect content may not start with: it must be a clause, not an adjunct. */
const NOT_CONTENT_START = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'CCONJ', 'PART']);

/** One attribution found in a sentence, before it becomes one Quote per content span. */
interface Frame {
  cue: Span | null;
  source: Span | null;
  content: Span[];
  direct: boolean;
}

/**
 * Quotations and reported speech with their cue and speaker. Direct quotes come from
 * quotation marks; indirect ones from cue words (quote-cues.ts) with a subject before them,
 * an inverted subject after them ("said Bunn") or a source after "according to".
 * One Quote per contiguous content span: a quote split around its cue gives two Quotes
 * with the same speaker and cue. Runs after sentences; uses entities, clusters and actors
 * when present to resolve the speaker to an actor id.
 */
export function quoteStage(): Stage {
  return {
    name: 'quotes',
    run(doc: Doc) {
      doc.quotes = findQuotes(doc);
    },
  };
}

export function findQuotes(doc: Doc): Quote[] {
  const story = doc.sentences.map((s) => s.kind !== 'caption' && s.kind !== 'dateline' && !doc.inCaption(s));
  const quotations = findQuotations(doc.text).filter((q) => !doc.inCaption(q));
  const chains = groupChains(quotations);
  const bySentence: Tok[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) {
    const word = doc.text.slice(t.start, t.end);
    bySentence[t.sentence]?.push({ ...t, word, lower: word.toLowerCase() });
  }

  const frames: Frame[] = [];
  const claimed = new Set<number>();
  for (let s = 0; s < doc.sentences.length; s++) {
    if (!story[s]) continue;
    for (const f of sentenceFrames(bySentence[s], quotations, chains, claimed)) frames.push(f);
  }
  // Quotations no cue introduced: still quotations, with an unknown speaker.
  for (const [chain, parts] of chains) {
    if (claimed.has(chain) || words(parts) < MIN_QUOTE_WORDS) continue;
    if (!parts.some((p) => inStory(doc, story, p))) continue;
    if (frames.some((f) => f.content.some((c) => c.start <= parts[0].start && c.end >= parts[0].end))) continue;
    frames.push({ cue: null, source: null, content: parts, direct: true });
  }
  return toQuotes(doc, frames);
}

function inStory(doc: Doc, story: boolean[], span: Span): boolean {
  return doc.sentences.some((s, i) => story[i] && s.start < span.end && span.start < s.end);
}

function groupChains(quotations: QuotedSpan[]): Map<number, QuotedSpan[]> {
  const chains = new Map<number, QuotedSpan[]>();
  for (const q of quotations) {
    const list = chains.get(q.chain) ?? [];
    list.push(q);
    chains.set(q.chain, list);
  }
  return chains;
}

function words(parts: QuotedSpan[]): number {
  return parts.reduce((n, p) => n + p.words, 0);
}

function isCueAt(toks: Tok[], i: number): { length: number; frame: CueFrame | 'preposition' } | null {
  for (const p of PREPOSITIONS) {
    if (p.every((w, k) => toks[i + k]?.lower === w)) return { length: p.length, frame: 'preposition' };
  }
  const frame = CUE_FORMS.get(toks[i].lower);
  if (frame && (toks[i].pos === 'VERB' || toks[i].pos === 'AUX')) return { length: 1, frame };
  return null;
}

function sentenceFrames(
  toks: Tok[], quotations: QuotedSpan[], chains: Map<number, QuotedSpan[]>, claimed: Set<number>,
): Frame[] {
  const insideQuote = (t: Tok) => quotations.some((q) => q.words >= MIN_QUOTE_WORDS && t.start > q.start && t.end < q.end);
  const found: { cue: Range; source: Range; frame: CueFrame | 'preposition' }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = isCueAt(toks, i);
    if (!hit || insideQuote(toks[i])) continue;
    const cue = { from: i, to: i + hit.length - 1 };
    const source = hit.frame === 'preposition' ? phraseStartingAt(toks, cue.to + 1) : verbSource(toks, i);
    if (source) found.push({ cue, source, frame: hit.frame });
    i = cue.to;
  }
  const frames: Frame[] = [];
  for (let n = 0; n < found.length; n++) {
    const { cue, source, frame } = found[n];
    const next = found[n + 1];
    const stop = next ? Math.min(next.cue.from, next.source.from) : toks.length;
    const content = frame === 'preposition'
      ? prepositionContent(toks, cue, source)
      : verbContent(toks, cue, source, frame, stop, quotations, chains);
    if (!content) continue;
    for (const c of content.chains) claimed.add(c);
    frames.push({
      cue: { start: toks[cue.from].start, end: toks[cue.to].end },
      source: { start: toks[source.from].start, end: toks[source.to].end },
      content: content.spans,
      direct: content.direct,
    });
  }
  return frames;
}

/** The speaker of a verb cue: its subject, an inverted subject ("said Bunn"), or the clause's subject for ", saying …". */
function verbSource(toks: Tok[], cue: number): Range | null {
  const j = skipLeftOfCue(toks, cue);
  const word = toks[cue].lower;
  // Passives ("is said to", "was asked") name no speaker in subject position.
  if (j + 1 < cue && BE_FORMS.has(toks[cue - 1].lower) && !word.endsWith('ing')) return null;
  if (j >= 0 && BE_FORMS.has(toks[j].lower) && !word.endsWith('ing')) return null;
  if (word.endsWith('ing') && toks[j]?.lower === ',') return phraseStartingAt(toks, firstWord(toks));
  const before = subjectBefore(toks, cue);
  if (before) return before;
  if (j < 0 || toks[j].pos === 'PUNCT') return phraseStartingAt(toks, cue + 1);
  return null;
}

function firstWord(toks: Tok[]): number {
  let i = 0;
  while (i < toks.length && toks[i].pos === 'PUNCT') i++;
  return i;
}

interface Content {
  spans: Span[];
  direct: boolean;
  chains: number[];
}

/** A quotation (chain) ending right before token `at` (its comma may sit outside the marks). */
function quotationEndingBefore(toks: Tok[], at: number, quotations: QuotedSpan[]): QuotedSpan | null {
  for (const k of [at - 1, at - 2]) {
    if (k < 0) break;
    const q = quotations.find((x) => x.end === toks[k].end);
    if (q) return q;
    if (toks[k].lower !== ',') break;
  }
  return null;
}

/** A quotation starting at token `at`, past a colon or comma. */
function quotationStartingAt(toks: Tok[], at: number, quotations: QuotedSpan[]): QuotedSpan | null {
  let k = at;
  while (k < toks.length && (toks[k].lower === ':' || toks[k].lower === ',')) k++;
  if (k >= toks.length) return null;
  return quotations.find((x) => x.start === toks[k].start) ?? null;
}

function verbContent(
  toks: Tok[], cue: Range, source: Range, frame: CueFrame, stop: number,
  quotations: QuotedSpan[], chains: Map<number, QuotedSpan[]>,
): Content | null {
  const frameStart = Math.min(cue.from, source.from);
  const frameEnd = Math.max(cue.to, source.to);
  const spans: Span[] = [];
  const used: number[] = [];
  const take = (q: QuotedSpan) => {
    const parts = chains.get(q.chain) ?? [q];
    if (words(parts) < MIN_QUOTE_WORDS || used.includes(q.chain)) return false;
    spans.push(...parts);
    used.push(q.chain);
    return true;
  };
  // "…," said X  /  "…," X said, "…"
  const before = quotationEndingBefore(toks, frameStart, quotations);
  if (before && take(before)) {
    const after = quotationStartingAt(toks, frameEnd + 1, quotations);
    if (after && toks[frameEnd + 1]?.lower === ',') take(after);
    return { spans, direct: true, chains: used };
  }
  let k = cue.to + 1;
  if (source.from > cue.to) k = source.to + 1;
  if (frame === 'addressee') {
    const listener = phraseStartingAt(toks, k);
    if (listener) k = listener.to + 1;
  }
  k = pastAdjunctsToThat(toks, k);
  // X said: "…"
  const quoted = quotationStartingAt(toks, k, quotations);
  if (quoted && take(quoted)) return { spans, direct: true, chains: used };
  while (k < stop && toks[k].lower === ',') k++;
  // X said (that) …
  let end = stop - 1;
  while (end >= k && (toks[end].lower === ',' || FINAL_PUNCT.has(toks[end].lower))) end--;
  if (k <= end && end - k + 1 >= MIN_CONTENT_TOKENS && !NOT_CONTENT_START.has(toks[k].pos)) {
    return { spans: [{ start: toks[k].start, end: toks[end].end }], direct: false, chains: [] };
  }
  // …, sources said.
  if (frameStart >= 1 && toks[frameStart - 1].lower === ',') {
    const from = firstWord(toks);
    const last = frameStart - 2;
    if (last - from + 1 >= MIN_CONTENT_TOKENS) {
      return { spans: [{ start: toks[from].start, end: toks[last].end }], direct: false, chains: [] };
    }
  }
  return null;
}

/** Moves past time, place and medium adjuncts to a "that" that opens the content. */
function pastAdjunctsToThat(toks: Tok[], k: number): number {
  for (let i = k; i < toks.length && i - k <= THAT_LOOKAHEAD; i++) {
    if (toks[i].lower === 'that' && i > k) return i;
    if (!ADJUNCT_POS.has(toks[i].pos) && toks[i].lower !== ',') return k;
  }
  return k;
}

/** "According to X, …" takes what follows the source; "…, according to X" what precedes the cue. */
function prepositionContent(toks: Tok[], cue: Range, source: Range): Content | null {
  const first = firstWord(toks);
  let end = toks.length - 1;
  while (end >= 0 && (FINAL_PUNCT.has(toks[end].lower) || toks[end].lower === ',')) end--;
  if (toks[source.to + 1]?.lower === ',' && source.to + 2 <= end && cue.from <= first + 1) {
    return { spans: [{ start: toks[source.to + 2].start, end: toks[end].end }], direct: false, chains: [] };
  }
  if (cue.from - 2 >= first && toks[cue.from - 1].lower === ',') {
    return { spans: [{ start: toks[first].start, end: toks[cue.from - 2].end }], direct: false, chains: [] };
  }
  return null;
}

function toQuotes(doc: Doc, frames: Frame[]): Quote[] {
  const rows: { frame: Frame; content: Span }[] = [];
  for (const frame of frames) for (const content of frame.content) rows.push({ frame, content });
  rows.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return rows.map(({ frame, content }, i) => {
    const quote: Quote = {
      id: `q${i + 1}`,
      kind: frame.direct ? 'direct' : 'indirect',
      content: { start: content.start, end: content.end },
      text: doc.slice(content),
      speaker: frame.source ? speakerActor(doc, frame.source) : null,
      speakerText: frame.source ? doc.slice(frame.source) : null,
      cue: frame.cue ? { ...frame.cue } : null,
      cueText: frame.cue ? doc.slice(frame.cue) : null,
    };
    if (frame.source) quote.speakerSpan = { ...frame.source };
    return quote;
  });
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The actor a speaker span names: directly, or through the mention cluster it belongs to ("she" → Landau). */
function speakerActor(doc: Doc, span: Span): string | null {
  const direct = doc.actors.find((a) => a.mentions.some((m) => overlaps(m, span)));
  if (direct) return direct.id;
  const cluster = doc.clusters.find((c) => c.mentions.some((m) => overlaps(m, span)));
  if (!cluster) return null;
  const actor = doc.actors.find((a) => a.mentions.some((m) => cluster.mentions.some((c) => overlaps(m, c))));
  return actor?.id ?? null;
}
