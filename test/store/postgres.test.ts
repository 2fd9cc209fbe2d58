import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { fingerprint } from '../../src/ingest/dedup.js';
import type { DocumentJSON } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { PG_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { createDatabase, dropDatabase, unavailable } from './postgres-database.js';
import { otherStory, visit, wireStory } from './stories.js';

const skip = await unavailable();
const dir = mkdtempSync(join(tmpdir(), 'dyad-pg-store-'));
let url = '';
let store: Store;
before(async () => {
  if (skip) return;
  url = await createDatabase();
  store = await openStore(url);
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (skip) return;
  await store.close();
  await dropDatabase(url);
});


const plain = (id: string, title: string, body: string, published?: string): DocumentJSON => ({
  id, title, ...(published && { published }), text: body, sentences: [], entities: [], actors: [], events: [], quotes: [],
});

test('a stored document comes back as the same contract JSON, extra fields included', { skip }, async () => {
  const grown = { ...visit, id: 'doc-grown', readingTime: 2, actors: visit.actors.map((a) => ({ ...a, wikidata: 'Q1' })) };
  assert.deepEqual(await store.putDocuments([{ document: visit, origin: 'wire.jsonl:7' }, { document: grown }]), { added: 2, existing: [] });
  assert.deepEqual(await store.getDocument(visit.id), visit);
  assert.deepEqual(await store.getDocument('doc-grown'), grown);
  assert.equal(await store.getDocument('no-such-id'), undefined);
  assert.deepEqual(await store.idsWithPrefix('doc-g', 5), ['doc-grown']);
});

test('an article id already stored is skipped, also within one batch', { skip }, async () => {
  const changed = { ...visit, title: 'Another title' };
  assert.deepEqual(await store.putDocuments([{ document: changed }]), { added: 0, existing: [visit.id] });
  const twice = plain('twice', 'Twice', 'Written twice in one batch.');
  assert.deepEqual(await store.putDocuments([{ document: twice }, { document: { ...twice, title: 'Second' } }]), { added: 1, existing: ['twice'] });
  assert.equal((await store.getDocument(visit.id))?.title, visit.title);
  assert.equal((await store.getDocument('twice'))?.title, 'Twice');
});

test('two processes writing the same article at the same moment store it once', { skip }, async () => {
  const other = await openStore(url);
  const race = plain('race', 'Race', 'Both workers finished this article at once.');
  const results = await Promise.all([store.putDocuments([{ document: race }]), other.putDocuments([{ document: race }])]);
  await other.close();
  assert.deepEqual(results.map((r) => r.added).sort(), [0, 1]);
  const { rows } = await query('SELECT count(*)::int AS n FROM articles WHERE id = $1', ['race']);
  assert.equal(rows[0].n, 1);
});

test('search ranks title matches first and marks the matches in a snippet', { skip }, async () => {
  await store.putDocuments([
    { document: plain('s1', 'Harvest report', 'Cocoa farmers in Bahia expect a good harvest after the rains.') },
    { document: plain('s2', 'Sanctions on Iran', 'Washington announced new sanctions on Iranian banks; the sanctions take effect on Monday.') },
    { document: plain('s3', 'Oil markets', 'Traders said sanctioned oil still reached Asian buyers.') },
  ]);
  const hits = await store.search('sanctions');
  assert.deepEqual(hits.map((h) => h.id), ['s2', 's3'], 'stemmed: "sanctioned" matches too');
  assert.ok(hits[0].score > hits[1].score);
  assert.equal(hits[0].snippet, 'Washington announced new [sanctions] on Iranian banks; the [sanctions] take effect on Monday');
  assert.deepEqual((await store.search('sanctions', { limit: 1, offset: 1 })).map((h) => h.id), ['s3']);
  assert.deepEqual((await store.search('"cocoa farmers" or oil')).map((h) => h.id).sort(), ['s1', 's3'], 'phrases and or');
  assert.deepEqual((await store.search('sanctions -oil')).map((h) => h.id), ['s2'], '-word excludes');
  assert.deepEqual((await store.search('harvest) "Bahia')).map((h) => h.id), ['s1'], 'stray syntax is searched as words');
});

test('stats count every layer and the publication range', { skip }, async () => {
  const db = await createDatabase();
  const fresh = await openStore(db);
  try {
    const copy: DocumentJSON = { ...plain('doc-copy', 'Copy', visit.text), duplicateOf: visit.id };
    await fresh.putDocuments([{ document: copy }, { document: visit }]);
    assert.deepEqual(await fresh.stats(), {
      articles: 2, duplicates: 1, sentences: 2, entities: 3, actors: 3, events: 2, quotes: 2,
      firstPublished: '2017-08-04', lastPublished: '2017-08-04',
    });
  } finally {
    await fresh.close();
    await dropDatabase(db);
  }
});

test('every read gives the same answer as the SQLite store on the same documents', { skip }, async () => {
  const db = await createDatabase();
  const stores = [await openStore(db), await openStore(join(dir, 'same.db'))];
  try {
    const wire = fingerprint(wireStory.text)!;
    const batch = [
      { document: visit },
      { document: plain('w1', wireStory.title, wireStory.text, '2019-06-18'), fingerprint: wire },
      { document: plain('w2', otherStory.title, otherStory.text, '2019-06-17'), fingerprint: fingerprint(otherStory.text) },
      { document: plain('undated', 'Undated', 'No date on this one.') },
    ];
    const answers = await Promise.all(stores.map(async (s) => {
      await s.putDocuments(batch);
      const exported = [];
      for await (const e of s.exportEvents({})) exported.push({ ...e, addedAt: '' });
      return {
        documents: await Promise.all(batch.map((b) => s.getDocument(b.document.id))),
        stats: await s.stats(),
        latest: await s.latest({ limit: 10 }),
        prefix: await s.idsWithPrefix('w', 10),
        near: await s.nearCandidates(wire.bands.slice(0, 2)),
        events: await s.listEvents({}),
        dyad: await s.listEvents({ dyad: ['IRN', 'PRK'], since: '2017-01-01' }),
        actors: await s.listActors({}),
        actorsByName: await s.listActors({ q: 'kim' }),
        links: await s.actorLinks({}, 10),
        quotes: await s.listQuotes({}),
        quotesBySpeaker: await s.listQuotes({ speaker: 'KIM', since: '2017-01-01' }),
        dyadDays: await s.dyadDays({}),
        series: await s.dyadSeries({ since: '2017-01-01', until: '2019-12-31' }),
        activeSeries: await s.dyadSeries({ since: '2017-01-01', until: '2019-12-31', active: [{ since: '2017-08-01', weight: 1, days: 5 }] }),
        quietSeries: await s.dyadSeries({ since: '2017-01-01', until: '2019-12-31', active: [{ since: '2017-08-04', weight: 1 }, { since: '2017-08-01', days: 2 }] }),
        weeks: await s.dyadPeriods({ dyad: ['IRN', 'PRK'], by: 'week' }),
        months: await s.dyadPeriods({ dyad: ['PRK', 'IRN'], directed: true, by: 'month', since: '2017-08-01' }),
        coverage: await s.countryPeriods({ countries: ['IRN', 'PRK'], by: 'week', since: '2017-08-01', until: '2017-08-31' }),
        dyadTotals: await s.dyadTotals({ dyad: ['IRN', 'PRK'] }),
        actorDays: await s.actorDays({ country: 'PRK' }),
        countryDays: await s.countryPeriods({ by: 'day' }),
        firsts: await s.dyadFirsts({}),
        coded: await s.codedArticles(null, 10),
        exported,
      };
    }));
    assert.deepEqual(answers[0], answers[1]);
    assert.deepEqual(answers[0].near.map((c) => c.id), ['w1']);
    assert.deepEqual(answers[0].quotesBySpeaker.map((q) => q.quote.id), ['q1']);
    assert.deepEqual(answers[0].series.map((p) => [p.days, p.source, p.target, p.conflict]), [[['2017-08-03'], 'PRK', 'IRN', [0]]]);
    assert.deepEqual(answers[0].dyadTotals.map((d) => [d.source, d.target, d.events]), [['PRK', 'IRN', 1]]);
    assert.deepEqual(answers[0].activeSeries, answers[0].series);
    assert.deepEqual(answers[0].quietSeries, []);
    assert.deepEqual(answers[0].weeks.map((p) => [p.period, p.events, p.types.CONSULT]), [['2017-07-31', 1, 1]]);
    assert.deepEqual(answers[0].months.map((p) => [p.period, p.events]), [['2017-08', 1]]);
    assert.deepEqual(answers[0].coverage.map((c) => [c.country, c.period, c.articles]), [['IRN', '2017-07-31', 1], ['PRK', '2017-07-31', 1]]);
    assert.deepEqual(answers[0].exported.map((e) => [e.articleId, e.event.id]), [['doc-kim-visit', 'v1'], ['doc-kim-visit', 'v2']]);
    assert.deepEqual(answers[0].latest.map((a) => a.id), ['w1', 'w2', 'doc-kim-visit', 'undated']);
    assert.deepEqual(answers[0].links, [
      { source: { name: 'Kim Yong Nam', country: 'PRK' }, target: { name: 'Hassan Rouhani', country: 'IRN' }, quad: 1, events: 1, goldstein: 1.9 },
      { source: { name: 'unnamed group', country: null }, target: { name: 'Hassan Rouhani', country: 'IRN' }, quad: 1, events: 1, goldstein: 3.4 },
    ]);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
    await dropDatabase(db);
  }
});

test('migrations are applied once, also by processes starting together', { skip }, async () => {
  const db = await createDatabase();
  try {
    await Promise.all([openStore(db), openStore(db), openStore(db)].map(async (s) => (await s).close()));
    const client = new pg.Client(db);
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(rows.map((r) => r.version), PG_MIGRATIONS.map((m) => m.version));
    await client.query("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')");
    await client.end();
    await assert.rejects(openStore(db), { message: `${db}: database schema version 999 is newer than this dyad understands (${PG_MIGRATIONS.at(-1)!.version}); upgrade dyad` });
  } finally {
    await dropDatabase(db);
  }
});

test('a bad address or an empty database is one clear error, without the password', { skip }, async () => {
  await assert.rejects(openStore('postgres://dyad:secret@127.0.0.1:1/dyad'), {
    message: 'postgres://dyad@127.0.0.1:1/dyad: cannot connect (connection refused); is PostgreSQL running?',
  });
  const missing = url.replace(/dyad_test_\w+$/, 'dyad_test_absent');
  await assert.rejects(openStore(missing), { message: `${missing}: no such database; create it with \`createdb\`` });
  const empty = await createDatabase();
  try {
    await assert.rejects(openStore(empty, { mustExist: true }), { message: `${empty}: no dyad database here; create one with \`dyad ingest\` or \`dyad worker\`` });
  } finally {
    await dropDatabase(empty);
  }
});

async function query(sql: string, params: unknown[]) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
