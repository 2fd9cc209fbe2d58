import type { IngestSummary } from '../../store/ingest.js';
import type { Command } from '../command.js';
import { dateOption, int, str, UserError } from '../command.js';

export const command: Command = {
  name: 'ingest',
  summary: 'Read articles, extract them and store them in the database (deduplicated)',
  help: `Usage: dyad ingest <inputs…> [--date YYYY-MM-DD] [--db PATH] [--batch N] [--json]

Reads each input (text, HTML, JSON Lines, RSS/Atom, WARC, a directory, or - for standard input),
runs the pipeline and stores every article with its layers. An article already stored (same
content) is skipped; a near copy of a stored one (the same wire story under another headline) is
stored as a duplicate of the first copy and not coded again. Running it again over the same
inputs adds nothing; an interrupted run can simply be repeated.

Options:
  --date D     publication date for articles whose source gives none
  --db PATH    database file (default: $DYAD_DB, else ./dyad.db); dictionaries imported
               into it (dyad dict import) code the actors
  --batch N    articles per transaction (default 200)
  --json       print the summary as one JSON object on standard output
`,
  options: {
    date: { type: 'string' },
    db: { type: 'string' },
    batch: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const date = dateOption(values.date);
    const batchSize = int(values.batch, 'batch') ?? 200;
    if (batchSize < 1) throw new UserError('--batch: expected at least 1');
    if (positionals.length === 0) throw new UserError('no inputs; give files, directories or - for standard input');
    const { openStore, storeLocation } = await import('../../store/index.js');
    const { ingestItems } = await import('../../store/ingest.js');
    const { estimateCount, readInputs } = await import('../../ingest/index.js');
    const { createPipeline } = await import('../../pipeline.js');
    const { Progress } = await import('../progress.js');
    const location = storeLocation(str(values.db));
    const store = await openStore(location);
    // Dictionaries imported into the same database (dyad dict import) code the actors.
    const { DictionaryStore } = await import('../../lexicon/dictionary-store.js');
    const dictionary = DictionaryStore.openExisting(location);
    const progress = new Progress('ingest');
    if (process.stderr.isTTY) void estimateCount(positionals).then((n) => n && progress.setTotal(n));
    // Ctrl-C: commit what was read and print the summary; a second Ctrl-C quits at once.
    const stop = new AbortController();
    const onInterrupt = () => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
    };
    process.on('SIGINT', onInterrupt);
    let summary: IngestSummary;
    try {
      summary = await ingestItems(store, readInputs(positionals, { date }), createPipeline({ dictionary }), {
        batchSize,
        signal: stop.signal,
        onItem: () => progress.tick(),
        onError: (line) => {
          progress.finish();
          process.stderr.write(line + '\n');
        },
      });
    } finally {
      process.off('SIGINT', onInterrupt);
      progress.finish();
      await store.close();
      dictionary?.close();
    }
    const rate = summary.articlesPerSecond.toFixed(0);
    process.stderr.write(
      `added ${summary.added}, duplicates ${summary.duplicates} (near ${summary.near}), failed ${summary.failed} ` +
        `in ${summary.seconds.toFixed(1)} s (${rate} articles/s)${summary.interrupted ? ', interrupted' : ''}\n`,
    );
    if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
    if (summary.interrupted) return 130;
    return summary.failed ? 1 : 0;
  },
};
