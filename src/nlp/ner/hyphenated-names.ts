import type { TokenSpan } from './tags.js';

/**
 * A double-barrelled surname the model split at its hyphen ("Felicia Perkins" ORG, "-",
 * "Ferreira" PER) made one PER span again, and so is every other mention of that surname in the
 * document ("Perkins-Ferreira said"). Only where a first name comes before it, and one part was
 * read as a person: "Trump-Kim talks" and "the Iran-Iraq war" join two names, not one. `glued`
 * tells whether word `i` of sentence `s` touches the words on both sides: a hyphen between
 * spaces ("Atletico Madrid - Esnaider", a list) joins nothing.
 */
export function hyphenatedNames(sentences: readonly string[][], spans: TokenSpan[][], glued: (s: number, i: number) => boolean): TokenSpan[][] {
  const allPairs = spans.map((list, s) => hyphenPairs(sentences[s], list, (i) => glued(s, i)));
  const surnames = new Set<string>();
  allPairs.forEach((pairs, s) => {
    for (const [a, b] of pairs) if (a.end - a.start >= 2 && (a.type === 'PER' || b.type === 'PER')) surnames.add(surname(sentences[s], a, b));
  });
  if (surnames.size === 0) return spans;
  return spans.map((list, s) => {
    const words = sentences[s];
    const pairs = allPairs[s].filter(([a, b]) => surnames.has(surname(words, a, b)));
    if (pairs.length === 0) return list;
    const joined = new Set(pairs.flat());
    const out = list.filter((span) => !joined.has(span));
    for (const [a, b] of pairs) out.push({ start: a.start, end: b.end, type: 'PER' });
    return out.sort((x, y) => x.start - y.start);
  });
}

/** A name word as running text writes it: a capital, then lower case ("Perkins"; not "UNION" of a headline's "RUGBY UNION - LYNAGH"). */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** Spans of one sentence that a hyphen joins, the second one name word long ("Perkins" "-" "Ferreira"). */
function hyphenPairs(words: readonly string[], list: readonly TokenSpan[], glued: (i: number) => boolean): [TokenSpan, TokenSpan][] {
  const pairs: [TokenSpan, TokenSpan][] = [];
  for (let k = 0; k + 1 < list.length; k++) {
    const [a, b] = [list[k], list[k + 1]];
    if (words[a.end] === '-' && glued(a.end) && b.start === a.end + 1 && b.end === b.start + 1 && NAME_WORD.test(words[a.end - 1]) && NAME_WORD.test(words[b.start])) pairs.push([a, b]);
  }
  return pairs;
}

/** The surname a pair spells: the first span's last word, the hyphen and the second span's word. */
const surname = (words: readonly string[], a: TokenSpan, b: TokenSpan): string => `${words[a.end - 1]}-${words[b.start]}`;
