import type { Command } from '../command.js';
import { dateOption } from '../command.js';

export const command: Command = {
  name: 'extract',
  summary: 'Read articles and print the extracted documents as JSON Lines (nothing is stored)',
  help: `Usage: dyad extract <inputs…> [--date YYYY-MM-DD] [--pretty]

Reads each input (text, HTML, JSON Lines, RSS/Atom, WARC, a directory, or - for standard input),
runs the pipeline and prints one contract document (ARCHITECTURE.md) per article, one per line.

Options:
  --date D    publication date for articles whose source gives none
  --pretty    indent the JSON (one document then spans several lines)
`,
  options: { date: { type: 'string' }, pretty: { type: 'boolean' } },
  async run({ values, positionals }) {
    const { readInputs } = await import('../../ingest/index.js');
    const { createPipeline } = await import('../../pipeline.js');
    const date = dateOption(values.date);
    const inputs = positionals.length ? positionals : ['-'];
    const pipeline = createPipeline();
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
    return failed ? 1 : 0;
  },
};
