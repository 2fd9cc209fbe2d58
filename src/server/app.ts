import { Hono } from 'hono';
import type { SearchOptions, Store } from '../store/index.js';
import { PAGE_CSP, PAGE_HTML } from './page.js';
import { BadRequest, DEFAULT_LIMIT, intParam, MAX_LIMIT, queryParam } from './params.js';

/** One line of an article listing: what a list shows before the whole document is fetched. */
export interface ArticleSummary {
  id: string;
  title?: string;
  published?: string;
  source?: string;
  duplicateOf?: string;
}

/** What the API reads from the store. */
export type ApiStore = Pick<Store, 'getDocument' | 'search' | 'stats'> & {
  /** Newest articles first, by publication date. */
  latest(options?: SearchOptions): Promise<ArticleSummary[]>;
};

/** Deepest page a listing may ask for; a client that needs more should search. */
const MAX_OFFSET = 100_000;

/**
 * The HTTP API over a store. Every answer is JSON except the page at `/`; every error is
 * `{error}` with a 4xx status (500 only for a bug, without its stack).
 *
 *   GET /api/stats                              counts of stored articles, events, quotes …
 *   GET /api/articles?q=&limit=&offset=         search results when q is given, else the latest articles
 *   GET /api/articles/:id                       one contract document (ARCHITECTURE.md)
 */
export function createApp(store: ApiStore): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(PAGE_HTML);
  });

  app.get('/api/stats', async (c) => c.json(await store.stats()));

  app.get('/api/articles', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const q = queryParam(params);
    const limit = intParam(params, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
    const offset = intParam(params, 'offset', 0, 0, MAX_OFFSET);
    const articles = q === undefined ? await store.latest({ limit, offset }) : await store.search(q, { limit, offset });
    return c.json({ ...(q !== undefined && { query: q }), limit, offset, articles });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const doc = await store.getDocument(id);
    if (!doc) return c.json({ error: `article ${id}: not found` }, 404);
    return c.json(doc);
  });

  app.notFound((c) => c.json({ error: `${c.req.method} ${new URL(c.req.url).pathname}: no such endpoint` }, 404));

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, 400);
    // A bug: the client gets one line, the console gets the stack.
    process.stderr.write(`dyad serve: ${c.req.method} ${c.req.url}: ${err.stack ?? err.message}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}
