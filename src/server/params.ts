/** A query parameter the client got wrong: answered with 400 and `{error}`. */
export class BadRequest extends Error {}

/** Most rows one request may ask for: keeps a single response small. */
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
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

/** The search text, trimmed; undefined when absent or blank (then the latest articles are listed). */
export function queryParam(params: URLSearchParams): string | undefined {
  const q = params.get('q')?.trim();
  if (!q) return undefined;
  if (q.length > MAX_QUERY_LENGTH) throw new BadRequest(`q: longer than ${MAX_QUERY_LENGTH} characters`);
  return q;
}
