import type { PloverType } from '../model/index.js';
import type { Store } from '../store/store.js';
import { periodOf, type Period } from './days.js';
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
  const [rows, coverage] = await Promise.all([
    store.dyadDays({ dyad: [a, b], directed, since, until, coder }),
    store.countryDays({ countries: [a, b], since, until, coder }),
  ]);
  const points = new Map<string, TimelinePoint & { gsum: number }>();
  const point = (period: string, c: Coder) => {
    const key = `${period}\t${c}`;
    let p = points.get(key);
    if (!p) {
      p = {
        period, coder: c, events: 0, weight: 0, goldstein: null, gsum: 0, quads: [0, 0, 0, 0], types: {},
        future: 0, negated: 0, historical: 0, coverage: [0, 0],
      };
      points.set(key, p);
    }
    return p;
  };
  for (const r of rows) {
    const p = point(periodOf(r.day, by), r.coder);
    p.events += r.events;
    p.weight += r.weight;
    p.gsum += r.goldstein;
    p.quads[0] += r.q1;
    p.quads[1] += r.q2;
    p.quads[2] += r.q3;
    p.quads[3] += r.q4;
    for (const [t, n] of Object.entries(r.types) as [PloverType, number][]) {
      if (n) p.types[t] = (p.types[t] ?? 0) + n;
    }
    p.future += r.future;
    p.negated += r.negated;
    p.historical += r.historical;
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
    .map(({ gsum, ...p }) => ({
      ...p,
      weight: round(p.weight),
      goldstein: p.weight > 0 ? round(gsum / p.weight) : null,
      quads: p.quads.map(round) as TimelinePoint['quads'],
    }));
}

/** Cooperation (QuadClass 1–2) minus conflict (3–4), weighted: the sign says which way a period leaned. */
export function balance(p: Pick<TimelinePoint, 'quads'>): number {
  return round(p.quads[0] + p.quads[1] - p.quads[2] - p.quads[3]);
}
