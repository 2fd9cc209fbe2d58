// Abbreviations that end in a period in news text, by how they behave at a possible sentence end.
// Keys are lower case, without the final period. Any other abbreviation wink keeps whole
// ("no.", "approx.", initials like "F.", dotted acronyms like "U.S.") is treated as `ambiguous`.

/** How an abbreviation's period relates to sentence ends. */
export type AbbreviationClass =
  /** Stands before a name; never ends a sentence ("Gen. Smith", "Mr. Landau"). */
  | 'title'
  /** Stands before a number; does not end a sentence when a number follows ("No. 2", "Jan. 5"). */
  | 'number'
  /** Ends a sentence only if a sentence opener follows ("in the U.S. The …" vs "U.S. Senate"). */
  | 'ambiguous';

const TITLES = [
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'rev', 'hon', 'fr', 'msgr',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'spc', 'ens',
  'sen', 'rep', 'reps', 'sens', 'gov', 'govs', 'pres', 'amb', 'atty', 'supt', 'insp', 'det', 'gens',
];

const BEFORE_NUMBERS = [
  'no', 'nos', 'art', 'arts', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'ch', 'sec', 'para', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tel', 'ext',
];

const AMBIGUOUS = [
  'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'cos', 'bros', 'plc', 'llc', 'assn',
  'dept', 'univ', 'ave', 'blvd', 'rd', 'etc', 'vs', 'approx', 'est', 'cf', 'al', 'mln', 'bln', 'pct',
  // US state abbreviations as used in AP style datelines and affiliations ("Rep. Ann Lee of Calif.").
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'vt', 'va', 'wash', 'wis', 'wyo',
];

export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationClass> = new Map<string, AbbreviationClass>([
  ...AMBIGUOUS.map((a) => [a, 'ambiguous'] as const),
  ...BEFORE_NUMBERS.map((a) => [a, 'number'] as const),
  ...TITLES.map((a) => [a, 'title'] as const),
]);

/**
 * Universal POS tags of words that typically open a sentence. After an ambiguous abbreviation,
 * a capitalised word with one of these tags starts a new sentence ("U.S. The", "Inc. Shares");
 * a proper noun continues the name ("U.S. Senate", "John F. Kennedy").
 */
export const SENTENCE_OPENER_POS: ReadonlySet<string> = new Set([
  'DET', 'PRON', 'ADP', 'ADV', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'INTJ', 'NOUN', 'VERB',
]);
