// Publication dates come as ISO 8601 (HTML meta, JSON-LD, Atom, WARC), RFC 822 (RSS) or
// written out ("August 4, 2017"). The date is taken as written, in the publisher's own time zone.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_]|[+-]\d{2}:?\d{2}$|Z)/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/** `YYYY-MM-DD` for a date string in any of the usual publication formats, or undefined. */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  let m = ISO.exec(value);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return ymd(+m[3]!, month(m[2]!), +m[1]!);
  m = MONTH_DAY_YEAR.exec(value);
  if (m) return ymd(+m[3]!, month(m[1]!), +m[2]!);
  return undefined;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return date.toISOString().slice(0, 10);
}
