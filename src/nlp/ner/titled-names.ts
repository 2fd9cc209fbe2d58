import { lookupEntries } from '../../lexicon/countries.js';
import { isPersonTitle } from '../../lexicon/titles.js';
import { INSTITUTION_HEADS } from './known-bodies.js';
import type { TokenSpan } from './tags.js';

/**
 * A name the model glued to the title before it, with the party or nationality before that, in
 * one span ("Labour MP Yvette Cooper"/MISC; "Conservative MP Phillip"/MISC then "Lee"/ORG) is a
 * person. The words after the title become one PER span, taking in a surname cut off as a span
 * or a word of its own. The words before the title keep the span's type ("Labour"). The title
 * itself is in no span, as in "President Hassan Rouhani". A title opening a span is part of a
 * name ("General Motors") and is left alone.
 */

/** Most words of the name after a title ("Omar bin Khalid al-Harthi" aside, names are short). */
const MAX_NAME_WORDS = 4;

/**
 * Members of parliament, written before the name in British and European news ("Labour MP
 * Yvette Cooper"). Not in the titles table: the recogniser's model reads that table as a feature
 * and was trained without them.
 */
const PARLIAMENT_TITLES = new Set(['mp', 'mep', 'msp']);

const isTitle = (w: string | undefined): boolean => w !== undefined && (isPersonTitle(w) || PARLIAMENT_TITLES.has(w.toLowerCase()));
/** A word of a person's name: capitalised, no title, no institution ("General Assembly") and no country ("Miss Teen USA"). */
const isNameWord = (w: string | undefined): boolean =>
  w !== undefined && /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !isTitle(w) && !INSTITUTION_HEADS.has(w.toLowerCase()) && lookupEntries(w).length === 0;

/** Per sentence: the model's spans with titled names split out. */
export function titledNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let out = spans;
  for (const span of spans) {
    if (span.type !== 'MISC' && span.type !== 'ORG') continue;
    let title = -1;
    for (let i = span.start + 1; i < span.end - 1; i++) if (isTitle(words[i])) title = i;
    // The last title of a run ("Prime Minister"), then the name: capitalised words that are no title.
    if (title < 0 || !isNameWord(words[title + 1])) continue;
    let end = title + 1;
    while (end < span.end && isNameWord(words[end])) end++;
    if (end < span.end) continue;
    // A surname the model cut off: the span right after it, or a capitalised word in none.
    const after = out.find((s) => s.start === end);
    const stop = Math.min(title + 1 + MAX_NAME_WORDS, words.length);
    if (after && after.type !== 'PER' && after.end <= stop && words.slice(after.start, after.end).every(isNameWord)) end = after.end;
    else if (!after) {
      const free = (i: number): boolean => !out.some((s) => s.start <= i && i < s.end);
      // A double-barrelled surname is split at its hyphen ("Russell - Moyle").
      for (;;) {
        if (end < stop && isNameWord(words[end]) && free(end)) end++;
        else if (end + 1 < stop && words[end] === '-' && isNameWord(words[end + 1]) && free(end + 1)) end += 2;
        else break;
      }
    }
    const before: TokenSpan = { start: span.start, end: title, type: span.type };
    const person: TokenSpan = { start: title + 1, end, type: 'PER' };
    out = [...out.filter((s) => s !== span && !(s.start >= span.end && s.end <= end)), before, person].sort((a, b) => a.start - b.start);
  }
  return out;
}
