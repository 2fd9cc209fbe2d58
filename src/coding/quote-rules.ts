import type { Doc } from '../doc.js';
import type { Span, Token } from '../model/index.js';
import type { CueFrame } from '../lexicon/cue-verbs.js';
import { CUE_FORM_FRAMES, CUE_PREPOSITIONS, isHearsayParticiple, LISTENER_VERBS } from './quote-cues.js';
import { CLOSING_MARK_TOKENS, FINAL_PUNCT, findQuotations, type QuotedSpan } from './quote-marks.js';
import { type Range, type Tok, clauseSubject, phraseEndingAt, phraseStartingAt, skipLeftOfCue, subjectBefore } from './quote-source.js';
import { timePhraseStart } from './time-phrase.js';

/** Quotations shorter than this many words are scare quotes or titles ("No. 2"), not speech. */
const MIN_QUOTE_WORDS = 4;
/** Indirect content shorter than this many tokens is an adjunct ("said Tuesday"), not a statement. */
const MIN_CONTENT_TOKENS = 3;
/** How far past a cue "that" may stand after adjuncts ("said in a statement Tuesday that"). */
const THAT_LOOKAHEAD = 10;
/** A transcript speaker label is a short name ("TAPPER", "Sen. Tim Kaine"). */
const MAX_LABEL_TOKENS = 4;
/** How many tokens a source after "according to" may run past its head noun phrase. */
const MAX_SOURCE_TAIL = 20;
/** How far into a belief's content its verb may stand ("the whole plan was …"). */
const CLAUSE_LOOKAHEAD = 6;

const PREPOSITIONS = CUE_PREPOSITIONS.map((p) => p.split(' '));

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const COORDINATORS = new Set(['and', 'but']);
/** Tokens before a later cue that end the content of an earlier one. */
const SPLITS_CONTENT = new Set([',', ';']);
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);
const ADJUNCT_PUNCT = new Set([',', '—', '–', '-']);
/** Punctuation that closes the clause before a participle cue (", saying …", "– saying …"). */
const CLAUSE_PUNCT = new Set([',', '—', '–', '-']);
/** Tokens that may stand between a cue and a later "that" (time, place, medium, listener). */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON', 'ADV', 'PART']);
/** Parts of speech an indirect content may not start with: it must be a clause, not an adjunct. */
const NOT_CONTENT_START = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'CCONJ']);

/** One attribution the rules found: a cue with its source and content spans. */
export interface RuleFrame {
  cue: Span | null;
  source: Span | null;
  content: Span[];
  direct: boolean;
}

/** What the rules of one document share: its text, quotations and their chains. */
interface Context {
  text: string;
  quotations: QuotedSpan[];
  chains: Map<number, QuotedSpan[]>;
  /** Chains some cue took as its content. */
  claimed: Set<number>;
}

/**
 * Quotations and reported speech found by rules. Direct quotes come from quotation marks;
 * indirect ones from cue words (quote-cues.ts) with a subject before them, an inverted subject
 * after them ("said Bunn") or a source after "according to". A quote split around its cue is
 * one frame with two content spans. The attribution tagger reads these frames as features.
 * `quotations`: the document's outside captions, when the caller has found them already.
 */
export function ruleFrames(doc: Doc, quotations = findQuotations(doc.text).filter((q) => !doc.inCaption(q))): RuleFrame[] {
  const story = doc.sentences.map((s) => doc.isStory(s));
  const ctx: Context = { text: doc.text, quotations, chains: groupChains(quotations), claimed: new Set() };
  const bySentence: Tok[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) bySentence[t.sentence]?.push(toTok(doc, t));

  const frames: RuleFrame[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    if (story[s]) frames.push(...sentenceFrames(bySentence[s], ctx));
  }
  // Quotations no cue introduced: still quotations, with an unknown speaker.
  for (const [chain, parts] of ctx.chains) {
    if (ctx.claimed.has(chain) || words(parts) < MIN_QUOTE_WORDS) continue;
    if (!parts.some((p) => inStory(doc, story, p))) continue;
    if (frames.some((f) => f.content.some((c) => c.start <= parts[0].start && c.end >= parts[0].end))) continue;
    frames.push({ cue: null, source: null, content: parts, direct: true });
  }
  return frames;
}

function toTok(doc: Doc, t: Token): Tok {
  const word = doc.text.slice(t.start, t.end);
  return { start: t.start, end: t.end, pos: t.pos, sentence: t.sentence, word, lower: word.toLowerCase() };
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

type FrameKind = CueFrame | 'preposition';

interface Found {
  cue: Range;
  source: Range;
  frame: FrameKind;
}

function isCueAt(toks: Tok[], i: number): { length: number; frame: FrameKind } | null {
  for (const p of PREPOSITIONS) {
    if (p.every((w, k) => toks[i + k]?.lower === w)) return { length: p.length, frame: 'preposition' };
  }
  const frame = CUE_FORM_FRAMES.get(toks[i].lower);
  if (frame && (toks[i].pos === 'VERB' || toks[i].pos === 'AUX' || mistaggedVerb(toks, i))) return { length: 1, frame };
  return null;
}

/**
 * A cue verb right after a name that the part-of-speech tagger called an adjective or a noun
 * ("Schneiderman alleged/ADJ in the suit that …", "Frank notes/NOUN"): after a name, a past or
 * third-person form is the name's verb far more often than a modifier or a plural noun.
 */
function mistaggedVerb(toks: Tok[], i: number): boolean {
  if (toks[i - 1]?.pos !== 'PROPN') return false;
  const { pos, lower } = toks[i];
  return (pos === 'ADJ' && lower.endsWith('ed')) || (pos === 'NOUN' && lower.endsWith('s'));
}

/** A frame with what the sentence-level checks need. */
interface Candidate {
  frame: RuleFrame;
  cueAt: number;
  /** The indirect content as one range, to find attributions nested in it. */
  indirect: Span | null;
  chains: number[];
}

/** Where the clause break before token `i` starts (", " / "; " / ", and "), or `i` when there is none. */
function clauseBreakBefore(toks: Tok[], i: number): number {
  let k = i;
  if (COORDINATORS.has(toks[k - 1]?.lower)) k--;
  return SPLITS_CONTENT.has(toks[k - 1]?.lower) ? k - 1 : i;
}

const frameStart = (f: Found) => Math.min(f.cue.from, f.source.from);

function sentenceFrames(toks: Tok[], ctx: Context): RuleFrame[] {
  const insideQuote = (t: Tok) => ctx.quotations.some((q) => q.words >= MIN_QUOTE_WORDS && t.start > q.start && t.end < q.end);
  const found: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = isCueAt(toks, i);
    if (!hit || insideQuote(toks[i])) continue;
    const cue = { from: i, to: i + hit.length - 1 };
    const source = hit.frame === 'preposition' ? phraseStartingAt(toks, cue.to + 1) : verbSource(toks, i);
    if (source) found.push({ cue, source, frame: hit.frame });
    i = cue.to;
  }
  const frames: Candidate[] = [];
  const label = speakerLabel(toks, ctx);
  if (label) frames.push({ frame: label, cueAt: label.cue!.start, indirect: null, chains: [] });
  const named = label ? null : namedQuotation(toks, ctx);
  if (named) frames.push(named);
  for (let n = 0; n < found.length; n++) {
    const f = found[n];
    // Content after a cue runs to the sentence end, or to the comma of a later cue that takes
    // the content before it ("…, sources said") or opens a clause of its own (", and Y said").
    const next = found.slice(n + 1).find((g) => clauseBreakBefore(toks, frameStart(g)) < frameStart(g));
    const stop = next ? clauseBreakBefore(toks, frameStart(next)) : toks.length;
    const content = f.frame === 'preposition' ? prepositionContent(toks, f) : verbContent(toks, f, stop, ctx);
    if (!content) continue;
    frames.push({
      frame: {
        cue: { start: toks[f.cue.from].start, end: toks[f.cue.to].end },
        source: { start: toks[(content.source ?? f.source).from].start, end: toks[(content.source ?? f.source).to].end },
        content: content.spans,
        direct: content.direct,
      },
      cueAt: toks[f.cue.from].start,
      indirect: content.direct ? null : { start: content.spans[0].start, end: content.spans[content.spans.length - 1].end },
      chains: content.chains,
    });
  }
  // An attribution reported inside another's content ("X said Y believes …") is part of that
  // content, as annotators mark only the outer one.
  const kept = frames.filter((a) => !frames.some((b) => b !== a && b.indirect && a.cueAt >= b.indirect.start && a.cueAt < b.indirect.end));
  for (const k of kept) for (const c of k.chains) ctx.claimed.add(c);
  return kept.map((k) => k.frame);
}

/**
 * A transcript line: a speaker's name and a colon opening a paragraph ("TAPPER: Do you think …").
 * The words after the colon, to the end of the paragraph, are the speaker's.
 */
function speakerLabel(toks: Tok[], ctx: Context): RuleFrame | null {
  const first = firstWord(toks);
  if (first >= toks.length || (toks[first].start > 0 && ctx.text[toks[first].start - 1] !== '\n')) return null;
  const name = phraseStartingAt(toks, first);
  if (!name || name.to - name.from + 1 > MAX_LABEL_TOKENS || toks[name.to + 1]?.lower !== ':') return null;
  if (!toks.slice(name.from, name.to + 1).some((t) => t.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t.word))) return null;
  const colon = toks[name.to + 1];
  const from = toks[name.to + 2];
  if (!from) return null;
  let to = ctx.text.indexOf('\n', from.start);
  if (to < 0) to = ctx.text.length;
  while (to > from.start && /\s/.test(ctx.text[to - 1])) to--;
  return {
    cue: { start: colon.start, end: colon.end },
    source: { start: toks[name.from].start, end: toks[name.to].end },
    content: [{ start: from.start, end: to }],
    direct: true,
  };
}

/** What may stand right before a "Name: “…”" speaker: the sentence start or a dash ("… - Jeffrey M. Jones: “…”"). */
const BEFORE_NAMED_QUOTATION = new Set(['-', '—', '–']);

/**
 * A name and a colon right before a quotation ("Jeffrey M. Jones: “Gallup’s analysis …”"), as
 * newsletters and live pages cite: the name is the speaker, the colon the cue. The name must open
 * the sentence or follow a dash: in "Trump on Iran: “…”" the name before the colon is the topic.
 */
function namedQuotation(toks: Tok[], ctx: Context): Candidate | null {
  for (let c = 1; c + 1 < toks.length; c++) {
    if (toks[c].lower !== ':') continue;
    const q = ctx.quotations.find((x) => x.start === toks[c + 1].start);
    const name = q && phraseEndingAt(toks, c - 1);
    if (!q || !name || name.to - name.from + 1 > MAX_LABEL_TOKENS) continue;
    if (name.from > firstWord(toks) && !BEFORE_NAMED_QUOTATION.has(toks[name.from - 1].lower)) continue;
    if (!toks.slice(name.from, name.to + 1).some((t) => t.pos === 'PROPN')) continue;
    const parts = ctx.chains.get(q.chain) ?? [q];
    if (words(parts) < MIN_QUOTE_WORDS) continue;
    return {
      frame: {
        cue: { start: toks[c].start, end: toks[c].end },
        source: { start: toks[name.from].start, end: toks[name.to].end },
        content: parts.map((p) => ({ start: p.start, end: p.end })),
        direct: true,
      },
      cueAt: toks[c].start,
      indirect: null,
      chains: [q.chain],
    };
  }
  return null;
}

/**
 * The subject of the cue verb in the span `cue` of `doc` (its first word the cue table knows as
 * a verb), found as the rules find a speaker, for a cue found without one; null for a passive,
 * a cue with no such verb, or when no phrase stands there.
 */
export function cueVerbSubject(doc: Doc, cue: Span): Span | null {
  const at = doc.tokenAt(cue.start);
  const sentence = doc.tokens[at].sentence;
  let from = at;
  while (from > 0 && doc.tokens[from - 1].sentence === sentence) from--;
  let to = at + 1;
  while (to < doc.tokens.length && doc.tokens[to].sentence === sentence) to++;
  const toks = doc.tokens.slice(from, to).map((t) => toTok(doc, t));
  for (let k = at - from; k < toks.length && toks[k].start < cue.end; k++) {
    const hit = isCueAt(toks, k);
    if (!hit || hit.frame === 'preposition') continue;
    const r = verbSource(toks, k);
    return r && { start: toks[r.from].start, end: toks[r.to].end };
  }
  return null;
}

/** The speaker of a verb cue: its subject, an inverted subject ("said Bunn"), or the clause's subject for ", saying …". */
function verbSource(toks: Tok[], cue: number): Range | null {
  const j = skipLeftOfCue(toks, cue);
  const word = toks[cue].lower;
  // A passive's agent is the speaker: "first reported by The Washington Post", "when asked by reporters".
  if (toks[cue + 1]?.lower === 'by' && !word.endsWith('ing')) {
    const agent = phraseStartingAt(toks, cue + 2);
    if (agent) return agent;
  }
  // Passives ("is said to", "was asked", "has been widely predicted", "Iraqis thought to be")
  // name no speaker in subject position.
  if (isHearsayParticiple((i) => toks[i]?.lower, cue)) return null;
  for (let k = j + 1; k < cue; k++) if (BE_FORMS.has(toks[k].lower) && !word.endsWith('ing')) return null;
  if (j >= 0 && BE_FORMS.has(toks[j].lower) && !word.endsWith('ing')) return null;
  // ", saying …", "… and said …" and "… and then said …" share the subject of the sentence's first clause.
  const coordinated = COORDINATORS.has(toks[j]?.lower) || (toks[j]?.lower === 'then' && COORDINATORS.has(toks[j - 1]?.lower));
  if ((word.endsWith('ing') && CLAUSE_PUNCT.has(toks[j]?.lower)) || coordinated) {
    return clauseSubject(toks, cue);
  }
  const inverted = invertedAfterComma(toks, cue, j);
  if (inverted) return inverted;
  const before = subjectBefore(toks, cue);
  if (before) return before;
  if ((j < 0 || toks[j].pos === 'PUNCT') && !LISTENER_VERBS.has(word)) return phraseStartingAt(toks, cue + 1);
  return null;
}

/** What may close an inverted subject: the clause or the sentence ends, or an appositive or bracket opens. */
const AFTER_INVERTED = new Set([',', '(', ...FINAL_PUNCT]);

/**
 * The subject after a cue that follows a comma ("…, forcing her to fend off Trump and Sanders,
 * said Brad Bannon, a Democratic pollster"): a phrase that ends the clause right after the cue is
 * who spoke, however the words before the comma read. A phrase followed by more of a clause is
 * content ("Landau, a senior fellow, said Iran is …"), and a time phrase an adjunct ("said Tuesday").
 */
function invertedAfterComma(toks: Tok[], cue: number, j: number): Range | null {
  if (toks[j]?.lower !== ',' || toks[cue].lower.endsWith('ing') || LISTENER_VERBS.has(toks[cue].lower)) return null;
  const r = phraseStartingAt(toks, cue + 1);
  if (!r || (r.to + 1 < toks.length && !AFTER_INVERTED.has(toks[r.to + 1].lower))) return null;
  return timePhraseStart((i) => toks[i]?.lower, r.to) <= r.from ? null : r;
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
  /** The source as the content rule found it to end, when longer than its head phrase. */
  source?: Range;
}

/**
 * A quotation ending right before character `at`: past spaces and a comma outside the marks,
 * and across a sentence boundary ("“Who do they think they are?” Trump said").
 */
function quotationEndingBefore(ctx: Context, at: number): QuotedSpan | null {
  let p = at;
  while (p > 0 && /\s/.test(ctx.text[p - 1])) p--;
  if (ctx.text[p - 1] === ',') p--;
  return ctx.quotations.find((q) => q.end === p) ?? null;
}

/** A quotation starting at token `at`, past a colon or comma. */
function quotationStartingAt(toks: Tok[], at: number, ctx: Context): QuotedSpan | null {
  let k = at;
  while (k < toks.length && (toks[k].lower === ':' || toks[k].lower === ',')) k++;
  if (k >= toks.length) return null;
  return ctx.quotations.find((x) => x.start === toks[k].start) ?? null;
}

function verbContent(toks: Tok[], f: Found, stop: number, ctx: Context): Content | null {
  const { cue, source, frame } = f;
  const start = frameStart(f);
  const end = Math.max(cue.to, source.to);
  const spans: Span[] = [];
  const used: number[] = [];
  const take = (q: QuotedSpan) => {
    const parts = ctx.chains.get(q.chain) ?? [q];
    if (words(parts) < MIN_QUOTE_WORDS || used.includes(q.chain)) return false;
    spans.push(...parts);
    used.push(q.chain);
    return true;
  };
  // "…," said X  /  "…," X said, "…"
  const quotedBefore = quotationEndingBefore(ctx, toks[start].start);
  if (quotedBefore && take(quotedBefore)) {
    const after = quotationStartingAt(toks, end + 1, ctx);
    if (after && toks[end + 1]?.lower === ',') take(after);
    return { spans, direct: true, chains: used };
  }
  // "This campaign, he says, is different."
  const first = firstWord(toks);
  const last = lastWord(toks, stop);
  if (toks[start - 1]?.lower === ',' && toks[end + 1]?.lower === ',' && start - 2 >= first && last - (end + 2) + 1 >= MIN_CONTENT_TOKENS - 1) {
    return {
      spans: [{ start: toks[first].start, end: toks[start - 2].end }, { start: toks[end + 2].start, end: toks[last].end }],
      direct: false,
      chains: [],
    };
  }
  let k = source.from > cue.to ? source.to + 1 : cue.to + 1;
  if (frame === 'addressee') {
    const listener = phraseStartingAt(toks, k);
    if (listener) k = listener.to + 1;
  }
  k = pastAdjunctsToThat(toks, k);
  // X said: "…"
  const quoted = quotationStartingAt(toks, k, ctx);
  if (quoted && take(quoted)) return { spans, direct: true, chains: used };
  while (k < stop && toks[k].lower === ',') k++;
  // X criticized the plan / X called for a ban / X wants to run
  if (frame === 'stance') {
    let clauseEnd = k;
    while (clauseEnd < stop && !SPLITS_CONTENT.has(toks[clauseEnd].lower)) clauseEnd++;
    const lastOfClause = lastWord(toks, clauseEnd);
    if (lastOfClause >= k && toks[k].pos !== 'PUNCT' && toks[k].pos !== 'CCONJ') {
      return { spans: [{ start: toks[k].start, end: toks[lastOfClause].end }], direct: false, chains: [] };
    }
  }
  // X said (that) …
  if (frame !== 'quoting' && frame !== 'stance' && k <= last && last - k + 1 >= MIN_CONTENT_TOKENS && opensContent(toks[k])
    && (frame !== 'belief' || opensClause(toks, k))) {
    return { spans: [{ start: toks[k].start, end: toks[last].end }], direct: false, chains: [] };
  }
  // …, sources said.  /  Trump is a “change agent,” Cole said.
  const before = lastBeforeComma(toks, start);
  if (before >= 0 && before - first + 1 >= MIN_CONTENT_TOKENS) {
    return { spans: [{ start: toks[first].start, end: toks[before].end }], direct: false, chains: [] };
  }
  return null;
}

/** The last content token before a comma that ends at token `at` (the comma may sit inside closing marks), or -1. */
function lastBeforeComma(toks: Tok[], at: number): number {
  let k = at - 1;
  if (CLOSING_MARK_TOKENS.has(toks[k]?.lower) && toks[k - 1]?.lower === ',') return k;
  if (toks[k]?.lower !== ',') return -1;
  k--;
  return k;
}

/** The last token of content ending before `stop`, without closing commas and sentence punctuation. */
function lastWord(toks: Tok[], stop: number): number {
  let end = stop - 1;
  while (end >= 0 && (toks[end].lower === ',' || FINAL_PUNCT.has(toks[end].lower))) end--;
  return end;
}

/** Content starts with a subject, "that", or a gerund ("said going there was a mistake"), not an adjunct. */
function opensContent(t: Tok): boolean {
  return !NOT_CONTENT_START.has(t.pos) || (t.pos === 'VERB' && t.lower.endsWith('ing'));
}

/**
 * Whether the content at `k` is a clause ("that …", "he is …", "the plan was …") rather than an
 * object ("jobs that pay", "some way of …"): a verb comes before any relative word or preposition.
 */
function opensClause(toks: Tok[], k: number): boolean {
  if (toks[k].lower === 'that') return true;
  for (let i = k; i < toks.length && i - k < CLAUSE_LOOKAHEAD; i++) {
    if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') return i > k;
    if (toks[i].pos === 'ADP' || RELATIVE_WORDS.has(toks[i].lower)) return false;
  }
  return false;
}

/** Moves past time, place and medium adjuncts to a "that" that opens the content. */
function pastAdjunctsToThat(toks: Tok[], k: number): number {
  for (let i = k; i < toks.length && i - k <= THAT_LOOKAHEAD; i++) {
    if (toks[i].lower === 'that' && i > k) return i;
    if (!ADJUNCT_POS.has(toks[i].pos) && !ADJUNCT_PUNCT.has(toks[i].lower)) return k;
  }
  return k;
}

/** "According to X, …" takes what follows the source; "…, according to X" what precedes the cue. */
function prepositionContent(toks: Tok[], { cue, source }: Found): Content | null {
  const first = firstWord(toks);
  const end = lastWord(toks, toks.length);
  // The source phrase may run on past its head ("according to early results of exit polls conducted for …,").
  let comma = source.to + 1;
  while (comma < end && comma - source.to <= MAX_SOURCE_TAIL && toks[comma].lower !== ',') comma++;
  if (cue.from <= first + 1 && toks[comma]?.lower === ',' && comma + 1 <= end) {
    return {
      spans: [{ start: toks[comma + 1].start, end: toks[end].end }], direct: false, chains: [],
      source: { from: source.from, to: comma - 1 },
    };
  }
  if (cue.from - 2 >= first && toks[cue.from - 1].lower === ',') {
    return { spans: [{ start: toks[first].start, end: toks[cue.from - 2].end }], direct: false, chains: [] };
  }
  return null;
}
