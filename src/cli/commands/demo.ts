import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from '../command.js';
import { str } from '../command.js';
import { DEFAULT_HOST, portOption } from './serve.js';

// Paths from the repository root (this file runs as dist/src/cli/commands/demo.js).
const root = new URL('../../../../', import.meta.url);
const DEMO_SET = fileURLToPath(new URL('demo/articles.jsonl', root));
/** The founding article; present only next to a checkout that has the shared folder beside it. */
const SEED = fileURLToPath(new URL('../shared/seed/000_2a88d4aa877cd891.txt', root));
/** The seed file is plain text without a date; this is its publication date. */
const SEED_PUBLISHED = '2017-08-04';

export const command: Command = {
  name: 'demo',
  summary: 'Store the bundled demo articles and serve them (what `npm start` runs)',
  help: `Usage: dyad demo [--db PATH] [--port P]

Ingests the demo articles (demo/articles.jsonl, plus the founding article from
../shared/seed when that folder exists) into the database, then serves it like \`dyad serve\`
on ${DEFAULT_HOST} and prints the URL. Articles already stored are skipped, so running it
again adds nothing.

Options:
  --db PATH   database file (default: $DYAD_DB, else ./dyad.db)
  --port P    port (default 8080; 0 picks a free one)
`,
  options: { db: { type: 'string' }, port: { type: 'string' } },
  async run({ values }) {
    const port = portOption(values.port);
    const { openStore, storeLocation } = await import('../../store/index.js');
    const { ingestItems } = await import('../../store/ingest.js');
    const { readInputs } = await import('../../ingest/index.js');
    const { createPipeline } = await import('../../pipeline.js');
    const { serveUntilStopped } = await import('../../server/serve.js');

    async function* demoItems() {
      yield* readInputs([DEMO_SET]);
      if (existsSync(SEED)) yield* readInputs([SEED], { date: SEED_PUBLISHED });
    }

    const store = await openStore(storeLocation(str(values.db)));
    try {
      const summary = await ingestItems(store, demoItems(), createPipeline(), {
        onError: (line) => process.stderr.write(line + '\n'),
      });
      process.stderr.write(
        `demo: added ${summary.added}, already stored or copies ${summary.duplicates} (near copies ${summary.near}), failed ${summary.failed}\n`,
      );
      await serveUntilStopped(store, { host: DEFAULT_HOST, port, token: process.env.DYAD_TOKEN || undefined });
    } catch (err) {
      await store.close();
      throw err;
    }
    return 0;
  },
};
