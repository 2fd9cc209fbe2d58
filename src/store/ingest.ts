import { Doc } from '../doc.js';
import { Deduper } from '../ingest/dedup.js';
import type { ReadItem } from '../ingest/index.js';
import type { Pipeline } from '../pipeline.js';
import type { Store, StoredDocument } from './store.js';

export interface IngestOptions {
  /** Articles per transaction. */
  batchSize?: number;
  /** Stops reading; the articles read so far are committed. */
  signal?: AbortSignal;
  /** Called once per item read (article or error), for progress lines. */
  onItem?: () => void;
  /** Called with `<where>: <problem>` for each input that could not be read or processed. */
  onError?: (line: string) => void;
}

export interface IngestSummary {
  /** Articles stored and coded. */
  added: number;
  /** Exact copies skipped plus near copies stored as duplicates (not coded). */
  duplicates: number;
  /** Of `duplicates`, the near copies. */
  near: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** True when the signal stopped the run before the inputs ended. */
  interrupted: boolean;
}

/**
 * Stores a stream of read articles: exact copies are skipped, near copies stored as duplicates
 * of their first copy without running the pipeline, the rest run through the pipeline. Writes
 * go in batched transactions, so a run killed at any moment leaves whole batches behind and
 * running it again completes the store without duplicates.
 */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<ReadItem>,
  pipeline: Pipeline,
  { batchSize = 200, signal, onItem, onError }: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const deduper = new Deduper(store);
  const summary = { added: 0, duplicates: 0, near: 0, failed: 0 };
  let batch: StoredDocument[] = [];
  let interrupted = false;

  const flush = async () => {
    if (batch.length === 0) return;
    const result = await store.putDocuments(batch);
    // Only a second writer on the same database can have stored some of these meanwhile.
    const existing = new Set(result.existing);
    for (const { document } of batch) {
      if (document.duplicateOf !== undefined) continue; // counted as a near copy already
      if (existing.has(document.id)) summary.duplicates++;
      else summary.added++;
    }
    batch = [];
    deduper.committed();
  };

  for await (const item of items) {
    onItem?.();
    if ('error' in item) {
      summary.failed++;
      onError?.(`${item.error.where}: ${item.error.problem}`);
    } else {
      const article = item.article;
      const verdict = await deduper.check(article);
      if (verdict.kind === 'exact') {
        summary.duplicates++;
      } else if (verdict.kind === 'near') {
        summary.duplicates++;
        summary.near++;
        const copy = { ...article, duplicateOf: verdict.of };
        batch.push({ document: new Doc(copy).toJSON(), origin: article.origin, fingerprint: verdict.fingerprint });
        deduper.remember(article.id, verdict.fingerprint, verdict.of);
      } else {
        try {
          batch.push({ document: pipeline.process(article).toJSON(), origin: article.origin, fingerprint: verdict.fingerprint });
          deduper.remember(article.id, verdict.fingerprint);
        } catch (err) {
          summary.failed++;
          onError?.(`${article.origin ?? article.id}: ${(err as Error).message}`);
        }
      }
      if (batch.length >= batchSize) {
        await flush();
        // Readers and the pipeline can keep the loop busy with microtasks alone; let signal
        // handlers (Ctrl-C) run once per batch.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (signal?.aborted) {
      interrupted = true;
      break;
    }
  }
  await flush();
  const seconds = (performance.now() - started) / 1000;
  const articles = summary.added + summary.duplicates;
  return {
    ...summary,
    seconds,
    articlesPerSecond: seconds > 0 ? articles / seconds : 0,
    interrupted,
  };
}
