import type { Doc } from '../doc.js';
import type { Span } from '../model/index.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Resolves speaker spans of one document to actors: the actor named in the span, or the actor
 * of the mention cluster the span belongs to ("she" → Landau). Where several actors are named
 * ("Iran's IRNA news agency"), the one named last is the phrase's head. The actors' mentions
 * and the clusters' actors are indexed once per document, on the first speaker resolved (most
 * documents have none).
 */
export function speakerResolver(doc: Doc): (span: Span) => string | null {
  let mentions: (Span & { id: string })[] | undefined;
  const clusterActor = new Map<string, string>();
  return (span) => {
    if (!mentions) {
      mentions = doc.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, id: a.id })));
      for (const c of doc.clusters) {
        const actor = mentions.find((m) => c.mentions.some((x) => overlaps(m, x)));
        if (actor) clusterActor.set(c.id, actor.id);
      }
    }
    let best: { id: string; end: number } | null = null;
    for (const m of mentions) if (overlaps(m, span) && (!best || m.end > best.end)) best = m;
    if (best) return best.id;
    const cluster = doc.clusters.find((c) => c.mentions.some((m) => overlaps(m, span)));
    return cluster ? clusterActor.get(cluster.id) ?? null : null;
  };
}
