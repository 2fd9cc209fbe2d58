/**
 * Short time phrases that stand between a verb and its subject or clause ("X on Monday
 * announced", "demanded on Friday that …"): the walks that look for a verb's arguments step over
 * them. `TIME_NOUNS` are the words that make a run of `TIME_PHRASE_WORDS` a time phrase.
 */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'today', 'yesterday', 'tonight', 'week', 'weekend', 'night', 'morning',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

export const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set(['on', 'at', 'during', 'the', 'last', 'this', ...TIME_NOUNS]);

/**
 * Where the time phrase ending at token `end` starts ("on Monday", "last week", "Tuesday"), or
 * `end + 1` when none ends there; `lower(i)` is token i's lower-case word.
 */
export function timePhraseStart(lower: (i: number) => string | undefined, end: number): number {
  if (!TIME_NOUNS.has(lower(end) ?? '')) return end + 1;
  let k = end;
  while (k > 0 && TIME_PHRASE_WORDS.has(lower(k - 1) ?? '')) k--;
  return k;
}
