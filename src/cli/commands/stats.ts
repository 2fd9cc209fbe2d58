import type { Command } from '../command.js';
import { str } from '../command.js';

export const command: Command = {
  name: 'stats',
  summary: 'Count what the database holds: articles, duplicates, sentences, entities, actors, events, quotes',
  help: `Usage: dyad stats [--db PATH] [--json]

Options:
  --db PATH   database file (default: $DYAD_DB, else ./dyad.db)
  --json      one JSON object: {"articles": n, "duplicates": n, "events": n, …}
`,
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const { openStore, storeLocation } = await import('../../store/index.js');
    const location = storeLocation(str(values.db));
    const store = await openStore(location, { mustExist: true });
    try {
      const stats = await store.stats();
      if (values.json) {
        process.stdout.write(JSON.stringify(stats) + '\n');
        return 0;
      }
      const rows = Object.entries(stats).map(([key, value]) => [key, value === null ? '-' : String(value)]);
      const width = Math.max(...rows.map(([key]) => key.length));
      process.stdout.write(`${location}\n` + rows.map(([key, value]) => `  ${key.padEnd(width)}  ${value}`).join('\n') + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
