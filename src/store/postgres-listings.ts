import type pg from 'pg';
import type { EventRecord, Quote } from '../model/index.js';
import type {
  ActorLink, ActorQuery, ActorSummary, EventFilter, EventListing, QuoteFilter, QuoteListing, SearchOptions,
} from './store.js';
import { eventListing } from './event-listing.js';
import { attributed, QUOTE_LISTING_FROM, QUOTE_LISTING_ORDER, containsPattern as contains, quoteListing, searchWords } from './quote-listing.js';

// The listings of sqlite-listings.ts, with the same filters, order and results, in PostgreSQL.

import type { Row } from './rows.js';

/** The WHERE clause (over `events e`) for a filter; its parameters are appended to `params`. */
export function eventWhere(filter: EventFilter, params: unknown[]): string {
  const terms: string[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  if (filter.dyad) {
    const [a, b] = filter.dyad.map(p);
    terms.push(`((e.source_country = ${a} AND e.target_country = ${b}) OR (e.source_country = ${b} AND e.target_country = ${a}))`);
  }
  if (filter.country) {
    const c = p(filter.country);
    terms.push(`(e.source_country = ${c} OR e.target_country = ${c})`);
  }
  if (filter.types?.length) terms.push(`e.type = ANY(${p(filter.types)}::text[])`);
  if (filter.modalities?.length) terms.push(`e.modality = ANY(${p(filter.modalities)}::text[])`);
  if (filter.since) terms.push(`e.date >= ${p(filter.since)}`);
  if (filter.until) terms.push(`e.date <= ${p(filter.until)}`);
  return terms.length ? `WHERE ${terms.join(' AND ')}` : '';
}

export async function listEvents(
  pool: pg.Pool,
  filter: EventFilter,
  { limit = 50, offset = 0 }: SearchOptions,
  eventFromRow: (r: Row) => EventRecord,
): Promise<EventListing[]> {
  const params: unknown[] = [];
  const where = eventWhere(filter, params);
  const { rows } = await pool.query(`SELECT e.*, a.title AS article_title, a.published AS article_published
    FROM events e JOIN articles a ON a.id = e.article_id ${where}
    ORDER BY e.date IS NULL, e.date DESC, a.seq DESC, e.ord LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
  [...params, limit, offset]);
  if (rows.length === 0) return [];
  const articleIds = [...new Set(rows.map((r: Row) => r.article_id as string))];
  // Evidence is sliced here, not with SQL substr(): offsets count UTF-16 units as JavaScript does.
  const [texts, names] = await Promise.all([
    pool.query('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [articleIds])
      .then((r) => new Map(r.rows.map((t: Row) => [t.id as string, t.text as string]))),
    pool.query('SELECT article_id, id, name FROM actors WHERE article_id = ANY($1::text[])', [articleIds])
      .then((r) => new Map(r.rows.map((t: Row) => [`${t.article_id} ${t.id}`, t.name as string]))),
  ]);
  return rows.map((r: Row) => eventListing(r, eventFromRow(r), names, texts));
}

export async function listActors(pool: pg.Pool, { q, country, limit = 50, offset = 0 }: ActorQuery): Promise<ActorSummary[]> {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (q) terms.push(`strpos(lower(name), lower($${params.push(q)})) > 0`);
  if (country) terms.push(`country = $${params.push(country)}`);
  // COLLATE "C": names sort by code point, as SQLite's default BINARY collation does.
  const { rows } = await pool.query(`SELECT name, kind, country, sector, count(DISTINCT article_id)::int AS articles FROM actors
    ${terms.length ? `WHERE ${terms.join(' AND ')}` : ''}
    GROUP BY name, kind, country, sector ORDER BY articles DESC, name COLLATE "C"
    LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, limit, offset]);
  return rows as ActorSummary[];
}

export async function actorLinks(pool: pg.Pool, filter: EventFilter, limit: number): Promise<ActorLink[]> {
  const params: unknown[] = [];
  const where = eventWhere(filter, params);
  const { rows } = await pool.query(`SELECT sa.name AS sname, sa.country AS scountry, ta.name AS tname, ta.country AS tcountry,
      e.quad, count(*)::int AS events, sum(e.goldstein) AS goldstein
    FROM events e
    JOIN actors sa ON sa.article_id = e.article_id AND sa.id = e.actors->>0
    JOIN actors ta ON ta.article_id = e.article_id AND ta.id = e.recipients->>0
    ${where}
    GROUP BY sa.name, sa.country, ta.name, ta.country, e.quad ORDER BY events DESC, sa.name COLLATE "C", ta.name COLLATE "C"
    LIMIT $${params.length + 1}`, [...params, limit]);
  return rows.map((r: Row) => ({
    source: { name: r.sname as string, country: r.scountry as string | null },
    target: { name: r.tname as string, country: r.tcountry as string | null },
    quad: r.quad as ActorLink['quad'],
    events: r.events as number,
    goldstein: r.goldstein as number,
  }));
}

export async function listQuotes(
  pool: pg.Pool,
  filter: QuoteFilter,
  { limit = 20, offset = 0 }: SearchOptions,
  quoteFromRow: (r: Row) => Quote,
): Promise<QuoteListing[]> {
  const terms: string[] = [attributed("(q.extra->>'cueClass')")];
  const params: unknown[] = [];
  if (filter.speaker) {
    const p = `$${params.push(contains(filter.speaker))}`;
    terms.push(`(q.speaker_text ILIKE ${p} OR s.name ILIKE ${p})`);
  }
  if (filter.org) {
    // Quotes by the organisation itself, or by someone who speaks for it.
    const p = `$${params.push(contains(filter.org))}`;
    terms.push(`(o.name ILIKE ${p} OR (s.kind <> 'person' AND s.name ILIKE ${p}))`);
  }
  const words = searchWords(filter.words ?? '');
  // The expression of the quotes_tsv index; English stemming as SQLite's porter tokenizer.
  if (words.length) terms.push(`to_tsvector('english', q.text) @@ to_tsquery('english', $${params.push(words.join(' & '))})`);
  if (filter.since) terms.push(`a.published >= $${params.push(filter.since)}`);
  if (filter.until) terms.push(`a.published <= $${params.push(filter.until)}`);
  const { rows } = await pool.query(`${QUOTE_LISTING_FROM}
    WHERE ${terms.join(' AND ')}
    ${QUOTE_LISTING_ORDER}
    LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, limit, offset]);
  return rows.map((r: Row) => quoteListing(r, quoteFromRow(r)));
}
