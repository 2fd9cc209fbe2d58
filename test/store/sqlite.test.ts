import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { UserError } from '../../src/cli/command.js';
import { fingerprint } from '../../src/ingest/dedup.js';
import type { DocumentJSON } from '../../src/model/index.js';
import { openStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/sqlite-migrations.js';
import { visit, wireStory } from './stories.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));


test('a stored document comes back as the same contract JSON', async () => {
  const store = await openStore(join(dir, 'roundtrip.db'));
  assert.deepEqual(await store.putDocuments([{ document: visit, origin: 'wire.jsonl:7' }]), { added: 1, existing: [] });
  assert.deepEqual(await store.getDocument(visit.id), visit);
  assert.equal(await store.getDocument('no-such-id'), undefined);
  await store.close();
});

test('fields the contract gains before the schema does come back too', async () => {
  const store = await openStore(join(dir, 'extra.db'));
  const grown = {
    ...visit,
    id: 'doc-grown',
    readingTime: 2,
    actors: visit.actors.map((a) => ({ ...a, wikidata: 'Q1' })),
    events: visit.events.map((e) => ({ ...e, plover: { version: '2021' } })),
    quotes: visit.quotes.map((q) => ({ ...q, verbatim: true })),
  };
  await store.putDocuments([{ document: grown }]);
  assert.deepEqual(await store.getDocument('doc-grown'), grown);
  await store.close();
});

test('storing the same article id again skips it and keeps the first', async () => {
  const store = await openStore(join(dir, 'idempotent.db'));
  await store.putDocuments([{ document: visit }]);
  const changed = { ...visit, title: 'Another title' };
  assert.deepEqual(await store.putDocuments([{ document: changed }]), { added: 0, existing: [visit.id] });
  assert.equal((await store.getDocument(visit.id))?.title, visit.title);
  assert.equal((await store.stats()).articles, 1);
  await store.close();
});

test('event countries are kept beside the event for dyad queries', async () => {
  const path = join(dir, 'dyads.db');
  const store = await openStore(path);
  await store.putDocuments([{ document: visit }]);
  await store.close();
  const db = new Database(path, { readonly: true });
  // v2's first actor (a3) has no country: the first actor that has one (a1, PRK) is the source.
  assert.deepEqual(db.prepare('SELECT id, source_country, target_country FROM events ORDER BY id').all(), [
    { id: 'v1', source_country: 'PRK', target_country: 'IRN' },
    { id: 'v2', source_country: 'PRK', target_country: 'IRN' },
  ]);
  db.close();
});

test('stats count every layer', async () => {
  const store = await openStore(join(dir, 'stats.db'));
  const copy: DocumentJSON = {
    id: 'doc-copy', duplicateOf: visit.id, text: visit.text, sentences: [], entities: [], actors: [], events: [], quotes: [],
  };
  await store.putDocuments([{ document: visit }, { document: copy }]);
  assert.deepEqual(await store.stats(), {
    articles: 2, duplicates: 1, sentences: 2, entities: 3, actors: 3, events: 2, quotes: 2,
    firstPublished: '2017-08-04', lastPublished: '2017-08-04',
  });
  await store.close();
});

test('search ranks by bm25 and marks the matches in a snippet', async () => {
  const store = await openStore(join(dir, 'search.db'));
  const doc = (id: string, title: string, body: string): DocumentJSON => ({
    id, title, text: body, sentences: [], entities: [], actors: [], events: [], quotes: [],
  });
  await store.putDocuments([
    { document: doc('s1', 'Harvest report', 'Cocoa farmers in Bahia expect a good harvest after the rains.') },
    { document: doc('s2', 'Sanctions on Iran', 'Washington announced new sanctions on Iranian banks; the sanctions take effect on Monday.') },
    { document: doc('s3', 'Oil markets', 'Traders said sanctioned oil still reached Asian buyers.') },
  ]);
  const hits = await store.search('sanctions');
  assert.deepEqual(hits.map((h) => h.id), ['s2', 's3'], 'stemmed: "sanctioned" matches too; title and repeated term rank first');
  assert.ok(hits[0].score > hits[1].score);
  assert.equal(hits[0].snippet, 'Washington announced new [sanctions] on Iranian banks; the [sanctions] take effect on Monday.');
  assert.equal(hits[0].title, 'Sanctions on Iran');
  assert.deepEqual((await store.search('sanctions', { limit: 1, offset: 1 })).map((h) => h.id), ['s3']);
  assert.deepEqual((await store.search('"cocoa farmers" OR title:oil')).map((h) => h.id).sort(), ['s1', 's3'], 'FTS5 syntax is honoured');
  assert.deepEqual((await store.search('harvest) "Bahia')).map((h) => h.id), ['s1'], 'invalid FTS5 syntax is searched as words');
  await store.close();
});

test('latest lists articles newest first, undated ones last', async () => {
  const store = await openStore(join(dir, 'latest.db'));
  const doc = (id: string, published?: string): DocumentJSON => ({
    id, ...(published && { published }), title: `Story ${id}`, text: `Story ${id}.`, sentences: [], entities: [], actors: [], events: [], quotes: [],
  });
  await store.putDocuments([{ document: doc('old', '2017-01-02') }, { document: doc('undated') }, { document: doc('new', '2019-05-06') }]);
  assert.deepEqual(await store.latest({ limit: 2 }), [
    { id: 'new', title: 'Story new', published: '2019-05-06' },
    { id: 'old', title: 'Story old', published: '2017-01-02' },
  ]);
  assert.deepEqual((await store.latest({ offset: 2 })).map((a) => a.id), ['undated']);
  await store.close();
});

test('near-duplicate candidates are found through their LSH bands', async () => {
  const store = await openStore(join(dir, 'bands.db'));
  const fp = fingerprint(wireStory.text)!;
  const document: DocumentJSON = { id: 'w1', text: wireStory.text, sentences: [], entities: [], actors: [], events: [], quotes: [] };
  await store.putDocuments([{ document, fingerprint: fp }]);
  const [candidate] = await store.nearCandidates(fp.bands.slice(3, 4));
  assert.equal(candidate.id, 'w1');
  assert.deepEqual(candidate.minhash, fp.minhash);
  assert.deepEqual(await store.nearCandidates([fp.bands[0] + 1]), []);
  await store.close();
});

test('migrations are recorded and applied once', async () => {
  const path = join(dir, 'migrations.db');
  await (await openStore(path)).close();
  await (await openStore(path)).close();
  const db = new Database(path, { readonly: true });
  assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').pluck().all(), MIGRATIONS.map((m) => m.version));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('a database from a newer dyad is refused', async () => {
  const path = join(dir, 'newer.db');
  await (await openStore(path)).close();
  const db = new Database(path);
  db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").run();
  db.close();
  await assert.rejects(openStore(path), { message: `${path}: database schema version 999 is newer than this dyad understands (${MIGRATIONS.at(-1)!.version}); upgrade dyad` });
});

test('a bad location is one clear error', async () => {
  const notDb = join(dir, 'notes.txt');
  writeFileSync(notDb, 'these are notes, not a database\n');
  await assert.rejects(openStore(notDb), (err: Error) => err instanceof UserError && err.message === `${notDb}: not a SQLite database`);
  await assert.rejects(openStore(join(dir, 'missing', 'x.db')), { message: `${join(dir, 'missing', 'x.db')}: the directory does not exist` });
  await assert.rejects(openStore(join(dir, 'absent.db'), { mustExist: true }), { message: `${join(dir, 'absent.db')}: no database here; create one with \`dyad ingest\`` });
});
