import type { Command } from '../command.js';
import { str } from '../command.js';

export const command: Command = {
  name: 'rebuild',
  summary: 'Recompute the relation tables (dyads, coverage, firsts) from the stored events',
  help: `Usage: dyad rebuild [--db PATH] [--json]

Empties the derived relation tables and fills them again from every stored article's events and
actors. Ingest keeps them up to date by itself; rebuild after changing how relations are counted,
or for a database written before they existed.

Options:
  --db PATH   database file (default: $DYAD_DB, else ./dyad.db)
  --json      print the summary as one JSON object
`,
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const { openStore, storeLocation } = await import('../../store/index.js');
    const { rebuildRelations } = await import('../../graph/rebuild.js');
    const { Progress } = await import('../progress.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    const progress = new Progress('rebuild');
    try {
      let seen = 0;
      const summary = await rebuildRelations(store, {
        onPage: (n) => {
          progress.tick(n - seen);
          seen = n;
        },
      });
      progress.finish();
      process.stderr.write(`rebuilt relations from ${summary.events} events in ${summary.articles} articles in ${summary.seconds.toFixed(1)} s\n`);
      if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
      return 0;
    } finally {
      progress.finish();
      await store.close();
    }
  },
};
