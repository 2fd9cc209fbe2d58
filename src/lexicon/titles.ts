/**
 * Words that stand before a person's name ("President Hassan Rouhani", "Dr. Landau").
 * Lower-case keys; a trailing period is optional when looking up.
 */
const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'ayatollah', 'cardinal', 'pope', 'bishop',
  'president', 'vice-president', 'premier', 'prime', 'chancellor', 'minister', 'secretary', 'ambassador',
  'envoy', 'governor', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'crown',
  'general', 'gen', 'lt', 'col', 'colonel', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'sergeant',
  'sgt', 'commander', 'marshal', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson',
  'director', 'chief', 'leader', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager',
  'deputy', 'officer', 'mr.', 'dr.',
]);

/** Whether the word is a title or role written before a person's name. */
export function isPersonTitle(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_TITLES.has(w.endsWith('.') ? w.slice(0, -1) : w);
}
