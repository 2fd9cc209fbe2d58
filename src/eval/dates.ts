import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { str, UserError } from '../cli/command.js';
import type { DateMention } from '../model/index.js';
import { SEASONS } from '../nlp/date-rules.js';
import type { EvalKind } from './kind.js';
import { readTimeML } from './timeml.js';

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const monthsOf = (y: number, from: number, to: number): [number, number] => [dayOf(y, from, 1), dayOf(y, to + 1, 1) - 1];
const TIMEML_SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall' };

/** Monday of ISO week `w` of year `y` (week 1 holds January 4th). */
function isoMonday(y: number, w: number): number {
  const jan4 = dayOf(y, 1, 4);
  return jan4 - ((((jan4 + 4) % 7) + 6) % 7) + 7 * (w - 1);
}

/** Calendar values as [first day, last day]; patterns tried in order, first match wins. */
const INTERVALS: [RegExp, (m: RegExpExecArray) => [number, number]][] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => { const d = dayOf(+m[1], +m[2], +m[3]); return [d, d]; }],
  [/^(\d{4})-(\d{2})$/, (m) => monthsOf(+m[1], +m[2], +m[2])],
  [/^(\d{4})$/, (m) => monthsOf(+m[1], 1, 12)],
  [/^(\d{4})-Q([1-4])$/, (m) => monthsOf(+m[1], 3 * +m[2] - 2, 3 * +m[2])],
  [/^(\d{4})-H([12])$/, (m) => monthsOf(+m[1], 6 * +m[2] - 5, 6 * +m[2])],
  [/^(\d{4})-W(\d{2})$/, (m) => { const d = isoMonday(+m[1], +m[2]); return [d, d + 6]; }],
  [/^(\d{4})-W(\d{2})-WE$/, (m) => { const d = isoMonday(+m[1], +m[2]) + 5; return [d, d + 1]; }],
  [/^(\d{4})-(SP|SU|FA)$/, (m) => monthsOf(+m[1], ...SEASONS[TIMEML_SEASONS[m[2]]])],
  [/^(\d{3})$/, (m) => [dayOf(+m[1] * 10, 1, 1), dayOf(+m[1] * 10 + 10, 1, 1) - 1]],
  [/^(\d{2})$/, (m) => [dayOf(+m[1] * 100, 1, 1), dayOf(+m[1] * 100 + 100, 1, 1) - 1]],
];

function interval(value: string): [number, number] | undefined {
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const a = interval(value.slice(0, slash));
    const b = interval(value.slice(slash + 1));
    return a && b ? [a[0], b[1]] : undefined;
  }
  for (const [re, make] of INTERVALS) {
    const m = re.exec(value);
    if (m) return make(m);
  }
  return undefined;
}

/**
 * Whether our value means the gold TimeML value. Calendar values compare as the days they cover,
 * so our range "1998-01/1998-03" equals gold "1998-Q1" and "2017-07-31/2017-08-06" equals "2017-W31"
 * (seasons use meteorological months, as our resolver does). Values that name no calendar period
 * (PRESENT_REF, PAST_REF, FUTURE_REF, FY1998, 1989-WXX, …) count only when ours is the same string:
 * dyad writes the three reference values, never the underspecified ones.
 */
export function sameDate(gold: string, ours: string): boolean {
  if (gold === ours) return true;
  const g = interval(gold);
  const o = interval(ours);
  return g !== undefined && o !== undefined && g[0] === o[0] && g[1] === o[1];
}

function tmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? tmlFiles(join(path, e.name)) : e.name.endsWith('.tml') ? [join(path, e.name)] : []));
}

/** The mention overlapping a gold span the most, if any. */
function overlapping(mentions: DateMention[], start: number, end: number): DateMention | undefined {
  let best: DateMention | undefined;
  let bestOverlap = 0;
  for (const m of mentions) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [m, overlap];
  }
  return best;
}

export const evaluation: EvalKind = {
  summary: 'Date resolution against TimeML (normalised DATE values, anchored to the DCT)',
  help: `Usage: dyad eval dates --timeml DIR [--json]

Reads every .tml file under DIR (TimeML with a DCT), strips the tags, resolves the dates of the TEXT
against the DCT as publication date, and scores each gold TIMEX3 of type DATE: found when one of
our date mentions overlaps it, correct when that mention's value means the same calendar period
(ranges compare by the days they cover: "1998-01/1998-03" = "1998-Q1"). Gold values that are no
calendar period must match as strings: dyad writes the reference values PRESENT_REF, PAST_REF and
FUTURE_REF ("now", "recently", "soon"; not inside quotations), never underspecified ones such as
1989-WXX or FY1998, which count as misses.

Options:
  --timeml DIR   a folder of .tml files (searched recursively) or one .tml file
  --json         print one JSON object: {accuracy, correct, found, total, calendar: {accuracy,
                 correct, total}, documents, seconds}; calendar counts only gold values that name a
                 calendar period
`,
  options: { timeml: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const path = str(values.timeml);
    if (!path) throw new UserError('--timeml DIR is required');
    if (!existsSync(path)) throw new UserError(`${path}: no such file or directory`);
    const files = tmlFiles(path);
    if (!files.length) throw new UserError(`${path}: no .tml files`);
    const { resolveDates } = await import('../nlp/dates.js');
    let total = 0;
    let found = 0;
    let correct = 0;
    // Gold values that name a calendar period, scored apart from the reference values.
    let calendarTotal = 0;
    let calendarCorrect = 0;
    const t0 = performance.now();
    for (const file of files) {
      let doc;
      try {
        doc = readTimeML(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new UserError(`${file}: ${(err as Error).message}`);
      }
      const mentions = resolveDates(doc.text, doc.published);
      for (const t of doc.timexes) {
        if (t.type !== 'DATE') continue;
        total++;
        const calendar = interval(t.value) !== undefined;
        if (calendar) calendarTotal++;
        const ours = overlapping(mentions, t.start, t.end);
        if (!ours) continue;
        found++;
        if (!sameDate(t.value, ours.value)) continue;
        correct++;
        if (calendar) calendarCorrect++;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const accuracy = total ? correct / total : 0;
    const calendar = {
      accuracy: calendarTotal ? calendarCorrect / calendarTotal : 0, correct: calendarCorrect, total: calendarTotal,
    };
    if (values.json) {
      process.stdout.write(JSON.stringify({ accuracy, correct, found, total, calendar, documents: files.length, seconds }) + '\n');
      return 0;
    }
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    process.stdout.write([
      `${path}: ${files.length} documents, ${total} gold DATE expressions, ${seconds.toFixed(2)} s`,
      `accuracy ${accuracy.toFixed(3)} (${correct}/${total} values right)`,
      `found    ${pct(total ? found / total : 0)} (${found}/${total} overlapped by a date of ours)`,
      `calendar ${calendar.accuracy.toFixed(3)} (${calendar.correct}/${calendar.total} gold values that name a calendar period)`,
    ].join('\n') + '\n');
    return 0;
  },
};
