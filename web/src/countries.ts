import { createContext, useContext } from 'react';
import type { CountryInfo } from './api.js';

export interface Countries {
  list: CountryInfo[];
  byCode: Map<string, CountryInfo>;
  byNumeric: Map<string, CountryInfo>;
}

export function indexCountries(list: CountryInfo[]): Countries {
  return { list, byCode: new Map(list.map((c) => [c.code, c])), byNumeric: new Map(list.map((c) => [c.numeric, c])) };
}

export const CountriesContext = createContext<Countries>(indexCountries([]));

/** A country's name from its code; group codes (IGO, UNO …) stay as they are. */
export function useCountryName(): (code: string | null | undefined) => string {
  const { byCode } = useContext(CountriesContext);
  return (code) => (code ? byCode.get(code)?.name ?? code : 'unknown');
}
