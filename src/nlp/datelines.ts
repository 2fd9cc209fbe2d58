// Wire-story datelines at the start of a paragraph: "LONDON, March 4 (Reuters) -",
// "WASHINGTON —", "BEIRUT, Lebanon (AP) —", "Kabul (AFP) -", "(Reuters) -".

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
].join('|');

const CAPS_PLACE = String.raw`[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]*){0,3}`;
const NAMED_PLACE = String.raw`[A-Z][a-z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,2}`;
const REGION = String.raw`(?:, (?!(?:${MONTHS})\b)[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2})?`;
const DATE = String.raw`(?:,? (?:${MONTHS})\.? \d{1,2}(?:, \d{4})?)?`;
const AGENCY = String.raw`\([A-Z][A-Za-z.&'’ \-]{1,30}\)`;
// The story must go on after the dash with a capital, digit or quote ("NATO — the alliance" is prose).
const DASH = String.raw` ?[-–—]{1,2} (?=["“‘'(]?[A-Z0-9])`;

/** Dateline shapes, most specific first; each is matched at a paragraph start. */
const PATTERNS: readonly RegExp[] = [
  `${CAPS_PLACE}${REGION}${DATE}(?: ?${AGENCY})?${DASH}`,
  `${NAMED_PLACE}${REGION}${DATE} ?${AGENCY}${DASH}`,
  `${AGENCY}${DASH}`,
].map((p) => new RegExp(p, 'y'));

/** End offset (after the dash and its space) of a dateline starting at `at`, or -1. */
export function datelineEnd(text: string, at: number): number {
  for (const pattern of PATTERNS) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) return at + m[0].trimEnd().length;
  }
  return -1;
}
