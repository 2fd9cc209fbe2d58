import type pg from 'pg';
import type { CandidateSource, Fingerprint, NearCandidate } from '../ingest/dedup.js';
import type { Store } from '../store/store.js';

/**
 * Articles queued but not yet stored, with their near-duplicate fingerprints. `dyad enqueue`
 * decides exact and near copies in reading order, as `dyad ingest` does, so the distributed
 * store holds the same articles as the embedded one whatever order workers finish in; for that
 * it must see what earlier runs queued and workers have not stored yet. Workers remove an
 * article's row once it is stored.
 */
export const REGISTRY_SQL = `
CREATE TABLE IF NOT EXISTS queued_articles (
  article_id   text PRIMARY KEY,
  duplicate_of text,
  minhash      bytea
);
CREATE TABLE IF NOT EXISTS queued_bands (
  band_key   bigint NOT NULL,
  article_id text NOT NULL REFERENCES queued_articles(article_id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
);`;

export interface QueuedEntry {
  id: string;
  duplicateOf?: string;
  fingerprint?: Fingerprint;
}

/** Earlier articles for the deduper: those stored plus those queued. */
export class StoredOrQueued implements CandidateSource {
  constructor(private readonly store: Store, private readonly db: pg.ClientBase) {}

  async hasArticle(id: string): Promise<boolean> {
    if (await this.store.hasArticle(id)) return true;
    const { rowCount } = await this.db.query('SELECT 1 FROM queued_articles WHERE article_id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async nearCandidates(bands: number[]): Promise<NearCandidate[]> {
    const found = new Map((await this.store.nearCandidates(bands)).map((c) => [c.id, c]));
    const { rows } = await this.db.query(
      `SELECT DISTINCT q.article_id, q.duplicate_of, q.minhash FROM queued_bands b JOIN queued_articles q USING (article_id)
       WHERE b.band_key = ANY($1::bigint[])`,
      [bands],
    );
    for (const r of rows) {
      found.set(r.article_id, {
        id: r.article_id,
        ...(r.duplicate_of !== null && { duplicateOf: r.duplicate_of }),
        minhash: new Uint32Array(Uint8Array.from(r.minhash as Buffer).buffer),
      });
    }
    return [...found.values()];
  }
}

/** Records a batch as queued (in the caller's transaction, beside the job itself). */
export async function registerQueued(db: pg.ClientBase, entries: QueuedEntry[]): Promise<void> {
  const articles = entries.map((e) => ({
    article_id: e.id,
    duplicate_of: e.duplicateOf ?? null,
    minhash: e.fingerprint ? Buffer.from(e.fingerprint.minhash.buffer, e.fingerprint.minhash.byteOffset, e.fingerprint.minhash.byteLength).toString('hex') : null,
  }));
  await db.query(
    `INSERT INTO queued_articles SELECT article_id, duplicate_of, decode(minhash, 'hex')
     FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, duplicate_of text, minhash text) ON CONFLICT DO NOTHING`,
    [JSON.stringify(articles)],
  );
  const bands = entries.flatMap((e) => [...new Set(e.fingerprint?.bands ?? [])].map((band_key) => ({ band_key, article_id: e.id })));
  if (bands.length) {
    await db.query(
      `INSERT INTO queued_bands SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(band_key bigint, article_id text) ON CONFLICT DO NOTHING`,
      [JSON.stringify(bands)],
    );
  }
}

/** Forgets queued articles that are stored now. */
export async function forgetQueued(db: pg.Pool, ids: string[]): Promise<void> {
  if (ids.length) await db.query('DELETE FROM queued_articles WHERE article_id = ANY($1::text[])', [ids]);
}
