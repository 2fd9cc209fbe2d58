import * as chrono from 'chrono-node';
import type { Doc } from '../doc.js';
import type { DateMention, Span } from '../model/index.js';
import type { Stage } from '../pipeline.js';
import {
  AMBIGUOUS_MONTHS, CENTURY_WORDS, CHRONO_PARSERS, CUE_BEFORE, DECADE_WORDS, DEICTIC_DAYS, EXPLICIT_DATE, FUTURE_CUES,
  HALVES, MONTHS, NUMBER_WORDS, ORDINALS, PAST_CUES, REFERENCES, RULES, SEASONS, SHIFTS, SPELLED_NUMBERS, WEEKDAYS,
  YEAR_DETERMINERS, YEAR_FOLLOWERS,
} from './date-rules.js';

/** Fills `doc.dates`: every date expression, resolved against the article's publication date. */
export function dateStage(): Stage {
  return {
    name: 'dates',
    run(doc: Doc) {
      doc.dates = resolveDates(doc.text, doc.article.published);
    },
  };
}

// Calendar arithmetic on day numbers (days since 1970-01-01, UTC): no clock, no time zone.
const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
function ymd(n: number): [number, number, number] {
  const t = new Date(n * DAY_MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
/** Day of the week, Sunday 0 (1970-01-01 was a Thursday). */
const weekday = (n: number) => (((n + 4) % 7) + 7) % 7;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fmtDay = (n: number) => ymd(n).map((v, i) => pad(v, i ? 2 : 4)).join('-');
const fmtMonth = (n: number) => fmtDay(n).slice(0, 7);

type Unit = 'day' | 'days' | 'week' | 'weekend' | 'month' | 'months' | 'quarter' | 'year' | 'decade' | 'century';

/** A resolved calendar period: first and last day, and the unit that says how to write it. */
interface Period {
  unit: Unit;
  first: number;
  last: number;
}

const day = (n: number): Period => ({ unit: 'day', first: n, last: n });
function months(y: number, from: number, to: number, unit: Unit = 'months'): Period {
  return { unit, first: dayOf(y, from, 1), last: dayOf(y, to + 1, 1) - 1 };
}
const month = (y: number, m: number) => months(y, m, m, 'month');
const year = (y: number): Period => ({ ...months(y, 1, 12), unit: 'year' });
const quarter = (y: number, q: number): Period => ({ ...months(y, 3 * q - 2, 3 * q), unit: 'quarter' });
function week(n: number): Period {
  const monday = n - ((weekday(n) + 6) % 7);
  return { unit: 'week', first: monday, last: monday + 6 };
}
const weekend = (saturday: number): Period => ({ unit: 'weekend', first: saturday, last: saturday + 1 });
function years(from: number, count: number, unit: Unit): Period {
  return { unit, first: dayOf(from, 1, 1), last: dayOf(from + count, 1, 1) - 1 };
}
const decade = (y: number) => years(y - (y % 10), 10, 'decade');

/** A TimeML reference value ("PRESENT_REF"): a time with no calendar period. */
type Reference = keyof typeof REFERENCES;

function format(p: Period | Reference): Pick<DateMention, 'value' | 'precision'> {
  if (typeof p === 'string') return { value: p, precision: 'reference' };
  switch (p.unit) {
    case 'day': return { value: fmtDay(p.first), precision: 'day' };
    case 'month': return { value: fmtMonth(p.first), precision: 'month' };
    case 'year': return { value: fmtDay(p.first).slice(0, 4), precision: 'year' };
    case 'months': case 'quarter': return { value: `${fmtMonth(p.first)}/${fmtMonth(p.last)}`, precision: 'range' };
    case 'decade': case 'century': return { value: `${ymd(p.first)[0]}/${ymd(p.last)[0]}`, precision: 'range' };
    default: return { value: `${fmtDay(p.first)}/${fmtDay(p.last)}`, precision: 'range' };
  }
}

/** The same period one year earlier ("a year earlier" after "the third quarter"). */
function yearBefore(p: Period): Period {
  if (p.unit === 'week' || p.unit === 'weekend') return { ...p, first: p.first - 364, last: p.last - 364 };
  const [y1, m1, d1] = ymd(p.first);
  const [y2, m2, d2] = ymd(p.last + 1);
  return { unit: p.unit, first: dayOf(y1 - 1, m1, d1), last: dayOf(y2 - 1, m2, d2) - 1 };
}

type Tense = 'past' | 'future';

const FUTURE_RE = new RegExp(`(?<![\\w'])(?:${FUTURE_CUES.join('|')})\\b`, 'gi');
// Lower-case only: a capitalised "-ed" word is more often a name ("United") than a verb. A participle
// after "be" is a passive, whose tense is the auxiliary's ("will be held").
const PAST_RE = new RegExp(`\\b(?:${PAST_CUES.join('|')}|(?<!\\b(?:be|been|being)\\s+)[a-z]{2,}ed)\\b`, 'g');
const CLAUSE_END = /[.!?;]['"”’]*\s+|\n/g;

/**
 * Tense of the clause a date stands in, from the nearest tense cue before it ("will meet on
 * Monday" is future, "arrived Thursday" past); undefined when no cue says.
 */
function tenseAt(text: string, at: number): Tense | undefined {
  let window = text.slice(Math.max(0, at - 120), at);
  let cut = 0;
  for (const m of window.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  window = window.slice(cut).split(/\s+/).slice(-10).join(' ');
  const lastEnd = (re: RegExp) => {
    let end = -1;
    for (const m of window.matchAll(re)) end = m.index + m[0].length;
    return end;
  };
  const future = lastEnd(FUTURE_RE);
  const past = lastEnd(PAST_RE);
  if (future < 0 && past < 0) return undefined;
  return future >= past ? 'future' : 'past';
}

/** Character ranges inside quotation marks (“…”, ``…'', "…"); a quote never runs past a line end. */
function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  const close = (at: number) => {
    if (open >= 0) spans.push({ start: open, end: at });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '`' && text[i + 1] === '`')) open = i;
    else if (c === '”' || (c === "'" && text[i + 1] === "'" && open >= 0)) close(i);
    else if (c === '"') { if (open >= 0) close(i); else open = i; }
    else if (c === '\n') close(i);
  }
  close(text.length);
  return spans;
}

interface Candidate extends Span {
  kind: string;
  groups: Record<string, string | undefined>;
  /** Set for chrono's explicit dates. */
  parsed?: chrono.ParsedResult;
}

interface Context {
  text: string;
  /** Publication day; undefined leaves every relative expression unresolved. */
  pub: number | undefined;
  quotes: Span[];
  /** Calendar mentions resolved so far, in text order. */
  before: { kind: string; period: Period; start: number; end: number }[];
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\.$/, '');
const shiftOf = (s: string | undefined) => SHIFTS[lower(s).replace(/^the\s+/, '')];
const cueBefore = new RegExp(CUE_BEFORE, 'i');
const hasCue = (c: Context, at: number) => cueBefore.test(c.text.slice(Math.max(0, at - 20), at));
const yearDeterminer = new RegExp(YEAR_DETERMINERS);
const inQuote = (c: Context, at: number) => c.quotes.some((q) => at >= q.start && at < q.end);

/** A year as figures or as words ("nineteen ninety-six" 1996, "two thousand and five" 2005). */
function yearValue(s: string): number {
  if (/^\d/.test(s)) return Number(s);
  const [century, ...rest] = s.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (century === 'two') return 2000 + rest.slice(1).reduce((sum, w) => sum + SPELLED_NUMBERS[w], 0);
  return 100 * SPELLED_NUMBERS[century] + rest.reduce((sum, w) => sum + SPELLED_NUMBERS[w], 0);
}

/**
 * How many times farther a day may lie on the side the tense points to when choosing its year;
 * without a tense cue news reports the past, a little less surely.
 */
const TENSE_WEIGHT = 3;
const UNCUED_PAST_WEIGHT = 2;

/**
 * Year for a month (and day) given without one: by the shift word ("last May"), else the occurrence
 * nearest to publication, weighted by tense. A bare month with no tense cue is the latest one
 * not after publication ("In January, the company …").
 */
function yearFor(c: Context, at: number, m: number, d: number | undefined, shift?: number): number | undefined {
  if (c.pub === undefined) return undefined;
  const [py, pm, pd] = ymd(c.pub);
  const cmp = m !== pm ? m - pm : (d ?? pd) - pd;
  if (shift === -1) return cmp < 0 ? py : py - 1;
  if (shift === 1) return cmp > 0 ? py : py + 1;
  if (shift === 0) return py;
  const tense = tenseAt(c.text, at);
  if (d === undefined && tense === undefined) return m <= pm ? py : py - 1;
  const pub = c.pub;
  const weight = tense === undefined ? UNCUED_PAST_WEIGHT : TENSE_WEIGHT;
  const cost = (y: number) => {
    const gap = dayOf(y, m, d ?? 15) - pub;
    const against = (gap > 0 && tense !== 'future') || (gap < 0 && tense === 'future');
    return Math.abs(gap) * (against ? weight : 1);
  };
  return [py - 1, py, py + 1].reduce((best, y) => (cost(y) < cost(best) ? y : best));
}

/** The latest earlier mention a "year earlier" or "the quarter" refers back to. */
function anchor(c: Context, units?: Unit[], endedBy = Infinity): Period | undefined {
  for (let i = c.before.length - 1; i >= 0; i--) {
    const b = c.before[i];
    if (!NOT_ANCHORS.has(b.kind) && (!units || units.includes(b.period.unit)) && b.period.last < endedBy) return b.period;
  }
  return undefined;
}
/** Kinds anchored at the moment of reporting, or already anaphoric: nothing refers back to them. */
const NOT_ANCHORS = new Set(['deictic', 'weekday', 'ago', 'yearEarlier', 'inFuture']);

/** The day of the latest single-day mention earlier in the same sentence, if any. */
function dayBefore(c: Context, at: number): number | undefined {
  const b = c.before.at(-1);
  if (!b || b.period.unit !== 'day' || /[.!?]\s/.test(c.text.slice(b.end, at))) return undefined;
  return b.period.first;
}

/** Days in a quarter, near enough to say a quarter's results are due. */
const QUARTER_DAYS = 91;

type Resolver = (m: Candidate, c: Context) => Period | Reference | undefined;

const RESOLVERS: Record<string, Resolver> = {
  weekday(m, c) {
    if (c.pub === undefined) return undefined;
    const target = WEEKDAYS[lower(m.groups.weekday)];
    const shift = shiftOf(m.groups.shift);
    const tense = shift === undefined || shift === 0 ? tenseAt(c.text, m.start) ?? 'past' : shift < 0 ? 'past' : 'future';
    const strict = shift !== undefined && shift !== 0;
    const pubDay = weekday(c.pub);
    if (tense === 'past') return day(c.pub - ((pubDay - target + 7) % 7 || (strict ? 7 : 0)));
    return day(c.pub + ((target - pubDay + 7) % 7 || (strict ? 7 : 0)));
  },
  deictic(m, c) {
    if (c.pub === undefined || inQuote(c, m.start)) return undefined;
    return day(c.pub + (m.groups.deictic ? DEICTIC_DAYS[lower(m.groups.deictic)] : 0));
  },
  weekend(m, c) {
    if (c.pub === undefined) return undefined;
    const shift = shiftOf(m.groups.shift);
    const pubDay = weekday(c.pub);
    // "This weekend" closes the publication's own week, whatever the tense.
    if (shift === 0) return weekend(week(c.pub).first + 5);
    // What someone came "for the weekend" lies ahead of the day they came: the first weekend from it.
    const day = /\bfor\s+$/i.test(c.text.slice(Math.max(0, m.start - 6), m.start)) ? dayBefore(c, m.start) : undefined;
    if (day !== undefined) return weekend(weekday(day) === 0 ? day - 1 : day + 6 - weekday(day));
    const tense = !shift ? tenseAt(c.text, m.start) ?? 'past' : shift < 0 ? 'past' : 'future';
    const inWeekend = pubDay === 0 || pubDay === 6;
    const latest = c.pub - ((pubDay + 1) % 7); // Saturday on or before publication
    let saturday = tense === 'past' ? latest : inWeekend ? latest : c.pub + (6 - pubDay);
    if (shift && inWeekend) saturday += 7 * shift;
    return weekend(saturday);
  },
  reference(m, c) {
    if (c.pub === undefined || inQuote(c, m.start)) return undefined;
    return (Object.keys(REFERENCES) as Reference[]).find((value) => m.groups[value] !== undefined);
  },
  // Financial reports compare quarters: once a quarter was named, "a year earlier" means that quarter.
  // A quarter still running or ahead ("the third quarter of 1990") has no results to compare yet.
  yearEarlier(m, c) {
    const a = anchor(c, ['quarter'], c.pub) ?? (m.groups.unit ? undefined : anchor(c));
    if (a) return yearBefore(a);
    return c.pub === undefined ? undefined : yearBefore(day(c.pub));
  },
  relative(m, c) {
    const shift = shiftOf(m.groups.shift);
    if (c.pub === undefined || shift === undefined) return undefined;
    const [py, pm] = ymd(c.pub);
    switch (m.groups.unit) {
      case 'week': return week(c.pub + 7 * shift);
      case 'month': return month(py, pm + shift);
      case 'quarter': return quarter(py, Math.ceil(pm / 3) + shift);
      case 'decade': return decade(py + 10 * shift);
      default: return year(py + shift);
    }
  },
  // "that year", "the following month": the period of the latest calendar mention, or the next one.
  anaphoric(m, c) {
    const unit = m.groups.unit as 'day' | 'week' | 'month' | 'quarter' | 'year';
    const a = anchor(c, unit === 'quarter' ? ['quarter'] : undefined);
    if (!a) return undefined;
    const step = m.groups.step ? 1 : 0;
    const [y, mm] = ymd(a.first);
    switch (unit) {
      case 'day': return a.unit === 'day' ? day(a.first + step) : undefined;
      case 'week': return a.unit === 'day' || a.unit === 'week' ? week(a.first + 7 * step) : undefined;
      case 'month': return a.unit === 'day' || a.unit === 'month' ? month(y, mm + step) : undefined;
      case 'quarter': return quarter(y, Math.ceil(mm / 3) + step);
      default: return year(y + step);
    }
  },
  // "in two weeks" is a date only when the clause looks ahead; otherwise it is a span of time.
  inFuture(m, c) {
    if (c.pub === undefined || tenseAt(c.text, m.start) !== 'future') return undefined;
    const raw = lower(m.groups.count);
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    const [py, pm] = ymd(c.pub);
    switch (m.groups.unit) {
      case 'day': return day(c.pub + n);
      case 'week': return week(c.pub + 7 * n);
      case 'month': return month(py, pm + n);
      default: return year(py + n);
    }
  },
  ago(m, c) {
    if (c.pub === undefined) return undefined;
    if (m.groups.vague) return 'PAST_REF';
    const raw = lower(m.groups.count);
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    const [py, pm] = ymd(c.pub);
    switch (m.groups.unit) {
      case 'day': return day(c.pub - n);
      case 'week': return week(c.pub - 7 * n);
      case 'month': return month(py, pm - n);
      default: return year(py - n);
    }
  },
  quarter(m, c) {
    const n = ORDINALS[lower(m.groups.ordinal)];
    const half = m.groups.unit === 'half';
    if (half && n > 2) return undefined;
    const make = (y: number): Period => (half ? months(y, 6 * n - 5, 6 * n) : quarter(y, n));
    const explicit = m.groups.year ?? m.groups.year2;
    if (explicit) return make(Number(explicit));
    if (c.pub === undefined) return undefined;
    const py = ymd(c.pub)[0] + (shiftOf(m.groups.shift) ?? 0);
    if (m.groups.shift) return make(py);
    const p = make(py);
    // "the year-ago third quarter": a year before the latest such quarter begun.
    if (m.groups.ago) return yearBefore(p.first > c.pub ? make(py - 1) : p);
    const tense = tenseAt(c.text, m.start) ?? 'past';
    if (tense === 'past' && p.first > c.pub) return make(py - 1);
    // Results of a quarter just ended are still to come: only one ended a season ago is next year's.
    if (tense === 'future' && p.last < c.pub - QUARTER_DAYS) return make(py + 1);
    return p;
  },
  half(m) {
    const n = HALVES[lower(m.groups.which)];
    return months(Number(m.groups.year), 6 * n - 5, 6 * n);
  },
  // "the latest period" of an earnings report is the ended quarter it reports, else the last one ended.
  theQuarter(m, c) {
    const named = anchor(c, ['quarter']);
    if (!m.groups.latest) return named;
    if (c.pub === undefined) return undefined;
    if (named && named.last < c.pub) return named;
    const [py, pm] = ymd(c.pub);
    return quarter(py, Math.ceil(pm / 3) - 1);
  },
  // "the 1988 period": the quarter last named, in that year.
  yearsQuarter(m, c) {
    const y = Number(m.groups.year);
    const a = anchor(c, ['quarter']);
    return a ? quarter(y, Math.ceil(ymd(a.first)[1] / 3)) : year(y);
  },
  // "the latest fiscal year" is the last one closed.
  theYear(m, c) {
    return c.pub === undefined ? undefined : year(ymd(c.pub)[0] - (m.groups.latest ? 1 : 0));
  },
  // A point, not a period: in past-tense reporting the one passed, otherwise the one ahead.
  yearEnd(m, c) {
    if (c.pub === undefined) return undefined;
    const [py, pm, pd] = ymd(c.pub);
    const passed = tenseAt(c.text, m.start) === 'past' && !(pm === 12 && pd === 31);
    return day(dayOf(passed ? py - 1 : py, 12, 31));
  },
  month(m, c) {
    const name = lower(m.groups.month);
    const shift = shiftOf(m.groups.shift);
    const cued = m.groups.year || m.groups.yearShift || m.groups.edge || shift !== undefined || hasCue(c, m.start);
    if (AMBIGUOUS_MONTHS.has(name) && !cued) return undefined;
    const mm = MONTHS[name];
    const yearShift = shiftOf(m.groups.yearShift);
    const y = m.groups.year ? yearValue(m.groups.year)
      : yearShift !== undefined ? (c.pub === undefined ? undefined : ymd(c.pub)[0] + yearShift)
        : yearFor(c, m.start, mm, undefined, shift);
    return y === undefined ? undefined : month(y, mm);
  },
  season(m, c) {
    const [from, to] = SEASONS[lower(m.groups.season ?? m.groups.season2 ?? m.groups.season3)];
    const y = m.groups.year ? Number(m.groups.year) : yearFor(c, m.start, from, undefined, shiftOf(m.groups.shift));
    return y === undefined ? undefined : months(y, from, to);
  },
  // "the '80s", "the nineties": the latest such decade begun by publication (the 1900s without one).
  decade(m, c) {
    if (m.groups.decade) return decade(Number(m.groups.decade));
    const tens = m.groups.short ? Number(m.groups.short) : DECADE_WORDS[lower(m.groups.word)];
    const py = c.pub === undefined ? 1999 : ymd(c.pub)[0];
    return decade(2000 + tens <= py ? 2000 + tens : 1900 + tens);
  },
  century(m) {
    const n = m.groups.number ? Number(m.groups.number) : CENTURY_WORDS[lower(m.groups.word)];
    return n >= 1 ? years(100 * (n - 1), 100, 'century') : undefined;
  },
  spelledYear(m) {
    return year(yearValue(m.groups.year ?? m.groups.year2!));
  },
  // A number is a year when a determiner makes it a modifier ("its 1990 invasion"), or when
  // nothing follows that it could be counting ("1500 people"); a cue ("in 1066") admits old years.
  year(m, c) {
    const y = Number(m.groups.year);
    const before = c.text.slice(Math.max(0, m.start - 20), m.start);
    if (yearDeterminer.test(before)) return y >= 1900 ? year(y) : undefined;
    const next = /^\s+([a-z]+)/.exec(c.text.slice(m.end, m.end + 20))?.[1];
    if (next !== undefined && !YEAR_FOLLOWERS.has(next)) return undefined;
    return y >= 1900 || cueBefore.test(before) ? year(y) : undefined;
  },
  explicit(m, c) {
    const r = m.parsed!;
    const s = r.start;
    const mm = s.get('month')!;
    if (!s.isCertain('day')) {
      const y = s.isCertain('year') ? s.get('year')! : yearFor(c, m.start, mm, undefined);
      return y === undefined ? undefined : month(y, mm);
    }
    const y = s.isCertain('year') ? s.get('year')! : yearFor(c, m.start, mm, s.get('day')!);
    if (y === undefined) return undefined;
    const first = dayOf(y, mm, s.get('day')!);
    const e = r.end;
    if (!e?.isCertain('day')) return day(first);
    const last = dayOf(e.isCertain('year') ? e.get('year')! : y, e.get('month')!, e.get('day')!);
    return last > first ? { unit: 'days', first, last } : day(first);
  },
};

// Hints are tried on the lower-cased text, case-sensitively: a case-insensitive search is several
// times slower, and a lower-cased text matches every hint a case-insensitive one would (escapes kept).
const lowerHint = (hint: string): RegExp => new RegExp(hint.replace(/\\.|[A-Z]+/g, (m) => (m[0] === '\\' ? m : m.toLowerCase())));
const RULE_RES = RULES.map((r) => ({ kind: r.kind, hint: lowerHint(r.hint), re: new RegExp(r.pattern, 'g') }));
const EXPLICIT_RE = new RegExp(EXPLICIT_DATE, 'g');
const EXPLICIT_TEST = new RegExp(EXPLICIT_DATE);
// Chrono reads only this much text around a month name or numeric date; the rest never reaches it.
const WINDOW = 20;
const calendarChrono = (() => {
  const config = chrono.en.configuration.createConfiguration(true, false);
  config.parsers = config.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name));
  return new chrono.Chrono(config);
})();
// A fixed reference for chrono when the article has no date: only values chrono is certain of are kept.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Explicit calendar dates ("Sept. 30, 1989", "Friday, Oct. 27", "12/03/2017") found by chrono. */
function explicitDates(text: string, pub: number | undefined): Candidate[] {
  const windows: Span[] = [];
  for (const m of text.matchAll(EXPLICIT_RE)) {
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  const instant = pub === undefined ? NO_REFERENCE : new Date(pub * DAY_MS + DAY_MS / 2);
  const out: Candidate[] = [];
  const parse = (from: number, to: number) => {
    for (const r of calendarChrono.parse(text.slice(from, to), { instant, timezone: 0 })) {
      if (!r.start.isCertain('month') || !EXPLICIT_TEST.test(r.text)) continue;
      const start = from + r.index;
      const inside = r.end ? [...r.text.matchAll(EXPLICIT_RE)] : [];
      // "from Aug. 26 to Oct. 20" names two dates, each its own mention; "Oct. 15-17" is one range.
      if (inside.length > 1) {
        inside.forEach((m, i) => parse(start + m.index, start + (inside[i + 1]?.index ?? r.text.length)));
      } else {
        out.push({ start, end: start + r.text.length, kind: 'explicit', groups: {}, parsed: r });
      }
    }
  };
  for (const w of windows) parse(w.start, w.end);
  return out;
}

// Characters already covered by a chosen candidate: one table kept from one text to the next
// (a text longer than MAX_KEPT_TAKEN gets one of its own, not kept).
const MAX_KEPT_TAKEN = 1 << 20;
let kept = new Uint8Array(0);
const isTaken = (taken: Uint8Array, span: Span): boolean => {
  for (let i = span.start; i < span.end; i++) if (taken[i]) return true;
  return false;
};

/**
 * Every date expression in `text`, resolved against `published` (YYYY-MM-DD). Without a
 * publication date only expressions that name their year are resolved; the clock is never read.
 */
export function resolveDates(text: string, published?: string): DateMention[] {
  const pubMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  const pub = pubMatch ? dayOf(Number(pubMatch[1]), Number(pubMatch[2]), Number(pubMatch[3])) : undefined;

  const candidates: Candidate[] = explicitDates(text, pub);
  const lower = text.toLowerCase();
  for (const { kind, hint, re } of RULE_RES) {
    if (!hint.test(lower)) continue;
    for (const m of text.matchAll(re)) {
      if (m[0].length) candidates.push({ start: m.index, end: m.index + m[0].length, kind, groups: { ...m.groups } });
    }
  }
  // Longest match first; a shorter one overlapping it is part of the same expression. Marking the
  // characters taken keeps this linear in the text, however many candidates there are.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  if (candidates.length) {
    if (text.length <= MAX_KEPT_TAKEN && kept.length < text.length) kept = new Uint8Array(2 * text.length);
    const taken = text.length <= MAX_KEPT_TAKEN ? kept.fill(0, 0, text.length) : new Uint8Array(text.length);
    for (const cand of candidates) {
      if (isTaken(taken, cand)) continue;
      taken.fill(1, cand.start, cand.end);
      chosen.push(cand);
    }
  }
  chosen.sort((a, b) => a.start - b.start);

  const ctx: Context = { text, pub, quotes: pub === undefined ? [] : quoteSpans(text), before: [] };
  const out: DateMention[] = [];
  for (const cand of chosen) {
    const period = RESOLVERS[cand.kind](cand, ctx);
    if (!period) continue;
    if (typeof period !== 'string') ctx.before.push({ kind: cand.kind, period, start: cand.start, end: cand.end });
    out.push({ start: cand.start, end: cand.end, text: text.slice(cand.start, cand.end), ...format(period) });
  }
  return out;
}
