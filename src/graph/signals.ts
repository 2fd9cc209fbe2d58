import type { Span } from '../model/index.js';
import type { EventListing, PairSeries, Store } from '../store/store.js';
import { addDays, dayNumber, dayString } from './days.js';
import { activityNeeded, type Detection, type DetectorKind, type DyadSeries, detect, LOOKBACK_DAYS } from './detectors.js';
import { type Coder, coderOfArticle, type FirstSeen } from './relations.js';

export type SignalKind = DetectorKind | 'first';
export const SIGNAL_KINDS: readonly SignalKind[] = ['burst', 'turn', 'first', 'drift'];

/** One event that explains a signal, with where in its article the evidence is. */
export interface SignalEvidence {
  articleId: string;
  eventId: string;
  date: string | null;
  type: string;
  cameo: string;
  goldstein: number;
  modality: string;
  trigger: Span;
  evidence: Span;
  text: string;
}

/** A relation that shifted: which pair, how, over which days, how strongly, and the events why. */
export interface Signal {
  /** Ordered pair: source country, target country. */
  dyad: [string, string];
  kind: SignalKind;
  coder: Coder;
  /** The day the signal fired. */
  day: string;
  window: { start: string; end: string };
  score: number;
  explanation: string;
  evidence: SignalEvidence[];
}

export interface SignalOptions {
  /** Days the signals fire on, inclusive; `until` defaults to the newest article's date, `since` to 29 days before. */
  since?: string;
  until?: string;
  kinds?: readonly SignalKind[];
  /** Evidence events per signal. */
  evidence?: number;
  /** A first needs this many earlier events between the pair (a pair's very first event is no shift). */
  minHistory?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Days [start, end] as an empty series, refilled for each pair: one allocation, not four per pair. */
function emptySeries(start: number, end: number): DyadSeries {
  const n = end - start + 1;
  return {
    start: dayString(start),
    weight: new Float64Array(n), goldstein: new Float64Array(n), conflict: new Float64Array(n), coverage: new Float64Array(n),
  };
}

/** Fills `s` with one pair's days (`index` gives a day's slot); coverage is the less-covered country's article count. */
function fillSeries(s: DyadSeries, pair: PairSeries, index: Map<string, number>, coverage: Map<string, Float64Array>): DyadSeries {
  s.weight.fill(0);
  s.goldstein.fill(0);
  s.conflict.fill(0);
  s.coverage.fill(0);
  const a = coverage.get(`${pair.source}\t${pair.coder}`);
  const b = coverage.get(`${pair.target}\t${pair.coder}`);
  if (a && b) for (let i = 0; i < s.coverage.length; i++) s.coverage[i] = Math.min(a[i], b[i]);
  for (let k = 0; k < pair.days.length; k++) {
    const i = index.get(pair.days[k])!;
    s.weight[i] += pair.weight[k];
    s.goldstein[i] += pair.goldstein[k];
    s.conflict[i] += pair.conflict[k];
  }
  return s;
}

/** Evidence ranked for a detection: events in its window, those pulling the way it moved first. */
function rankEvidence(events: EventListing[], d: Pick<Detection, 'kind' | 'direction'>): EventListing[] {
  if (d.kind === 'burst') return events;
  return [...events].sort((a, b) => d.direction * (b.event.goldstein - a.event.goldstein));
}

function evidenceOf(l: EventListing): SignalEvidence {
  const e = l.event;
  return {
    articleId: l.articleId, eventId: e.id, date: e.date, type: e.type, cameo: e.cameo, goldstein: e.goldstein,
    modality: e.modality, trigger: e.trigger, evidence: e.evidence, text: l.evidenceText,
  };
}

async function windowEvents(store: Store, source: string, target: string, start: string, end: string, coder: Coder): Promise<EventListing[]> {
  const listed = await store.listEvents({ dyad: [source, target], since: start, until: end, modalities: ['asserted', 'reported', 'hedged'] }, { limit: 500 });
  // listEvents covers both directions and both coders; signals are about one of each.
  return listed.filter((l) => l.sourceCountry === source && l.targetCountry === target && coderOfArticle(l.articleId) === coder);
}

/** Says which keys (`TYPE`, `TYPE/context`) of one event are new: "SANCTION of any kind (economic)". */
function describeFirst(keys: string[]): string {
  const type = keys[0].split('/')[0];
  const contexts = keys.filter((k) => k.includes('/')).map((k) => k.split('/')[1].replace(/_/g, ' '));
  if (keys.includes(type)) return `${type} of any kind${contexts.length ? ` (${contexts.join(', ')})` : ''}`;
  return `${contexts.join(', ')} ${type}`;
}

/**
 * Signals that fire on the days from `since` to `until`: bursts, turns and drifts from each directed
 * pair's daily series (with the history they need read before `since`), and firsts from the
 * first-sighting table.
 */
export async function findSignals(store: Store, options: SignalOptions = {}): Promise<Signal[]> {
  const kinds = options.kinds ?? SIGNAL_KINDS;
  const perSignal = options.evidence ?? 3;
  const minHistory = options.minHistory ?? 1;
  // Without dates: the 30 days up to the newest article.
  const until = options.until ?? (await store.latest({ limit: 1 }))[0]?.published?.slice(0, 10);
  if (!until) return [];
  const since = options.since ?? addDays(until, -29);
  const signals: Signal[] = [];

  const detectorKinds = kinds.filter((k): k is DetectorKind => k !== 'first');
  if (detectorKinds.length) {
    const start = dayNumber(since) - LOOKBACK_DAYS;
    const end = dayNumber(until);
    // Series slots by day string: day strings are parsed once, not once per row.
    const index = new Map(Array.from({ length: end - start + 1 }, (_, i) => [dayString(start + i), i]));
    // Only pairs active enough in the days the judged ones look back on: the others cannot fire.
    const pairs = await store.dyadSeries({
      since: dayString(start), until,
      active: activityNeeded(detectorKinds).map((a) => ({ since: addDays(since, 1 - a.days), weight: a.weight, days: a.activeDays })),
    });
    const countries = [...new Set(pairs.flatMap((p) => [p.source, p.target]))];
    // Coverage by country and coder, one slot a day.
    const coverage = new Map<string, Float64Array>();
    for (const c of await store.countryPeriods({ countries, by: 'day', since: dayString(start), until })) {
      const key = `${c.country}\t${c.coder}`;
      let days = coverage.get(key);
      if (!days) {
        days = new Float64Array(end - start + 1);
        coverage.set(key, days);
      }
      days[index.get(c.period)!] = c.articles;
    }
    const series = emptySeries(start, end);
    for (const pair of pairs) {
      const { source, target, coder } = pair;
      fillSeries(series, pair, index, coverage);
      for (const d of detect(series, dayNumber(since) - start, end - start, detectorKinds)) {
        const window = { start: dayString(start + d.from), end: dayString(start + d.day) };
        const events = rankEvidence(await windowEvents(store, source, target, window.start, window.end, coder), d);
        signals.push({
          dyad: [source, target], kind: d.kind, coder, day: window.end, window, score: round(d.score),
          explanation: `${source}→${target}: ${d.explanation}`,
          evidence: events.slice(0, perSignal).map(evidenceOf),
        });
      }
    }
  }

  if (kinds.includes('first')) {
    const firsts = await store.dyadFirsts({ since, until });
    // One signal per event: its type and each new context together.
    const byEvent = new Map<string, FirstSeen[]>();
    for (const f of firsts) {
      const key = `${f.source}\t${f.target}\t${f.articleId}\t${f.eventId}`;
      byEvent.set(key, [...(byEvent.get(key) ?? []), f]);
    }
    for (const group of byEvent.values()) {
      const { source, target, day, articleId, eventId } = group[0];
      const before = await store.dyadTotals({ dyad: [source, target], directed: true, until: addDays(day, -1) });
      const history = before.reduce((n, t) => n + t.events, 0);
      if (history < minHistory) continue;
      const since0 = before.reduce((d, t) => (t.first < d ? t.first : d), day);
      const listed = (await store.listEvents({ dyad: [source, target], since: day, until: day }, { limit: 500 }))
        .filter((l) => l.articleId === articleId && l.event.id === eventId);
      const coder = coderOfArticle(articleId);
      signals.push({
        dyad: [source, target], kind: 'first', coder, day, window: { start: day, end: day },
        score: round(Math.log2(1 + history)),
        explanation: `${source}→${target}: first ${describeFirst(group.map((f) => f.key))} in the record, after ${history} earlier events since ${since0}`,
        evidence: listed.slice(0, 1).map(evidenceOf),
      });
    }
  }
  // Ties on day and score keep the order found: the detectors' by pair (source, target, coder), then firsts.
  return signals.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : b.score - a.score));
}
