import type { Command } from '../command.js';
import { int, str, UserError } from '../command.js';

export const command: Command = {
  name: 'worker',
  summary: 'Take queued article batches from PostgreSQL, code and store them (run as many as you like)',
  help: `Usage: dyad worker [--db postgres://…] [--concurrency N] [--dict PATH] [--exit-when-done]

Takes the batches \`dyad enqueue\` queued, runs the pipeline on each article and stores it in its
own transaction. Start any number, on any machine that reaches the database. A worker that dies
loses nothing: its batch is retried once its timeout passes (dyad enqueue --timeout), and
articles already stored are not stored again. A batch whose article fails is retried with
backoff, then moved to the dead-letter queue with the error (see \`dyad queue status\`).
Ctrl-C (or SIGTERM) finishes the batches in hand and stops; a second one stops at once.

Options:
  --db URL           PostgreSQL database (default: $DATABASE_URL)
  --concurrency N    batches in flight in this process (default 1); coding is CPU-bound and
                     single-threaded, so use one worker process per core to use more cores
  --dict PATH        SQLite file with imported dictionaries (dyad dict import) to code actors
  --exit-when-done   exit once no batch is waiting, running or due for a retry
  --json             print the summary as one JSON object on standard output
`,
  options: {
    db: { type: 'string' },
    concurrency: { type: 'string' },
    dict: { type: 'string' },
    'exit-when-done': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    if (positionals.length) throw new UserError(`unexpected argument "${positionals[0]}"`);
    const concurrency = int(values.concurrency, 'concurrency') ?? 1;
    if (concurrency < 1) throw new UserError('--concurrency: expected at least 1');
    const { postgresLocation } = await import('../../queue/location.js');
    const url = postgresLocation(str(values.db));
    const { createPipeline, Pipeline } = await import('../../pipeline.js');
    const { testStages, runWorker } = await import('../../queue/worker.js');
    const dictPath = str(values.dict);
    const { DictionaryStore } = await import('../../lexicon/dictionary-store.js');
    const dictionary = dictPath === undefined ? undefined : DictionaryStore.openExisting(dictPath);
    if (dictPath !== undefined && !dictionary) throw new UserError(`${dictPath}: no imported dictionaries here; see \`dyad dict import\``);
    let pipeline = createPipeline({ dictionary });
    const hooks = testStages(process.env);
    if (hooks.length) pipeline = new Pipeline([...hooks, ...pipeline.stages]);
    const stop = new AbortController();
    const onStop = () => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
    };
    process.on('SIGINT', onStop);
    process.on('SIGTERM', onStop);
    try {
      const summary = await runWorker(url, pipeline, {
        concurrency,
        exitWhenDone: Boolean(values['exit-when-done']),
        signal: stop.signal,
        onLog: (line) => process.stderr.write(line + '\n'),
      });
      process.stderr.write(
        `stored ${summary.stored} articles (${summary.existing} stored already) from ${summary.batches} batches, ` +
          `${summary.failedBatches} failed, in ${summary.seconds.toFixed(1)} s\n`,
      );
      if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
      return stop.signal.aborted ? 130 : 0;
    } finally {
      process.off('SIGINT', onStop);
      process.off('SIGTERM', onStop);
      dictionary?.close();
    }
  },
};
