import { PLOVER_TYPES, type PloverType } from '../model/index.js';
import type { Store } from '../store/store.js';
import { type Period, periodEnd, periodStart } from './days.js';
import type { Coder } from './relations.js';

/** One period of a pair's relation. */
export interface TimelinePoint {
  period: string;
  coder: Coder;
  events: number;
  weight: number;
  /** Modality-weighted Goldstein mean, null without counted events. */
  goldstein: number | null;
  /** Weighted events by QuadClass (1 verbal cooperation … 4 material conflict). */
  quads: [number, number, number, number];
  /** Weighted events by PLOVER type, only the types that occur. */
  types: Partial<Record<PloverType, number>>;
  future: number;
  negated: number;
  historical: number;
  /** Articles mentioning each of the two countries in the period (summed by day). */
  coverage: [number, number];
}

export interface TimelineOptions {
  by?: Period;
  since?: string;
  until?: string;
  /** Only events from the first country to the second. */
  directed?: boolean;
  coder?: Coder;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The relation between two countries period by period, both directions together unless `directed`. */
export async function timeline(store: Store, a: string, b: string, options: TimelineOptions = {}): Promise<TimelinePoint[]> {
  const { by = 'day', since, until, directed, coder } = options;
  // Summed by period in the store: a ten-year pair is thousands of day rows in each direction.
  const rows = await store.dyadPeriods({ dyad: [a, b], directed, by, since, until, coder });
  if (rows.length === 0) return [];
  // Coverage only counts in periods the pair has rows in: it is read from the first day of the
  // first such period to the last day of the last.
  const from = periodStart(rows[0].period, by);
  const to = periodEnd(rows[rows.length - 1].period, by);
  const coverage = await store.countryPeriods({
    countries: [a, b], by, since: since && since > from ? since : from, until: until && until < to ? until : to, coder,
  });
  const points = rows.map((r): TimelinePoint => {
    // Stores add in their own order (SQLite compensated, PostgreSQL plainly): rounded to 1e-6 the
    // sum is the same in both, and so is its mean at a half-way third decimal.
    const goldstein = Math.round(r.goldstein * 1e6) / 1e6;
    const types: TimelinePoint['types'] = {};
    for (const t of PLOVER_TYPES) if (r.types[t]) types[t] = r.types[t];
    return {
      period: r.period, coder: r.coder, events: r.events,
      weight: round(r.weight),
      goldstein: r.weight > 0 ? round(goldstein / r.weight) : null,
      quads: [round(r.q1), round(r.q2), round(r.q3), round(r.q4)],
      types,
      future: r.future, negated: r.negated, historical: r.historical,
      coverage: [0, 0],
    };
  });
  const byKey = new Map(points.map((p) => [`${p.period}\t${p.coder}`, p]));
  // Coverage only where the pair has a row: a timeline lists periods with events.
  for (const c of coverage) {
    const p = byKey.get(`${c.period}\t${c.coder}`);
    if (!p) continue;
    if (c.country === a) p.coverage[0] += c.articles;
    if (c.country === b) p.coverage[1] += c.articles;
  }
  return points;
}

/** Cooperation (QuadClass 1–2) minus conflict (3–4), weighted: the sign says which way a period leaned. */
export function balance(p: Pick<TimelinePoint, 'quads'>): number {
  return round(p.quads[0] + p.quads[1] - p.quads[2] - p.quads[3]);
}
