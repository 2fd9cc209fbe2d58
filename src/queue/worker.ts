import pg from 'pg';
import type PgBoss from 'pg-boss';
import { Doc } from '../doc.js';
import { fingerprint } from '../ingest/dedup.js';
import type { Pipeline, Stage } from '../pipeline.js';
import { PostgresStore } from '../store/postgres.js';
import { DEFAULT_POLICY, INGEST_QUEUE, openBoss } from './boss.js';
import type { BatchData, QueuedArticle } from './enqueue.js';
import { forgetQueued } from './registry.js';

export interface WorkerOptions {
  /** Batches in flight in this process (they share one CPU: the pipeline is synchronous). */
  concurrency: number;
  /** Exit once no batch is waiting, running or due for a retry. */
  exitWhenDone?: boolean;
  /** Seconds between polls of an empty queue. */
  pollSeconds?: number;
  /** Stops taking new batches; batches in flight are finished. */
  signal?: AbortSignal;
  /** One line per batch done or failed. */
  onLog?: (line: string) => void;
}

export interface WorkerSummary {
  batches: number;
  failedBatches: number;
  /** Articles written by this worker. */
  stored: number;
  /** Articles found stored already (a retried batch, or another worker was faster). */
  existing: number;
  seconds: number;
}

/**
 * Test-only stages, absent unless their variables are set: $DYAD_TEST_POISON makes articles that
 * contain it throw (a poison article without a real pipeline bug); $DYAD_TEST_DELAY_MS makes each
 * article take that long (so a test can catch a worker in the middle of a batch).
 */
export function testStages(env: NodeJS.ProcessEnv): Stage[] {
  const stages: Stage[] = [];
  const marker = env.DYAD_TEST_POISON;
  if (marker) {
    stages.push({
      name: 'test-poison',
      run(doc) {
        if (doc.text.includes(marker)) throw new Error(`poisoned article (test marker ${marker})`);
      },
    });
  }
  const delay = Number(env.DYAD_TEST_DELAY_MS);
  if (delay > 0) {
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    stages.push({ name: 'test-delay', run: () => void Atomics.wait(sleeper, 0, 0, delay) });
  }
  return stages;
}

/**
 * Takes article batches from the queue until stopped: codes each article with the pipeline and
 * writes it in its own transaction, idempotent by article id, so a batch retried after its
 * worker died redoes only what was not committed. A batch with an article that fails is failed
 * as a whole after the others are written; pg-boss retries it with backoff and, after the
 * queue's retry limit, moves it to the dead-letter queue with the error.
 */
export async function runWorker(url: string, pipeline: Pipeline, options: WorkerOptions): Promise<WorkerSummary> {
  const started = performance.now();
  const store = await PostgresStore.open(url, { poolSize: options.concurrency + 1 });
  const probe = await openBoss(url);
  const policy = (await probe.getQueue(INGEST_QUEUE)) ?? { expireInSeconds: DEFAULT_POLICY.expireInSeconds };
  await probe.stop({ graceful: false, wait: true });
  // Every worker supervises; pg-boss lets one per interval expire the batches of dead workers.
  const boss = await openBoss(url, { maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor((policy.expireInSeconds ?? 600) / 2))) });
  const registry = new pg.Pool({ connectionString: url, max: 1 });
  registry.on('error', () => {});
  const summary = { batches: 0, failedBatches: 0, stored: 0, existing: 0 };
  const pollMs = (options.pollSeconds ?? 1) * 1000;
  const log = options.onLog ?? (() => {});

  const processBatch = async (job: PgBoss.Job<BatchData>): Promise<string[]> => {
    const problems: string[] = [];
    const stored: string[] = [];
    for (const item of job.data.articles) {
      try {
        if (await store.hasArticle(item.article.id)) {
          summary.existing++;
          continue;
        }
        const result = await store.putDocuments([code(item)]);
        if (result.added) {
          summary.stored++;
          stored.push(item.article.id);
        } else summary.existing++;
      } catch (err) {
        problems.push(`${item.article.origin ?? item.article.id}: ${(err as Error).message}`);
      }
      // The pipeline is synchronous: let timers and signals through between articles.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await forgetQueued(registry, stored).catch(() => {});
    return problems;
  };

  const code = ({ article, duplicateOf }: QueuedArticle) => {
    const document = duplicateOf !== undefined ? new Doc({ ...article, duplicateOf }).toJSON() : pipeline.process(article).toJSON();
    return { document, origin: article.origin, fingerprint: fingerprint(article.text) };
  };

  const idle = async () => {
    try {
      return (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0;
    } catch {
      return false; // the server is away: not known to be done
    }
  };

  const loop = async () => {
    while (!options.signal?.aborted) {
      const [job] = await boss.fetch<BatchData>(INGEST_QUEUE, { batchSize: 1 });
      if (!job) {
        if (options.exitWhenDone && (await idle())) return;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        continue;
      }
      const problems = await processBatch(job);
      // A lost connection here leaves the batch active; it expires and is retried.
      try {
        if (problems.length) {
          summary.failedBatches++;
          await boss.fail(INGEST_QUEUE, job.id, { message: problems.join('; ') });
          log(`batch ${job.id}: failed: ${problems.join('; ')}`);
        } else {
          summary.batches++;
          await boss.complete(INGEST_QUEUE, job.id);
          log(`batch ${job.id}: ${job.data.articles.length} articles done`);
        }
      } catch (err) {
        log(`batch ${job.id}: could not record the outcome (${(err as Error).message}); it will be retried`);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency }, loop));
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await registry.end().catch(() => {});
    await store.close();
  }
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}
