import { PLOVER_TYPES, type PloverType } from '../model/index.js';
import type { Store } from '../store/store.js';
import { addDays, periodOf, type Period } from './days.js';
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
  const rows = await store.dyadDays({ dyad: [a, b], directed, since, until, coder });
  if (rows.length === 0) return [];
  // Coverage only counts in periods the pair has rows in, so it is read from the month before the
  // pair's first day to the month after its last (a period is at most 31 days long).
  const from = addDays(rows[0].day, -31);
  const to = addDays(rows[rows.length - 1].day, 31);
  const coverage = await store.countryDays({
    countries: [a, b], since: since && since > from ? since : from, until: until && until < to ? until : to, coder,
  });
  // Sums per period in flat arrays; the point objects are made once at the end.
  type Sums = { period: string; coder: Coder; events: number; weight: number; gsum: number; quads: Float64Array; types: Float64Array; apart: Int32Array; coverage: [number, number] };
  const points = new Map<string, Sums>();
  const point = (period: string, c: Coder) => {
    const key = `${period}\t${c}`;
    let p = points.get(key);
    if (!p) {
      p = { period, coder: c, events: 0, weight: 0, gsum: 0, quads: new Float64Array(4), types: new Float64Array(PLOVER_TYPES.length), apart: new Int32Array(3), coverage: [0, 0] };
      points.set(key, p);
    }
    return p;
  };
  let last: Sums | undefined;
  for (const r of rows) {
    // Rows come by day: consecutive rows of a period and coder share their point.
    const period = periodOf(r.day, by);
    const p = last && last.period === period && last.coder === r.coder ? last : point(period, r.coder);
    last = p;
    p.events += r.events;
    p.weight += r.weight;
    p.gsum += r.goldstein;
    p.quads[0] += r.q1;
    p.quads[1] += r.q2;
    p.quads[2] += r.q3;
    p.quads[3] += r.q4;
    for (let i = 0; i < PLOVER_TYPES.length; i++) p.types[i] += r.types[PLOVER_TYPES[i]];
    p.apart[0] += r.future;
    p.apart[1] += r.negated;
    p.apart[2] += r.historical;
  }
  // Coverage only where the pair has a row: a timeline lists periods with events.
  for (const c of coverage) {
    const p = points.get(`${periodOf(c.day, by)}\t${c.coder}`);
    if (!p) continue;
    if (c.country === a) p.coverage[0] += c.articles;
    if (c.country === b) p.coverage[1] += c.articles;
  }
  return [...points.values()]
    .sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : x.coder < y.coder ? -1 : 1))
    .map((p) => {
      const types: TimelinePoint['types'] = {};
      PLOVER_TYPES.forEach((t, i) => { if (p.types[i]) types[t] = p.types[i]; });
      return {
        period: p.period, coder: p.coder, events: p.events,
        weight: round(p.weight),
        goldstein: p.weight > 0 ? round(p.gsum / p.weight) : null,
        quads: [...p.quads].map(round) as TimelinePoint['quads'],
        types,
        future: p.apart[0], negated: p.apart[1], historical: p.apart[2],
        coverage: p.coverage,
      };
    });
}

/** Cooperation (QuadClass 1–2) minus conflict (3–4), weighted: the sign says which way a period leaned. */
export function balance(p: Pick<TimelinePoint, 'quads'>): number {
  return round(p.quads[0] + p.quads[1] - p.quads[2] - p.quads[3]);
}
