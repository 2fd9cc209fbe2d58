import { coderOfArticle } from '../graph/relations.js';
import type { ExportedEvent } from '../store/store.js';

// One flat record per event, the columns CSV and Parquet share.

export interface FlatColumn {
  name: string;
  kind: 'text' | 'int' | 'real';
  get(x: ExportedEvent): string | number | null;
}

const names = (x: ExportedEvent, ids: string[]) => {
  const byId = new Map(x.actors.map((a) => [a.id, a.name]));
  return ids.map((id) => byId.get(id) ?? id).join('; ');
};

export const FLAT_COLUMNS: readonly FlatColumn[] = [
  { name: 'article_id', kind: 'text', get: (x) => x.articleId },
  { name: 'event_id', kind: 'text', get: (x) => x.event.id },
  { name: 'date', kind: 'text', get: (x) => x.event.date },
  { name: 'source_country', kind: 'text', get: (x) => x.sourceCountry },
  { name: 'target_country', kind: 'text', get: (x) => x.targetCountry },
  { name: 'source_actors', kind: 'text', get: (x) => names(x, x.event.actors) },
  { name: 'target_actors', kind: 'text', get: (x) => names(x, x.event.recipients) },
  { name: 'type', kind: 'text', get: (x) => x.event.type },
  { name: 'mode', kind: 'text', get: (x) => x.event.mode ?? null },
  { name: 'contexts', kind: 'text', get: (x) => x.event.contexts.join(';') },
  { name: 'cameo', kind: 'text', get: (x) => x.event.cameo },
  { name: 'quad', kind: 'int', get: (x) => x.event.quad },
  { name: 'goldstein', kind: 'real', get: (x) => x.event.goldstein },
  { name: 'modality', kind: 'text', get: (x) => x.event.modality },
  { name: 'confidence', kind: 'real', get: (x) => x.event.confidence },
  { name: 'location_country', kind: 'text', get: (x) => x.event.location?.country ?? null },
  { name: 'location_name', kind: 'text', get: (x) => x.event.location?.name ?? null },
  { name: 'evidence_start', kind: 'int', get: (x) => x.event.evidence.start },
  { name: 'evidence_end', kind: 'int', get: (x) => x.event.evidence.end },
  { name: 'evidence_text', kind: 'text', get: (x) => x.evidenceText },
  { name: 'published', kind: 'text', get: (x) => x.published ?? null },
  { name: 'url', kind: 'text', get: (x) => x.url ?? null },
  { name: 'coder', kind: 'text', get: (x) => coderOfArticle(x.articleId) },
];
