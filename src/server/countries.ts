import worldCountriesModule, { type Countries } from 'world-countries';

// The package is CommonJS (module.exports = the array) while its typings declare an ES default export.
const worldCountries = worldCountriesModule as unknown as Countries;

/** A country as the dashboard's map needs it: the map's shapes are keyed by ISO 3166-1 numeric code. */
export interface CountryInfo {
  code: string;
  numeric: string;
  name: string;
}

let cached: CountryInfo[] | undefined;

/** Every country with its alpha-3 code, numeric code and common English name, by name. */
export function countryList(): CountryInfo[] {
  cached ??= worldCountries
    .filter((c) => c.ccn3)
    .map((c) => ({ code: c.cca3, numeric: c.ccn3, name: c.name.common }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return cached;
}
