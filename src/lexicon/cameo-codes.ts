import { countryEntries } from './countries.js';
import { CAMEO_SECTOR_TO_PLOVER, isSector } from './sectors.js';
import { REGIONS } from './regions.js';

/** Which sector reading a dictionary uses: CAMEO (MED = media) or PLOVER (JRN = media, MED = health). */
export type SectorConvention = 'cameo' | 'plover';

export interface CodedActor {
  country: string | null;
  sector: string | null;
}

/** Country codes CAMEO and older lists use that ISO 3166-1 alpha-3 spells otherwise. */
export const LEGACY_COUNTRY_CODES: Readonly<Record<string, string>> = {
  KSV: 'XKX', // Kosovo (CAMEO; world-countries writes UNK)
  UNK: 'XKX',
  USR: 'RUS', // Soviet Union
  YUG: 'SRB',
  FRY: 'SRB',
  CSK: 'CZE',
  DDR: 'DEU',
  ROM: 'ROU',
  ZAR: 'COD',
  TMP: 'TLS',
  BUR: 'MMR',
};

/**
 * CAMEO prefixes for actors that are not states, with the sector they imply and whether a country
 * code may follow (NGOUSA, MNCCHN); an IMG code is followed by a religion (IMGMUSALQ), not a country.
 */
const NON_STATE_PREFIXES: Readonly<Record<string, { sector: string | null; country: boolean }>> = {
  NGO: { sector: 'NGO', country: true }, // non-governmental organisation
  MNC: { sector: 'BUS', country: true }, // multinational corporation
  IMG: { sector: 'REB', country: false }, // international militarised group
  INT: { sector: null, country: false },
};

/** Reads `[A-Z]{3}` country codes, mapping legacy ones; null for anything that is not a country. */
export function countryCode(code: string, isCountry: (iso3: string) => boolean): string | null {
  const c = LEGACY_COUNTRY_CODES[code] ?? code;
  return isCountry(c) ? c : null;
}

/**
 * Splits a CAMEO actor code (IRNGOV, IGOUNOIAE, MNCUSA, NGOHLHIRC, ~GOV) into country and sector.
 * The UN proper (IGOUNO) is UNO and the EU proper (IGOEUR…) is EUR; every other
 * inter-governmental organisation, UN agencies included, is IGO.
 */
export function splitCameoCode(
  raw: string,
  convention: SectorConvention,
  isCountry: (iso3: string) => boolean,
): CodedActor {
  // An agent code (~GOV) is all role; a prefix agent (IGO~) is all country.
  const agent = raw.startsWith('~');
  const code = raw.replace(/~/g, '');
  const chunks: string[] = code.match(/[A-Z0-9]{3}/g) ?? [];
  let country: string | null = null;
  let sector: string | null = null;
  let rest = chunks;
  const head = agent ? undefined : chunks[0];
  if (head === 'IGO') {
    const org = chunks[1];
    const more = chunks.slice(2).filter((c) => !isSector(c));
    if (org === 'UNO' && more.length === 0) country = 'UNO';
    else if (org === 'EUR') country = 'EUR';
    else country = 'IGO';
    rest = chunks.slice(org === 'UNO' || org === 'EUR' ? 2 : 1);
  } else if (head !== undefined && Object.hasOwn(NON_STATE_PREFIXES, head)) {
    const prefix = NON_STATE_PREFIXES[head];
    sector = prefix.sector;
    const c = prefix.country && chunks[1] ? countryCode(chunks[1], isCountry) : null;
    country = c;
    rest = chunks.slice(c ? 2 : 1);
  } else if (head !== undefined && (countryCode(head, isCountry) || Object.hasOwn(REGIONS, head))) {
    country = countryCode(head, isCountry) ?? head;
    rest = chunks.slice(1);
  }
  if (sector === null) {
    for (const chunk of rest) {
      const s = convention === 'cameo' ? (CAMEO_SECTOR_TO_PLOVER[chunk] ?? chunk) : chunk;
      if (isSector(s)) {
        sector = s;
        break;
      }
    }
  }
  return { country, sector };
}

let iso3Codes: Set<string> | undefined;

/** Whether `code` is a country we know: an ISO 3166-1 alpha-3 code from the country table, or Kosovo's XKX. */
export function isCountryCode(code: string): boolean {
  iso3Codes ??= new Set([...countryEntries().map((e) => e.iso3), 'XKX']);
  return iso3Codes.has(code) && code !== 'UNK';
}
