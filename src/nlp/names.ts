// Data for mention clustering: words that are not part of a name, and the little gender
// evidence English news gives (honorifics, common first names, pronouns).

export type Gender = 'm' | 'f';

/** Titles that may open a person mention ("President Hassan Rouhani", "Mr. Landau"); lower case, no period. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'ambassador', 'envoy',
  'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'ayatollah', 'pope', 'cardinal', 'bishop',
  'general', 'gen', 'lt', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'sgt', 'brig',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor',
  'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'leader',
]);

/** Honorifics and titles that say a person's gender. */
export const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['king', 'm'], ['prince', 'm'], ['emir', 'm'], ['sheikh', 'm'],
  ['pope', 'm'], ['congressman', 'm'], ['chairman', 'm'], ['spokesman', 'm'],
  ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'], ['queen', 'f'], ['princess', 'f'],
  ['congresswoman', 'f'], ['chairwoman', 'f'], ['spokeswoman', 'f'],
]);

/** First names that are (almost) always one gender in English-language news. */
export const FIRST_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...[
    'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
    'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua',
    'george', 'kenneth', 'kevin', 'brian', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan',
    'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'frank',
    'benjamin', 'gregory', 'samuel', 'raymond', 'patrick', 'alexander', 'jack', 'dennis', 'jerry', 'peter',
    'barack', 'vladimir', 'emmanuel', 'boris', 'recep', 'mohammed', 'muhammad', 'ahmed',
    'ali', 'hassan', 'hussein', 'abdullah', 'omar', 'mahmoud', 'ibrahim', 'sergei', 'dmitry', 'viktor',
    'narendra', 'shinzo', 'joe', 'mike', 'rex', 'hamid', 'javad', 'bashar', 'kofi', 'antonio',
  ].map((n) => [n, 'm'] as const),
  ...[
    'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
    'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'emily', 'donna', 'michelle', 'dorothy',
    'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'laura', 'sharon', 'cynthia', 'kathleen',
    'amy', 'angela', 'anna', 'ann', 'anne', 'emma', 'olivia', 'julia', 'helen', 'catherine', 'christine',
    'hillary', 'theresa', 'nikki', 'federica', 'ursula', 'jacinda', 'nicola', 'marine',
    'benazir', 'indira', 'golda', 'condoleezza', 'madeleine', 'samantha', 'fatima', 'aisha', 'maria',
  ].map((n) => [n, 'f'] as const),
]);

/** Third-person pronouns that can refer back to a person, with their gender. */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/**
 * Lower-case words inside personal names, between a given name and a family name or within the
 * family name ("Abu Karim al Masri", "Omar bin Khalid al-Harthi", "Ursula von der Leyen").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'ter', 'de', 'da', 'di', 'del', 'della',
  'dos', 'das', 'du', 'le', 'la', 'zu',
]);

/** Words an acronym usually leaves out ("Institute for National Security Studies" → INSS). */
export const ACRONYM_SKIPS: ReadonlySet<string> = new Set([
  'of', 'for', 'the', 'and', '&', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'y', 'et',
]);
