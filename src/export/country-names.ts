import worldCountriesModule, { type Countries } from 'world-countries';
import { countryNewsName } from '../lexicon/countries.js';

// The package is CommonJS (module.exports = the array) while its typings declare an ES default export.
const worldCountries = worldCountriesModule as unknown as Countries;

/** Names for the non-state codes the actor layer uses in place of a country. */
const ORGANISATIONS: Readonly<Record<string, string>> = {
  UNO: 'United Nations', EUR: 'European Union', IGO: 'International Governmental Organization',
  NGO: 'Non-governmental Organization', ISM: 'International Social Movement', IMG: 'Transnational Militarized Group',
  MNC: 'Multi-national Corporation', XKX: 'Kosovo',
};

let centroids: Map<string, readonly [number, number]> | undefined;

/** The English short name of a country or organisation code, or undefined. */
export function countryName(code: string): string | undefined {
  return countryNewsName(code) ?? ORGANISATIONS[code];
}

/** A country's representative point [latitude, longitude], as GDELT gives for a country-level location; undefined for organisations. */
export function countryCentroid(code: string): readonly [number, number] | undefined {
  centroids ??= new Map(worldCountries.filter((c) => c.latlng.length === 2).map((c) => [c.cca3, [c.latlng[0], c.latlng[1]] as const]));
  return centroids.get(code === 'XKX' ? 'UNK' : code);
}
