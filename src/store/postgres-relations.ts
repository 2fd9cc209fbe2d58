import type pg from 'pg';
import type { Period } from '../graph/days.js';
import type {
  ActorDay, Coder, CodedArticle, DyadDay, FirstSeen, RelationDelta, TypeCounts,
} from '../graph/relations.js';
import type { Actor, EventRecord } from '../model/index.js';
import { PLOVER_TYPES } from '../model/index.js';
import { eventWhere } from './postgres-listings.js';
import type {
  CountryPeriod, DyadPeriod, DyadTotal, EventFilter, ExportedEvent, PeriodFilter, RelationFilter, SeriesFilter, PairSeries,
} from './store.js';

// The relation tables of sqlite-relations.ts in PostgreSQL. Many workers add to the same rows at
// once: each table takes its batch in one INSERT … ON CONFLICT DO UPDATE, rows in key order, so
// concurrent transactions lock rows in the same order and do not deadlock each other.

import { byArticle, type Row } from './rows.js';
type Db = pg.Pool | pg.PoolClient;

const MEASURES = ['events', 'weight', 'goldstein', 'q1', 'q2', 'q3', 'q4'] as const;
const TYPE_COLUMNS = PLOVER_TYPES.map((t) => t.toLowerCase());
const APART = ['future', 'negated', 'historical'] as const;
const INTEGER = new Set(['events', 'future', 'negated', 'historical', 'articles']);

const sqlType = (column: string) => (INTEGER.has(column) ? 'int' : 'float8');

async function upsert(db: Db, table: string, keys: string[], counts: readonly string[], rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...keys, ...counts];
  await db.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb)
       AS x(${[...keys.map((k) => `${k} text`), ...counts.map((c) => `${c} ${sqlType(c)}`)].join(', ')})
     ORDER BY ${keys.map((k) => `${k} COLLATE "C"`).join(', ')}
     ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${counts.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`,
    [JSON.stringify(rows)],
  );
}

/** Adds a delta, in the caller's transaction when `db` is one. */
export async function addRelations(db: Db, delta: RelationDelta): Promise<void> {
  await upsert(db, 'dyad_days', ['source', 'target', 'day', 'coder'], [...MEASURES, ...TYPE_COLUMNS, ...APART], delta.dyadDays.map((d) => ({
    source: d.source, target: d.target, day: d.day, coder: d.coder,
    ...Object.fromEntries(MEASURES.map((m) => [m, d[m]])),
    ...Object.fromEntries(PLOVER_TYPES.map((t, i) => [TYPE_COLUMNS[i], d.types[t]])),
    future: d.future, negated: d.negated, historical: d.historical,
  })));
  await upsert(db, 'dyad_actor_days', ['source', 'target', 'day', 'coder', 'source_actor', 'target_actor'], MEASURES, delta.actorDays.map((a) => ({
    source: a.source, target: a.target, day: a.day, coder: a.coder, source_actor: a.sourceActor, target_actor: a.targetActor,
    ...Object.fromEntries(MEASURES.map((m) => [m, a[m]])),
  })));
  await upsert(db, 'country_days', ['country', 'day', 'coder'], ['articles'], delta.countryDays.map((c) => ({ ...c })));
  if (delta.firsts.length) {
    // Ties on the day go to the smaller article and event id, so the answer does not depend on
    // which worker wrote first.
    await db.query(
      `INSERT INTO dyad_firsts (source, target, key, day, article_id, event_id)
       SELECT source, target, key, day, "articleId", "eventId" FROM jsonb_to_recordset($1::jsonb)
         AS x(source text, target text, key text, day text, "articleId" text, "eventId" text)
       ORDER BY source COLLATE "C", target COLLATE "C", key COLLATE "C"
       ON CONFLICT (source, target, key) DO UPDATE SET day = excluded.day, article_id = excluded.article_id, event_id = excluded.event_id
       WHERE (excluded.day, excluded.article_id, excluded.event_id) < (dyad_firsts.day, dyad_firsts.article_id, dyad_firsts.event_id)`,
      [JSON.stringify(delta.firsts)],
    );
  }
}

export async function clearRelations(db: pg.Pool): Promise<void> {
  await db.query('TRUNCATE dyad_days, dyad_actor_days, country_days, dyad_firsts');
}

export async function codedArticles(
  db: pg.Pool,
  after: string | null,
  limit: number,
  actorFromRow: (r: Row) => Actor,
  eventFromRow: (r: Row) => EventRecord,
): Promise<CodedArticle[]> {
  // COLLATE "C": id order by code point, as SQLite compares.
  const { rows: articles } = await db.query(`SELECT id, published, source FROM articles
    WHERE duplicate_of IS NULL AND id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2`, [after ?? '', limit]);
  if (articles.length === 0) return [];
  const ids = articles.map((a) => a.id as string);
  const [actors, events] = await Promise.all(['actors', 'events'].map(async (table) =>
    byArticle((await db.query(`SELECT * FROM ${table} WHERE article_id = ANY($1::text[]) ORDER BY article_id, ord`, [ids])).rows)));
  return articles.map((a) => ({
    id: a.id as string,
    ...(a.published !== null && { published: a.published as string }),
    ...(a.source !== null && { source: a.source as string }),
    actors: (actors.get(a.id as string) ?? []).map(actorFromRow),
    events: (events.get(a.id as string) ?? []).map(eventFromRow),
  }));
}

function relationWhere(f: RelationFilter, params: unknown[]): string {
  const terms: string[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (f.dyad) {
    const [a, b] = f.dyad;
    if (f.directed || a === b) terms.push(`source = ${p(a)} AND target = ${p(b)}`);
    else {
      const [x, y] = [p(a), p(b)];
      terms.push(`((source = ${x} AND target = ${y}) OR (source = ${y} AND target = ${x}))`);
    }
  }
  if (f.country) {
    const c = p(f.country);
    terms.push(`(source = ${c} OR target = ${c})`);
  }
  if (f.since) terms.push(`day >= ${p(f.since)}`);
  if (f.until) terms.push(`day <= ${p(f.until)}`);
  if (f.coder) terms.push(`coder = ${p(f.coder)}`);
  return terms.length ? `WHERE ${terms.join(' AND ')}` : '';
}

const C = 'COLLATE "C"';

export async function dyadDays(db: pg.Pool, filter: RelationFilter): Promise<DyadDay[]> {
  const params: unknown[] = [];
  const { rows } = await db.query(`SELECT * FROM dyad_days ${relationWhere(filter, params)}
    ORDER BY day ${C}, source ${C}, target ${C}, coder ${C}`, params);
  return rows.map((r: Row) => {
    const types = {} as TypeCounts;
    PLOVER_TYPES.forEach((t, i) => { types[t] = r[TYPE_COLUMNS[i]] as number; });
    return {
      source: r.source as string, target: r.target as string, day: r.day as string, coder: r.coder as Coder,
      events: r.events as number, weight: r.weight as number, goldstein: r.goldstein as number,
      q1: r.q1 as number, q2: r.q2 as number, q3: r.q3 as number, q4: r.q4 as number,
      types,
      future: r.future as number, negated: r.negated as number, historical: r.historical as number,
    };
  });
}

/** A day's period in SQL: the day, the Monday on or before it, or its month. */
const PERIOD_SQL: Record<Period, string> = {
  day: 'day', week: "to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD')", month: 'substr(day, 1, 7)',
};

const sum = (c: string) => `sum(${c})${INTEGER.has(c) ? '::int' : ''} AS ${c}`;

export async function dyadPeriods(db: pg.Pool, filter: PeriodFilter): Promise<DyadPeriod[]> {
  const params: unknown[] = [];
  const { rows } = await db.query(`SELECT * FROM (
      SELECT ${PERIOD_SQL[filter.by]} AS period, coder, ${[...MEASURES, ...TYPE_COLUMNS, ...APART].map(sum).join(', ')}
      FROM dyad_days ${relationWhere(filter, params)} GROUP BY 1, 2) p
    ORDER BY period ${C}, coder ${C}`, params);
  return rows.map((r: Row) => {
    const types = {} as TypeCounts;
    PLOVER_TYPES.forEach((t, i) => { types[t] = r[TYPE_COLUMNS[i]] as number; });
    return {
      period: r.period as string, coder: r.coder as Coder,
      events: r.events as number, weight: r.weight as number, goldstein: r.goldstein as number,
      q1: r.q1 as number, q2: r.q2 as number, q3: r.q3 as number, q4: r.q4 as number,
      types,
      future: r.future as number, negated: r.negated as number, historical: r.historical as number,
    };
  });
}

export async function dyadSeries(db: pg.Pool, f: SeriesFilter): Promise<PairSeries[]> {
  const from = f.active ? f.active.reduce((d, a) => (a.since < d ? a.since : d), f.until) : f.since;
  const params: unknown[] = [from, f.until];
  const coder = f.coder ? `AND coder = $${params.push(f.coder)}` : '';
  const enough: string[] = [];
  for (const a of f.active ?? []) {
    if (a.weight !== undefined) enough.push(`sum(CASE WHEN day ${C} >= $${params.push(a.since)} THEN weight ELSE 0 END) >= $${params.push(a.weight)}`);
    if (a.days !== undefined) enough.push(`count(CASE WHEN day ${C} >= $${params.push(a.since)} THEN 1 END) >= $${params.push(a.days)}`);
  }
  if (f.active && enough.length === 0) return [];
  const since = `$${params.push(f.since)}`;
  // Active pairs from the recent days of dyad_days_series (days compared in its "C" collation so
  // that the range reads that index), then only their days.
  const { rows } = await db.query(`WITH active AS (
      SELECT source, target, coder FROM dyad_days WHERE day ${C} >= $1 AND day ${C} <= $2 ${coder} AND weight > 0
      GROUP BY source, target, coder ${enough.length ? `HAVING ${enough.join(' OR ')}` : ''})
    SELECT d.source, d.target, d.day, d.coder, d.weight, d.goldstein, d.q3 + d.q4 AS conflict
    FROM active a JOIN dyad_days d ON d.source = a.source AND d.target = a.target AND d.coder = a.coder
    WHERE d.day >= ${since} AND d.day <= $2 AND d.weight > 0
    ORDER BY d.source ${C}, d.target ${C}, d.coder ${C}, d.day ${C}`, params);
  const series: PairSeries[] = [];
  for (const r of rows) {
    let s = series[series.length - 1];
    if (!s || s.source !== r.source || s.target !== r.target || s.coder !== r.coder) {
      s = { source: r.source, target: r.target, coder: r.coder, days: [], weight: [], goldstein: [], conflict: [] };
      series.push(s);
    }
    s.days.push(r.day);
    s.weight.push(r.weight);
    s.goldstein.push(r.goldstein);
    s.conflict.push(r.conflict);
  }
  return series;
}

export async function dyadTotals(db: pg.Pool, filter: RelationFilter): Promise<DyadTotal[]> {
  const params: unknown[] = [];
  const { rows } = await db.query(`SELECT source, target, coder, sum(events)::int AS events, sum(weight) AS weight,
      sum(goldstein) AS goldstein, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4,
      count(*)::int AS days, min(day ${C}) AS first, max(day ${C}) AS last
    FROM dyad_days ${relationWhere(filter, params)} GROUP BY source, target, coder HAVING sum(events) > 0
    ORDER BY events DESC, source ${C}, target ${C}`, params);
  return rows as DyadTotal[];
}

export async function actorDays(db: pg.Pool, filter: RelationFilter): Promise<ActorDay[]> {
  const params: unknown[] = [];
  const { rows } = await db.query(`SELECT source, target, source_actor AS "sourceActor", target_actor AS "targetActor", day, coder,
      events, weight, goldstein, q1, q2, q3, q4
    FROM dyad_actor_days ${relationWhere(filter, params)}
    ORDER BY day ${C}, source ${C}, target ${C}, source_actor ${C}, target_actor ${C}`, params);
  return rows as ActorDay[];
}

export async function countryPeriods(
  db: pg.Pool,
  f: { countries?: string[]; by: Period; since?: string; until?: string; coder?: Coder },
): Promise<CountryPeriod[]> {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (f.countries) {
    if (f.countries.length === 0) return [];
    terms.push(`country = ANY($${params.push(f.countries)}::text[])`);
  }
  if (f.since) terms.push(`day >= $${params.push(f.since)}`);
  if (f.until) terms.push(`day <= $${params.push(f.until)}`);
  if (f.coder) terms.push(`coder = $${params.push(f.coder)}`);
  const { rows } = await db.query(`SELECT * FROM (
      SELECT country, ${PERIOD_SQL[f.by]} AS period, coder, sum(articles)::int AS articles FROM country_days
      ${terms.length ? `WHERE ${terms.join(' AND ')}` : ''} GROUP BY 1, 2, 3) c
    ORDER BY country ${C}, period ${C}, coder ${C}`, params);
  return rows as CountryPeriod[];
}

export async function dyadFirsts(db: pg.Pool, f: { since?: string; until?: string }): Promise<FirstSeen[]> {
  const { rows } = await db.query(`SELECT source, target, key, day, article_id AS "articleId", event_id AS "eventId" FROM dyad_firsts
    WHERE day >= $1 AND day <= $2 ORDER BY day ${C}, source ${C}, target ${C}, key ${C}`, [f.since ?? '', f.until ?? '\uffff']);
  return rows as FirstSeen[];
}

const PAGE = 5000;

/** Every event passing the filter, in storing order, a page of rows at a time (keyset on seq, ord). */
export async function* exportEvents(
  db: pg.Pool,
  filter: EventFilter,
  actorFromRow: (r: Row) => Actor,
  eventFromRow: (r: Row) => EventRecord,
): AsyncGenerator<ExportedEvent> {
  let seq = -1;
  let ord = -1;
  for (;;) {
    const params: unknown[] = [];
    const where = eventWhere(filter, params);
    const s = `$${params.push(seq)}`;
    const o = `$${params.push(ord)}`;
    const { rows } = await db.query(`SELECT e.*, a.seq AS article_seq, a.url AS article_url, a.published AS article_published,
        a.source AS article_source, a.ingested_at AS article_added
      FROM events e JOIN articles a ON a.id = e.article_id
      ${where ? `${where} AND` : 'WHERE'} (a.seq, e.ord) > (${s}::bigint, ${o}::int)
      ORDER BY a.seq, e.ord LIMIT $${params.push(PAGE)}`, params);
    if (rows.length === 0) return;
    const ids = [...new Set(rows.map((r: Row) => r.article_id as string))];
    const [actorRows, textRows] = await Promise.all([
      db.query('SELECT * FROM actors WHERE article_id = ANY($1::text[]) ORDER BY article_id, ord', [ids]),
      db.query('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [ids]),
    ]);
    const actors = new Map<string, Map<string, Actor>>();
    for (const r of actorRows.rows) {
      const byId = actors.get(r.article_id) ?? new Map<string, Actor>();
      byId.set(r.id, actorFromRow(r));
      actors.set(r.article_id, byId);
    }
    const texts = new Map(textRows.rows.map((r: Row) => [r.id as string, r.text as string]));
    for (const r of rows) {
      const articleId = r.article_id as string;
      const event = eventFromRow(r);
      const named = [...new Set([...event.actors, ...event.recipients])];
      const byId = actors.get(articleId);
      yield {
        articleId,
        ...(r.article_url !== null && { url: r.article_url as string }),
        ...(r.article_published !== null && { published: r.article_published as string }),
        ...(r.article_source !== null && { source: r.article_source as string }),
        addedAt: r.article_added as string,
        sourceCountry: r.source_country as string | null,
        targetCountry: r.target_country as string | null,
        actors: named.map((id) => byId?.get(id)).filter((a): a is Actor => a !== undefined),
        evidenceText: (texts.get(articleId) ?? '').slice(event.evidence.start, event.evidence.end),
        event,
      };
    }
    const last = rows[rows.length - 1];
    seq = Number(last.article_seq);
    ord = last.ord as number;
  }
}
