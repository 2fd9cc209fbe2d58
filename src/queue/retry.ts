import pg from 'pg';
import { UserError } from '../cli/command.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, openBoss } from './boss.js';
import type { BatchData } from './enqueue.js';

/** A dead-lettered batch sent back: its id in the dead-letter queue and its new job id. */
export interface Requeued {
  deadLetter: string;
  job: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Dead letters taken per fetch when all are retried. */
const CHUNK = 100;

/**
 * Sends dead-lettered batches (all, or those with the given dead-letter job ids) back to the
 * ingest queue, where they get the queue's current retry policy. Everything happens in one
 * transaction through pg-boss's public API (its `db` option): each batch is deleted from the
 * dead-letter queue and sent as a new job together, so a batch is never in both queues, an
 * unknown id leaves everything as it was, and a failure half way re-queues nothing.
 */
export async function retryDeadLetters(url: string, ids?: string[]): Promise<Requeued[]> {
  const boss = await openBoss(url);
  const db = new pg.Client({ connectionString: url });
  const inTransaction = { executeSql: (text: string, values: unknown[]) => db.query(text, values) };
  try {
    await db.connect();
    await db.query('BEGIN');
    try {
      // getJobById then deleteJob is a read then a write, and deleteJob does not say whether it
      // deleted anything: two retries at once could both send one batch. Retries take turns.
      await db.query("SELECT pg_advisory_xact_lock(hashtext('dyad:queue-retry'))");
      const moved: Requeued[] = [];
      const move = async (jobs: { id: string; data: BatchData }[]) => {
        if (jobs.length === 0) return;
        await boss.deleteJob(DEAD_LETTER_QUEUE, jobs.map((j) => j.id), { db: inTransaction });
        for (const { id, data } of jobs) {
          const job = await boss.send(INGEST_QUEUE, data, { db: inTransaction });
          // null: nothing inserted (no ingest queue); the dead letter must not be lost with it.
          if (job === null) throw new Error(`${INGEST_QUEUE}: the queue is missing; run \`dyad enqueue\` once to create it`);
          moved.push({ deadLetter: id, job });
        }
      };
      if (ids) {
        const found: { id: string; data: BatchData }[] = [];
        const missing: string[] = [];
        for (const id of new Set(ids)) {
          const job = UUID.test(id) ? await boss.getJobById<BatchData>(DEAD_LETTER_QUEUE, id, { db: inTransaction, includeArchive: false }) : null;
          if (job) found.push(job);
          else missing.push(id);
        }
        if (missing.length) {
          throw new UserError(`not in the dead-letter queue: ${missing.join(', ')} (\`dyad queue status\` lists dead letters); nothing re-queued`);
        }
        await move(found);
      } else {
        // fetch is pg-boss's only way to list a queue's jobs; it marks them active, which the
        // delete in the same transaction makes moot.
        for (;;) {
          const jobs = await boss.fetch<BatchData>(DEAD_LETTER_QUEUE, { batchSize: CHUNK, ignoreStartAfter: true, db: inTransaction });
          if (jobs.length === 0) break;
          await move(jobs);
        }
      }
      // fetch swallows its errors, which abort the transaction: PostgreSQL then answers COMMIT with a rollback.
      const { command } = await db.query('COMMIT');
      if (command !== 'COMMIT') throw new Error('the transaction was rolled back; nothing re-queued');
      return moved;
    } catch (err) {
      await db.query('ROLLBACK').catch(() => {});
      throw err;
    }
  } finally {
    await db.end().catch(() => {});
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
  }
}
