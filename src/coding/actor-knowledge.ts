import worldCountriesModule, { type Countries } from 'world-countries';
import { countryEntries, lookupEntries } from '../lexicon/countries.js';
import { LEGACY_COUNTRY_CODES } from '../lexicon/cameo-codes.js';
import type { DatedCode } from '../lexicon/dictionary-entry.js';
import { codeAt, type DictionaryStore } from '../lexicon/dictionary-store.js';
import { INTERNATIONAL_ORGANIZATIONS } from '../lexicon/international-organizations.js';
import { NAMED_BODIES } from '../lexicon/named-bodies.js';
import { isAcronym, nameKey, singularsOf } from '../lexicon/name-key.js';
import { OFFICE_TERMS } from '../lexicon/office-holders.js';
import { PEOPLES } from '../lexicon/peoples.js';
import { PLACE_HEADS } from '../lexicon/place-heads.js';
import { placeCountry, placeNames } from '../lexicon/places.js';
import { REGIONS } from '../lexicon/regions.js';
import { SECTOR_WORDS } from '../lexicon/sector-words.js';
import { TRANSNATIONAL_NGOS } from '../lexicon/transnational-ngos.js';
import { NAME_PARTICLES } from '../nlp/names.js';

/**
 * What one phrase of an actor's text is known to be, from the bundled tables and the imported
 * dictionaries: the phrase-level facts resolve-actor.ts combines.
 */
export type FactKind =
  | 'country' // a country's name or nationality
  | 'capital' // a capital city: alone it stands for the government
  | 'place' // another city or region of a country
  | 'region' // a region or bloc (WST, MEA)
  | 'people' // an ethnic or national community (Ibo, Kurds): a country only where the word implies one
  | 'body' // a named organisation (the Kremlin, the Knesset, the UN)
  | 'holder' // a named person with dated offices
  | 'role'; // a sector word (minister, rebels)

export interface Fact {
  kind: FactKind;
  country: string | null;
  sector: string | null;
  /** A sector word that names a position in some body without saying which (president, leader). */
  generic?: boolean;
  /** Found in an imported dictionary rather than the bundled tables. */
  imported?: boolean;
}

/**
 * Every fact has the same fields, set or not: the code reading facts then meets one object shape,
 * which V8 compiles for once instead of again for each new shape.
 */
const fact = (kind: FactKind, country: string | null, sector: string | null, generic?: boolean, imported?: boolean): Fact =>
  ({ kind, country, sector, generic: generic || undefined, imported });

interface Bundled {
  kind: FactKind;
  country: string | null;
  sector: string | null;
  generic?: boolean;
  /** As written in the table when it must be written so (acronyms in capitals). */
  exact?: string;
  codes?: DatedCode[];
}

let bundled: Map<string, Bundled[]> | undefined;
/** Bundled office-holders by the last word of their full names, with every term of each. */
let bundledSurnames: Map<string, DatedCode[][]> | undefined;
/** Territories without a population of their own: places in the news, never actors. */
const UNINHABITED = new Set(['ATA', 'BVT', 'HMD']);
let independentStates: Set<string> | undefined;
// The package is CommonJS (module.exports = the array) while its typings declare an ES default export.
const worldCountries = worldCountriesModule as unknown as Countries;

function independent(): Set<string> {
  if (!independentStates) {
    independentStates = new Set();
    for (const c of worldCountries) if (c.independent) independentStates.add(c.cca3);
  }
  return independentStates;
}

function bundledIndex(): Map<string, Bundled[]> {
  if (bundled) return bundled;
  const index = new Map<string, Bundled[]>();
  const add = (name: string, fact: Bundled): void => {
    const key = nameKey(name);
    const list = index.get(key) ?? [];
    list.push(isAcronym(name) ? { ...fact, exact: name.replace(/\./g, '') } : fact);
    index.set(key, list);
  };
  for (const body of NAMED_BODIES) {
    const codes = body.from || body.to
      ? [{ code: '', country: body.country, sector: body.sector, start: body.from ?? null, end: body.to ?? null }]
      : undefined;
    for (const n of body.names) add(n, { kind: 'body', country: body.country, sector: body.sector, ...(codes && { codes }) });
  }
  for (const org of INTERNATIONAL_ORGANIZATIONS) {
    for (const n of org.names) add(n, { kind: 'body', country: org.code, sector: org.sector });
  }
  for (const ngo of TRANSNATIONAL_NGOS) {
    for (const n of ngo.names) add(n, { kind: 'body', country: 'IGO', sector: ngo.sector });
  }
  for (const [word, country] of PEOPLES) add(word, { kind: 'people', country, sector: null });
  for (const [code, names] of Object.entries(REGIONS)) {
    for (const n of names) add(n, { kind: 'region', country: code, sector: null });
  }
  for (const [word, s] of SECTOR_WORDS) add(word, { kind: 'role', country: null, sector: s.sector, ...(s.generic && { generic: true }) });
  // One holder fact per name form, carrying every term of everyone who goes by it.
  const terms = new Map<string, DatedCode[]>();
  for (const t of OFFICE_TERMS) {
    for (const n of t.names) {
      const list = terms.get(n) ?? [];
      list.push({ code: '', country: t.country, sector: t.sector, start: t.start, end: t.end });
      terms.set(n, list);
    }
  }
  const surnames = new Map<string, DatedCode[][]>();
  for (const [name, codes] of terms) {
    const country = codes[0].country;
    const all = [...codes, { code: '', country, sector: 'ELI', start: null, end: null }];
    add(name, { kind: 'holder', country, sector: null, codes: all });
    const words = name.split(' ');
    if (words.length > 1) surnames.set(words.at(-1)!, [...(surnames.get(words.at(-1)!) ?? []), all]);
  }
  bundledSurnames = surnames;
  bundled = index;
  return index;
}

let bundledFirstWords: Map<string, number> | undefined;

/**
 * The most words a known name opening with `word` (in nameKey() form) has, in the bundled tables
 * and the imported dictionaries; 0 when no name opens with it. Phrase matching tries no longer
 * span, so most word runs cost one map lookup instead of ten dictionary lookups.
 */
export function longestNameFrom(word: string, db?: DictionaryStore): number {
  if (!bundledFirstWords) {
    const first = new Map<string, number>();
    const add = (key: string, extra = 0): void => {
      const words = key.split(' ');
      if (words.length + extra > (first.get(words[0]) ?? 0)) first.set(words[0], words.length + extra);
    };
    for (const key of bundledIndex().keys()) add(key);
    for (const e of countryEntries()) add(nameKey(e.text));
    // A subdivision may be written with its head word ("Kano State").
    for (const key of placeNames()) add(key, 1);
    bundledFirstWords = first;
  }
  return Math.max(bundledFirstWords.get(word) ?? 0, db?.longestNameFrom(word) ?? 0);
}

/** Kinds of imported entries and the fact kind they give. */
const IMPORTED_KIND = { actor: 'body', agent: 'role', country: 'country', capital: 'capital', place: 'place' } as const;
const IMPORTED_ORDER = ['country', 'capital', 'place', 'actor', 'agent'];

/**
 * Facts about a phrase as written (`text`, already free of a trailing possessive), at `date`.
 * Bundled tables first; the imported dictionaries when the bundled ones know nothing. `wholeName`:
 * the text is a whole name as written (no capitalised word on either side), which may be part of a
 * longer name a dictionary lists. `key`: the text's nameKey() where the caller has it.
 */
export function factsAbout(text: string, date: string, db?: DictionaryStore, options: { wholeName?: boolean; surname?: boolean; key?: string } = {}): Fact[] {
  const key = options.key ?? nameKey(text);
  if (!key) return [];
  const written = text.replace(/\./g, '');
  const out: Fact[] = [];
  const index = bundledIndex();
  const keys = [key, ...singularsOf(key)];
  for (const k of keys) {
    for (const b of index.get(k) ?? []) {
      if (b.exact && b.exact !== written) continue;
      if (b.codes) {
        const code = codeAt(b.codes, date);
        if (!code) continue;
        out.push(fact(b.kind, code.country, code.sector));
      } else {
        out.push(fact(b.kind, b.country, b.sector, b.generic));
      }
    }
    if (out.length) break;
  }
  // A people the table knows is not also read as a nationality: "Kurdish" names no one country.
  if (out.some((f) => f.kind === 'people')) return out;
  // Where a nationality word is shared ("French": France and its southern territories), the
  // independent state comes first.
  const entries = lookupEntries(text).sort((a, b) => Number(!independent().has(a.iso3)) - Number(!independent().has(b.iso3)));
  for (const e of entries) {
    if (UNINHABITED.has(e.iso3)) continue;
    const iso = LEGACY_COUNTRY_CODES[e.iso3] ?? e.iso3;
    out.push(fact(e.form === 'capital' ? 'capital' : 'country', iso, null));
  }
  // Cities and subdivisions only as names: "rivers" and "plateau" are words too.
  const place = out.length === 0 && /^\p{Lu}/u.test(text) ? placeCountry(key) : null;
  if (place) out.push(fact('place', place, null));
  if (out.length) return out;
  for (const k of db ? keys : []) {
    // CountryInfo says whether a name is a country, a capital or another place; a PETRARCH actor
    // entry coded with a country alone may be any of them, so it comes after.
    const hits = db!.lookup(k).sort((a, b) => IMPORTED_ORDER.indexOf(a.kind) - IMPORTED_ORDER.indexOf(b.kind));
    for (const hit of hits) {
      const code = codeAt(hit.codes, date);
      if (!code) continue;
      // People hold offices for a time; bodies rarely carry dates.
      const dated = hit.codes.some((c) => c.start || c.end);
      const kind = hit.kind === 'actor' && dated ? 'holder' : hit.kind === 'actor' && !code.sector && code.country ? 'country' : IMPORTED_KIND[hit.kind];
      out.push(fact(kind, code.country, code.sector, undefined, true));
    }
    if (out.length) break;
  }
  if (out.length === 0 && db && options.wholeName && /^\p{Lu}\p{Ll}{4,}$/u.test(text)) out.push(...placeWithoutHead(key, date, db));
  const person = out.length ? undefined
    : options.surname ? personBySurname(key, date, db)
    : options.wholeName && db ? personByPart(text, key, date, db)
    : undefined;
  if (person) out.push(person);
  return out;
}

/** A subdivision written without the head word a dictionary lists it with ("Rakhine" for RAKHINE_STATE_). */
function placeWithoutHead(key: string, date: string, db: DictionaryStore): Fact[] {
  for (const head of PLACE_HEADS) {
    const places = db.lookup(`${key} ${head}`).flatMap((hit) => {
      const code = codeAt(hit.codes, date);
      return code?.country && hit.kind !== 'agent' ? [fact('place', code.country, null, undefined, true)] : [];
    });
    if (places.length) return places;
  }
  return [];
}

/**
 * A person named by title and surname ("Deputy Secretary Hicks", "President Jahjaga") or by the
 * body they lead ("the Ortega government"): the office-holders whose full name ends so, those in
 * office at the date first; known only when they are all of one country.
 */
function personBySurname(key: string, date: string, db: DictionaryStore | undefined): Fact | undefined {
  if (key.includes(' ')) return undefined;
  bundledIndex();
  const holding = (codes: DatedCode[]): boolean => codes.some((c) => (c.start || c.end) && (!c.start || c.start <= date) && (!c.end || date <= c.end));
  // The bundled office-holders are those most in the news: one of them in office at the date
  // outranks the many namesakes of the imported dictionaries.
  const bundledInOffice = (bundledSurnames?.get(key) ?? []).filter(holding);
  const people = [...(bundledSurnames?.get(key) ?? []), ...(db?.actorsEndingWith(key) ?? []).map((h) => h.codes)]
    .filter((codes) => codes.some((c) => c.start || c.end));
  const inOffice = people.filter(holding);
  const candidates = bundledInOffice.length ? bundledInOffice : inOffice.length ? inOffice : people;
  const countries = new Set(candidates.map((codes) => codes.find((c) => c.country)?.country));
  if (candidates.length === 0 || countries.size !== 1) return undefined;
  const code = codeAt(candidates[0], date);
  return fact('holder', [...countries][0] ?? null, code?.sector ?? null, undefined, !bundledSurnames?.has(key));
}

/**
 * A person named by part of the full name a dictionary lists: the first given name and later names
 * in order, with middle names or a second surname left out ("Diego Molano" for DIEGO_MOLANO_VEGA_,
 * "George Bush" for GEORGE_WALKER_BUSH_). Only names written as names (capitalised words), and only
 * when everyone the part could be agrees on the country.
 */
function personByPart(text: string, key: string, date: string, db: DictionaryStore): Fact | undefined {
  const words = key.split(' ');
  if (words.length < 2 || !text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const found: DatedCode[] = [];
  for (const hit of db.namesOpeningWith(words[0])) {
    // People hold offices for a time: dated codes tell a person from a body.
    if (hit.kind !== 'actor' || !hit.codes.some((c) => c.start || c.end)) continue;
    const full = hit.key.split(' ');
    let at = 1;
    for (const w of full.slice(1)) if (at < words.length && w === words[at]) at++;
    if (at < words.length) continue;
    const code = codeAt(hit.codes, date);
    if (code) found.push(code);
  }
  if (found.length === 0 || found.some((c) => c.country !== found[0].country)) return undefined;
  return fact('holder', found[0].country, found[0].sector, undefined, true);
}

/**
 * A person's country guessed from the words of their name where no dictionary knows the name: the
 * words only one country's people bear in the dictionaries (one of them borne by two people or more)
 * agree on it, and every other known word is borne by some of its people too ("Gotabaya Rajapaksa" →
 * LKA, "Jüri Ratas" → EST). On people held out of the imported dictionaries this is right about
 * nine times in ten and answers for one name in ten.
 */
export function countryByNameWords(name: string, db: DictionaryStore): string | null {
  if (!name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return null;
  let country: string | null = null;
  let support = 0;
  const shared: ReadonlyMap<string, number>[] = [];
  for (const word of nameKey(name).split(' ')) {
    if (word.length < 3 || NAME_PARTICLES.has(word)) continue;
    const counts = db.countriesOfNameWord(word);
    if (!counts) continue;
    if (counts.size > 1) {
      shared.push(counts);
      continue;
    }
    const [[only, n]] = counts;
    if (country && country !== only) return null;
    country = only;
    support = Math.max(support, n);
  }
  return country && support >= 2 && shared.every((c) => c.has(country!)) ? country : null;
}
