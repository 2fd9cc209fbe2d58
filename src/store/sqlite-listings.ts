import type Database from 'better-sqlite3';
import type { EventRecord } from '../model/index.js';
import type {
  ActorLink, ActorQuery, ActorSummary, EventFilter, EventListing, SearchOptions,
} from './store.js';
import { eventListing } from './event-listing.js';

import type { Row } from './rows.js';

/** The WHERE clause (over `events e`) and its parameters for a filter. */
export function eventWhere(filter: EventFilter): { sql: string; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    terms.push('((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))');
    params.push(a, b, b, a);
  }
  if (filter.country) {
    terms.push('(e.source_country = ? OR e.target_country = ?)');
    params.push(filter.country, filter.country);
  }
  if (filter.types?.length) {
    terms.push(`e.type IN (${filter.types.map(() => '?').join(',')})`);
    params.push(...filter.types);
  }
  if (filter.modalities?.length) {
    terms.push(`e.modality IN (${filter.modalities.map(() => '?').join(',')})`);
    params.push(...filter.modalities);
  }
  if (filter.since) {
    terms.push('e.date >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    terms.push('e.date <= ?');
    params.push(filter.until);
  }
  return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

export function listEvents(
  db: Database.Database,
  filter: EventFilter,
  { limit = 50, offset = 0 }: SearchOptions,
  eventFromRow: (r: Row) => EventRecord,
): EventListing[] {
  const where = eventWhere(filter);
  const rows = db.prepare(`SELECT e.*, a.title AS article_title, a.published AS article_published
    FROM events e JOIN articles a ON a.id = e.article_id ${where.sql}
    ORDER BY e.date IS NULL, e.date DESC, a.seq DESC, e.ord LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Row[];
  if (rows.length === 0) return [];
  const articleIds = [...new Set(rows.map((r) => r.article_id as string))];
  // Evidence is sliced here, not with SQL substr(): offsets count UTF-16 units as JavaScript does.
  const texts = new Map((db.prepare(`SELECT id, text FROM articles WHERE id IN (${marks(articleIds.length)})`)
    .all(...articleIds) as { id: string; text: string }[]).map((r) => [r.id, r.text]));
  const names = new Map((db.prepare(`SELECT article_id, id, name FROM actors WHERE article_id IN (${marks(articleIds.length)})`)
    .all(...articleIds) as { article_id: string; id: string; name: string }[]).map((r) => [`${r.article_id} ${r.id}`, r.name]));
  return rows.map((r) => eventListing(r, eventFromRow(r), names, texts));
}

export function listActors(db: Database.Database, { q, country, limit = 50, offset = 0 }: ActorQuery): ActorSummary[] {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (q) {
    terms.push('instr(lower(name), lower(?)) > 0');
    params.push(q);
  }
  if (country) {
    terms.push('country = ?');
    params.push(country);
  }
  return db.prepare(`SELECT name, kind, country, sector, count(DISTINCT article_id) AS articles FROM actors
    ${terms.length ? `WHERE ${terms.join(' AND ')}` : ''}
    GROUP BY name, kind, country, sector ORDER BY articles DESC, name LIMIT ? OFFSET ?`).all(...params, limit, offset) as ActorSummary[];
}

export function actorLinks(db: Database.Database, filter: EventFilter, limit: number): ActorLink[] {
  const where = eventWhere(filter);
  const rows = db.prepare(`SELECT sa.name AS sname, sa.country AS scountry, ta.name AS tname, ta.country AS tcountry,
      e.quad, count(*) AS events, sum(e.goldstein) AS goldstein
    FROM events e
    JOIN actors sa ON sa.article_id = e.article_id AND sa.id = json_extract(e.actors, '$[0]')
    JOIN actors ta ON ta.article_id = e.article_id AND ta.id = json_extract(e.recipients, '$[0]')
    ${where.sql}
    GROUP BY sname, scountry, tname, tcountry, e.quad ORDER BY events DESC, sname, tname LIMIT ?`).all(...where.params, limit) as Row[];
  return rows.map((r) => ({
    source: { name: r.sname as string, country: r.scountry as string | null },
    target: { name: r.tname as string, country: r.tcountry as string | null },
    quad: r.quad as ActorLink['quad'],
    events: r.events as number,
    goldstein: r.goldstein as number,
  }));
}
