import type { Span } from '../model/index.js';

/** A stretch of text between quotation marks, marks included. */
export interface QuotedSpan extends Span {
  /** Parts of one quotation that runs over several paragraphs share a chain number. */
  chain: number;
  /** Words inside the marks. */
  words: number;
}

// Which closing mark ends a quotation opened by each opening mark. Straight quotes open and
// close alike; German „ closes with “ (or ” in English typesetting). Single quotes are left out:
// they are apostrophes far more often than outer quotation marks, and nested ones need no pairing.
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '„': '“”',
};

/** Tokens that close a quotation, as tokenised text has them: "“…,” noting", "…,’ she said". */
export const CLOSING_MARK_TOKENS: ReadonlySet<string> = new Set(['”', '"', '’', "'", '»']);

/** A character that opens a quotation, of any style. */
export const OPENING_MARK = /["“‘'«„]/;

/** Marks that end a sentence. */
export const FINAL_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * Double marks of any style close a quotation they stand at the end of: scraped and hand-typed
 * copy mixes styles (“It's unusual,“ said …; “… too" Sweeny said), and a quotation left open
 * there would swallow the cue that follows.
 */
const DOUBLE_MARKS = '“”"„';

/** A mark at `i` closes in form when it follows a non-space and comes before a space, punctuation or the end. */
function closesInForm(text: string, i: number): boolean {
  return i > 0 && !/\s/.test(text[i - 1]) && /^$|[\s,.;:!?)\]—–-]/.test(text[i + 1] ?? '');
}

/**
 * Two apostrophes stand for a straight double quote in some archives (the New York Times writes
 * ''…''); they pair like `"`. Read as one mark, not as two single quotes.
 */
const DOUBLE_APOSTROPHE = "''";

/** A straight quote opens when it stands before a word and after a space, a bracket or a dash. */
function straightOpens(text: string, i: number, length = 1): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = text[i + length] ?? ' ';
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}

/**
 * Quotations in `text`, paragraph by paragraph (a paragraph is a line). A quotation still open
 * at the end of a paragraph continues when the next paragraph starts with an opening mark, as
 * news style writes long quotes; an open quotation that does not continue is dropped as unpaired.
 */
export function findQuotations(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let chain = 0;
  // An unclosed part waiting to see whether the next paragraph continues it.
  let pending: QuotedSpan | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      const first = lineStart + line.search(/\S/);
      const continues = pending !== null && (text[first] in CLOSERS || text.startsWith(DOUBLE_APOSTROPHE, first));
      if (pending && continues) out.push(pending);
      const currentChain = continues ? pending!.chain : ++chain;
      pending = null;
      let open = -1;
      let closers = '';
      let partChain = currentChain;
      for (let i = lineStart; i < lineEnd; i++) {
        const ch = text[i];
        const doubled = text.startsWith(DOUBLE_APOSTROPHE, i);
        if (open < 0) {
          if (doubled && straightOpens(text, i, 2)) {
            open = i;
            closers = DOUBLE_APOSTROPHE;
            i++;
          } else if (ch in CLOSERS && (ch !== '"' || straightOpens(text, i))) {
            open = i;
            closers = CLOSERS[ch];
          }
        } else if (closers === DOUBLE_APOSTROPHE ? doubled : closers.includes(ch) || (DOUBLE_MARKS.includes(ch) && DOUBLE_MARKS.includes(text[open]) && closesInForm(text, i))) {
          const end = i + (doubled ? 2 : 1);
          out.push(part(text, open, end, partChain));
          open = -1;
          partChain = ++chain;
          i = end - 1;
        }
      }
      if (open >= 0) {
        const end = lineStart + line.trimEnd().length;
        pending = part(text, open, end, partChain);
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function part(text: string, start: number, end: number, chain: number): QuotedSpan {
  const words = text.slice(start + 1, end).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
  return { start, end, chain, words };
}
