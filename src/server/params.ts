import { MODALITIES, PLOVER_TYPES } from '../model/index.js';
import type { EventFilter } from '../store/index.js';

/** A query parameter or body the client got wrong: answered with 400 and `{error}`. */
export class BadRequest extends Error {}

/** Most rows one request may ask for: keeps a single response small. */
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
/** Deepest page a listing may ask for; a client that needs more should narrow its filters. */
export const MAX_OFFSET = 100_000;
/** Longest search text accepted; a search box never needs more. */
export const MAX_QUERY_LENGTH = 500;

/** A whole-number parameter within [min, max], or `fallback` when absent. */
export function intParam(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new BadRequest(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

/** `limit` and `offset` of a listing. */
export function pageParams(params: URLSearchParams): { limit: number; offset: number } {
  return {
    limit: intParam(params, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
    offset: intParam(params, 'offset', 0, 0, MAX_OFFSET),
  };
}

/** A free-text parameter, trimmed; undefined when absent or blank. */
export function textParam(params: URLSearchParams, name = 'q'): string | undefined {
  const q = params.get(name)?.trim();
  if (!q) return undefined;
  if (q.length > MAX_QUERY_LENGTH) throw new BadRequest(`${name}: longer than ${MAX_QUERY_LENGTH} characters`);
  return q;
}

/** Words a quotation must hold (`q`): blank is absent; text without a letter or digit has nothing to match. */
export function wordsParam(params: URLSearchParams): string | undefined {
  const q = textParam(params, 'q');
  if (q !== undefined && !/[\p{L}\p{N}]/u.test(q)) throw new BadRequest(`q: expected words to search for, got "${q}"`);
  return q;
}

/** The search text (`q`); undefined when absent or blank (then the latest articles are listed). */
export function queryParam(params: URLSearchParams): string | undefined {
  return textParam(params, 'q');
}

// Country codes as stored: ISO 3166-1 alpha-3 or a three-letter group code (IGO, UNO, EUR …).
const COUNTRY = /^[A-Z]{3}$/;

export function countryParam(params: URLSearchParams, name = 'country'): string | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const code = raw.toUpperCase();
  if (!COUNTRY.test(code)) throw new BadRequest(`${name}: expected a three-letter country code such as IRN, got "${raw}"`);
  return code;
}

/** `dyad=PRK-IRN`: two country codes. */
export function dyadParam(params: URLSearchParams): [string, string] | undefined {
  const raw = params.get('dyad');
  if (raw === null || raw === '') return undefined;
  const m = /^([A-Za-z]{3})-([A-Za-z]{3})$/.exec(raw);
  if (!m) throw new BadRequest(`dyad: expected two country codes such as PRK-IRN, got "${raw}"`);
  return [m[1].toUpperCase(), m[2].toUpperCase()];
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function dateParam(params: URLSearchParams, name: string): string | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  // A month or day out of range is an invalid Date (month 13) or rolls over (February 30).
  const date = new Date(`${raw}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw;
  if (!ok) throw new BadRequest(`${name}: expected a date as YYYY-MM-DD, got "${raw}"`);
  return raw;
}

/** A comma-separated list whose every item is one of `allowed` (compared case-insensitively). */
export function listParam(params: URLSearchParams, name: string, allowed: readonly string[]): string[] | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const byKey = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  return items.map((item) => {
    const known = byKey.get(item.toLowerCase());
    if (!known) throw new BadRequest(`${name}: unknown value "${item}"; expected one of ${allowed.join(', ')}`);
    return known;
  });
}

/** The event filter shared by the event, network and dyad endpoints. */
export function eventFilterParams(params: URLSearchParams): EventFilter {
  const filter: EventFilter = {};
  const dyad = dyadParam(params);
  const country = countryParam(params);
  const types = listParam(params, 'type', PLOVER_TYPES);
  const modalities = listParam(params, 'modality', MODALITIES);
  const since = dateParam(params, 'since');
  const until = dateParam(params, 'until');
  if (since && until && since > until) throw new BadRequest(`since: ${since} is after until (${until})`);
  if (dyad) filter.dyad = dyad;
  if (country) filter.country = country;
  if (types) filter.types = types;
  if (modalities) filter.modalities = modalities;
  if (since) filter.since = since;
  if (until) filter.until = until;
  return filter;
}

/** A parameter that must be one of a few words; undefined when absent. */
export function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw new BadRequest(`${name}: expected one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}
