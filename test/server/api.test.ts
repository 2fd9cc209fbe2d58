import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentJSON } from '../../src/model/index.js';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/serve.js';
import { Pipeline } from '../../src/pipeline.js';
import { gunzipSync, gzipSync } from 'node:zlib';
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

describe('GET /api/events', () => {
  test('lists events with their article, countries, actor names and evidence sentence', async () => {
    const { status, body } = await getJson('/api/events?dyad=IRN-USA');
    assert.equal(status, 200);
    assert.deepEqual(body.filter, { dyad: ['IRN', 'USA'] });
    assert.equal(body.events.length, 1);
    const [e] = body.events;
    assert.equal(e.articleId, sanctions.id);
    assert.equal(e.title, 'U.S. imposes new sanctions on Iran');
    assert.deepEqual([e.sourceCountry, e.targetCountry, e.actorNames, e.recipientNames], ['USA', 'IRN', ['United States'], ['Iran']]);
    assert.equal(e.evidenceText, 'The United States imposed new sanctions on Iran on Monday.');
    assert.deepEqual(e.event, sanctions.events[0]);
  });

  test('filters by country, type, modality and dates; codes and names are read case-insensitively', async () => {
    const count = async (query: string) => (await getJson(`/api/events?${query}`)).body.events.length;
    assert.equal(await count('country=irn&type=sanction&modality=ASSERTED&since=2018-11-01&until=2018-11-30'), 1);
    assert.equal(await count('country=PRK'), 0);
    assert.equal(await count('type=CONSULT,AID'), 0);
    assert.equal(await count('until=2018-01-01'), 0);
  });

  const bad: [string, string][] = [
    ['/api/events?dyad=PRK', 'dyad: expected two country codes such as PRK-IRN, got "PRK"'],
    ['/api/events?country=Iran', 'country: expected a three-letter country code such as IRN, got "Iran"'],
    ['/api/events?type=INVADE', 'type: unknown value "INVADE"; expected one of AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT'],
    ['/api/events?modality=maybe', 'modality: unknown value "maybe"; expected one of asserted, hedged, negated, future, historical, reported'],
    ['/api/events?since=2019-02-30', 'since: expected a date as YYYY-MM-DD, got "2019-02-30"'],
    ['/api/events?until=2019-13-01', 'until: expected a date as YYYY-MM-DD, got "2019-13-01"'],
    ['/api/events?since=2020-01-01&until=2019-01-01', 'since: 2020-01-01 is after until (2019-01-01)'],
  ];
  for (const [path, error] of bad) {
    test(`a bad filter is a 400 naming it: ${path.slice(12, 40)}`, async () => {
      const { status, body } = await getJson(path);
      assert.equal(status, 400);
      assert.deepEqual(body, { error });
    });
  }
});

describe('GET /api/actors and /api/network', () => {
  test('actors are listed with the number of articles they appear in', async () => {
    const { status, body } = await getJson('/api/actors?country=USA');
    assert.equal(status, 200);
    assert.deepEqual(body.actors, [{ name: 'United States', kind: 'country', country: 'USA', sector: 'GOV', articles: 1 }]);
  });

  test('the network links the first actor and recipient of each event, by QuadClass', async () => {
    const { body } = await getJson('/api/network?since=2018-01-01');
    assert.deepEqual(body.links, [
      { source: { name: 'United States', country: 'USA' }, target: { name: 'Iran', country: 'IRN' }, quad: 4, events: 1, goldstein: -8 },
    ]);
  });

  test('countries carry the numeric code the map uses', async () => {
    const { body } = await getJson('/api/countries');
    assert.deepEqual(body.find((c: { code: string }) => c.code === 'PRK'), { code: 'PRK', numeric: '408', name: 'North Korea' });
  });
});

describe('GET /api/dyads, /api/timeline, /api/signals, /api/quotes', () => {
  test('dyads total the events of each ordered country pair', async () => {
    const { status, body } = await getJson('/api/dyads?country=IRN');
    assert.equal(status, 200);
    assert.deepEqual(body.dyads.map((d: { source: string; target: string; events: number; q4: number }) => [d.source, d.target, d.events, d.q4]), [['USA', 'IRN', 1, 1]]);
  });

  test('a timeline gives the pair period by period, both directions together', async () => {
    const { status, body } = await getJson('/api/timeline?dyad=irn-usa&by=month');
    assert.equal(status, 200);
    assert.deepEqual(body.dyad, ['IRN', 'USA']);
    assert.deepEqual(body.points.map((p: { period: string; events: number; quads: number[]; goldstein: number }) => [p.period, p.events, p.quads, p.goldstein]), [
      ['2018-11', 1, [0, 0, 0, 1], -8],
    ]);
  });

  test('signals are a list', async () => {
    const { status, body } = await getJson('/api/signals?since=2018-01-01&until=2018-12-31');
    assert.equal(status, 200);
    assert.ok(Array.isArray(body.signals));
  });

  test('quotes are found by speaker, with their article', async () => {
    const { status, body } = await getJson('/api/quotes?speaker=jane');
    assert.equal(status, 200);
    assert.deepEqual(body.quotes.map((q: { articleId: string; speakerName: string; quote: { text: string } }) => [q.articleId, q.speakerName, q.quote.text]), [
      [sanctions.id, 'Jane Doe', 'These measures target the oil trade,'],
    ]);
  });

  test('quotes are found by the words they hold, in any order, every word required', async () => {
    const ids = async (q: string) => (await getJson(`/api/quotes?q=${encodeURIComponent(q)}`)).body.quotes.map((x: { articleId: string }) => x.articleId);
    assert.deepEqual(await ids('oil trade'), [sanctions.id]);
    assert.deepEqual(await ids('trade measures'), [sanctions.id]);
    assert.deepEqual(await ids('oil embargo'), []);
  });

  const bad: [string, string][] = [
    ['/api/quotes?q=%22%3F!', 'q: expected words to search for, got ""?!"'],
    ['/api/quotes?since=2020-01-01&until=2019-01-01', 'since: 2020-01-01 is after until (2019-01-01)'],
    ['/api/timeline?by=month', 'dyad: required, e.g. dyad=PRK-IRN'],
    ['/api/timeline?dyad=PRK-IRN&by=year', 'by: expected one of day, week, month, got "year"'],
    ['/api/signals?kind=storm', 'kind: unknown value "storm"; expected one of burst, turn, first, drift'],
    ['/api/dyads?limit=5000', 'limit: expected a whole number from 1 to 1000, got "5000"'],
    ['/api/quotes?until=yesterday', 'until: expected a date as YYYY-MM-DD, got "yesterday"'],
  ];
  for (const [path, error] of bad) {
    test(`a bad parameter is a 400 naming it: ${path}`, async () => {
      const { status, body } = await getJson(path);
      assert.equal(status, 400);
      assert.deepEqual(body, { error });
    });
  }
});

describe('GET /api/world', () => {
  test("answers the opening view at once: a country's pairs, and a feed of the year up to the newest article", async () => {
    const { status, body } = await getJson('/api/world?country=irn');
    assert.equal(status, 200);
    assert.deepEqual(body.dyads.dyads.map((d: { source: string; target: string; events: number }) => [d.source, d.target, d.events]), [['USA', 'IRN', 1]]);
    assert.deepEqual([body.signals.since, body.signals.until], ['2021-10-04', '2022-10-04']);
    assert.ok(Array.isArray(body.signals.signals));
  });

  test('chosen dates are the feed window too', async () => {
    const { body } = await getJson('/api/world?since=2018-01-01&until=2018-12-31');
    assert.deepEqual([body.signals.since, body.signals.until], ['2018-01-01', '2018-12-31']);
    assert.equal(body.dyads.total, 1);
  });

  test('a reader who holds the answer already gets 304 without it', async () => {
    const first = await app.request('/api/world');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]+"$/);
    const again = await app.request('/api/world', { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  test('a reader on another machine gets it gzipped, and 304 for the weak tag it then holds; loopback gets it plain', async () => {
    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    const headers = { 'Accept-Encoding': 'gzip, br' };
    const remote = await app.request('/api/world', { headers }, from('192.0.2.7'));
    assert.equal(remote.headers.get('content-encoding'), 'gzip');
    const plain = await app.request('/api/world', { headers }, from('::ffff:127.0.0.1'));
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.deepEqual(JSON.parse(gunzipSync(Buffer.from(await remote.arrayBuffer())).toString()), await plain.json());
    const weak = remote.headers.get('etag')!;
    assert.match(weak, /^W\//);
    const again = await app.request('/api/world', { headers: { ...headers, 'If-None-Match': weak } }, from('192.0.2.7'));
    assert.equal(again.status, 304);
  });

  test('a bad filter is a 400 naming it', async () => {
    const { status, body } = await getJson('/api/world?country=Iran');
    assert.equal(status, 400);
    assert.deepEqual(body, { error: 'country: expected a three-letter country code such as IRN, got "Iran"' });
  });
});

describe('POST /api/ingest', () => {
  const TOKEN = 'test-token-1234';
  // No stages: these tests are about the HTTP side; what the pipeline extracts is tested with it.
  const writable = () => createApp(store, { token: TOKEN, pipeline: async () => new Pipeline([]), maxBodyBytes: 2048 });
  const post = (app: ReturnType<typeof createApp>, body: string, type: string, token: string | null = TOKEN) =>
    app.request('/api/ingest', {
      method: 'POST',
      body,
      headers: { 'Content-Type': type, ...(token !== null && { Authorization: `Bearer ${token}` }) },
    });
  const story = 'Ministers meet in Oslo\n\nThe foreign ministers of Norway and Sweden met in Oslo on Friday to discuss fishing quotas.';

  test('plain text is stored and its document answered; sending it again stores nothing new', async () => {
    const app = writable();
    const res = await post(app, story, 'text/plain; charset=utf-8');
    assert.equal(res.status, 201);
    const body = (await res.json()) as { status: string; document: DocumentJSON };
    assert.equal(body.status, 'added');
    assert.equal(body.document.title, 'Ministers meet in Oslo');
    assert.equal(body.document.text, 'The foreign ministers of Norway and Sweden met in Oslo on Friday to discuss fishing quotas.');
    assert.deepEqual(await store.getDocument(body.document.id), body.document);
    const again = await post(app, story, 'text/plain');
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { status: string }).status, 'already-stored');
  });

  test('JSON gives the text with its metadata', async () => {
    const res = await post(writable(), JSON.stringify({ text: 'Chile and Peru signed a trade agreement in Lima on Monday.', title: 'Trade pact', published: '2021-03-01' }), 'application/json');
    assert.equal(res.status, 201);
    const { document } = (await res.json()) as { document: DocumentJSON };
    assert.deepEqual([document.title, document.published], ['Trade pact', '2021-03-01']);
  });

  const refused: [string, () => Response | Promise<Response>, number, string][] = [
    ['malformed JSON', () => post(writable(), '{"text": "unfinished', 'application/json'), 400, 'body: not valid JSON'],
    ['JSON without text or html', () => post(writable(), '{"title": "x"}', 'application/json'), 400, 'body: give exactly one of "text" and "html"'],
    ['a number as text', () => post(writable(), '{"text": 5}', 'application/json'), 400, 'body: "text" must be a string'],
    ['an empty body', () => post(writable(), '   ', 'text/plain'), 422, 'body: no article text found'],
    ['an image', () => post(writable(), 'GIF89a', 'image/gif'), 415, 'Content-Type image/gif: expected text/plain, text/html or application/json'],
    ['a body over the limit', () => post(writable(), 'word '.repeat(1000), 'text/plain'), 413, 'body: larger than 2048 bytes'],
    ['no token', () => post(writable(), story, 'text/plain', null), 401, 'Authorization: a Bearer token is required to write'],
    ['a wrong token', () => post(writable(), story, 'text/plain', 'nope'), 403, 'Authorization: wrong token'],
  ];
  for (const [what, send, status, error] of refused) {
    test(`${what} is refused with ${status} and one line`, async () => {
      const res = await send();
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.deepEqual(await res.json(), { error });
    });
  }

  test('GET on the write endpoint is not an endpoint', async () => {
    const { status, body } = await getJson('/api/ingest');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'GET /api/ingest: no such endpoint' });
  });
});

describe('other paths', () => {
  test('an unknown API endpoint is a 404 in JSON', async () => {
    const { status, body } = await getJson('/api/nothing');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'GET /api/nothing: no such endpoint' });
  });

  test('the dashboard is served from its built files, gzipped when accepted, with a same-origin policy', async () => {
    const html = '<!doctype html><title>dyad</title><script type="module" src="/assets/app-1a2b.js"></script>' + ' '.repeat(2000);
    const staticFiles = new Map([
      ['/index.html', { type: 'text/html; charset=utf-8', body: Buffer.from(html), gzip: gzipSync(html), immutable: false }],
    ]);
    const web = createApp(store, { staticFiles });
    const res = await web.request('/', { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), html);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const missing = await web.request('/assets/other.js');
    assert.equal(missing.status, 404);
    const unbuilt = await createApp(store, { staticFiles: new Map() }).request('/');
    assert.equal(await unbuilt.text(), 'dyad: the dashboard is not built; run `npm run build`\n');
  });
});

describe('the real server', () => {
  test('listens on an ephemeral loopback port and answers over HTTP', async () => {
    const server = await startServer(store, { host: '127.0.0.1', port: 0 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL('api/stats', server.url));
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), await store.stats());
    } finally {
      await server.close();
    }
  });

  test('beyond loopback it will not start without a token', async () => {
    await assert.rejects(startServer(store, { host: '0.0.0.0', port: 0 }), {
      message: '0.0.0.0: listening beyond this machine needs a token for writes; set DYAD_TOKEN',
    });
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
