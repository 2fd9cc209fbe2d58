import type { Fingerprint, NearCandidate } from '../ingest/dedup.js';
import type {
  ActorDay, Coder, CodedArticle, DayMeasures, DyadDay, FirstSeen, RelationDelta, TypeCounts,
} from '../graph/relations.js';
import type { Period } from '../graph/days.js';
import type { Actor, ActorKind, DocumentJSON, EventRecord, Quote } from '../model/index.js';

/** One document to store, with what is not part of the contract document itself. */
export interface StoredDocument {
  document: DocumentJSON;
  /** Where it was read from (path[:line], URL). */
  origin?: string;
  /** For near-duplicate lookups of later articles; absent for a text without words. */
  fingerprint?: Fingerprint;
}

export interface PutResult {
  /** Documents written. */
  added: number;
  /** Ids skipped because an article with the same id was stored already. */
  existing: string[];
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
}

/** One line of an article listing: what a list shows before the whole document is fetched. */
export interface ArticleSummary {
  id: string;
  title?: string;
  published?: string;
  source?: string;
  duplicateOf?: string;
}

export interface SearchHit extends ArticleSummary {
  /** bm25 relevance, higher is better (SQLite's bm25() negated). */
  score: number;
  /** Text around the matches, matched terms in [brackets]. */
  snippet: string;
}

export interface StoreStats {
  articles: number;
  /** Stored near-duplicates (counted in `articles` too). */
  duplicates: number;
  sentences: number;
  entities: number;
  actors: number;
  events: number;
  quotes: number;
  /** Earliest and latest publication date, null while no article has one. */
  firstPublished: string | null;
  lastPublished: string | null;
}

/** Which events a listing or aggregate covers; each field given narrows it. */
export interface EventFilter {
  /** Events between these two countries, in either direction. */
  dyad?: [string, string];
  /** Events with this country as their source or target. */
  country?: string;
  /** PLOVER event types (any of them). */
  types?: string[];
  /** Modalities (any of them). */
  modalities?: string[];
  /** Event dates from `since` to `until`, inclusive, `YYYY-MM-DD`; undated events are left out when either is given. */
  since?: string;
  until?: string;
}

/** One stored event with what a list shows beside it: its article, countries, actor names and evidence. */
export interface EventListing {
  articleId: string;
  title?: string;
  published?: string;
  sourceCountry: string | null;
  targetCountry: string | null;
  /** Names of `event.actors` and `event.recipients`, in the same order. */
  actorNames: string[];
  recipientNames: string[];
  /** The text of `event.evidence`. */
  evidenceText: string;
  event: EventRecord;
}

/** One actor across the articles it appears in (same name, kind, country and sector). */
export interface ActorSummary {
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  articles: number;
}

export interface ActorQuery extends SearchOptions {
  /** Names containing this text (case-insensitive). */
  q?: string;
  country?: string;
}

/** Which stored quotations a listing covers; each field given narrows it. */
export interface QuoteFilter {
  /** Speakers whose name (as written, or as the actor layer resolved it) contains this text, case-insensitively. */
  speaker?: string;
  /** Quotes by an organisation, or by a person speaking for one, whose name contains this text. */
  org?: string;
  /** Quotes whose content contains all these words (full-text match on the quotation). */
  words?: string;
  /** Articles published from `since` to `until`, inclusive, `YYYY-MM-DD`. */
  since?: string;
  until?: string;
}

/** One stored quotation with its article and speaker. */
export interface QuoteListing {
  articleId: string;
  title?: string;
  published?: string;
  /** Name of the speaker's actor, when the speaker resolved to one. */
  speakerName: string | null;
  /** The organisation the speaker speaks for (Actor.affiliation), with its name. */
  affiliation: { id: string; name: string } | null;
  quote: Quote;
}

/** Events from one actor to another of a given QuadClass: an edge of the actor network. */
export interface ActorLink {
  source: { name: string; country: string | null };
  target: { name: string; country: string | null };
  quad: 1 | 2 | 3 | 4;
  events: number;
  goldstein: number;
}

/** Which rows of the relation tables (src/graph/relations.ts) a query covers; each field given narrows it. */
export interface RelationFilter {
  /** Rows between these two countries in either direction, or only first → second when `directed`. */
  dyad?: [string, string];
  directed?: boolean;
  /** Rows with this country as source or target. */
  country?: string;
  /** Days from `since` to `until`, inclusive, `YYYY-MM-DD`. */
  since?: string;
  until?: string;
  coder?: Coder;
}

/** Which days and coder a series read covers. */
export interface SeriesFilter {
  /** Days from `since` to `until`, inclusive, `YYYY-MM-DD`. */
  since: string;
  until: string;
  coder?: Coder;
  /**
   * Only pairs active enough: meeting any of these, each from its `since` to `until`, with at
   * least `weight` weighted events or at least `days` days with events (a bound left out never holds).
   */
  active?: { since: string; weight?: number; days?: number }[];
}

/** Which pair, days and periods a period read covers (`dyad` and `directed` as in RelationFilter). */
export interface PeriodFilter {
  dyad: [string, string];
  directed?: boolean;
  by: Period;
  /** Days from `since` to `until`, inclusive, `YYYY-MM-DD`. */
  since?: string;
  until?: string;
  coder?: Coder;
}

/** A pair's dyad days summed over one period (a day, the week from its Monday, or a month `YYYY-MM`). */
export interface DyadPeriod extends DayMeasures {
  period: string;
  coder: Coder;
  types: TypeCounts;
  future: number;
  negated: number;
  historical: number;
}

/** Articles mentioning one country in one period (summed over the period's days in the filter's range). */
export interface CountryPeriod {
  country: string;
  period: string;
  coder: Coder;
  articles: number;
}

/** One ordered pair's days with weight, ascending, as the change detectors read them: a column per measure. */
export interface PairSeries {
  source: string;
  target: string;
  coder: Coder;
  days: string[];
  /** Per day: weighted events, their weighted Goldstein sum, and weighted material and verbal conflict (q3 + q4). */
  weight: number[];
  goldstein: number[];
  conflict: number[];
}

/** One ordered country pair summed over the days a filter covers. */
export interface DyadTotal extends DayMeasures {
  source: string;
  target: string;
  coder: Coder;
  /** Days with at least one row, and the first and last of them. */
  days: number;
  first: string;
  last: string;
}

/** An event with what exports carry beside it: its article, the actors it names and its evidence. */
export interface ExportedEvent {
  articleId: string;
  url?: string;
  published?: string;
  /** The article's publisher (`gdelt` for imported GDELT rows). */
  source?: string;
  /** When the article was stored (ISO 8601). */
  addedAt: string;
  sourceCountry: string | null;
  targetCountry: string | null;
  /** The article's actors named in `event.actors` and `event.recipients`. */
  actors: Actor[];
  evidenceText: string;
  event: EventRecord;
}

/**
 * Where dyad keeps articles, their layers and the derived relations. Every method returns a
 * Promise so that a networked store (PostgreSQL) can stand behind the same interface as the
 * embedded SQLite one.
 */
export interface Store {
  /** What was opened: a file path or a connection URL. */
  readonly location: string;
  hasArticle(id: string): Promise<boolean>;
  /** Stored articles whose fingerprint shares at least one LSH band key with `bands`. */
  nearCandidates(bands: number[]): Promise<NearCandidate[]>;
  /**
   * Writes a batch in one transaction; an article id already stored is skipped, not replaced. The
   * relation tables gain what the added articles bring (relationDelta, src/graph/relations.ts) in
   * the same transaction.
   */
  putDocuments(batch: StoredDocument[]): Promise<PutResult>;
  getDocument(id: string): Promise<DocumentJSON | undefined>;
  /** Ids starting with `prefix` (at most `limit`), for short ids on the command line. */
  idsWithPrefix(prefix: string, limit: number): Promise<string[]>;
  /** Articles by publication date, newest first (undated ones last). */
  latest(options?: SearchOptions): Promise<ArticleSummary[]>;
  /** Full-text search over titles and texts, best match first. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Events that pass `filter`, newest event date first (undated last). */
  listEvents(filter: EventFilter, options?: SearchOptions): Promise<EventListing[]>;
  /** Actors by the number of articles they appear in, most first. */
  listActors(query?: ActorQuery): Promise<ActorSummary[]>;
  /** Counts of events from each first actor to each first recipient, by QuadClass, most first (at most `limit`). */
  actorLinks(filter: EventFilter, limit: number): Promise<ActorLink[]>;
  /** Quotations that pass `filter`, newest article first. */
  listQuotes(filter: QuoteFilter, options?: SearchOptions): Promise<QuoteListing[]>;
  /**
   * Adds a batch's increments to the relation tables (dyad days, actor-pair days, country
   * coverage; firsts kept where earlier). putDocuments does this itself for the articles it adds.
   */
  addRelations(delta: RelationDelta): Promise<void>;
  /** Empties the relation tables (before `dyad rebuild` fills them again from events). */
  clearRelations(): Promise<void>;
  /** Coded articles (not near copies) with ids after `after`, in id order, at most `limit`: what relations are rebuilt from. */
  codedArticles(after: string | null, limit: number): Promise<CodedArticle[]>;
  /** Dyad-day rows, by day then pair. */
  dyadDays(filter: RelationFilter): Promise<DyadDay[]>;
  /** A pair's dyad days summed by period and coder (both directions together unless `directed`), by period then coder. */
  dyadPeriods(filter: PeriodFilter): Promise<DyadPeriod[]>;
  /** The days with weight of every (active) pair in the window, by source, target, coder: the read signals make. */
  dyadSeries(filter: SeriesFilter): Promise<PairSeries[]>;
  /** Dyad totals over the filter's days, most events first. */
  dyadTotals(filter: RelationFilter): Promise<DyadTotal[]>;
  /** Actor-pair-day rows within country pairs, by day. */
  actorDays(filter: RelationFilter): Promise<ActorDay[]>;
  /**
   * Coverage: articles mentioning each country (all countries when `countries` is absent) summed
   * by period over only the days asked for (a pair's window), by country, period, coder.
   */
  countryPeriods(filter: { countries?: string[]; by: Period; since?: string; until?: string; coder?: Coder }): Promise<CountryPeriod[]>;
  /** First sightings (type, type/context) per ordered pair, whose day falls in the range. */
  dyadFirsts(filter: { since?: string; until?: string }): Promise<FirstSeen[]>;
  /** Every event that passes `filter`, in the order articles were stored, read in pages. */
  exportEvents(filter: EventFilter): AsyncIterable<ExportedEvent>;
  close(): Promise<void>;
}
