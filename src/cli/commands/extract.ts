import type { Command } from '../command.js';
import { dateOption, str, UserError } from '../command.js';

export const command: Command = {
  name: 'extract',
  summary: 'Read articles and print the extracted documents as JSON Lines (nothing is stored)',
  help: `Usage: dyad extract <inputs…> [--date YYYY-MM-DD] [--db PATH] [--pretty]

Reads each input (text, HTML, JSON Lines, RSS/Atom, WARC, a directory, or - for standard input),
runs the pipeline and prints one contract document (ARCHITECTURE.md) per article, one per line.

Options:
  --date D    publication date for articles whose source gives none
  --db PATH   code actors with the dictionaries imported into this database (dyad dict import)
  --pretty    indent the JSON (one document then spans several lines)
`,
  options: { date: { type: 'string' }, db: { type: 'string' }, pretty: { type: 'boolean' } },
  async run({ values, positionals }) {
    const date = dateOption(values.date);
    const inputs = positionals.length ? positionals : ['-'];
    const dbPath = str(values.db);
    let dictionary;
    if (dbPath) {
      const { existsSync } = await import('node:fs');
      if (!existsSync(dbPath)) throw new UserError(`${dbPath}: no database here`);
      const { DictionaryStore } = await import('../../lexicon/dictionary-store.js');
      dictionary = DictionaryStore.openExisting(dbPath);
    }
    const { readInputs } = await import('../../ingest/index.js');
    const { createPipeline } = await import('../../pipeline.js');
    const pipeline = createPipeline({ dictionary });
    let failed = 0;
    for await (const item of readInputs(inputs, { date })) {
      if ('error' in item) {
        failed++;
        process.stderr.write(`${item.error.where}: ${item.error.problem}\n`);
        continue;
      }
      const doc = pipeline.process(item.article);
      process.stdout.write(JSON.stringify(doc.toJSON(), null, values.pretty ? 2 : undefined) + '\n');
    }
    dictionary?.close();
    return failed ? 1 : 0;
  },
};
