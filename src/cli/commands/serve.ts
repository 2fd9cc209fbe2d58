import type { Command } from '../command.js';
import { int, str, UserError } from '../command.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

/** `--port`, checked: 0 (any free port) to 65535. */
export function portOption(v: Parameters<typeof int>[0]): number {
  const port = int(v, 'port') ?? DEFAULT_PORT;
  if (port > 65535) throw new UserError(`--port: expected a port number from 0 to 65535, got ${port}`);
  return port;
}

export const command: Command = {
  name: 'serve',
  summary: 'Serve the stored articles and events over HTTP (JSON API and the dashboard)',
  help: `Usage: dyad serve [--db PATH] [--host H] [--port P]

Serves the database over HTTP until Ctrl-C (SIGINT) or SIGTERM, and prints the URL.

  GET  /                       the dashboard (world map, pairs, network, articles, quotes, search, ingest)
  GET  /api/stats              counts of stored articles, events, quotes …
  GET  /api/articles           ?q=&limit=&offset=: search results when q is given, else the latest
  GET  /api/articles/ID        one extracted document (the JSON of \`dyad extract\`)
  GET  /api/events             ?dyad=PRK-IRN&country=&type=&modality=&since=&until=&limit=&offset=
  GET  /api/actors             ?q=&country=&limit=&offset=
  GET  /api/network            event counts between actors by QuadClass (same filters as events)
  GET  /api/dyads              ?country=&dyad=&since=&until=: country pairs with totals by QuadClass
  GET  /api/timeline           ?dyad=PRK-IRN&by=day|week|month&since=&until=&directed=1
  GET  /api/signals            ?since=&until=&kind=burst,turn,first,drift&country=: newest first
  GET  /api/quotes             ?speaker=&org=&q=WORDS&since=&until=&limit=&offset=
  GET  /api/world              ?country=&since=&until=: the world view's pairs and signal feed at once
  GET  /api/countries          country codes and names
  POST /api/ingest             an article (text/plain, text/html, or JSON {text|html, title, published,
                               url, source}); answers the extracted document and stores it

Errors are JSON {"error": "…"} with a 4xx status. Request bodies are limited to 5 MB.
Writes need \`Authorization: Bearer $DYAD_TOKEN\` when DYAD_TOKEN is set; listening on any
address other than loopback needs it set.

Options:
  --db PATH   the database (default: $DYAD_DB, else ./dyad.db); it must exist
  --host H    address to listen on (default ${DEFAULT_HOST}: this machine only)
  --port P    port (default ${DEFAULT_PORT}; 0 picks a free one)
`,
  options: { db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } },
  async run({ values }) {
    const port = portOption(values.port);
    const host = str(values.host) ?? DEFAULT_HOST;
    const { openStore, storeLocation } = await import('../../store/index.js');
    const { serveUntilStopped } = await import('../../server/serve.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      await serveUntilStopped(store, { host, port, token: process.env.DYAD_TOKEN || undefined });
    } catch (err) {
      await store.close();
      throw err;
    }
    return 0;
  },
};
