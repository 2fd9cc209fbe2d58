/**
 * The one normal form under which names are stored and looked up, so that a dictionary line
 * (`BAN_KI-MOON_`, `U.N._`) and news text ("Ban Ki-moon", "U.N.") meet: no accents, lower case,
 * underscores, hyphens and punctuation as spaces, periods dropped, typographic apostrophes folded.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Regular English plural of a (lower-case) phrase's last word: farmer → farmers, party → parties. */
export function pluralOf(phrase: string): string {
  if (/[^aeiou]y$/.test(phrase)) return phrase.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(phrase)) return phrase + 'es';
  if (/man$/.test(phrase)) return phrase.slice(0, -3) + 'men';
  return phrase + 's';
}

/** Singular candidates for a (lower-case) phrase whose last word may be a regular plural. */
export function singularsOf(phrase: string): string[] {
  const out: string[] = [];
  if (phrase.endsWith('ies')) out.push(phrase.slice(0, -3) + 'y');
  if (phrase.endsWith('men')) out.push(phrase.slice(0, -3) + 'man');
  if (/(s|x|z|ch|sh)es$/.test(phrase)) out.push(phrase.slice(0, -2));
  if (phrase.endsWith('s') && !phrase.endsWith('ss')) out.push(phrase.slice(0, -1));
  return out;
}

/**
 * Whether a lexicon name is an acronym ("WHO", "PAN"): written in capitals in the tables, it must
 * be written so in the text, where the same letters in lower case are another word ("who", "pan").
 */
export const isAcronym = (name: string): boolean => /[A-Z].*[A-Z]/.test(name) && !/\s/.test(name);
