import type { Actor, EventRecord, Quote, Span } from '../model/index.js';
import type { ArticleSummary } from './store.js';

export type Row = Record<string, unknown>;

/** The contract fields each table has columns for; any other field goes to its `extra` column. */
export const COLUMNS = {
  document: ['id', 'url', 'title', 'published', 'source', 'language', 'duplicateOf', 'text', 'sentences', 'entities', 'actors', 'events', 'quotes', 'dates', 'captions'],
  actor: ['id', 'name', 'kind', 'country', 'sector', 'title', 'affiliation', 'mentions'],
  event: ['id', 'type', 'mode', 'contexts', 'cameo', 'quad', 'goldstein', 'actors', 'recipients', 'date', 'location', 'modality', 'trigger', 'evidence', 'confidence'],
  quote: ['id', 'kind', 'content', 'text', 'speaker', 'speakerText', 'speakerSpan', 'cue', 'cueText'],
} as const;

/** The fields of `value` that have no column (null when there are none). */
export function extraFields(value: object, columns: readonly string[]): Record<string, unknown> | null {
  const rest = Object.entries(value).filter(([key, v]) => v !== undefined && !columns.includes(key));
  return rest.length ? Object.fromEntries(rest) : null;
}

/** Layer rows grouped by their article, in the order read. */
export function byArticle(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const list = out.get(r.article_id as string);
    if (list) list.push(r);
    else out.set(r.article_id as string, [r]);
  }
  return out;
}

const span = (start: unknown, end: unknown): Span => ({ start: start as number, end: end as number });

/** An article row (id, title, published, source, duplicateOf) as a listing line, nulls left out. */
export function summary(r: Row): ArticleSummary {
  const out: ArticleSummary = { id: r.id as string };
  for (const key of ['title', 'published', 'source', 'duplicateOf'] as const) {
    if (r[key] != null) out[key] = r[key] as string;
  }
  return out;
}

/**
 * Readers of layer rows as contract objects, the same for both stores but for how a JSON column
 * arrives: SQLite gives its text, PostgreSQL's jsonb arrives parsed.
 */
export function rowReaders(json: (stored: unknown) => unknown) {
  /** Adds back the fields kept in an `extra` column. */
  const withExtra = <T extends object>(value: T, stored: unknown): T =>
    stored == null ? value : Object.assign(value, json(stored));

  const actorFromRow = (r: Row): Actor => withExtra<Actor>({
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as Actor['kind'],
    country: r.country as string | null,
    sector: r.sector as string | null,
    ...(r.title !== null && { title: r.title as string }),
    ...(r.affiliation !== null && { affiliation: r.affiliation as string }),
    mentions: json(r.mentions) as Span[],
  }, r.extra);

  const eventFromRow = (r: Row): EventRecord => withExtra<EventRecord>({
    id: r.id as string,
    type: r.type as EventRecord['type'],
    ...(r.mode !== null && { mode: r.mode as string }),
    contexts: json(r.contexts) as string[],
    cameo: r.cameo as string,
    quad: r.quad as EventRecord['quad'],
    goldstein: r.goldstein as number,
    actors: json(r.actors) as string[],
    recipients: json(r.recipients) as string[],
    date: r.date as string | null,
    ...(r.location !== null && { location: json(r.location) as EventRecord['location'] }),
    modality: r.modality as EventRecord['modality'],
    trigger: span(r.trigger_start, r.trigger_end),
    evidence: span(r.evidence_start, r.evidence_end),
    confidence: r.confidence as number,
  }, r.extra);

  const quoteFromRow = (r: Row): Quote => withExtra<Quote>({
    id: r.id as string,
    kind: r.kind as Quote['kind'],
    content: span(r.content_start, r.content_end),
    text: r.text as string,
    speaker: r.speaker as string | null,
    speakerText: r.speaker_text as string | null,
    ...(r.speaker_start !== null && { speakerSpan: span(r.speaker_start, r.speaker_end) }),
    cue: r.cue_start === null ? null : span(r.cue_start, r.cue_end),
    cueText: r.cue_text as string | null,
  }, r.extra);

  return { withExtra, actorFromRow, eventFromRow, quoteFromRow };
}
