/** What an importer produces and the dictionary store keeps: names with dated codes. */

/** A code valid over a period; `start`/`end` are inclusive `YYYY-MM-DD`, null when open. */
export interface DatedCode {
  /** The code as written in the source (IRNGOV, ~GOV, KSV). */
  code: string;
  country: string | null;
  sector: string | null;
  start: string | null;
  end: string | null;
}

/**
 * actor: a named person or body (codes give country and sector); agent: a common noun that gives a
 * sector ("minister"); country: a name or nationality of a country; capital, place: a city or region
 * of a country.
 */
export type EntryKind = 'actor' | 'agent' | 'country' | 'capital' | 'place';

export interface DictionaryEntry {
  kind: EntryKind;
  /** The first name, as written, for messages and stats. */
  label: string;
  /** Every form under which the entry is found, already in nameKey() form. */
  keys: string[];
  codes: DatedCode[];
  line: number;
}

/** A line that could not be read; the rest of the file is still imported. */
export interface ImportProblem {
  line: number;
  problem: string;
}

export interface ParsedDictionary {
  entries: DictionaryEntry[];
  problems: ImportProblem[];
}

/**
 * Reads a dictionary date: YYYYMMDD, or TABARI's YYMMDD where years below 30 are 20YY. Returns
 * `YYYY-MM-DD`, or null when it is not a date.
 */
export function readDictDate(text: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(text)) {
    y = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else {
    return null;
  }
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** Reads the date part of a code: `>D` (from), `<D` (until), `D-D`, or nothing. Null when malformed. */
export function readDateRange(text: string): { start: string | null; end: string | null } | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return { start: null, end: null };
  let m = /^>(\d+)$/.exec(t);
  if (m) {
    const start = readDictDate(m[1]);
    return start ? { start, end: null } : null;
  }
  m = /^<(\d+)$/.exec(t);
  if (m) {
    const end = readDictDate(m[1]);
    return end ? { start: null, end } : null;
  }
  m = /^(\d+)-(\d+)$/.exec(t);
  if (m) {
    const start = readDictDate(m[1]);
    const end = readDictDate(m[2]);
    return start && end ? { start, end } : null;
  }
  return null;
}
