import type { Actor, EventRecord, Modality, PloverType } from '../model/index.js';
import { PLOVER_TYPES } from '../model/index.js';

/** Who coded an event: dyad's own pipeline, or GDELT rows brought in by `dyad import --gdelt`. */
export type Coder = 'dyad' | 'gdelt';

/** What relation tables are computed from: an article's date, publisher and coded layers. */
export interface CodedArticle {
  id: string;
  published?: string;
  source?: string;
  actors: Actor[];
  events: EventRecord[];
}

/** Per-type counts, one field per PLOVER type. */
export type TypeCounts = Record<PloverType, number>;

/** The measures kept for a dyad (or actor pair) on one day. */
export interface DayMeasures {
  /** Events counted (asserted, reported, hedged). */
  events: number;
  /** The same events weighted by modality (hedged counts half). */
  weight: number;
  /** Sum of weight × Goldstein score; mean = goldstein / weight. */
  goldstein: number;
  /** Weighted events by QuadClass 1–4. */
  q1: number;
  q2: number;
  q3: number;
  q4: number;
}

/** One ordered country pair on one day. */
export interface DyadDay extends DayMeasures {
  source: string;
  target: string;
  day: string;
  coder: Coder;
  /** Weighted events by PLOVER type. */
  types: TypeCounts;
  /** Events said to be coming, denied or long past: counted apart, not in the measures above. */
  future: number;
  negated: number;
  historical: number;
}

/** One ordered pair of actors (by name) within a country pair on one day, for drill-down. */
export interface ActorDay extends DayMeasures {
  source: string;
  target: string;
  sourceActor: string;
  targetActor: string;
  day: string;
  coder: Coder;
}

/** Articles mentioning a country (any actor of it) published on a day: the coverage a rate is divided by. */
export interface CountryDay {
  country: string;
  day: string;
  coder: Coder;
  articles: number;
}

/** The earliest event of a kind between two countries: `key` is a PLOVER type, or `TYPE/context`. */
export interface FirstSeen {
  source: string;
  target: string;
  key: string;
  day: string;
  articleId: string;
  eventId: string;
}

/** What a batch of articles adds to the relation tables (counts to add, firsts to keep if earlier). */
export interface RelationDelta {
  dyadDays: DyadDay[];
  actorDays: ActorDay[];
  countryDays: CountryDay[];
  firsts: FirstSeen[];
}

/** How much an event of each modality counts toward a day's measures; the others are counted apart. */
export const MODALITY_WEIGHTS: Readonly<Partial<Record<Modality, number>>> = {
  asserted: 1,
  reported: 1,
  hedged: 0.5,
};

const APART = ['future', 'negated', 'historical'] as const;

/** Ids of the articles `dyad import --gdelt` makes (one per source URL) start with this. */
export const GDELT_ARTICLE_PREFIX = 'gdelt-';

export function coderOf(source: string | undefined): Coder {
  return source === 'gdelt' ? 'gdelt' : 'dyad';
}

export function coderOfArticle(articleId: string): Coder {
  return articleId.startsWith(GDELT_ARTICLE_PREFIX) ? 'gdelt' : 'dyad';
}

export function emptyTypes(): TypeCounts {
  return Object.fromEntries(PLOVER_TYPES.map((t) => [t, 0])) as TypeCounts;
}

function emptyMeasures(): DayMeasures {
  return { events: 0, weight: 0, goldstein: 0, q1: 0, q2: 0, q3: 0, q4: 0 };
}

function addEvent(m: DayMeasures, e: EventRecord, w: number): void {
  m.events += 1;
  m.weight += w;
  m.goldstein += w * e.goldstein;
  m[`q${e.quad}`] += w;
}

/**
 * The relation-table increments for a batch of newly stored articles. An event takes part when it
 * has a date and both a source and a target country (the first actor and the first recipient
 * that have one, as the store's event columns do); coverage counts each article once per country
 * its actors belong to, on its publication day.
 */
export function relationDelta(articles: Iterable<CodedArticle>): RelationDelta {
  const dyads = new Map<string, DyadDay>();
  const pairs = new Map<string, ActorDay>();
  const coverage = new Map<string, CountryDay>();
  const firsts = new Map<string, FirstSeen>();

  for (const article of articles) {
    const coder = coderOf(article.source);
    const byId = new Map(article.actors.map((a) => [a.id, a]));
    const firstWithCountry = (ids: string[]) => ids.map((id) => byId.get(id)).find((a) => a?.country != null);

    if (article.published) {
      const day = article.published.slice(0, 10);
      for (const country of new Set(article.actors.map((a) => a.country).filter((c): c is string => c != null))) {
        const key = `${country}\t${day}\t${coder}`;
        const row = coverage.get(key) ?? { country, day, coder, articles: 0 };
        row.articles += 1;
        coverage.set(key, row);
      }
    }

    for (const e of article.events) {
      if (!e.date) continue;
      const from = firstWithCountry(e.actors);
      const to = firstWithCountry(e.recipients);
      if (!from || !to) continue;
      const source = from.country as string;
      const target = to.country as string;
      const day = e.date.slice(0, 10);
      const dyadKey = `${source}\t${target}\t${day}\t${coder}`;
      let dyad = dyads.get(dyadKey);
      if (!dyad) {
        dyad = { source, target, day, coder, ...emptyMeasures(), types: emptyTypes(), future: 0, negated: 0, historical: 0 };
        dyads.set(dyadKey, dyad);
      }
      const w = MODALITY_WEIGHTS[e.modality];
      if (w === undefined) {
        if ((APART as readonly string[]).includes(e.modality)) dyad[e.modality as (typeof APART)[number]] += 1;
        continue;
      }
      addEvent(dyad, e, w);
      dyad.types[e.type] += w;

      const pairKey = `${dyadKey}\t${from.name}\t${to.name}`;
      let pair = pairs.get(pairKey);
      if (!pair) {
        pair = { source, target, sourceActor: from.name, targetActor: to.name, day, coder, ...emptyMeasures() };
        pairs.set(pairKey, pair);
      }
      addEvent(pair, e, w);

      for (const key of [e.type, ...e.contexts.map((c) => `${e.type}/${c}`)]) {
        const firstKey = `${source}\t${target}\t${key}`;
        const seen = firsts.get(firstKey);
        if (!seen || day < seen.day) firsts.set(firstKey, { source, target, key, day, articleId: article.id, eventId: e.id });
      }
    }
  }
  return {
    dyadDays: [...dyads.values()],
    actorDays: [...pairs.values()],
    countryDays: [...coverage.values()],
    firsts: [...firsts.values()],
  };
}

/** True when a delta adds nothing. */
export function isEmptyDelta(d: RelationDelta): boolean {
  return d.dyadDays.length + d.actorDays.length + d.countryDays.length + d.firsts.length === 0;
}
