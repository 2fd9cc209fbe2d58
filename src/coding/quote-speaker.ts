import type { Doc } from '../doc.js';
import type { Span } from '../model/index.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The actor a speaker span names: directly, or through the mention cluster it belongs to
 * ("she" → Landau). Where several actors are named ("Iran's IRNA news agency"), the one named
 * last is the phrase's head.
 */
export function speakerActor(doc: Doc, span: Span): string | null {
  let best: string | null = null;
  let bestEnd = -1;
  for (const a of doc.actors) {
    for (const m of a.mentions) {
      if (overlaps(m, span) && m.end > bestEnd) {
        best = a.id;
        bestEnd = m.end;
      }
    }
  }
  if (best) return best;
  const cluster = doc.clusters.find((c) => c.mentions.some((m) => overlaps(m, span)));
  if (!cluster) return null;
  const actor = doc.actors.find((a) => a.mentions.some((m) => cluster.mentions.some((c) => overlaps(m, c))));
  return actor?.id ?? null;
}
