import type { Fingerprint, NearCandidate } from '../ingest/dedup.js';
import type { DocumentJSON } from '../model/index.js';

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
  /** Writes a batch in one transaction; an article id already stored is skipped, not replaced. */
  putDocuments(batch: StoredDocument[]): Promise<PutResult>;
  getDocument(id: string): Promise<DocumentJSON | undefined>;
  /** Ids starting with `prefix` (at most `limit`), for short ids on the command line. */
  idsWithPrefix(prefix: string, limit: number): Promise<string[]>;
  /** Articles by publication date, newest first (undated ones last). */
  latest(options?: SearchOptions): Promise<ArticleSummary[]>;
  /** Full-text search over titles and texts, best match first. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
