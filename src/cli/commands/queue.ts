import type { Command } from '../command.js';
import { str, UserError } from '../command.js';

export const command: Command = {
  name: 'queue',
  summary: 'Show where the distributed ingest stands: batches pending, active, done, failed; rate; time left',
  help: `Usage: dyad queue status [--db postgres://…] [--json]

Options:
  --db URL   PostgreSQL database (default: $DATABASE_URL)
  --json     one JSON object: {"pending": n, "active": n, "done": n, "failed": n, "articlesLeft": n,
             "articlesPerSecond": x, "secondsLeft": x|null, "deadLetters": [{"id", "error"}]}
`,
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }) {
    if (positionals[0] !== 'status' || positionals.length > 1) {
      throw new UserError(positionals.length ? `unknown subcommand "${positionals.join(' ')}"; try \`dyad queue status\`` : 'which? try `dyad queue status`');
    }
    const { postgresLocation } = await import('../../queue/location.js');
    const url = postgresLocation(str(values.db));
    const { queueStatus } = await import('../../queue/status.js');
    const { safeUrl, serverProblem } = await import('../../store/postgres.js');
    const status = await queueStatus(url).catch((err) => {
      throw new UserError(`${safeUrl(url)}: ${serverProblem(err) ?? (err as Error).message}`);
    });
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
  },
};
