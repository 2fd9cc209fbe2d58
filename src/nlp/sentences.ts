import type { Doc } from '../doc.js';
import type { Sentence, Span, Token } from '../model/index.js';
import type { Stage } from '../pipeline.js';
import { ABBREVIATIONS, SENTENCE_OPENER_POS, type AbbreviationClass } from './abbreviations.js';
import { creditStart } from './credits.js';
import { storyNotes } from './notes.js';
import { datelineEnd } from './datelines.js';
import { tokenize, type PlacedToken } from './wink.js';

/** Sentences and tokens of `doc.text`, with exact offsets: the first layer of the pipeline. */
export function sentenceStage(): Stage {
  return {
    name: 'sentences',
    run(doc: Doc) {
      const out = segment(doc.text, { title: doc.article.title, captions: doc.article.captions });
      doc.sentences = out.sentences;
      doc.tokens = out.tokens;
      doc.words = out.words;
      if (out.approximated > 0) doc.notes.push(`sentences: ${out.approximated} token offsets approximated`);
    },
  };
}

export interface SegmentOptions {
  /** The article's title: when the text opens with it, it is a headline unit. */
  title?: string;
  /** Photo-caption spans: each becomes one sentence of kind 'caption'. */
  captions?: readonly Span[];
}

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
  /** Per token, its text (see Doc.words). */
  words: string[];
  approximated: number;
}

interface Unit extends Span {
  kind: NonNullable<Sentence['kind']>;
}

// A headline line is short and does not end like prose.
const HEADLINE_MAX_WORDS = 25;
const PROSE_ENDING = /[.,;:…]$/u;
// Sentence-final marks, with the CJK full stop, Arabic question mark and Devanagari danda.
const TERMINAL_MARKS = '.!?…。！？؟।';
const TERMINAL = new RegExp(`^[${TERMINAL_MARKS}]+$`, 'u');
const TERMINAL_CODES = new Set([...TERMINAL_MARKS].map((c) => c.charCodeAt(0)));
// Closing quotes and brackets that belong to the sentence whose end they follow.
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}']);
const QUOTE_OPENERS = new Set(['"', "'", '“', '‘', '«']);
const OPENERS = new Set(['“', '‘', '«', '(', '[', '{']);
// Punctuation that continues a sentence after a period ("Inc., the", "etc.)").
const CONTINUERS = new Set([',', ';', ':', ')', ']', '}', '%']);
const BLANK_LINE = /\n[^\S\n]*\n/;
const NON_BLANK = /\S/g;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/**
 * Splits text into sentences over wink's tokens, with rules for news text: abbreviations from
 * a table, closing quotes kept with their sentence, line and paragraph breaks, and headline,
 * dateline and caption units. One pass over the tokens: time is linear in the text length.
 */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  const { tokens: toks, approximated } = tokenize(text);
  const n = toks.length;
  const units = newsUnits(text, toks, options);
  const captionOf = captionIndex(toks, options.captions ?? []);
  const forced = units.flatMap((u) => [u.start, u.end]).sort((a, b) => a - b);

  const breakAfter = new Array<boolean>(n).fill(false);
  let f = 0;
  for (let i = 0; i + 1 < n; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    while (f < forced.length && forced[f] < a.end) f++;
    if (f < forced.length && forced[f] <= b.start) breakAfter[i] = true;
    else if (b.start > a.end) {
      const gap = text.slice(a.end, b.start);
      if (BLANK_LINE.test(gap)) breakAfter[i] = true;
      else if (gap.includes('\n')) breakAfter[i] = !LOWER.test(text.slice(b.start, b.end));
    }
  }

  for (let i = 0; i < n; ) {
    let kind = terminalKind(text, toks, i);
    if (kind === null) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && toks[j + 1].start === toks[j].end) {
      const next = text.slice(toks[j + 1].start, toks[j + 1].end);
      if (TERMINAL.test(next)) kind = 'plain';
      else if (!CLOSERS.has(next)) break;
      j++;
    }
    if (j + 1 < n && !breakAfter[j]) breakAfter[j] = endsSentence(kind, text, toks[j + 1]);
    i = j + 1;
  }

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const words: string[] = [];
  let u = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || (breakAfter[i - 1] && !(captionOf[i] >= 0 && captionOf[i] === captionOf[i - 1]))) {
      sentences.push({ start: toks[i].start, end: toks[i].end });
    }
    const s = sentences.length - 1;
    sentences[s].end = toks[i].end;
    tokens.push({ start: toks[i].start, end: toks[i].end, pos: toks[i].pos, sentence: s });
    words.push(toks[i].word);
  }
  for (const s of sentences) {
    while (u < units.length && units[u].end < s.end) u++;
    if (u < units.length && units[u].start <= s.start && s.end <= units[u].end) s.kind = units[u].kind;
  }
  return { sentences, tokens, words, approximated };
}

type TerminalKind = 'plain' | AbbreviationClass;

/** Whether token i can end a sentence, and how: a punctuation mark or an abbreviation's period. */
function terminalKind(text: string, toks: PlacedToken[], i: number): TerminalKind | null {
  // Both kinds end in a terminal mark: most tokens are ruled out without a string.
  if (!TERMINAL_CODES.has(text.charCodeAt(toks[i].end - 1))) return null;
  const t = text.slice(toks[i].start, toks[i].end);
  if (TERMINAL.test(t)) {
    // An ellipsis that opens a quotation ('"...That does not') ends nothing.
    if (i === 0 || opens(text, toks, i - 1)) return null;
    // wink leaves the period off abbreviations it does not know ("Calif" "."): look them up.
    if (t === '.' && i > 0 && toks[i - 1].end === toks[i].start) {
      const word = text.slice(toks[i - 1].start, toks[i - 1].end).toLowerCase();
      return ABBREVIATIONS.get(word) ?? 'plain';
    }
    return 'plain';
  }
  if (t.length > 1 && t.endsWith('.')) return ABBREVIATIONS.get(t.slice(0, -1).toLowerCase()) ?? 'ambiguous';
  return null;
}

/** Whether token i opens a quotation or bracket: an opening mark, or a straight quote after a space. */
function opens(text: string, toks: PlacedToken[], i: number): boolean {
  const t = text.slice(toks[i].start, toks[i].end);
  if (OPENERS.has(t)) return true;
  return (t === '"' || t === "'") && (i === 0 || toks[i - 1].end < toks[i].start);
}

/** Whether a sentence ends before token `next`, given how the previous one ended. */
function endsSentence(kind: TerminalKind, text: string, next: PlacedToken): boolean {
  const t = text.slice(next.start, next.end);
  if (LOWER.test(t) || CONTINUERS.has(t) || kind === 'title') return false;
  if (kind === 'plain') return true;
  if (kind === 'number' && /^\d/.test(t)) return false;
  if (UPPER.test(t)) return SENTENCE_OPENER_POS.has(next.pos);
  return QUOTE_OPENERS.has(t);
}

/** Headline, dateline, caption, sign-off and editor's note spans: units that are their own sentences. */
function newsUnits(text: string, toks: PlacedToken[], options: SegmentOptions): Unit[] {
  const units: Unit[] = (options.captions ?? []).map((c) => ({ start: c.start, end: c.end, kind: 'caption' }));
  const inCaption = (at: number) => units.some((c) => at >= c.start && at < c.end);
  const first = toks.findIndex((t) => !inCaption(t.start));
  if (first < 0) return units;

  const headline = headlineEnd(text, toks, first, options.title);
  if (headline > 0) units.push({ start: toks[first].start, end: headline, kind: 'headline' });
  // The dateline opens the first line of the story proper.
  const body = headline > 0 ? toks.findIndex((t) => t.start >= headline && !inCaption(t.start)) : first;
  if (body >= 0) {
    const end = datelineEnd(text, toks[body].start);
    if (end > 0) units.push({ start: toks[body].start, end, kind: 'dateline' });
  }
  const credit = creditStart(text);
  if (credit >= 0 && !inCaption(credit)) units.push({ start: credit, end: text.length, kind: 'credit' });
  for (const note of storyNotes(text)) {
    if (!inCaption(note.start) && !units.some((u) => u.start < note.end && note.start < u.end)) units.push({ ...note, kind: 'note' });
  }
  return units.sort((a, b) => a.start - b.start);
}

/** End of the headline line that opens the text at token `first`, or -1. */
function headlineEnd(text: string, toks: PlacedToken[], first: number, title?: string): number {
  const start = toks[first].start;
  const lineEnd = text.indexOf('\n', start);
  const title0 = title?.trim();
  if (title0 && text.startsWith(title0, start)) {
    const end = start + title0.length;
    if (end === text.length || /^\s/.test(text.slice(end, end + 1))) return end;
  }
  if (lineEnd < 0) return -1;
  // Only text after the line makes it a headline: a lone line is the story itself.
  NON_BLANK.lastIndex = lineEnd;
  if (!NON_BLANK.test(text)) return -1;
  const line = text.slice(start, lineEnd).trimEnd();
  let words = 0;
  for (let i = first; i < toks.length && toks[i].start < lineEnd; i++) {
    if (++words > HEADLINE_MAX_WORDS) return -1;
  }
  if (PROSE_ENDING.test(line) || !/\p{L}/u.test(line)) return -1;
  return start + line.length;
}

/** For each token, the index of the caption span it lies in, or -1. */
function captionIndex(toks: PlacedToken[], captions: readonly Span[]): number[] {
  const order = captions.map((c, i) => ({ ...c, i })).sort((a, b) => a.start - b.start);
  const out = new Array<number>(toks.length).fill(-1);
  let c = 0;
  for (let i = 0; i < toks.length; i++) {
    while (c < order.length && order[c].end <= toks[i].start) c++;
    if (c < order.length && order[c].start <= toks[i].start && toks[i].end <= order[c].end) out[i] = order[c].i;
  }
  return out;
}
