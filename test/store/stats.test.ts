import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DocumentJSON } from '../../src/model/index.js';
import { openStore, type Store, type StoreStats } from '../../src/store/index.js';
import { createDatabase, dropDatabase, unavailable } from './postgres-database.js';
import { visit } from './stories.js';

// stats() reads counts kept up to date as articles are stored (migration 7): they must equal a
// count over every layer, whatever was written, and an older store must get them on upgrade.

const dir = mkdtempSync(join(tmpdir(), 'dyad-stats-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The count over every layer, as stats() made it before it kept counts; `json` is the dialect's array length. */
const scratchSql = (json: string) => `SELECT
  (SELECT count(*) FROM articles) AS articles,
  (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
  (SELECT coalesce(sum(${json}(sentences)), 0) FROM documents) AS sentences,
  (SELECT coalesce(sum(${json}(entities)), 0) FROM documents) AS entities,
  (SELECT count(*) FROM actors) AS actors,
  (SELECT count(*) FROM events) AS events,
  (SELECT count(*) FROM quotes) AS quotes,
  (SELECT min(published) FROM articles) AS "firstPublished",
  (SELECT max(published) FROM articles) AS "lastPublished"`;

/** What each store needs besides the Store interface: its raw database, for counting and for going back a migration. */
interface Dialect {
  name: string;
  skip?: string;
  create(): Promise<string>;
  drop(location: string): Promise<void>;
  /** Runs SQL statements on the database directly. */
  exec(location: string, sql: string): Promise<void>;
  /** The one row a query on the database answers. */
  row(location: string, sql: string): Promise<Record<string, unknown>>;
  json: string;
}

function sqliteDb<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

async function pgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const sqlite: Dialect = {
  name: 'SQLite',
  create: async () => join(dir, `stats-${Math.random().toString(36).slice(2)}.db`),
  drop: async () => {},
  exec: async (path, sql) => sqliteDb(path, (db) => void db.exec(sql)),
  row: async (path, sql) => sqliteDb(path, (db) => db.prepare(sql).get() as Record<string, unknown>),
  json: 'json_array_length',
};

const postgres: Dialect = {
  name: 'PostgreSQL',
  skip: await unavailable(),
  create: createDatabase,
  drop: dropDatabase,
  exec: async (url, sql) => pgClient(url, async (client) => void await client.query(sql)),
  row: async (url, sql) => pgClient(url, async (client) => (await client.query(sql)).rows[0]),
  json: 'jsonb_array_length',
};

/** A variant of the fully layered test document: its own id, and some of each layer left out. */
function variant(id: string, keep: number, published?: string): DocumentJSON {
  return {
    ...visit, id, published: published ?? visit.published!,
    sentences: visit.sentences.slice(0, keep), entities: visit.entities.slice(0, keep + 1),
    actors: visit.actors.slice(0, keep + 1), events: visit.events.slice(0, keep), quotes: visit.quotes.slice(0, keep),
  };
}

for (const d of [sqlite, postgres]) {
  const fromScratch = async (location: string): Promise<StoreStats> => {
    const r = await d.row(location, scratchSql(d.json));
    return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && !k.endsWith('Published') ? Number(v) : v])) as unknown as StoreStats;
  };
  const agree = async (store: Store, location: string, message: string): Promise<StoreStats> => {
    const stats = await store.stats();
    assert.deepEqual(stats, await fromScratch(location), message);
    return stats;
  };

  test(`${d.name}: stats equal a count over every layer after each kind of write`, { skip: d.skip }, async () => {
    const location = await d.create();
    const store = await openStore(location);
    try {
      assert.deepEqual(await agree(store, location, 'empty'), {
        articles: 0, duplicates: 0, sentences: 0, entities: 0, actors: 0, events: 0, quotes: 0, firstPublished: null, lastPublished: null,
      });

      const copy: DocumentJSON = { ...variant('copy', 0), duplicateOf: visit.id };
      await store.putDocuments([{ document: visit }, { document: variant('v1', 1, '2017-08-01') }, { document: copy }]);
      assert.deepEqual(await agree(store, location, 'after a batch with a near copy'), {
        articles: 3, duplicates: 1, sentences: 3, entities: 6, actors: 6, events: 3, quotes: 3, firstPublished: '2017-08-01', lastPublished: '2017-08-04',
      });

      const before = await store.stats();
      // The same article again, and a changed article under a stored id (it is not replaced).
      await store.putDocuments([{ document: visit }, { document: { ...variant(visit.id, 0), title: 'Rewritten' } }]);
      assert.deepEqual(await agree(store, location, 'after storing the same ids again'), before);

      // One id twice in one batch counts once; two writers racing for one article count it once.
      await store.putDocuments([{ document: variant('twice', 1) }, { document: variant('twice', 2) }]);
      const other = await openStore(location);
      try {
        await Promise.all([
          store.putDocuments([{ document: variant('race', 2, '2017-09-30') }, { document: variant('mine', 1) }]),
          other.putDocuments([{ document: variant('race', 2, '2017-09-30') }, { document: variant('theirs', 0) }]),
        ]);
      } finally {
        await other.close();
      }
      const after = await agree(store, location, 'after concurrent writers');
      assert.equal(after.articles, 7);
      assert.equal(after.lastPublished, '2017-09-30');
    } finally {
      await store.close();
      await d.drop(location);
    }
  });

  test(`${d.name}: a store from before the counts gets them from its rows on upgrade`, { skip: d.skip }, async () => {
    const location = await d.create();
    try {
      const store = await openStore(location);
      await store.putDocuments([{ document: visit }, { document: variant('v1', 1, '2016-02-29') }, { document: { ...variant('copy', 0), duplicateOf: 'v1' } }]);
      const stored = await store.stats();
      await store.close();
      // Back to the schema before migration 7.
      await d.exec(location, 'DROP TABLE store_counts; DELETE FROM schema_migrations WHERE version = 7');

      const upgraded = await openStore(location);
      try {
        assert.deepEqual(await agree(upgraded, location, 'back-filled'), stored);
        await upgraded.putDocuments([{ document: variant('later', 2) }]);
        assert.equal((await agree(upgraded, location, 'written after the upgrade')).articles, 4);
      } finally {
        await upgraded.close();
      }
    } finally {
      await d.drop(location);
    }
  });
}
