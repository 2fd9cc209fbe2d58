import pg from 'pg';
import { Deduper } from '../ingest/dedup.js';
import type { ReadItem } from '../ingest/index.js';
import type { Article } from '../model/index.js';
import { PostgresStore } from '../store/postgres.js';
import { defineQueues, INGEST_QUEUE, openBoss, type RetryPolicy } from './boss.js';
import { type QueuedEntry, registerQueued, REGISTRY_SQL, StoredOrQueued } from './registry.js';

/** One article of a queued batch; a near copy carries the id of its first copy and is stored without coding. */
export interface QueuedArticle {
  article: Article;
  duplicateOf?: string;
}

/** The data of one ingest job. */
export interface BatchData {
  articles: QueuedArticle[];
}

export interface EnqueueOptions {
  /** Articles per job. */
  batchSize: number;
  policy: RetryPolicy;
  signal?: AbortSignal;
  onItem?: () => void;
  onError?: (line: string) => void;
}

export interface EnqueueSummary {
  /** Articles queued (new ones and near copies). */
  queued: number;
  batches: number;
  /** Exact copies skipped plus near copies (queued to be stored as duplicates, not coded). */
  duplicates: number;
  near: number;
  /** Inputs that could not be read. */
  failed: number;
  seconds: number;
  interrupted: boolean;
}

/**
 * Reads articles and queues them in batches for `dyad worker`. Copies are decided here, in
 * reading order and against everything stored or queued before, exactly as `dyad ingest`
 * decides them; one enqueue runs at a time per database (an advisory lock), so two runs over
 * copies of one story cannot both queue it as new. Each batch is queued in one transaction
 * with its registry rows, so an interrupted run leaves whole batches and can be repeated.
 */
export async function enqueueItems(url: string, items: AsyncIterable<ReadItem>, options: EnqueueOptions): Promise<EnqueueSummary> {
  const started = performance.now();
  const store = await PostgresStore.open(url, { poolSize: 2 });
  const boss = await openBoss(url);
  const db = new pg.Client({ connectionString: url });
  const summary = { queued: 0, batches: 0, duplicates: 0, near: 0, failed: 0 };
  let interrupted = false;
  try {
    await defineQueues(boss, options.policy);
    await db.connect();
    await db.query("SELECT pg_advisory_lock(hashtext('dyad:enqueue'))");
    await db.query(REGISTRY_SQL);
    const deduper = new Deduper(new StoredOrQueued(store, db));
    // pg-boss inserts the job through this connection, inside our transaction.
    const inTransaction = { executeSql: (text: string, values: unknown[]) => db.query(text, values) };
    let batch: QueuedArticle[] = [];
    let entries: QueuedEntry[] = [];

    const flush = async () => {
      if (batch.length === 0) return;
      await db.query('BEGIN');
      try {
        await registerQueued(db, entries);
        await boss.send(INGEST_QUEUE, { articles: batch } satisfies BatchData, { db: inTransaction });
        await db.query('COMMIT');
      } catch (err) {
        await db.query('ROLLBACK').catch(() => {});
        throw err;
      }
      summary.batches++;
      summary.queued += batch.length;
      batch = [];
      entries = [];
      deduper.committed();
    };

    for await (const item of items) {
      options.onItem?.();
      if ('error' in item) {
        summary.failed++;
        options.onError?.(`${item.error.where}: ${item.error.problem}`);
      } else {
        const { article } = item;
        const verdict = await deduper.check(article);
        if (verdict.kind === 'exact') {
          summary.duplicates++;
        } else {
          const duplicateOf = verdict.kind === 'near' ? verdict.of : undefined;
          if (duplicateOf !== undefined) {
            summary.duplicates++;
            summary.near++;
          }
          batch.push({ article, ...(duplicateOf !== undefined && { duplicateOf }) });
          entries.push({ id: article.id, duplicateOf, fingerprint: verdict.fingerprint });
          deduper.remember(article.id, verdict.fingerprint, duplicateOf);
          if (batch.length >= options.batchSize) await flush();
        }
      }
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
    }
    await flush();
  } finally {
    await db.end().catch(() => {});
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await store.close();
  }
  return { ...summary, seconds: (performance.now() - started) / 1000, interrupted };
}
