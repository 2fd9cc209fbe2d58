import worldCountriesModule, { type Countries } from 'world-countries';

// The package is CommonJS (module.exports = the array) while its typings declare an ES default export.
const worldCountries = worldCountriesModule as unknown as Countries;

/**
 * Country names, alternative spellings, demonyms and capitals mapped to ISO 3166-1 alpha-3, from the
 * `world-countries` package plus the forms news writes that the package lacks (COUNTRY_ADDITIONS).
 * Lookups ignore case and ASCII/typographic apostrophe differences.
 */

export type CountryForm = 'name' | 'demonym' | 'capital';

export interface CountryEntry {
  /** The surface form as written in the source table. */
  text: string;
  iso3: string;
  form: CountryForm;
}

/** Forms common in English news that `world-countries` does not list. */
const COUNTRY_ADDITIONS: Array<[string, string, CountryForm]> = [
  ['U.S.', 'USA', 'name'], ['US', 'USA', 'name'], ['U.S.A.', 'USA', 'name'], ['America', 'USA', 'name'],
  ['United States of America', 'USA', 'name'], ['Britain', 'GBR', 'name'], ['Great Britain', 'GBR', 'name'],
  ['U.K.', 'GBR', 'name'], ['England', 'GBR', 'name'], ['Scotland', 'GBR', 'name'], ['Wales', 'GBR', 'name'],
  ['British', 'GBR', 'demonym'], ['English', 'GBR', 'demonym'], ['Scottish', 'GBR', 'demonym'],
  ['Russia', 'RUS', 'name'], ['Soviet Union', 'RUS', 'name'], ['USSR', 'RUS', 'name'], ['Soviet', 'RUS', 'demonym'],
  ['South Korea', 'KOR', 'name'], ['North Korea', 'PRK', 'name'], ['DPRK', 'PRK', 'name'], ['ROK', 'KOR', 'name'],
  ['Holland', 'NLD', 'name'], ['Dutch', 'NLD', 'demonym'], ['Persia', 'IRN', 'name'], ['Burma', 'MMR', 'name'],
  ['Ivory Coast', 'CIV', 'name'], ['Czech Republic', 'CZE', 'name'], ['Congo', 'COD', 'name'],
  ['Vatican', 'VAT', 'name'], ['Palestine', 'PSE', 'name'], ['Palestinian', 'PSE', 'demonym'],
  ['West Bank', 'PSE', 'name'], ['Gaza Strip', 'PSE', 'name'], ['Gaza', 'PSE', 'name'],
  ['Bosnia', 'BIH', 'name'], ['PRC', 'CHN', 'name'], ['UK', 'GBR', 'name'],
  ['Serb', 'SRB', 'demonym'], ['Croat', 'HRV', 'demonym'], ['Bosniak', 'BIH', 'demonym'],
  ['Taiwanese', 'TWN', 'demonym'], ['Filipino', 'PHL', 'demonym'], ['Emirati', 'ARE', 'demonym'],
  ['Saudi', 'SAU', 'demonym'], ['Turkey', 'TUR', 'name'], ['Swiss', 'CHE', 'demonym'], ['Danish', 'DNK', 'demonym'],
  ['Swedish', 'SWE', 'demonym'], ['Finnish', 'FIN', 'demonym'], ['Polish', 'POL', 'demonym'],
  ['Spanish', 'ESP', 'demonym'], ['Turkish', 'TUR', 'demonym'], ['Irish', 'IRL', 'demonym'],
  ['Israeli', 'ISR', 'demonym'], ['Kurdish', 'IRQ', 'demonym'], ['Beijing', 'CHN', 'capital'],
  ['Washington', 'USA', 'capital'], ['Tel Aviv', 'ISR', 'capital'], ['Jerusalem', 'ISR', 'capital'],
  // The package gives Central Asian demonyms in their -stani or Russian-transliterated forms only.
  ['Kazakh', 'KAZ', 'demonym'], ['Uzbek', 'UZB', 'demonym'], ['Tajik', 'TJK', 'demonym'], ['Kyrgyz', 'KGZ', 'demonym'],
  ['Tajikistani', 'TJK', 'demonym'],
  // Adjectives news uses that the package lacks ("Philippine coast guard", "Nepali police").
  ['Philippine', 'PHL', 'demonym'], ['Argentinian', 'ARG', 'demonym'], ['Welsh', 'GBR', 'demonym'], ['Nepali', 'NPL', 'demonym'],
  ['Belarussian', 'BLR', 'demonym'], ['North Macedonian', 'MKD', 'demonym'], ['Slovenian', 'SVN', 'demonym'],
  ['Djiboutian', 'DJI', 'demonym'], ['Azeri', 'AZE', 'demonym'], ['Salvadorean', 'SLV', 'demonym'], ['Ecuadorian', 'ECU', 'demonym'],
  ['Icelandic', 'ISL', 'demonym'], ['Botswanan', 'BWA', 'demonym'], ['Maldivian', 'MDV', 'demonym'], ['Timorese', 'TLS', 'demonym'],
];

const fold = (s: string): string => s.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();

function buildEntries(): CountryEntry[] {
  const out: CountryEntry[] = [];
  const add = (text: string | undefined, iso3: string, form: CountryForm): void => {
    // Two-letter codes (KP, IR) collide with ordinary words and abbreviations; names only.
    if (text && text.length > 2 && /^[\p{L}\p{M} .,'’()-]+$/u.test(text)) out.push({ text, iso3, form });
  };
  for (const c of worldCountries) {
    add(c.name.common, c.cca3, 'name');
    add(c.name.official, c.cca3, 'name');
    for (const alt of c.altSpellings) add(alt, c.cca3, 'name');
    const dem = c.demonyms?.eng;
    // Some list two forms in one string ("Bosnian, Herzegovinian").
    for (const d of new Set([dem?.m, dem?.f].flatMap((x) => x?.split(/\s*,\s*/) ?? []))) add(d, c.cca3, 'demonym');
    for (const cap of c.capital ?? []) add(cap, c.cca3, 'capital');
  }
  // Our own additions are checked by hand, so short forms (US) are allowed.
  for (const [text, iso3, form] of COUNTRY_ADDITIONS) out.push({ text, iso3, form });
  return out;
}

let table: { entries: CountryEntry[]; byText: Map<string, CountryEntry[]> } | undefined;

function index(): NonNullable<typeof table> {
  if (table) return table;
  const entries = buildEntries();
  const byText = new Map<string, CountryEntry[]>();
  for (const e of entries) {
    const key = fold(e.text);
    const list = byText.get(key) ?? [];
    if (!list.some((x) => x.iso3 === e.iso3 && x.form === e.form)) list.push(e);
    byText.set(key, list);
  }
  table = { entries, byText };
  return table;
}

/** Every name, demonym and capital known, for gazetteers. */
export function countryEntries(): readonly CountryEntry[] {
  return index().entries;
}

/** Entries whose text is exactly `text` (any case); a plural demonym ("Iranians") finds its singular. */
export function lookupEntries(text: string): CountryEntry[] {
  const { byText } = index();
  const key = fold(text.trim());
  const hit = byText.get(key);
  if (hit) return hit;
  if (key.endsWith('s')) return (byText.get(key.slice(0, -1)) ?? []).filter((e) => e.form === 'demonym');
  return [];
}

/** ISO3 of the country a name, alternative spelling or demonym refers to ("North Korea", "DPRK", "Iranian"), or null. */
export function lookupCountry(text: string): string | null {
  const hit = lookupEntries(text).find((e) => e.form !== 'capital');
  return hit ? hit.iso3 : null;
}

/** ISO3 of the country whose capital this is ("Pyongyang" → PRK), or null. */
export function capitalOf(text: string): string | null {
  const hit = lookupEntries(text).find((e) => e.form === 'capital');
  return hit ? hit.iso3 : null;
}

/** Whether the word names a nationality ("Iranian", "North Koreans"). */
export function isDemonym(word: string): boolean {
  return lookupEntries(word).some((e) => e.form === 'demonym');
}

/**
 * Where English-language news names a country otherwise than `world-countries`' common name: one
 * name per country, so that a country's actor is named alike in every article.
 */
const NEWS_NAMES: Readonly<Record<string, string>> = { TUR: 'Turkey', CZE: 'Czech Republic', CPV: 'Cape Verde' };

let newsNames: Map<string, string> | undefined;

/** The name news gives the country of an ISO3 code ("USA" → "United States", "TUR" → "Turkey"), or undefined for other codes. */
export function countryNewsName(iso3: string): string | undefined {
  newsNames ??= new Map(worldCountries.map((c) => [c.cca3, NEWS_NAMES[c.cca3] ?? c.name.common]));
  return newsNames.get(iso3);
}
