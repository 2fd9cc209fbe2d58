import type { Store } from './store.js';

export type {
  ActorLink, ActorQuery, ActorSummary, ArticleSummary, EventFilter, EventListing, PutResult, SearchHit, SearchOptions, Store,
  StoreStats, StoredDocument,
} from './store.js';

export interface OpenStoreOptions {
  /** Fail instead of creating an empty database (for commands that only read). */
  mustExist?: boolean;
}

/** Where the database is: `--db`, else $DYAD_DB, else $DATABASE_URL (PostgreSQL), else ./dyad.db. */
export function storeLocation(option?: string): string {
  return option ?? process.env.DYAD_DB ?? process.env.DATABASE_URL ?? 'dyad.db';
}

/** True for a location that names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/**
 * Opens the store a location names: a `postgres://` URL (the scale-out store) or a SQLite file path.
 * Problems with the database are UserErrors: one line naming the location.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(location, options);
  }
  const { SqliteStore } = await import('./sqlite.js');
  return SqliteStore.open(location, options);
}
