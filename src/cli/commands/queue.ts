import type { Command, ParsedArgs } from '../command.js';
import { str, UserError } from '../command.js';

const SUBCOMMANDS = ['status', 'retry'];

export const command: Command = {
  name: 'queue',
  summary: 'Watch the distributed ingest (batches pending, active, done, failed; rate; time left) and retry dead letters',
  help: `Usage: dyad queue status [--db postgres://…] [--json]
       dyad queue retry [--db postgres://…] [--id JOB_ID …] [--json]

status   where the distributed ingest stands; lists the dead-lettered batches with their errors
retry    sends dead-lettered batches (all, or those given by --id) back to the ingest queue with
         the queue's retry policy, taking them out of the dead-letter queue in the same
         transaction; an id not in the dead-letter queue is an error and nothing is re-queued

Options:
  --db URL   PostgreSQL database (default: $DATABASE_URL)
  --id ID    retry: a dead letter's id as \`dyad queue status\` shows it (repeatable; default: all)
  --json     status: one JSON object: {"pending": n, "active": n, "done": n, "failed": n, "articlesLeft": n,
             "articlesPerSecond": x, "secondsLeft": x|null, "deadLetters": [{"id", "error"}]}
             retry: {"requeued": n, "batches": [{"deadLetter": id, "job": new job id}]}
`,
  options: { db: { type: 'string' }, id: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  async run({ values, positionals }) {
    const [sub] = positionals;
    if (positionals.length !== 1 || !SUBCOMMANDS.includes(sub)) {
      throw new UserError(positionals.length ? `unknown subcommand "${positionals.join(' ')}"; try \`dyad queue status\` or \`dyad queue retry\`` : 'which? try `dyad queue status` or `dyad queue retry`');
    }
    if (sub !== 'retry' && values.id !== undefined) throw new UserError('--id goes with `dyad queue retry`');
    const { postgresLocation } = await import('../../queue/location.js');
    const url = postgresLocation(str(values.db));
    const { safeUrl, serverProblem } = await import('../../store/postgres.js');
    const oneLine = (err: unknown) => {
      if (err instanceof UserError) throw err;
      throw new UserError(`${safeUrl(url)}: ${serverProblem(err) ?? (err as Error).message}`);
    };
    return sub === 'retry' ? retry(url, values, oneLine) : status(url, values, oneLine);
  },
};

async function status(url: string, values: ParsedArgs['values'], oneLine: (err: unknown) => never): Promise<number> {
  const { queueStatus } = await import('../../queue/status.js');
  const status = await queueStatus(url).catch(oneLine);
  if (values.json) {
    process.stdout.write(JSON.stringify(status) + '\n');
    return 0;
  }
  const { formatDuration } = await import('../progress.js');
  const left = status.secondsLeft === null ? 'unknown' : formatDuration(status.secondsLeft);
  process.stdout.write(
    `batches: ${status.pending} pending, ${status.active} active, ${status.done} done, ${status.failed} failed\n` +
      `articles left: ${status.articlesLeft}, ${status.articlesPerSecond.toFixed(1)} articles/s, ${left} left\n` +
      status.deadLetters.map((d) => `dead letter ${d.id}: ${d.error}\n`).join(''),
  );
  return 0;
}

async function retry(url: string, values: ParsedArgs['values'], oneLine: (err: unknown) => never): Promise<number> {
  const { retryDeadLetters } = await import('../../queue/retry.js');
  const ids = values.id as string[] | undefined;
  const batches = await retryDeadLetters(url, ids).catch(oneLine);
  process.stdout.write(
    values.json
      ? JSON.stringify({ requeued: batches.length, batches }) + '\n'
      : `re-queued ${batches.length} dead-lettered ${batches.length === 1 ? 'batch' : 'batches'}\n`,
  );
  return 0;
}
