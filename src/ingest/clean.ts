import type { Span } from '../model/index.js';
import { BOILERPLATE_LINES, BOILERPLATE_MAX_LINE } from './boilerplate.js';

export interface CleanText {
  /** Paragraphs separated by exactly one blank line; lines inside a paragraph kept. */
  text: string;
  /** Spans of `text` that are photo captions (a name standing alone between paragraphs). */
  captions: Span[];
}

// Control characters (tab, line feed and carriage return aside), soft hyphens, zero-width
// no-break spaces: none of them is visible text, and each would split or glue words.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\ufeff]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
// Runs of two or more blanks, or one blank that is not a plain space. Plain single spaces are
// left alone: matching every space would make cleaning a long article many times slower.
const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// One word of a caption: a capitalised word, or an initial such as "F."
const CAPTION_WORD = /^(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)$/u;

/**
 * Turns raw story text into the clean text every offset refers to: whitespace normalised within
 * lines, paragraphs kept, typographic quotes kept, invisible characters and boilerplate lines
 * removed. Runs in time linear in the length of the text.
 */
export function cleanText(raw: string): CleanText {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const rawLine of raw.replace(INVISIBLE, '').replace(LINE_BREAK, '\n').split('\n')) {
    const line = rawLine.replace(SPACES, ' ').trim();
    if (line === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else if (!isBoilerplate(line)) {
      current.push(line);
    }
  }
  if (current.length) paragraphs.push(current);

  const captions: Span[] = [];
  let text = '';
  paragraphs.forEach((lines, i) => {
    if (i > 0) text += '\n\n';
    const paragraph = lines.join('\n');
    const between = i > 0 && i < paragraphs.length - 1;
    if (between && lines.length === 1 && isCaption(paragraph)) {
      captions.push({ start: text.length, end: text.length + paragraph.length });
    }
    text += paragraph;
  });
  return { text, captions };
}

function isBoilerplate(line: string): boolean {
  return line.length <= BOILERPLATE_MAX_LINE && BOILERPLATE_LINES.some((pattern) => pattern.test(line));
}

/** A short name alone on its line (2–4 capitalised words, no sentence punctuation). */
function isCaption(line: string): boolean {
  if (line.length > 60) return false;
  const words = line.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => CAPTION_WORD.test(w));
}
