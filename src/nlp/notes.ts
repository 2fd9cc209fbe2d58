// Notes about a story rather than story text: an editor's note ("Editor’s note: Donald Trump
// regularly incites political violence …", pasted under every HuffPost article of 2016) or a
// correction ("CORRECTION: An article on Thursday misstated …"). No quote, speaker or event
// comes from them. An update ("UPDATE: The minister resigned on Tuesday.") is news and stays.

import type { Span } from '../model/index.js';

/** Openings of a note, matched where a paragraph starts; the note runs to the paragraph's end. */
const NOTES = /(?:^|\n)[ \t]*((?:Editor['’]s [Nn]ote|EDITOR['’]S NOTE|Correction|CORRECTION|Clarification|CLARIFICATION)\s*:)/g;

/** The spans of `text` that are editor's notes or corrections, each from its opening to its paragraph's end. */
export function storyNotes(text: string): Span[] {
  const out: Span[] = [];
  NOTES.lastIndex = 0;
  for (let m = NOTES.exec(text); m; m = NOTES.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    const lineEnd = text.indexOf('\n', start);
    let end = lineEnd < 0 ? text.length : lineEnd;
    while (end > start && /\s/.test(text[end - 1])) end--;
    out.push({ start, end });
  }
  return out;
}
