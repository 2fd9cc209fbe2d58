import type { ActorKind } from '../model/index.js';
import type { DictionaryStore } from '../lexicon/dictionary-store.js';
import { chineseNameCountry } from '../lexicon/chinese-names.js';
import { nameKey } from '../lexicon/name-key.js';
import { isOrgHead } from '../lexicon/organisations.js';
import { AFFILIATION_SECTORS, PRONOUNS, SECTOR_MODIFIERS, SECTOR_WORDS } from '../lexicon/sector-words.js';
import { isPersonTitle } from '../lexicon/titles.js';
import { countryByNameWords, type Fact, factsAbout, longestNameFrom } from './actor-knowledge.js';

export interface ResolveOptions {
  /** Text around the actor that says more about it: an apposition or title ("chairman of …"), a nationality ("Mexican"). */
  context?: string;
  /** The article's date, YYYY-MM-DD; offices are looked up at this date. Default: today. */
  date?: string;
  /** Imported dictionaries (dyad dict import), consulted where the bundled tables know nothing. */
  db?: DictionaryStore;
  /** The text is a person's name (the entity layer says so). */
  person?: boolean;
}

export interface ResolvedActor {
  country: string | null;
  sector: string | null;
  kind: ActorKind;
  /** The name without determiners and titles ("Hassan Rouhani"), or the phrase itself. */
  name: string;
  /** Words in the text that describe the actor rather than name it ("Iranian President"). */
  title?: string;
  /** The country is only guessed from a person's name (its words, its romanisation): anything the text says comes first. */
  countryGuessed?: boolean;
  /** The text names a city or region of a country: where something happens rather than who acts. */
  place?: boolean;
}

export type ActorResolver = (text: string, options?: ResolveOptions) => ResolvedActor;

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  possessive: boolean;
  punct: boolean;
  /** A hyphen joins this token to the next ("Russian-backed", "pro-Western"). */
  hyphenated: boolean;
}

interface Found {
  from: number;
  to: number; // inclusive
  fact: Fact;
}

type SectorModifier = NonNullable<ReturnType<typeof SECTOR_MODIFIERS.get>>;

/** Facts that name where an actor is. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'capital', 'place']);

/** Words that open a phrase without adding to it. */
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'few', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'large', 'small', 'its', 'their', 'his', 'her']);
/** Words that end a noun phrase: what follows is a complement (of X, in X, at X). */
const BOUNDARIES = new Set(['of', 'at', 'in', 'for', 'from', 'to', 'on', 'with', 'across', 'against', 'by', 'near', 'under',
  'and', 'or', 'who', 'which', 'that', ',', ';', ':', '(', ')']);
/** A country right after these is the other party, not the actor's own ("ambassador to Poland"). */
const OTHER_PARTY = new Set(['to', 'against', 'with', 'toward', 'towards', 'versus', 'vs']);
/** Bodies named after the person who leads them ("the Ortega government"). */
const LED_BODIES = new Set(['government', 'administration', 'regime', 'cabinet']);
/** Hyphened to a country, these make it the other party too: "pro-Russian", "Iran-backed", "Kenyan-born". */
export const OTHER_PARTY_PREFIXES: ReadonlySet<string> = new Set(['pro', 'anti']);
export const OTHER_PARTY_SUFFIXES: ReadonlySet<string> = new Set(['backed', 'sponsored', 'funded', 'supported', 'armed', 'trained', 'made', 'built',
  'born', 'educated', 'allied', 'aligned', 'brokered', 'mediated', 'friendly', 'leaning']);

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const clean = text.replace(/\s+['’]s\b/g, "'s");
  for (const m of clean.matchAll(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?|[,;:()]/gu)) {
    let t = m[0];
    const possessive = /['’]s$/i.test(t) || (/s['’]$/.test(t));
    if (/['’]s$/i.test(t)) t = t.slice(0, -2);
    const end = m.index + m[0].length;
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end, possessive, punct: /^[,;:()]$/.test(t), hyphenated: /^[-\u2010\u2011]\p{L}/u.test(clean.slice(end, end + 2)) });
  }
  return out;
}

const isNumber = (w: string): boolean => /^\d+(st|nd|rd|th)?$/.test(w);
const capitalised = (t: Tok): boolean => /^\p{Lu}/u.test(t.text);

/** Whether tokens from..to are a whole name: no name word runs on before or after them (a title may precede). */
function wholeName(tokens: Tok[], from: number, to: number): boolean {
  const nameWord = (t: Tok | undefined): boolean => !!t && !t.punct && capitalised(t) && !isPersonTitle(t.text) && !SECTOR_WORDS.has(t.lower);
  return !nameWord(tokens[from - 1]) && !(nameWord(tokens[to + 1]) && !tokens[to].possessive);
}

/** Whether a neighbouring token continues a name: a capitalised word other than an article. */
const runsOn = (t: Tok | undefined): boolean => !!t && !t.punct && capitalised(t) && !DETERMINERS.has(t.lower);

/** Whether a place or nationality phrase ends right before token i ("Iraqi | Kurds", not "President | Moro"). */
const placeBefore = (found: Found[], i: number): boolean => {
  const last = found.at(-1);
  return !!last && last.to === i - 1 && last.fact.kind !== 'role' && last.fact.kind !== 'holder';
};

/** The longest known phrases, left to right. */
function findPhrases(tokens: Tok[], date: string, db?: DictionaryStore): Found[] {
  const found: Found[] = [];
  // Each token's nameKey() form and how many words that has ("U.S." → "us", "Ki-moon" → "ki moon").
  const keys: string[] = [];
  const keyWords: number[] = [];
  for (const t of tokens) {
    const key = nameKey(t.text);
    keys.push(key);
    keyWords.push(key.split(' ').length);
  }
  let i = 0;
  while (i < tokens.length) {
    let fact: Fact | undefined;
    let n = 0;
    if (!tokens[i].punct && !DETERMINERS.has(tokens[i].lower)) {
      // No known name opening with this word has more words than this (one word is always tried:
      // plurals, surnames and misspellings are found from it).
      const longest = tokens[i].possessive ? Infinity : longestNameFrom(firstWord(keys[i]), db);
      let words = 0;
      let most = 0;
      while (most < Math.min(10, tokens.length - i) && (words += keyWords[i + most]) <= Math.max(longest, keyWords[i])) most++;
      for (n = Math.max(most, 1); n >= 1 && !fact; n--) fact = phraseAt(tokens, keys, found, i, n, date, db);
      n++;
    }
    if (fact) {
      found.push({ from: i, to: i + n - 1, fact });
      i += n;
    } else {
      const place = misspeltPlace(tokens[i], date, db);
      if (place) found.push({ from: i, to: i, fact: place });
      i++;
    }
  }
  return found;
}

const firstWord = (key: string): string => {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
};

/**
 * What the n tokens from i name, if anything. Kept apart from findPhrases, and written with plain
 * loops, so that V8 compiles each small function once: recompiling one large one after each new
 * object shape it met cost more than the lookups themselves.
 */
function phraseAt(tokens: Tok[], keys: string[], found: Found[], i: number, n: number, date: string, db: DictionaryStore | undefined): Fact | undefined {
  const last = i + n - 1;
  // A phrase may not run across punctuation, nor past a possessive ("Iran's | news agency"),
  // unless the possessive is part of the name of a country, a body or a place ("Democratic
  // People's Republic of Korea", "Korean People's Army", "Cox's Bazar").
  let inner = false;
  for (let k = i; k <= last; k++) {
    if (tokens[k].punct) return undefined;
    if (k < last && tokens[k].possessive) inner = true;
  }
  if (inner) {
    let written = '';
    for (let k = i; k <= last; k++) written += (k > i ? ' ' : '') + (tokens[k].possessive && k < last ? `${tokens[k].text}'s` : tokens[k].text);
    return factsAbout(written, date, db).find((f) => f.kind === 'country' || f.kind === 'body' || f.kind === 'place');
  }
  const whole = wholeName(tokens, i, last);
  // A lone name word right after a title may be a known person's surname ("Deputy Secretary Hicks").
  const previous = found.at(-1);
  const afterTitle = i > 0 && (isPersonTitle(tokens[i - 1].text) || (previous?.to === i - 1 && previous.fact.kind === 'role'));
  // So may one before the body its bearer leads ("the Ortega government", "Sharif's cabinet").
  const beforeBody = !!tokens[i + 1] && LED_BODIES.has(tokens[i + 1].lower);
  const surname = n === 1 && whole && (afterTitle || beforeBody) && capitalised(tokens[i]);
  let text = tokens[i].text;
  let key = keys[i];
  for (let k = i + 1; k <= last; k++) {
    text += ' ' + tokens[k].text;
    key += ' ' + keys[k];
  }
  return factsAbout(text, date, db, { wholeName: whole, surname, key }).find((f) =>
    // A region's or a people's word with a name word on either side is part of a longer name
    // ("West Bank", "West Darfur", "Aldo Moro").
    ((f.kind !== 'region' && f.kind !== 'people') || !(runsOn(tokens[i + n]) || (runsOn(tokens[i - 1]) && !placeBefore(found, i))))
    // A known person's name inside a longer name is someone else ("Mohammed Hussein | Roble").
    && (f.kind !== 'holder' || whole));
}

/**
 * A place name written with two neighbouring letters swapped ("Dehli" for Delhi): one name word of
 * five letters or more that no table knows and no dictionary has in a person's name, which read with
 * one swap undone names exactly one country.
 */
function misspeltPlace(token: Tok, date: string, db?: DictionaryStore): Fact | undefined {
  if (token.punct || token.text.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || db?.inActorNames(token.lower)) return undefined;
  const places: Fact[] = [];
  const w = token.text;
  // The first letter is kept: a capital swapped inward reads as another word ("Arleigh" is not "Raleigh").
  for (let k = 1; k + 1 < w.length; k++) {
    if (w[k] === w[k + 1]) continue;
    const variant = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
    if (!longestNameFrom(variant.toLowerCase(), db)) continue;
    places.push(...factsAbout(variant, date, db).filter((f) => PLACE_KINDS.has(f.kind)));
  }
  return places.length && places.every((p) => p.country === places[0].country) ? places[0] : undefined;
}

/**
 * Of two person titles in a row the first is the office and the second a rank or honorific
 * ("Deputy Minister of Defense Colonel-General …" is the government); a body before a person word
 * is not a title but a modifier, and the person word is the head ("Senate hopeful", "Army General").
 */
function stackedTitle(phrases: Found[], tokens: Tok[]): Found | undefined {
  const [first, next] = phrases;
  if (!next || next.from !== first.to + 1 || first.fact.sector === next.fact.sector) return undefined;
  return tokens.slice(first.from, first.to + 1).some((t) => isPersonTitle(t.text)) ? first : undefined;
}

/** The indices from..to-1 that pass `keep` (a loop, not array builtins over an index array: see phraseAt). */
function tokenIndices(from: number, to: number, keep: (k: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) if (keep(k)) out.push(k);
  return out;
}

const trimPunctuation = (s: string): string => s.replace(/^[\s,;:]+|[\s,;:]+$/g, '');

/** A reading of the whole phrase as one known thing (a country, a capital, a place, a people, a person), if it is one. */
function wholeReading(tokens: Tok[], first: number, f: Fact, covered: Set<number>, modifiers: readonly (SectorModifier | undefined)[], none: Reading): Reading | undefined {
  if (!tokenIndices(first, tokens.length, (k) => !tokens[k].punct && !modifiers[k]).every((k) => covered.has(k))) return undefined;
  const ordinary = modifiers.some((m) => m?.from === 'any');
  if (f.kind === 'country' || f.kind === 'region') {
    return { ...none, country: f.country, sector: ordinary ? 'CVL' : f.sector, kind: 'country' };
  }
  if (f.kind === 'capital') return { ...none, country: f.country, sector: 'GOV', kind: 'country' };
  if (f.kind === 'place') return { ...none, country: f.country, sector: 'CVL', kind: 'group', place: true };
  if (f.kind === 'people') return { ...none, country: f.country, sector: 'CVL', kind: 'group' };
  if (f.kind === 'holder') return { ...none, knownCountry: f.country, knownSector: f.sector, kind: 'person' };
  return undefined;
}

/**
 * Country: what the text says (first mention that is not the other party). A place inside a name
 * is part of the name ("Feliciano Valencia", a person called "Sydney Carter"), not where the
 * actor is from.
 */
function saidCountry(tokens: Tok[], first: number, found: Found[], covered: Set<number>, person: boolean): string | null {
  const inName = (f: Found): boolean => f.fact.kind === 'place'
    && ((f.from > first && !covered.has(f.from - 1) && capitalised(tokens[f.from - 1]))
      || (person && !!tokens[f.to + 1] && !covered.has(f.to + 1) && runsOn(tokens[f.to + 1])));
  const said = found.filter((f) => f.fact.country && f.fact.kind !== 'holder' && !inName(f));
  const otherParty = (f: Found): boolean => {
    const before = tokens[f.from - 1];
    const after = tokens[f.to + 1];
    return (!!before && (OTHER_PARTY.has(before.lower) || (before.hyphenated && OTHER_PARTY_PREFIXES.has(before.lower))))
      || (tokens[f.to].hyphenated && !!after && OTHER_PARTY_SUFFIXES.has(after.lower));
  };
  const own = said.filter((f) => !otherParty(f));
  return (own[0] ?? said[0])?.fact.country ?? null;
}

/**
 * Sector: the head of the first segment that has one; a generic head (president, leader) gives
 * way to the sector of what it heads ("President of the … Human Rights League").
 */
function headPhrase(tokens: Tok[], found: Found[], segmentOf: number[], segment: number): { head: Found | undefined; generic: Found | undefined } {
  const sectored = found.filter((f) => f.fact.sector && f.fact.kind !== 'holder' && f.fact.kind !== 'country' && f.fact.kind !== 'capital' && f.fact.kind !== 'place' && f.fact.kind !== 'people');
  let head: Found | undefined;
  let generic: Found | undefined;
  for (let s = 0; s <= segment && !head; s++) {
    const inSegment = sectored.filter((f) => segmentOf[f.from] === s);
    const specific = inSegment.filter((f) => !f.fact.generic);
    head = specific.filter((f) => AFFILIATION_SECTORS.has(f.fact.sector!)).at(-1) ?? stackedTitle(specific, tokens) ?? specific.at(-1);
    generic ??= inSegment.filter((f) => f.fact.generic).at(-1);
  }
  return { head: head ?? generic, generic };
}

interface Reading {
  country: string | null;
  sector: string | null;
  /** From what we know of a named person (their office at the date), below what the text says. */
  knownCountry: string | null;
  knownSector: string | null;
  kind: ActorKind;
  name: string;
  title?: string;
  place?: boolean;
  /** The sector comes from a word that names a position in some body without saying which, or a pronoun. */
  genericSector?: boolean;
}

function read(text: string, date: string, db: DictionaryStore | undefined, person: boolean): Reading {
  const tokens = tokenize(text);
  let first = 0;
  while (first < tokens.length && (DETERMINERS.has(tokens[first].lower) || isNumber(tokens[first].lower))) first++;
  const core = tokens.slice(first);
  const name = core.length ? text.slice(core[0].start, core.at(-1)!.end).trim() : text.trim();
  // Every reading has all fields, set or not: one object shape for V8 to compile for.
  const none: Reading = { country: null, sector: null, knownCountry: null, knownSector: null, kind: person ? 'person' : 'group', name, title: undefined, place: undefined, genericSector: undefined };
  if (core.length === 0) return none;
  if (core.length === 1 && PRONOUNS.has(core[0].lower)) return { ...none, sector: 'UNK', kind: 'person', genericSector: true };

  const found = findPhrases(tokens, date, db);
  const covered = new Set<number>();
  for (const f of found) for (let k = f.from; k <= f.to; k++) covered.add(k);
  const modifiers = tokens.map((t) => SECTOR_MODIFIERS.get(t.lower));

  const whole = found.length === 1 ? wholeReading(tokens, first, found[0].fact, covered, modifiers, none) : undefined;
  if (whole) return whole;

  // Segments: the head phrase, then its complements (of …, at …, in …) and appositions.
  const segmentOf: number[] = [];
  let segment = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (!covered.has(k) && BOUNDARIES.has(tokens[k].lower)) segment++;
    segmentOf.push(segment);
  }

  const country = saidCountry(tokens, first, found, covered, person);
  const holders = found.filter((f) => f.fact.kind === 'holder');
  const { head, generic } = headPhrase(tokens, found, segmentOf, segment);
  // A people with no role word is its civilians ("Iraqi Kurds").
  const people = found.find((f) => f.fact.kind === 'people');
  let sector = head?.fact.sector ?? (people ? 'CVL' : null);
  // "former minister" → ELI, "ordinary Kazakhs" → CVL, "state news agency" → GOV.
  for (let k = 0; k < tokens.length; k++) {
    const m = modifiers[k];
    if (!m || (head && k >= head.from && k <= head.to)) continue;
    if (m.from === 'any' && (!head || k < head.from)) sector = m.sector;
    else if (head && k < head.from && segmentOf[k] === segmentOf[head.from] && sector && m.from !== 'any' && m.from.includes(sector)) sector = m.sector;
  }

  // A name: capitalised words no table knows, or a known person.
  const nameIdx = tokenIndices(first, tokens.length, (k) => !tokens[k].punct && ((!covered.has(k) && capitalised(tokens[k]) && !BOUNDARIES.has(tokens[k].lower) && !modifiers[k])
    || holders.some((h) => k >= h.from && k <= h.to)));
  let kind: ActorKind;
  let actorName = name;
  let title: string | undefined;
  if (nameIdx.length && (person || holders.length || !head || head.from < nameIdx[0])) {
    kind = 'person';
    const a = nameIdx[0];
    const b = nameIdx.filter((k) => segmentOf[k] === segmentOf[a]).at(-1)!;
    actorName = text.slice(tokens[a].start, tokens[b].end);
    const before = a > first ? text.slice(tokens[first].start, tokens[a].start) : '';
    const after = b + 1 < tokens.length ? text.slice(tokens[b].end) : '';
    title = [trimPunctuation(before), trimPunctuation(after)].filter(Boolean).join(', ') || undefined;
  } else if (!head && people) {
    kind = 'group';
  } else if (head && head.fact.kind === 'body') {
    kind = 'organization';
  } else if (head) {
    const last = tokens[head.to];
    kind = isOrgHead(last.text) ? 'organization' : /s$/.test(last.lower) && !last.possessive ? 'group' : 'person';
  } else {
    kind = person ? 'person' : 'group';
  }
  return {
    country,
    sector,
    knownCountry: holders[0] ? holders[0].fact.country : null,
    knownSector: holders[0] ? holders[0].fact.sector : null,
    kind,
    name: actorName,
    title: title || undefined,
    place: undefined,
    genericSector: (sector && head && head === generic) || undefined,
  };
}

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Codes an actor's text as country + PLOVER sector. What the text says decides first: nationality
 * words, possessives, titles and appositions, capitals and seats of government, regions,
 * international organisations, sector words ("Iranian President Hassan Rouhani" → IRN GOV,
 * "Iran's IRNA news agency" → IRN JRN, "chairman of the Supreme Assembly of North Korea" → PRK LEG).
 * Then the context (an apposition, a nationality), then what is known of a named person at the
 * date (bundled office-holders, imported dictionaries: "President Ahmadinejad" in 2010 → IRN GOV).
 */
export const resolveActor: ActorResolver = (text, options = {}) => {
  const date = options.date && /^\d{4}-\d{2}-\d{2}$/.test(options.date) ? options.date : today();
  const own = read(text, date, options.db, options.person ?? false);
  const ctx = options.context?.trim() ? read(options.context, date, options.db, false) : undefined;
  const country = own.country ?? ctx?.country ?? own.knownCountry ?? ctx?.knownCountry ?? null;
  const guessed = !country && own.kind === 'person'
    ? (options.db ? countryByNameWords(own.name, options.db) : null) ?? chineseNameCountry(own.name)
    : null;
  return {
    country: country ?? guessed,
    // A generic head ("the group", "he") gives way to what the context says it is.
    sector: (own.genericSector ? ctx?.sector ?? own.sector : own.sector ?? ctx?.sector) ?? own.knownSector ?? null,
    kind: own.kind,
    name: own.name,
    ...(own.title && { title: own.title }),
    ...(guessed && { countryGuessed: true }),
    ...(own.place && { place: true }),
  };
};
