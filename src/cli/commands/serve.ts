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
  summary: 'Serve the stored articles and events over HTTP (JSON API and a page to browse them)',
  help: `Usage: dyad serve [--db PATH] [--host H] [--port P]

Serves the database over HTTP until Ctrl-C (SIGINT) or SIGTERM, and prints the URL.

  GET /                                  a page with counts, search and the latest articles
  GET /api/stats                         counts of stored articles, events, quotes …
  GET /api/articles?q=&limit=&offset=    search results when q is given, else the latest articles
  GET /api/articles/ID                   one extracted document (the JSON of \`dyad extract\`)

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
      await serveUntilStopped(store, { host, port });
    } catch (err) {
      await store.close();
      throw err;
    }
    return 0;
  },
};
