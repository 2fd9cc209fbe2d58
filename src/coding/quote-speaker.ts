import type { Doc } from '../doc.js';
import type { Span } from '../model/index.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Resolves speaker spans of one document to actors: the actor named in the span, or the actor
 * of the mention cluster the span belongs to ("she" → Landau). Where several actors are named
 * ("Iran's IRNA news agency"), the one named last is the phrase's head. The actors' mentions are
 * listed on the first speaker resolved and a cluster's actor found when a speaker needs it:
 * most documents have few speakers and many clusters.
 */
export function speakerResolver(doc: Doc): (span: Span) => string | null {
  let mentions: (Span & { id: string })[] | undefined;
  const clusterActor = new Map<string, string | null>();
  return (span) => {
    mentions ??= doc.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, id: a.id })));
    let best: { id: string; end: number } | null = null;
    for (const m of mentions) if (overlaps(m, span) && (!best || m.end > best.end)) best = m;
    if (best) return best.id;
    const cluster = doc.clusters.find((c) => c.mentions.some((m) => overlaps(m, span)));
    if (!cluster) return null;
    if (!clusterActor.has(cluster.id)) {
      clusterActor.set(cluster.id, mentions.find((m) => cluster.mentions.some((x) => overlaps(m, x)))?.id ?? null);
    }
    return clusterActor.get(cluster.id)!;
  };
}
