import type { Store } from '../store/store.js';
import { relationDelta } from './relations.js';

export interface RebuildSummary {
  articles: number;
  events: number;
  seconds: number;
}

/** Recomputes every relation table from the stored events, a page of articles at a time. */
export async function rebuildRelations(store: Store, { pageSize = 1000, onPage }: { pageSize?: number; onPage?: (articles: number) => void } = {}): Promise<RebuildSummary> {
  const started = performance.now();
  await store.clearRelations();
  let after: string | null = null;
  let articles = 0;
  let events = 0;
  for (;;) {
    const page = await store.codedArticles(after, pageSize);
    if (page.length === 0) break;
    await store.addRelations(relationDelta(page));
    articles += page.length;
    events += page.reduce((n, a) => n + a.events.length, 0);
    after = page[page.length - 1].id;
    onPage?.(articles);
  }
  return { articles, events, seconds: (performance.now() - started) / 1000 };
}
