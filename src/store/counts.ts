import type { DocumentJSON } from '../model/index.js';
import type { Row } from './rows.js';
import type { StoreStats } from './store.js';

/**
 * The counts stats() reports, kept in the store_counts table (migration 7) by the transaction
 * that stores each article, so stats() reads a few rows instead of scanning every layer. Adding
 * at insert is all it takes: dyad never deletes or rewrites a stored article (an id already
 * stored is skipped), and a near copy is marked duplicate_of when it is first stored.
 */
export const COUNTED = ['articles', 'duplicates', 'sentences', 'entities', 'actors', 'events', 'quotes'] as const;
type Counts = Record<(typeof COUNTED)[number], number>;

/** What storing these articles (just inserted, none already stored) adds to each count, in COUNTED's order. */
export function countsOf(documents: readonly DocumentJSON[]): number[] {
  const sum = (size: (d: DocumentJSON) => number) => documents.reduce((n, d) => n + size(d), 0);
  const counts: Counts = {
    articles: documents.length,
    duplicates: sum((d) => (d.duplicateOf === undefined ? 0 : 1)),
    sentences: sum((d) => d.sentences.length),
    entities: sum((d) => d.entities.length),
    actors: sum((d) => d.actors.length),
    events: sum((d) => d.events.length),
    quotes: sum((d) => d.quotes.length),
  };
  return COUNTED.map((c) => counts[c]);
}

/**
 * Adds countsOf's values to the row of store_counts that `slot` (an SQL expression) names, in
 * either dialect; `param(i)` is the i-th placeholder.
 */
export function addCountsSql(slot: string, param: (i: number) => string): string {
  return `INSERT INTO store_counts (slot, ${COUNTED.join(', ')}) VALUES (${slot}, ${COUNTED.map((_, i) => param(i)).join(', ')})
    ON CONFLICT (slot) DO UPDATE SET ${COUNTED.map((c) => `${c} = store_counts.${c} + excluded.${c}`).join(', ')}`;
}

/** stats() in either dialect: the rows summed, the publication range from the index on articles(published). */
export const STATS_SQL = `SELECT ${COUNTED.map((c) => `coalesce(sum(${c}), 0) AS ${c}`).join(', ')},
  (SELECT min(published) FROM articles) AS "firstPublished", (SELECT max(published) FROM articles) AS "lastPublished"
  FROM store_counts`;

/** STATS_SQL's row as StoreStats (PostgreSQL sums bigints to numeric, which arrives as a string). */
export function statsFromRow(r: Row): StoreStats {
  const counts = Object.fromEntries(COUNTED.map((c) => [c, Number(r[c])])) as Counts;
  return { ...counts, firstPublished: (r.firstPublished as string | null) ?? null, lastPublished: (r.lastPublished as string | null) ?? null };
}
