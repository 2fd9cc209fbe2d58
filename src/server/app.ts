import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { Pipeline } from '../pipeline.js';
import type { Store } from '../store/index.js';
import { ingestItems } from '../store/ingest.js';
import { countryList } from './countries.js';
import { articleFromBody, UnsupportedType } from './ingest-body.js';
import { findSignals, SIGNAL_KINDS, type SignalKind, type SignalOptions } from '../graph/signals.js';
import { timeline } from '../graph/timeline.js';
import {
  BadRequest, countryParam, dateParam, eventFilterParams, intParam, listParam, MAX_LIMIT, oneOf, pageParams, queryParam, textParam, wordsParam,
} from './params.js';
import { loadStaticFiles, type StaticFile } from './static.js';

/** What the API reads from and writes to. */
export type ApiStore = Store;

export interface AppOptions {
  /** When set, write endpoints need `Authorization: Bearer <token>`. */
  token?: string;
  /** The pipeline POST /api/ingest runs; made on first use (loading its models takes a while). */
  pipeline?: () => Promise<Pipeline>;
  /** The built dashboard's files by URL path; default: web/dist. */
  staticFiles?: Map<string, StaticFile>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** How long the opening view's answer is reused. */
const WORLD_TTL_MS = 10_000;

/** Most edges the network view asks for: more would not be readable as a graph anyway. */
const MAX_LINKS = 500;
/** Most country pairs one answer lists (the map colours at most every country's partners). */
const MAX_DYADS = 1000;
const PERIODS = ['day', 'week', 'month'] as const;
/** Signals the opening view lists. */
const WORLD_SIGNALS = 12;
/** Opening-view answers kept at once (one per country and dates chosen); past that, all are dropped. */
const MAX_WORLD_ANSWERS = 200;

/** The dashboard's policy: its own scripts only; inline styles because uPlot and sigma set them. */
const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Whether `host` (a name to listen on, or a client's address) is this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(host);
}

/** The client's address when the app runs under @hono/node-server (absent in app.request). */
type NodeEnv = { incoming?: { socket?: { remoteAddress?: string } } } | undefined;

const defaultPipeline = async (): Promise<Pipeline> => (await import('../pipeline.js')).createPipeline();

/**
 * The HTTP API over a store, and the dashboard. Every answer under /api is JSON; every error is
 * `{error}` with a 4xx status (500 only for a bug, without its stack).
 *
 *   GET  /api/stats                                counts of stored articles, events, quotes …
 *   GET  /api/articles?q=&limit=&offset=           search results when q is given, else the latest articles
 *   GET  /api/articles/:id                         one contract document (ARCHITECTURE.md)
 *   GET  /api/events?dyad=&country=&type=&modality=&since=&until=&limit=&offset=
 *   GET  /api/actors?q=&country=&limit=&offset=
 *   GET  /api/network?<event filters>&limit=       event counts between actors by QuadClass
 *   GET  /api/dyads?country=&dyad=&since=&until=   country pairs with event totals by QuadClass
 *   GET  /api/timeline?dyad=A-B&by=day|week|month&since=&until=&directed=1
 *   GET  /api/signals?since=&until=&kind=&country= shifts in relations with their evidence, newest first
 *   GET  /api/quotes?speaker=&org=&q=&since=&until= quotations with their speakers; q: words the quotation holds
 *   GET  /api/world?country=&since=&until=         the world view at once: its dyads and its signal feed
 *   GET  /api/countries                            codes and names for the map
 *   POST /api/ingest                               text, HTML or JSON body → the extracted document, stored
 */
export function createApp(store: ApiStore, options: AppOptions = {}): Hono {
  const app = new Hono();
  const files = options.staticFiles ?? loadStaticFiles();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let pipeline: Promise<Pipeline> | undefined;

  // Answers are gzipped for readers on other machines (a day-by-day timeline: 88 KB -> 3 KB); on
  // loopback the bytes cost nothing to move and compressing would only add time.
  const gzip = compress({ encoding: 'gzip', contentTypeFilter: /^application\/json/ });
  app.use('/api/*', (c, next) => {
    const client = (c.env as NodeEnv)?.incoming?.socket?.remoteAddress;
    return client && !isLoopback(client) ? gzip(c, next) : next();
  });

  // The store keeps its counts as it is written: reading them is a few rows, never reused stale.
  app.get('/api/stats', async (c) => c.json(await store.stats()));

  app.get('/api/articles', async (c) => {
    const params = searchParams(c);
    const q = queryParam(params);
    const { limit, offset } = pageParams(params);
    const articles = q === undefined ? await store.latest({ limit, offset }) : await store.search(q, { limit, offset });
    return c.json({ ...(q !== undefined && { query: q }), limit, offset, articles });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const doc = await store.getDocument(id);
    if (!doc) return c.json({ error: `article ${id}: not found` }, 404);
    return c.json(doc);
  });

  app.get('/api/events', async (c) => {
    const params = searchParams(c);
    const filter = eventFilterParams(params);
    const { limit, offset } = pageParams(params);
    return c.json({ filter, limit, offset, events: await store.listEvents(filter, { limit, offset }) });
  });

  app.get('/api/actors', async (c) => {
    const params = searchParams(c);
    const q = textParam(params, 'q');
    const country = countryParam(params);
    const { limit, offset } = pageParams(params);
    const actors = await store.listActors({ ...(q && { q }), ...(country && { country }), limit, offset });
    return c.json({ limit, offset, actors });
  });

  app.get('/api/network', async (c) => {
    const params = searchParams(c);
    const filter = eventFilterParams(params);
    const limit = intParam(params, 'limit', MAX_LIMIT, 1, MAX_LINKS);
    return c.json({ filter, limit, links: await store.actorLinks(filter, limit) });
  });

  app.get('/api/dyads', async (c) => {
    const params = searchParams(c);
    const { dyad, country, since, until } = eventFilterParams(params);
    const limit = intParam(params, 'limit', MAX_LIMIT, 1, MAX_DYADS);
    const dyads = await store.dyadTotals({ ...(dyad && { dyad }), ...(country && { country }), ...(since && { since }), ...(until && { until }) });
    return c.json({ total: dyads.length, dyads: dyads.slice(0, limit) });
  });

  app.get('/api/timeline', async (c) => {
    const params = searchParams(c);
    const { dyad, since, until } = eventFilterParams(params);
    if (!dyad) throw new BadRequest('dyad: required, e.g. dyad=PRK-IRN');
    const by = oneOf(params, 'by', PERIODS) ?? 'day';
    const directed = params.get('directed') === '1';
    const points = await timeline(store, dyad[0], dyad[1], { by, directed, ...(since && { since }), ...(until && { until }) });
    return c.json({ dyad, by, directed, points });
  });

  app.get('/api/signals', async (c) => {
    const params = searchParams(c);
    const { since, until, country } = eventFilterParams(params);
    const kinds = listParam(params, 'kind', SIGNAL_KINDS) as SignalKind[] | undefined;
    const limit = intParam(params, 'limit', MAX_LIMIT, 1, MAX_LIMIT);
    return c.json(await signalFeed(store, { ...(since && { since }), ...(until && { until }), ...(kinds && { kinds }), ...(country && { country }) }, limit));
  });

  // The opening view's data in one answer, the same for every reader who opens the dashboard, so
  // it is reused for a few seconds, and refreshed after a write (and made as soon as the server
  // starts, see serve.ts).
  const worldAnswers = new Map<string, { value: Promise<CachedJson>; at: number }>();
  app.get('/api/world', async (c) => {
    const params = searchParams(c);
    const { country, since, until } = eventFilterParams(params);
    const key = `${country}|${since}|${until}`;
    let entry = worldAnswers.get(key);
    if (!entry || performance.now() - entry.at > WORLD_TTL_MS) {
      if (worldAnswers.size >= MAX_WORLD_ANSWERS) worldAnswers.clear();
      entry = { value: worldAnswer(store, { country, since, until }).then(cachedJson), at: performance.now() };
      // A failed answer is not kept.
      entry.value.catch(() => worldAnswers.delete(key));
      worldAnswers.set(key, entry);
    }
    return sendCached(c, await entry.value);
  });

  app.get('/api/quotes', async (c) => {
    const params = searchParams(c);
    const speaker = textParam(params, 'speaker');
    const org = textParam(params, 'org');
    const words = wordsParam(params);
    const since = dateParam(params, 'since');
    const until = dateParam(params, 'until');
    if (since && until && since > until) throw new BadRequest(`since: ${since} is after until (${until})`);
    const { limit, offset } = pageParams(params);
    const filter = { ...(speaker && { speaker }), ...(org && { org }), ...(words && { words }), ...(since && { since }), ...(until && { until }) };
    return c.json({ filter, limit, offset, quotes: await store.listQuotes(filter, { limit, offset }) });
  });

  app.get('/api/countries', (c) => c.json(countryList()));

  app.post(
    '/api/ingest',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json({ error: `body: larger than ${maxBodyBytes} bytes` }, 413),
    }),
    async (c) => {
      if (options.token !== undefined) {
        const denied = checkToken(c, options.token);
        if (denied) return denied;
      }
      const item = articleFromBody(c.req.header('content-type') ?? '', await c.req.text());
      if ('error' in item) return c.json({ error: `body: ${item.error.problem}` }, 422);
      pipeline ??= (options.pipeline ?? defaultPipeline)();
      const problems: string[] = [];
      const summary = await ingestItems(store, oneItem(item), await pipeline, { onError: (line) => problems.push(line) });
      if (summary.failed) return c.json({ error: problems[0] ?? 'body: the article could not be processed' }, 422);
      worldAnswers.clear();
      const document = await store.getDocument(item.article.id);
      const status = summary.added ? 'added' : summary.near ? 'near-copy' : 'already-stored';
      return c.json({ status, document }, summary.added || summary.near ? 201 : 200);
    },
  );

  app.all('/api/*', (c) => c.json({ error: `${c.req.method} ${new URL(c.req.url).pathname}: no such endpoint` }, 404));

  app.get('*', (c) => {
    const path = new URL(c.req.url).pathname;
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) {
      if (files.size === 0) return c.text('dyad: the dashboard is not built; run `npm run build`\n', 404);
      return c.text(`${path}: not found\n`, 404);
    }
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    if (file.type.startsWith('text/html')) c.header('Content-Security-Policy', DASHBOARD_CSP);
    if (file.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      c.header('Vary', 'Accept-Encoding');
      return c.body(new Uint8Array(file.gzip));
    }
    return c.body(new Uint8Array(file.body));
  });

  app.notFound((c) => c.json({ error: `${c.req.method} ${new URL(c.req.url).pathname}: no such endpoint` }, 404));

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, 400);
    if (err instanceof UnsupportedType) return c.json({ error: err.message }, 415);
    // A bug: the client gets one line, the console gets the stack.
    process.stderr.write(`dyad serve: ${c.req.method} ${c.req.url}: ${err.stack ?? err.message}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}

/** Signals newest first (a feed of what changed lately), those of `country`'s pairs when given. */
async function signalFeed(store: Store, options: SignalOptions & { country?: string }, limit: number) {
  const { country, ...find } = options;
  let signals = await findSignals(store, find);
  if (country) signals = signals.filter((s) => s.dyad.includes(country));
  signals.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.score - a.score));
  return { total: signals.length, signals: signals.slice(0, limit) };
}

/** A year before `day` (YYYY-MM-DD). */
const yearBefore = (day: string): string => `${Number(day.slice(0, 4)) - 1}${day.slice(4, 10)}`;

/**
 * What the world view shows: the country pairs (those of `country` when chosen) and the latest
 * signals. Without dates the feed covers the year up to the newest article, so a store of old
 * news still shows its last shifts.
 */
async function worldAnswer(store: Store, { country, since, until }: { country?: string; since?: string; until?: string }) {
  const newest = since || until ? undefined : (await store.latest({ limit: 1 }))[0]?.published?.slice(0, 10);
  const feed = { since: since ?? (newest && yearBefore(newest)), until: until ?? newest };
  const [dyads, signals] = await Promise.all([
    store.dyadTotals({ ...(country && { country }), ...(since && { since }), ...(until && { until }) }),
    signalFeed(store, { ...(feed.since && { since: feed.since }), ...(feed.until && { until: feed.until }), ...(country && { country }) }, WORLD_SIGNALS),
  ]);
  return {
    dyads: { total: dyads.length, dyads: dyads.slice(0, MAX_DYADS) },
    signals: { ...feed, ...signals },
  };
}

interface CachedJson {
  body: string;
  etag: string;
}

function cachedJson(value: unknown): CachedJson {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** A kept answer, or 304 when the client holds it already (it asks again each time: no-cache). */
function sendCached(c: Context, { body, etag }: CachedJson): Response {
  c.header('ETag', etag);
  c.header('Cache-Control', 'no-cache');
  // Compressed, the tag is sent as weak (W/"…"); If-None-Match compares tags weakly either way.
  const held = c.req.header('if-none-match')?.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (held?.includes(etag) || held?.includes('*')) return c.body(null, 304);
  c.header('Content-Type', 'application/json');
  return c.body(body);
}

function searchParams(c: Context): URLSearchParams {
  return new URL(c.req.url).searchParams;
}

async function* oneItem<T>(item: T): AsyncGenerator<T> {
  yield item;
}

/** A 401 answer unless the request carries the token; compared in constant time. */
function checkToken(c: Context, token: string): Response | undefined {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) return c.json({ error: 'Authorization: a Bearer token is required to write' }, 401);
  const given = Buffer.from(m[1]);
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return c.json({ error: 'Authorization: wrong token' }, 403);
  }
  return undefined;
}
