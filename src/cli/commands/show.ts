import type { Command } from '../command.js';
import { str, UserError } from '../command.js';

export const command: Command = {
  name: 'show',
  summary: 'Print a stored article as its contract JSON document',
  help: `Usage: dyad show <id> [--db PATH] [--pretty]

Prints the stored document (ARCHITECTURE.md contract: text, sentences, entities, actors, events,
quotes) for an article id, as \`dyad extract\` would. A unique prefix of the id is enough.

Options:
  --db PATH   database file (default: $DYAD_DB, else ./dyad.db)
  --pretty    indent the JSON
`,
  options: { db: { type: 'string' }, pretty: { type: 'boolean' } },
  async run({ values, positionals }) {
    if (positionals.length !== 1) throw new UserError('expected one article id; `dyad search` finds ids');
    const [wanted] = positionals;
    const { openStore, storeLocation } = await import('../../store/index.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      let document = await store.getDocument(wanted);
      if (!document) {
        const ids = await store.idsWithPrefix(wanted, 3);
        if (ids.length === 0) throw new UserError(`${wanted}: no stored article has this id`, 1);
        if (ids.length > 1) throw new UserError(`${wanted}: ambiguous id prefix (${ids.slice(0, 2).join(', ')}, …); give more characters`, 1);
        document = await store.getDocument(ids[0]);
      }
      process.stdout.write(JSON.stringify(document, null, values.pretty ? 2 : undefined) + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
