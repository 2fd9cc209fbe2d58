import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentJSON } from '../../src/model/index.js';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/serve.js';
import { openStore, type Store } from '../../src/store/index.js';

// Three short articles written for these tests, with one hand-coded event and quote, so the
// answers below do not depend on what the pipeline extracts.
const SANCTIONS_TEXT =
  'The United States imposed new sanctions on Iran on Monday.\n\n' +
  '"These measures target the oil trade," said Jane Doe, a professor at Example University.';
const sanctions: DocumentJSON = {
  id: 'a1b2c3d4e5f60001',
  title: 'U.S. imposes new sanctions on Iran',
  published: '2018-11-05',
  source: 'Test Wire',
  text: SANCTIONS_TEXT,
  sentences: [{ start: 0, end: 58 }, { start: 60, end: SANCTIONS_TEXT.length }],
  entities: [
    { id: 'e1', text: 'United States', type: 'LOC', start: 4, end: 17 },
    { id: 'e2', text: 'Iran', type: 'LOC', start: 43, end: 47 },
    { id: 'e3', text: 'Jane Doe', type: 'PER', start: 104, end: 112 },
  ],
  actors: [
    { id: 'a1', name: 'United States', kind: 'country', country: 'USA', sector: 'GOV', mentions: [{ start: 4, end: 17 }] },
    { id: 'a2', name: 'Iran', kind: 'country', country: 'IRN', sector: 'GOV', mentions: [{ start: 43, end: 47 }] },
    { id: 'a3', name: 'Jane Doe', kind: 'person', country: null, sector: 'EDU', title: 'professor', mentions: [{ start: 104, end: 112 }] },
  ],
  events: [{
    id: 'v1', type: 'SANCTION', contexts: [], cameo: '163', quad: 4, goldstein: -8,
    actors: ['a1'], recipients: ['a2'], date: '2018-11-05', modality: 'asserted',
    trigger: { start: 18, end: 25 }, evidence: { start: 0, end: 58 }, confidence: 0.9,
  }],
  quotes: [{
    id: 'q1', kind: 'direct', content: { start: 61, end: 97 }, text: 'These measures target the oil trade,',
    speaker: 'a3', speakerText: 'Jane Doe', cue: { start: 99, end: 103 }, cueText: 'said',
  }],
  dates: [],
};

function plain(id: string, title: string, published: string, text: string): DocumentJSON {
  return { id, title, published, source: 'Test Wire', text, sentences: [], entities: [], actors: [], events: [], quotes: [] };
}

const talks = plain('a1b2c3d4e5f60002', 'Foreign ministers hold talks in Tehran', '2018-08-08',
  'The foreign ministers of North Korea and Iran held talks in Tehran on Tuesday, according to the state news agency.');
const drills = plain('a1b2c3d4e5f60003', 'Allies hold joint naval drills', '2022-10-04',
  'South Korea and the United States held joint naval drills east of the peninsula on Tuesday.');

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

async function getJson(path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return { status: res.status, body: await res.json() };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  store = await openStore(join(dir, 'test.db'));
  await store.putDocuments([{ document: sanctions }, { document: talks }, { document: drills }]);
  app = createApp(store);
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/stats', () => {
  test('counts the stored articles, events and quotes and gives the date range', async () => {
    const { status, body } = await getJson('/api/stats');
    assert.equal(status, 200);
    assert.equal(body.articles, 3);
    assert.equal(body.duplicates, 0);
    assert.equal(body.events, 1);
    assert.equal(body.quotes, 1);
    assert.equal(body.actors, 3);
    assert.equal(body.firstPublished, '2018-08-08');
    assert.equal(body.lastPublished, '2022-10-04');
  });
});

describe('GET /api/articles', () => {
  test('with q, lists the articles that match, with the matched word in a snippet', async () => {
    const { status, body } = await getJson('/api/articles?q=sanctions');
    assert.equal(status, 200);
    assert.equal(body.query, 'sanctions');
    assert.deepEqual(body.articles.map((a: { id: string }) => a.id), [sanctions.id]);
    assert.equal(body.articles[0].title, 'U.S. imposes new sanctions on Iran');
    assert.match(body.articles[0].snippet, /\[sanctions\]/);
  });

  test('with q, a word in several articles finds each of them, and limit and offset page through them', async () => {
    const all = await getJson('/api/articles?q=Tuesday');
    assert.deepEqual(all.body.articles.map((a: { id: string }) => a.id).sort(), [talks.id, drills.id]);
    const first = await getJson('/api/articles?q=Tuesday&limit=1');
    const second = await getJson('/api/articles?q=Tuesday&limit=1&offset=1');
    assert.equal(first.body.limit, 1);
    assert.equal(second.body.offset, 1);
    assert.deepEqual([first.body.articles[0].id, second.body.articles[0].id], all.body.articles.map((a: { id: string }) => a.id));
  });

  test('with q matching nothing, answers an empty list', async () => {
    const { status, body } = await getJson('/api/articles?q=volcano');
    assert.equal(status, 200);
    assert.deepEqual(body.articles, []);
  });

  test('without q, lists the latest articles first', async (t) => {
    if (typeof (store as Partial<Record<'latest', unknown>>).latest !== 'function') {
      t.skip('the store has no latest() yet');
      return;
    }
    const { status, body } = await getJson('/api/articles?limit=2');
    assert.equal(status, 200);
    assert.equal(body.query, undefined);
    assert.deepEqual(body.articles.map((a: { id: string }) => a.id), [drills.id, sanctions.id]);
  });

  const bad: [string, string][] = [
    ['/api/articles?limit=abc', 'limit: expected a whole number from 1 to 100, got "abc"'],
    ['/api/articles?limit=0', 'limit: expected a whole number from 1 to 100, got "0"'],
    ['/api/articles?q=iran&limit=101', 'limit: expected a whole number from 1 to 100, got "101"'],
    ['/api/articles?offset=-1', 'offset: expected a whole number from 0 to 100000, got "-1"'],
    ['/api/articles?offset=1.5', 'offset: expected a whole number from 0 to 100000, got "1.5"'],
    [`/api/articles?q=${'iran '.repeat(120)}x`, 'q: longer than 500 characters'],
  ];
  for (const [path, error] of bad) {
    test(`a bad parameter is a 400 with one line saying which: ${path.slice(0, 40)}`, async () => {
      const { status, body } = await getJson(path);
      assert.equal(status, 400);
      assert.deepEqual(body, { error });
    });
  }
});

describe('GET /api/articles/:id', () => {
  test('answers the stored document exactly as the contract has it', async () => {
    const { status, body } = await getJson(`/api/articles/${sanctions.id}`);
    assert.equal(status, 200);
    assert.deepEqual(body, sanctions);
  });

  test('an unknown id is a 404 with an error naming it', async () => {
    const { status, body } = await getJson('/api/articles/ffffffffffffffff');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'article ffffffffffffffff: not found' });
  });
});

describe('other paths', () => {
  test('an unknown endpoint is a 404 in JSON', async () => {
    const { status, body } = await getJson('/api/events');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'GET /api/events: no such endpoint' });
  });

  test('/ is a self-contained HTML page whose security policy allows only itself', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    assert.match(html, /<title>dyad<\/title>/);
    assert.doesNotMatch(html, /(src|href)="https?:/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/]+=*'/);
  });
});

describe('the real server', () => {
  test('listens on an ephemeral loopback port and answers over HTTP', async () => {
    const server = await startServer(store, { host: '127.0.0.1', port: 0 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL('api/stats', server.url));
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { articles: number }).articles, 3);
    } finally {
      await server.close();
    }
  });

  test('a port already taken is one line naming host, port and the problem', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await assert.rejects(startServer(store, { host: '127.0.0.1', port }), {
        message: `127.0.0.1:${port}: port already in use; choose another with --port`,
      });
    } finally {
      blocker.close();
    }
  });
});
