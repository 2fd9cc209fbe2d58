import type { Command } from '../command.js';
import { dateOption, int, str, UserError } from '../command.js';

export const command: Command = {
  name: 'enqueue',
  summary: 'Queue articles in PostgreSQL for `dyad worker`s on any number of machines (distributed ingest)',
  help: `Usage: dyad enqueue <inputs…> [--date YYYY-MM-DD] [--db postgres://…] [--batch N]
                    [--retries N] [--retry-delay S] [--timeout S] [--json]

Reads each input as \`dyad ingest\` does and queues the articles in batches; \`dyad worker\`
processes take them, run the pipeline and store the results. Exact copies of stored or queued
articles are skipped here; near copies are queued to be stored as duplicates of their first copy.
Running it again over the same inputs queues nothing. See docs/scale-out.md.

Options:
  --date D          publication date for articles whose source gives none
  --db URL          PostgreSQL database (default: $DATABASE_URL)
  --batch N         articles per batch (default 50)
  --retries N       retries of a failed batch before it goes to the dead-letter queue (default 3)
  --retry-delay S   seconds before the first retry, doubled for each next one (default 10)
  --timeout S       a batch running longer is taken as lost (its worker died) and retried (default 600)
  --json            print the summary as one JSON object on standard output
`,
  options: {
    date: { type: 'string' },
    db: { type: 'string' },
    batch: { type: 'string' },
    retries: { type: 'string' },
    'retry-delay': { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const date = dateOption(values.date);
    const batchSize = int(values.batch, 'batch') ?? 50;
    if (batchSize < 1) throw new UserError('--batch: expected at least 1');
    const { DEFAULT_POLICY } = await import('../../queue/boss.js');
    const policy = {
      retryLimit: int(values.retries, 'retries') ?? DEFAULT_POLICY.retryLimit,
      retryDelaySeconds: int(values['retry-delay'], 'retry-delay') ?? DEFAULT_POLICY.retryDelaySeconds,
      expireInSeconds: int(values.timeout, 'timeout') ?? DEFAULT_POLICY.expireInSeconds,
    };
    if (policy.expireInSeconds < 1) throw new UserError('--timeout: expected at least 1');
    if (positionals.length === 0) throw new UserError('no inputs; give files, directories or - for standard input');
    const { postgresLocation } = await import('../../queue/location.js');
    const url = postgresLocation(str(values.db));
    const { readInputs } = await import('../../ingest/index.js');
    const { enqueueItems } = await import('../../queue/enqueue.js');
    const { Progress } = await import('../progress.js');
    const progress = new Progress('enqueue');
    const stop = new AbortController();
    const onInterrupt = () => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
    };
    process.on('SIGINT', onInterrupt);
    try {
      const summary = await enqueueItems(url, readInputs(positionals, { date }), {
        batchSize,
        policy,
        signal: stop.signal,
        onItem: () => progress.tick(),
        onError: (line) => {
          progress.finish();
          process.stderr.write(line + '\n');
        },
      });
      progress.finish();
      process.stderr.write(
        `queued ${summary.queued} articles in ${summary.batches} batches, duplicates ${summary.duplicates} (near ${summary.near}), ` +
          `failed ${summary.failed} in ${summary.seconds.toFixed(1)} s${summary.interrupted ? ', interrupted' : ''}\n`,
      );
      if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
      if (summary.interrupted) return 130;
      return summary.failed ? 1 : 0;
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  },
};
