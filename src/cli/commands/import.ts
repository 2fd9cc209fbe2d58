import type { Command } from '../command.js';
import { int, str, UserError } from '../command.js';

export const command: Command = {
  name: 'import',
  summary: 'Load GDELT 2.0 event files as events coded by "gdelt", beside our own in timelines',
  help: `Usage: dyad import --gdelt FILE… [--batch N] [--db PATH] [--json]

Reads GDELT 2.0 event export files (61 tab-separated columns, such as
20170804000000.export.CSV, or the .zip GDELT serves) and stores their events, one article per
source URL, publisher "gdelt". They join the relation tables as coder gdelt, so
\`dyad timeline A B\` shows GDELT's coding of a day beside ours. Importing a file twice adds
nothing. A line that cannot be read is reported as FILE:LINE and skipped.

Options:
  --gdelt       the files are GDELT 2.0 event exports (the only kind for now)
  --batch N     articles per transaction (default 500)
  --db PATH     database file (default: $DYAD_DB, else ./dyad.db)
  --json        print the summary as one JSON object
`,
  options: { gdelt: { type: 'boolean' }, batch: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }) {
    if (!values.gdelt) throw new UserError('say what the files are: --gdelt');
    if (positionals.length === 0) throw new UserError('no files; give GDELT event export files (.CSV or .zip)');
    const batchSize = int(values.batch, 'batch') ?? 500;
    if (batchSize < 1) throw new UserError('--batch: expected at least 1');
    const { existsSync } = await import('node:fs');
    for (const p of positionals) if (!existsSync(p)) throw new UserError(`${p}: no such file`);
    const { gdeltDocuments, gdeltFileLines, parseGdeltLine } = await import('../../import/gdelt.js');
    const { openStore, storeLocation } = await import('../../store/index.js');
    const store = await openStore(storeLocation(str(values.db)));
    const summary = { rows: 0, bad: 0, articles: 0, existing: 0, seconds: 0 };
    const started = performance.now();
    try {
      for (const path of positionals) {
        let rows: Exclude<ReturnType<typeof parseGdeltLine>, string>[] = [];
        const flush = async () => {
          const documents = gdeltDocuments(rows);
          for (let i = 0; i < documents.length; i += batchSize) {
            const result = await store.putDocuments(documents.slice(i, i + batchSize).map((document) => ({ document, origin: path })));
            summary.articles += result.added;
            summary.existing += result.existing.length;
          }
          rows = [];
        };
        try {
          for await (const { where, line } of gdeltFileLines(path)) {
            const row = parseGdeltLine(line);
            if (typeof row === 'string') {
              summary.bad++;
              process.stderr.write(`${where}: ${row}\n`);
              continue;
            }
            summary.rows++;
            rows.push(row);
          }
        } catch (err) {
          if (err instanceof UserError) throw err;
          throw new UserError(`${path}: ${(err as Error).message}`);
        }
        // One file at a time, so that every event of a source URL in it lands in one article.
        await flush();
      }
    } finally {
      await store.close();
    }
    summary.seconds = (performance.now() - started) / 1000;
    process.stderr.write(`imported ${summary.rows} GDELT events into ${summary.articles} articles (${summary.existing} already stored), ${summary.bad} bad lines, in ${summary.seconds.toFixed(1)} s\n`);
    if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
    return summary.bad ? 1 : 0;
  },
};
