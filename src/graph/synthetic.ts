import { type DetectorKind, type DyadSeries, detect } from './detectors.js';

// Generated dyad streams with known change points, to measure the detectors: how many changes
// they find (recall), how many of their alarms are real (precision), and how late (delay).

export type Scenario = 'none' | 'burst' | 'coverage' | 'turn' | 'drift';

export interface StreamSpec {
  days: number;
  /** Events a day before any change. */
  rate: number;
  /** Articles of coverage per event. */
  coveragePerEvent: number;
  /** Goldstein mean and per-event spread before any change. */
  mean: number;
  sd: number;
  scenario: Scenario;
  /** Day index the change starts. */
  change: number;
}

/** Deterministic generator (mulberry32) so that figures and tests repeat. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(lambda: number, rnd: () => number): number {
  // Knuth's method; rates here are small.
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rnd();
  while (p > limit) {
    k++;
    p *= rnd();
  }
  return k;
}

function normal(rnd: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

/** A daily series following `spec`: Poisson counts, normal Goldstein scores clipped to ±10. */
export function generateStream(spec: StreamSpec, rnd: () => number): DyadSeries {
  const n = spec.days;
  const s: DyadSeries = {
    start: '2020-01-01',
    weight: new Float64Array(n), goldstein: new Float64Array(n), conflict: new Float64Array(n), coverage: new Float64Array(n),
  };
  for (let t = 0; t < n; t++) {
    const after = t >= spec.change;
    let rate = spec.rate;
    let coverageRate = spec.rate * spec.coveragePerEvent;
    let mean = spec.mean;
    if (after && t < spec.change + 10 && spec.scenario === 'burst') rate *= 4;
    if (after && t < spec.change + 10 && spec.scenario === 'coverage') {
      rate *= 4;
      coverageRate *= 4;
    }
    if (after && spec.scenario === 'turn') mean = spec.mean - 8;
    if (after && spec.scenario === 'drift') mean = spec.mean - Math.min(10, (t - spec.change) / 7) * 0.75;
    const k = poisson(rate, rnd);
    s.coverage[t] = k + poisson(coverageRate, rnd);
    for (let i = 0; i < k; i++) {
      const g = Math.max(-10, Math.min(10, mean + spec.sd * normal(rnd)));
      s.weight[t] += 1;
      s.goldstein[t] += g;
      if (g < 0) s.conflict[t] += 1;
    }
  }
  return s;
}

/** Which scenarios a detector kind is meant to find, and how many days after the change count. */
const FINDS: Record<DetectorKind, { scenarios: Scenario[]; within: number }> = {
  burst: { scenarios: ['burst'], within: 10 },
  // A lasting step and a steady slide are both shifts in the balance; either detector may see either.
  turn: { scenarios: ['turn', 'drift'], within: 70 },
  // A drift alarm is right while its 8-week window overlaps the 10 weeks of sliding.
  drift: { scenarios: ['drift', 'turn'], within: 126 },
};

export interface DetectionFigures {
  kind: DetectorKind;
  /** Streams with a change this kind should find, and how many it found. */
  changes: number;
  found: number;
  /** All alarms of this kind, and those that were correct. */
  alarms: number;
  correct: number;
  precision: number;
  recall: number;
  /** Mean days from change to first correct alarm. */
  meanDelay: number;
}

/**
 * Runs every detector over `perScenario` generated streams of each scenario (change at day 200
 * of 365; judged from day 100) and scores the alarms.
 */
export function evaluateDetectors(perScenario: number, seed = 1): DetectionFigures[] {
  const rnd = random(seed);
  const scenarios: Scenario[] = ['none', 'burst', 'coverage', 'turn', 'drift'];
  const kinds: DetectorKind[] = ['burst', 'turn', 'drift'];
  const tally = new Map(kinds.map((k) => [k, { changes: 0, found: 0, alarms: 0, correct: 0, delay: 0 }]));
  for (const scenario of scenarios) {
    for (let i = 0; i < perScenario; i++) {
      const spec: StreamSpec = {
        days: 365, rate: 0.5 + 2.5 * rnd(), coveragePerEvent: 5, mean: 4 * rnd() - 1, sd: 2.5, scenario, change: 200,
      };
      const series = generateStream(spec, rnd);
      const alarms = detect(series, 100, spec.days - 1, kinds);
      for (const kind of kinds) {
        const t = tally.get(kind)!;
        const { scenarios: finds, within } = FINDS[kind];
        const meant = finds.includes(scenario);
        // Only a kind's own scenario counts toward its recall; the other is a bonus, not a miss.
        if (finds[0] === scenario) t.changes++;
        let first: number | undefined;
        for (const a of alarms.filter((x) => x.kind === kind)) {
          t.alarms++;
          const ok = meant && a.day >= spec.change && a.day <= spec.change + within;
          if (ok) {
            t.correct++;
            first ??= a.day;
          }
        }
        if (finds[0] === scenario && first !== undefined) {
          t.found++;
          t.delay += first - spec.change;
        }
      }
    }
  }
  return kinds.map((kind) => {
    const t = tally.get(kind)!;
    return {
      kind, changes: t.changes, found: t.found, alarms: t.alarms, correct: t.correct,
      precision: t.alarms ? t.correct / t.alarms : 1,
      recall: t.changes ? t.found / t.changes : 0,
      meanDelay: t.found ? t.delay / t.found : NaN,
    };
  });
}
