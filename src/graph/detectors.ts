// Change detectors over one dyad's daily series. Pure functions on arrays, so generated streams
// with known change points can test them without a store.

/** One directed dyad day by day, from `start` (index 0) on, every calendar day present. */
export interface DyadSeries {
  start: string;
  /** Modality-weighted events. */
  weight: Float64Array;
  /** Sum of weight × Goldstein. */
  goldstein: Float64Array;
  /** Weighted events of QuadClass 3 and 4. */
  conflict: Float64Array;
  /** Articles mentioning the less-covered of the two countries (the pair's coverage). */
  coverage: Float64Array;
}

export type DetectorKind = 'burst' | 'turn' | 'drift';

export interface Detection {
  kind: DetectorKind;
  /** Index of the day the detector fired, and of the first day of the window it judged. */
  day: number;
  from: number;
  score: number;
  explanation: string;
  /** Which way the pair moved: +1 toward cooperation or more events, −1 toward conflict. */
  direction: 1 | -1;
}

/** Settings; the defaults are what `dyad signals` uses. */
export const DETECTOR_SETTINGS = {
  burst: { window: 7, baseline: 84, minEvents: 3, threshold: 4, priorShape: 0.5, priorExposure: 7 },
  turn: { window: 14, baseline: 84, minBaseline: 5, minWindow: 3, slack: 0.5, threshold: 8, minSd: 2 },
  drift: { weeks: 8, minWeeks: 6, threshold: 2.5, minChange: 3 },
  /** Days after a detection during which the same kind does not fire again for the pair. */
  refractory: { burst: 14, turn: 14, drift: 56 },
} as const;

/** Days before the day it judges that each detector reads (its windows). */
const REACH: Record<DetectorKind, number> = {
  burst: DETECTOR_SETTINGS.burst.window + DETECTOR_SETTINGS.burst.baseline - 1,
  turn: DETECTOR_SETTINGS.turn.window + DETECTOR_SETTINGS.turn.baseline - 1,
  drift: DETECTOR_SETTINGS.drift.weeks * 7 - 1,
};

/**
 * Days of history needed before the first day judged: `detect` starts a kind's refractory period
 * early, and each day judged there reads its reach back.
 */
export const LOOKBACK_DAYS = Math.max(
  ...(Object.keys(REACH) as DetectorKind[]).map((k) => REACH[k] + DETECTOR_SETTINGS.refractory[k]),
);

/**
 * What a pair needs in the days up to a judged day (the last `days`) for a detector to fire there:
 * at least `weight` weighted events, or at least `activeDays` days with events.
 */
export interface Activity {
  days: number;
  weight?: number;
  activeDays?: number;
}

const NEEDS: Record<DetectorKind, Activity> = {
  // The burst count is rounded: Math.round(k) reaches minEvents from minEvents − 0.5.
  burst: { days: DETECTOR_SETTINGS.burst.window, weight: DETECTOR_SETTINGS.burst.minEvents - 0.5 },
  turn: { days: DETECTOR_SETTINGS.turn.window, weight: DETECTOR_SETTINGS.turn.minWindow },
  drift: { days: DETECTOR_SETTINGS.drift.weeks * 7, activeDays: DETECTOR_SETTINGS.drift.minWeeks },
};

/** What each of `kinds` needs: a pair that has none of them cannot fire. */
export function activityNeeded(kinds: readonly DetectorKind[]): Activity[] {
  return kinds.map((k) => NEEDS[k]);
}

/** Whether the series has the activity `need` asks for in the days that judging `from`…`to` reads. */
function active(s: DyadSeries, need: Activity, from: number, to: number): boolean {
  let weight = 0;
  let days = 0;
  for (let i = Math.max(0, from - need.days + 1); i <= to && i < s.weight.length; i++) {
    weight += s.weight[i];
    if (s.weight[i] > 0) days++;
  }
  return (need.weight !== undefined && weight >= need.weight) || (need.activeDays !== undefined && days >= need.activeDays);
}

const sum = (a: Float64Array, from: number, to: number) => {
  let s = 0;
  for (let i = Math.max(0, from); i < to; i++) s += a[i];
  return s;
};

/** log Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≥ k) for X negative binomial with shape r and success probability p (mean r(1−p)/p). */
export function negBinomialTail(k: number, r: number, p: number): number {
  if (k <= 0) return 1;
  const logPmf = (x: number) => logGamma(r + x) - logGamma(r) - logGamma(x + 1) + r * Math.log(p) + x * Math.log(1 - p);
  // Sum upward from k: terms fall off geometrically past the mode.
  let total = 0;
  const first = logPmf(k);
  for (let x = k; x < k + 10_000; x++) {
    const term = Math.exp(logPmf(x) - first);
    total += term;
    if (term < 1e-12 * total && x > k + 5) break;
  }
  return Math.min(1, Math.exp(first) * total);
}

/**
 * Burst: the count in the recent window against the pair's own rate before it, per article of
 * coverage. The rate's Gamma posterior (weak prior) makes the window count negative binomial,
 * which allows for the extra spread of news counts; the score is −log10 of its upper tail.
 */
export function burstAt(s: DyadSeries, t: number): Detection | undefined {
  const { window, baseline, minEvents, threshold, priorShape, priorExposure } = DETECTOR_SETTINGS.burst;
  const from = t - window + 1;
  const k = Math.round(sum(s.weight, from, t + 1));
  if (k < minEvents) return undefined;
  // One unit of exposure per day plus the day's coverage: quiet days still count as time.
  const exposure = (a: number, b: number) => (Math.min(b, s.coverage.length) - Math.max(0, a)) + sum(s.coverage, a, b);
  const baseFrom = from - baseline;
  const kb = sum(s.weight, baseFrom, from);
  const eb = exposure(baseFrom, from);
  const ew = exposure(from, t + 1);
  const r = priorShape + kb;
  const p = (priorExposure + eb) / (priorExposure + eb + ew);
  const expected = (r * (1 - p)) / p;
  const score = -Math.log10(Math.max(negBinomialTail(k, r, p), 1e-300));
  if (score < threshold) return undefined;
  return {
    kind: 'burst', day: t, from, score, direction: 1,
    explanation: `${k} events in ${window} days against ${expected.toFixed(1)} expected from the ${baseline} days before (coverage-adjusted)`,
  };
}

/**
 * Weighted events, Goldstein mean and conflict share over days [a, b), with the per-event spread
 * estimated from daily means alone (a day's mean of w events varies as σ²/w, so Σ w·(mean − μ)²
 * over d days estimates d·σ²).
 */
function weightedStats(s: DyadSeries, a: number, b: number): { n: number; mean: number; sd: number; conflict: number } {
  let n = 0;
  let g = 0;
  let c = 0;
  let days = 0;
  for (let i = Math.max(0, a); i < b; i++) {
    n += s.weight[i];
    g += s.goldstein[i];
    c += s.conflict[i];
    if (s.weight[i] > 0) days++;
  }
  const mean = n > 0 ? g / n : 0;
  let v = 0;
  for (let i = Math.max(0, a); i < b; i++) {
    if (s.weight[i] > 0) v += s.weight[i] * (s.goldstein[i] / s.weight[i] - mean) ** 2;
  }
  return { n, mean, sd: days > 1 ? Math.sqrt(v / (days - 1)) : 0, conflict: n > 0 ? c / n : 0 };
}

/**
 * Turn: a two-sided CUSUM over the recent window of daily Goldstein means, standardised by the
 * pair's usual mean and per-event spread in the baseline before it; fires when either side passes
 * the threshold (in standard deviations). The baseline starts no earlier than `floor`: after a
 * turn, the usual range is learnt again from what came after it, so one change fires once.
 */
export function turnAt(s: DyadSeries, t: number, floor = 0): Detection | undefined {
  const { window, baseline, minBaseline, minWindow, slack, threshold, minSd } = DETECTOR_SETTINGS.turn;
  const from = t - window + 1;
  const base = weightedStats(s, Math.max(floor, from - baseline), from);
  if (base.n < minBaseline) return undefined;
  const recent = weightedStats(s, from, t + 1);
  if (recent.n < minWindow) return undefined;
  const sd = Math.max(minSd, base.sd);
  let up = 0;
  let down = 0;
  let best = 0;
  let direction: 1 | -1 = 1;
  for (let i = from; i <= t; i++) {
    const w = s.weight[i];
    if (w <= 0) continue;
    // The day's mean, standardised for its number of events: N(0, 1) while nothing changed.
    const z = ((s.goldstein[i] / w - base.mean) * Math.sqrt(w)) / sd;
    up = Math.max(0, up + z - slack);
    down = Math.max(0, down - z - slack);
    if (up > best) [best, direction] = [up, 1];
    if (down > best) [best, direction] = [down, -1];
  }
  if (best < threshold) return undefined;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    kind: 'turn', day: t, from, score: best, direction,
    explanation: `turned toward ${direction > 0 ? 'cooperation' : 'conflict'}: Goldstein mean ${recent.mean.toFixed(1)} over ${recent.n} events ` +
      `in ${window} days against ${base.mean.toFixed(1)} ± ${sd.toFixed(1)} before; conflict share ${pct(recent.conflict)} (was ${pct(base.conflict)})`,
  };
}

type Stats = ReturnType<typeof weightedStats>;

/** The stats of the seven days before `end`, each week computed once while days of one series are judged in turn. */
function weekStats(s: DyadSeries): (end: number) => Stats {
  const memo = new Map<number, Stats>();
  return (end) => {
    let stats = memo.get(end);
    if (!stats) {
      stats = weightedStats(s, end - 7, end);
      memo.set(end, stats);
    }
    return stats;
  };
}

/**
 * Drift: a steady trend in the weekly Goldstein means of the last weeks (Mann–Kendall test on the
 * weeks that have events), large enough in total to matter. `week` gives the stats of the seven
 * days before a day (detect passes weekStats).
 */
export function driftAt(s: DyadSeries, t: number, week = (end: number): Stats => weightedStats(s, end - 7, end)): Detection | undefined {
  const { weeks, minWeeks, threshold, minChange } = DETECTOR_SETTINGS.drift;
  const means: { week: number; mean: number }[] = [];
  for (let w = 0; w < weeks; w++) {
    const stats = week(t + 1 - (weeks - 1 - w) * 7);
    if (stats.n > 0) means.push({ week: w, mean: stats.mean });
  }
  const n = means.length;
  if (n < minWeeks) return undefined;
  let mk = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) mk += Math.sign(means[j].mean - means[i].mean);
  const z = (mk - Math.sign(mk)) / Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  if (Math.abs(z) < threshold) return undefined;
  // Theil–Sen slope: the median of pairwise slopes, per week.
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) slopes.push((means[j].mean - means[i].mean) / (means[j].week - means[i].week));
  slopes.sort((a, b) => a - b);
  const slope = slopes[Math.floor(slopes.length / 2)];
  const change = slope * (weeks - 1);
  if (Math.abs(change) < minChange) return undefined;
  return {
    kind: 'drift', day: t, from: t + 1 - weeks * 7, score: Math.abs(z), direction: change > 0 ? 1 : -1,
    explanation: `drifting toward ${change > 0 ? 'cooperation' : 'conflict'} for ${weeks} weeks: Goldstein mean ${slope >= 0 ? '+' : ''}${slope.toFixed(2)} a week ` +
      `(${means[0].mean.toFixed(1)} → ${means[n - 1].mean.toFixed(1)})`,
  };
}

/** Each detector set up to judge one series day after day. */
const DETECTORS: Record<DetectorKind, (s: DyadSeries) => (t: number, floor: number) => Detection | undefined> = {
  burst: (s) => (t) => burstAt(s, t),
  turn: (s) => (t, floor) => turnAt(s, t, floor),
  drift: (s) => {
    const week = weekStats(s);
    return (t) => driftAt(s, t, week);
  },
};

/**
 * Detections whose day falls in [from, to] (indices), each kind at most once per refractory
 * period. Days from `from − refractory` on are judged too, so that a change already flagged
 * just before the range is not flagged again inside it.
 */
export function detect(s: DyadSeries, from: number, to: number, kinds: readonly DetectorKind[] = ['burst', 'turn', 'drift']): Detection[] {
  const out: Detection[] = [];
  for (const kind of kinds) {
    // A kind that cannot fire on any day of the range is not run: days before it only matter as
    // detections that silence it (refractory), and silencing nothing changes nothing.
    if (!active(s, NEEDS[kind], from, to)) continue;
    const quiet = DETECTOR_SETTINGS.refractory[kind];
    const judge = DETECTORS[kind](s);
    // Days before the range can only silence the range's own detections, so a range where no day
    // fires by itself outputs nothing, and its history need not be judged. (A turn also learns its
    // baseline again after firing, which only a range of one day is sure not to feel.)
    if (kind !== 'turn' || from === to) {
      let fires = false;
      for (let t = Math.max(0, from); t <= to && t < s.weight.length && !fires; t++) fires = judge(t, 0) !== undefined;
      if (!fires) continue;
    }
    let last = -Infinity;
    let floor = 0;
    for (let t = Math.max(0, from - quiet); t <= to && t < s.weight.length; t++) {
      if (t - last <= quiet) continue;
      const d = judge(t, floor);
      if (!d) continue;
      last = t;
      floor = d.from;
      if (t >= from) out.push(d);
    }
  }
  return out;
}
