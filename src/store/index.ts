import { UserError } from '../cli/command.js';
import type { Store } from './store.js';

export type {
  ActorLink, ActorQuery, ActorSummary, ArticleSummary, EventFilter, EventListing, PutResult, SearchHit, SearchOptions, Store,
  StoreStats, StoredDocument,
} from './store.js';

export interface OpenStoreOptions {
  /** Fail instead of creating an empty database (for commands that only read). */
  mustExist?: boolean;
}

/** Where the database is: `--db`, else $DYAD_DB, else ./dyad.db. */
export function storeLocation(option?: string): string {
  return option ?? process.env.DYAD_DB ?? 'dyad.db';
}

/**
 * Opens the store a location names: a `postgres://` URL (the scale-out store) or a SQLite file path.
 * Problems with the database are UserErrors: one line naming the location.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new UserError(`${location.replace(/\/\/[^@/]*@/, '//')}: the PostgreSQL store is not supported yet; use a SQLite file path`);
  }
  const { SqliteStore } = await import('./sqlite.js');
  return SqliteStore.open(location, options);
}
