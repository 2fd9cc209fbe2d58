import pg from 'pg';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from './boss.js';

export interface QueueStatus {
  /** Batches waiting (new, or failed and due for a retry). */
  pending: number;
  /** Batches a worker is on now. */
  active: number;
  /** Batches done. */
  done: number;
  /** Batches that failed every attempt and wait in the dead-letter queue (`dyad queue retry` sends them back). */
  failed: number;
  /** Articles in the waiting and active batches. */
  articlesLeft: number;
  /** Articles per second over the batches done in the last five minutes; 0 when none. */
  articlesPerSecond: number;
  /** Estimated seconds until the queue is empty; null when unknown (nothing done lately). */
  secondsLeft: number | null;
  /** The error of each dead-lettered batch, newest first (at most 10). */
  deadLetters: { id: string; error: string }[];
}

/** pg-boss's job table and its archive hold the same columns; done batches move to the archive after a while. */
const JOBS = `(SELECT name, state, data, started_on, completed_on FROM pgboss.job
  UNION ALL SELECT name, state, data, started_on, completed_on FROM pgboss.archive)`;

/** Where the distributed ingest stands, read from pg-boss's tables. */
export async function queueStatus(url: string): Promise<QueueStatus> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: [present] } = await db.query("SELECT to_regclass('pgboss.job') IS NOT NULL AS yes");
    if (!present.yes) return { pending: 0, active: 0, done: 0, failed: 0, articlesLeft: 0, articlesPerSecond: 0, secondsLeft: null, deadLetters: [] };
    const { rows: [c] } = await db.query(`SELECT
        count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS pending,
        count(*) FILTER (WHERE state = 'active')::int AS active,
        count(*) FILTER (WHERE state = 'completed')::int AS done,
        coalesce(sum(jsonb_array_length(data->'articles')) FILTER (WHERE state IN ('created', 'retry', 'active')), 0)::int AS left,
        coalesce(sum(jsonb_array_length(data->'articles')) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '5 minutes'), 0)::int AS recent,
        extract(epoch FROM max(completed_on) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '5 minutes')
          - min(started_on) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '5 minutes'))::float8 AS span
      FROM ${JOBS} j WHERE name = $1`, [INGEST_QUEUE]);
    const rate = c.span > 0 ? c.recent / c.span : 0;
    // Counted in the dead-letter queue, not by the ingest queue's failed jobs: those stay behind
    // as history when a batch is retried, and the retried job is counted again.
    const { rows: [{ failed }] } = await db.query('SELECT count(*)::int AS failed FROM pgboss.job WHERE name = $1', [DEAD_LETTER_QUEUE]);
    const { rows: dead } = await db.query(
      `SELECT id, output->>'message' AS error FROM pgboss.job WHERE name = $1 ORDER BY created_on DESC LIMIT 10`,
      [DEAD_LETTER_QUEUE],
    );
    return {
      pending: c.pending,
      active: c.active,
      done: c.done,
      failed,
      articlesLeft: c.left,
      articlesPerSecond: rate,
      secondsLeft: rate > 0 ? c.left / rate : c.left === 0 ? 0 : null,
      deadLetters: dead.map((r) => ({ id: r.id as string, error: (r.error as string | null) ?? 'unknown error' })),
    };
  } finally {
    await db.end();
  }
}
