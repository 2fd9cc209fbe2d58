import PgBoss from 'pg-boss';
import { UserError } from '../cli/command.js';
import { safeUrl, serverProblem } from '../store/postgres.js';

/** The pg-boss queue of article batches, and where batches that failed every attempt go. */
export const INGEST_QUEUE = 'dyad-ingest';
export const DEAD_LETTER_QUEUE = 'dyad-ingest-dead';

/** How batches are retried: set by `dyad enqueue`, stored with the queue, read by every worker. */
export interface RetryPolicy {
  /** Retries after the first attempt; then the batch is dead-lettered. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each later one. */
  retryDelaySeconds: number;
  /** A batch active longer than this is taken as lost (its worker died) and retried. */
  expireInSeconds: number;
}

export const DEFAULT_POLICY: RetryPolicy = { retryLimit: 3, retryDelaySeconds: 10, expireInSeconds: 600 };

export interface BossOptions {
  /** Run pg-boss maintenance (expiring the batches of dead workers) every this many seconds; off when unset. */
  maintenanceIntervalSeconds?: number;
}

/** Starts pg-boss on the database (creating its schema the first time); connection problems are one line. */
export async function openBoss(url: string, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    schedule: false,
    supervise: options.maintenanceIntervalSeconds !== undefined,
    ...(options.maintenanceIntervalSeconds !== undefined && { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }),
  });
  // Lost connections (a server restart) surface here; the pool reconnects on the next query.
  boss.on('error', () => {});
  try {
    await boss.start();
  } catch (err) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new UserError(`${safeUrl(url)}: ${serverProblem(err) ?? (err as Error).message}`);
  }
  return boss;
}

/** Creates the queues if needed and sets the retry policy of the ingest queue. */
export async function defineQueues(boss: PgBoss, policy: RetryPolicy): Promise<void> {
  await boss.createQueue(DEAD_LETTER_QUEUE);
  const options = {
    name: INGEST_QUEUE,
    retryLimit: policy.retryLimit,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.expireInSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  };
  if (await boss.getQueue(INGEST_QUEUE)) await boss.updateQueue(INGEST_QUEUE, options);
  else await boss.createQueue(INGEST_QUEUE, options);
}
