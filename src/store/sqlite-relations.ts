import type Database from 'better-sqlite3';
import type { Period } from '../graph/days.js';
import type {
  ActorDay, Coder, CodedArticle, DyadDay, FirstSeen, RelationDelta, TypeCounts,
} from '../graph/relations.js';
import type { Actor, EventRecord } from '../model/index.js';
import { PLOVER_TYPES } from '../model/index.js';
import { eventWhere } from './sqlite-listings.js';
import type {
  CountryPeriod, DyadPeriod, DyadTotal, EventFilter, ExportedEvent, PeriodFilter, RelationFilter, SeriesFilter, PairSeries,
} from './store.js';

// Plain SQL both SQLite and PostgreSQL run: INSERT … ON CONFLICT DO UPDATE, row-value keysets.

import { byArticle, type Row } from './rows.js';

const MEASURES = ['events', 'weight', 'goldstein', 'q1', 'q2', 'q3', 'q4'] as const;
const TYPE_COLUMNS = PLOVER_TYPES.map((t) => t.toLowerCase());
const APART = ['future', 'negated', 'historical'] as const;
const DYAD_COUNTS = [...MEASURES, ...TYPE_COLUMNS, ...APART];

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const addUp = (table: string, columns: readonly string[]) => columns.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');

function upsert(table: string, keys: string[], counts: readonly string[]): string {
  const columns = [...keys, ...counts];
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${marks(columns.length)})
    ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${addUp(table, counts)}`;
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(db: Database.Database) {
  return {
    dyad: db.prepare(upsert('dyad_days', ['source', 'target', 'day', 'coder'], DYAD_COUNTS)),
    actor: db.prepare(upsert('dyad_actor_days', ['source', 'target', 'day', 'coder', 'source_actor', 'target_actor'], MEASURES)),
    country: db.prepare(upsert('country_days', ['country', 'day', 'coder'], ['articles'])),
    first: db.prepare(`INSERT INTO dyad_firsts (source, target, key, day, article_id, event_id) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (source, target, key) DO UPDATE SET day = excluded.day, article_id = excluded.article_id, event_id = excluded.event_id
      WHERE excluded.day < dyad_firsts.day`),
  };
}

function stmts(db: Database.Database) {
  let s = statements.get(db);
  if (!s) {
    s = prepare(db);
    statements.set(db, s);
  }
  return s;
}

/** Adds a delta; call inside the caller's transaction (putDocuments) or wraps one itself. */
export function addRelations(db: Database.Database, delta: RelationDelta): void {
  const s = stmts(db);
  const write = () => {
    for (const d of delta.dyadDays) {
      s.dyad.run(d.source, d.target, d.day, d.coder, ...MEASURES.map((m) => d[m]), ...PLOVER_TYPES.map((t) => d.types[t]), d.future, d.negated, d.historical);
    }
    for (const a of delta.actorDays) {
      s.actor.run(a.source, a.target, a.day, a.coder, a.sourceActor, a.targetActor, ...MEASURES.map((m) => a[m]));
    }
    for (const c of delta.countryDays) s.country.run(c.country, c.day, c.coder, c.articles);
    for (const f of delta.firsts) s.first.run(f.source, f.target, f.key, f.day, f.articleId, f.eventId);
  };
  if (db.inTransaction) write();
  else db.transaction(write)();
}

export function clearRelations(db: Database.Database): void {
  db.transaction(() => {
    for (const table of ['dyad_days', 'dyad_actor_days', 'country_days', 'dyad_firsts']) db.exec(`DELETE FROM ${table}`);
  })();
}

export function codedArticles(
  db: Database.Database,
  after: string | null,
  limit: number,
  actorFromRow: (r: Row) => Actor,
  eventFromRow: (r: Row) => EventRecord,
): CodedArticle[] {
  const articles = db.prepare(`SELECT id, published, source FROM articles
    WHERE duplicate_of IS NULL AND id > ? ORDER BY id LIMIT ?`).all(after ?? '', limit) as Row[];
  if (articles.length === 0) return [];
  const first = articles[0].id as string;
  const last = articles[articles.length - 1].id as string;
  const actors = byArticle(db.prepare('SELECT * FROM actors WHERE article_id >= ? AND article_id <= ? ORDER BY article_id, ord').all(first, last) as Row[]);
  const events = byArticle(db.prepare('SELECT * FROM events WHERE article_id >= ? AND article_id <= ? ORDER BY article_id, ord').all(first, last) as Row[]);
  return articles.map((a) => ({
    id: a.id as string,
    ...(a.published !== null && { published: a.published as string }),
    ...(a.source !== null && { source: a.source as string }),
    actors: (actors.get(a.id as string) ?? []).map(actorFromRow),
    events: (events.get(a.id as string) ?? []).map(eventFromRow),
  }));
}

/** The day range and coder terms every relation table filters by, appended to `terms`/`params`. */
function dayAndCoderTerms(f: { since?: string; until?: string; coder?: Coder }, terms: string[], params: unknown[]): void {
  if (f.since) {
    terms.push('day >= ?');
    params.push(f.since);
  }
  if (f.until) {
    terms.push('day <= ?');
    params.push(f.until);
  }
  if (f.coder) {
    terms.push('coder = ?');
    params.push(f.coder);
  }
}

/** WHERE clause over a relation table's source, target, day and coder columns. */
function relationWhere(f: RelationFilter): { sql: string; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (f.dyad) {
    const [a, b] = f.dyad;
    if (f.directed || a === b) {
      terms.push('source = ? AND target = ?');
      params.push(a, b);
    } else {
      // Two IN lists seek the primary key four times; an OR of pairs makes SQLite merge two scans.
      terms.push('source IN (?, ?) AND target IN (?, ?) AND source <> target');
      params.push(a, b, a, b);
    }
  }
  if (f.country) {
    terms.push('(source = ? OR target = ?)');
    params.push(f.country, f.country);
  }
  dayAndCoderTerms(f, terms, params);
  return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

/** Raw dyad-day rows by day, source, target, coder (columns 2, 0, 1, 3). */
function compareKeys(x: unknown[], y: unknown[]): number {
  for (const i of [2, 0, 1, 3]) {
    if ((x[i] as string) < (y[i] as string)) return -1;
    if ((x[i] as string) > (y[i] as string)) return 1;
  }
  return 0;
}

export function dyadDays(db: Database.Database, filter: RelationFilter): DyadDay[] {
  const where = relationWhere(filter);
  // A pair's rows come from up to four primary-key ranges: merged here, as SQLite's sorter would
  // copy every wide row; other filters read the day index, already in this order.
  const order = filter.dyad ? '' : 'ORDER BY day, source, target, coder';
  const rows = db.prepare(`SELECT * FROM dyad_days ${where.sql} ${order}`).raw().all(...where.params) as unknown[][];
  if (filter.dyad) rows.sort((x, y) => compareKeys(x, y));
  // Raw rows: column positions follow the migration (keys, measures, types, counted-apart).
  return rows.map((r) => {
    const types = {} as TypeCounts;
    for (let i = 0; i < PLOVER_TYPES.length; i++) types[PLOVER_TYPES[i]] = r[11 + i] as number;
    return {
      source: r[0] as string, target: r[1] as string, day: r[2] as string, coder: r[3] as Coder,
      events: r[4] as number, weight: r[5] as number, goldstein: r[6] as number,
      q1: r[7] as number, q2: r[8] as number, q3: r[9] as number, q4: r[10] as number,
      types,
      future: r[27] as number, negated: r[28] as number, historical: r[29] as number,
    };
  });
}

/** A day's period in SQL: the day, the Monday on or before it, or its month. */
const PERIOD_SQL: Record<Period, string> = { day: 'day', week: "date(day, '-6 days', 'weekday 1')", month: 'substr(day, 1, 7)' };

export function dyadPeriods(db: Database.Database, filter: PeriodFilter): DyadPeriod[] {
  const where = relationWhere(filter);
  // Summed here: a ten-year pair is thousands of wide rows, its months a hundred.
  const rows = db.prepare(`SELECT ${PERIOD_SQL[filter.by]} AS period, coder, ${DYAD_COUNTS.map((c) => `sum(${c})`).join(', ')}
    FROM dyad_days ${where.sql} GROUP BY period, coder ORDER BY period, coder`).raw().all(...where.params) as unknown[][];
  // Raw rows: period, coder, then DYAD_COUNTS in order.
  return rows.map((r) => {
    const types = {} as TypeCounts;
    for (let i = 0; i < PLOVER_TYPES.length; i++) types[PLOVER_TYPES[i]] = r[9 + i] as number;
    return {
      period: r[0] as string, coder: r[1] as Coder,
      events: r[2] as number, weight: r[3] as number, goldstein: r[4] as number,
      q1: r[5] as number, q2: r[6] as number, q3: r[7] as number, q4: r[8] as number,
      types,
      future: r[25] as number, negated: r[26] as number, historical: r[27] as number,
    };
  });
}

export function dyadSeries(db: Database.Database, f: SeriesFilter): PairSeries[] {
  const coder = f.coder ? 'AND coder = ?' : '';
  const enough: string[] = [];
  const bounds: unknown[] = [];
  for (const a of f.active ?? []) {
    if (a.weight !== undefined) {
      enough.push('sum(CASE WHEN day >= ? THEN weight ELSE 0 END) >= ?');
      bounds.push(a.since, a.weight);
    }
    if (a.days !== undefined) {
      enough.push('count(CASE WHEN day >= ? THEN 1 END) >= ?');
      bounds.push(a.since, a.days);
    }
  }
  if (f.active && enough.length === 0) return [];
  const having = enough.length ? `HAVING ${enough.join(' OR ')}` : '';
  const from = f.active ? f.active.reduce((d, a) => (a.since < d ? a.since : d), f.until) : f.since;
  const coderParam = f.coder ? [f.coder] : [];
  // The active pairs come from the covering index over the recent days; quiet pairs, most of
  // them, are never read further.
  const pairs = db.prepare(`SELECT source, target, coder FROM dyad_days WHERE day >= ? AND day <= ? ${coder} AND weight > 0
    GROUP BY source, target, coder ${having} ORDER BY source, target, coder`).raw()
    .all(from, f.until, ...coderParam, ...bounds) as [string, string, Coder][];
  const series: PairSeries[] = pairs.map(([source, target, c]) => ({ source, target, coder: c, days: [], weight: [], goldstein: [], conflict: [] }));
  // Each active pair's days are a primary-key range; a row names its pair by its place in the list
  // rather than by three strings (hundreds of thousands of rows in a busy store).
  const rows = db.prepare(`SELECT p.key, d.day, d.weight, d.goldstein, d.q3 + d.q4 FROM json_each(?) p
    CROSS JOIN dyad_days d ON d.source = p.value ->> 0 AND d.target = p.value ->> 1 AND d.coder = p.value ->> 2
    WHERE d.day >= ? AND d.day <= ? AND d.weight > 0 ORDER BY p.key, d.day`).raw()
    .all(JSON.stringify(pairs), f.since, f.until) as [number, string, number, number, number][];
  for (const r of rows) {
    const s = series[r[0]];
    s.days.push(r[1]);
    s.weight.push(r[2]);
    s.goldstein.push(r[3]);
    s.conflict.push(r[4]);
  }
  return series.filter((s) => s.days.length > 0);
}

export function dyadTotals(db: Database.Database, filter: RelationFilter): DyadTotal[] {
  const where = relationWhere(filter);
  return db.prepare(`SELECT source, target, coder, sum(events) AS events, sum(weight) AS weight, sum(goldstein) AS goldstein,
      sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4, count(*) AS days, min(day) AS first, max(day) AS last
    FROM dyad_days ${where.sql} GROUP BY source, target, coder HAVING sum(events) > 0
    ORDER BY events DESC, source, target`).all(...where.params) as DyadTotal[];
}

export function actorDays(db: Database.Database, filter: RelationFilter): ActorDay[] {
  const where = relationWhere(filter);
  return db.prepare(`SELECT source, target, source_actor AS sourceActor, target_actor AS targetActor, day, coder,
      events, weight, goldstein, q1, q2, q3, q4
    FROM dyad_actor_days ${where.sql} ORDER BY day, source, target, source_actor, target_actor`).all(...where.params) as ActorDay[];
}

export function countryPeriods(
  db: Database.Database,
  f: { countries?: string[]; by: Period; since?: string; until?: string; coder?: Coder },
): CountryPeriod[] {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (f.countries) {
    if (f.countries.length === 0) return [];
    terms.push(`country IN (${marks(f.countries.length)})`);
    params.push(...f.countries);
  }
  dayAndCoderTerms(f, terms, params);
  // Primary-key ranges, one per country, over only the days asked for; by day there is nothing
  // to add up (a key is one day), and SQLite's grouping would double the cost.
  const [articles, group] = f.by === 'day' ? ['articles', ''] : ['sum(articles)', 'GROUP BY country, period, coder'];
  const rows = db.prepare(`SELECT country, ${PERIOD_SQL[f.by]} AS period, coder, ${articles} FROM country_days
    ${terms.length ? `WHERE ${terms.join(' AND ')}` : ''} ${group} ORDER BY country, period, coder`)
    .raw().all(...params) as [string, string, Coder, number][];
  return rows.map((r) => ({ country: r[0], period: r[1], coder: r[2], articles: r[3] }));
}

export function dyadFirsts(db: Database.Database, f: { since?: string; until?: string }): FirstSeen[] {
  return db.prepare(`SELECT source, target, key, day, article_id AS articleId, event_id AS eventId FROM dyad_firsts
    WHERE day >= ? AND day <= ? ORDER BY day, source, target, key`).all(f.since ?? '', f.until ?? '\uffff') as FirstSeen[];
}

const PAGE = 5000;

export function* exportEvents(
  db: Database.Database,
  filter: EventFilter,
  actorFromRow: (r: Row) => Actor,
  eventFromRow: (r: Row) => EventRecord,
): Generator<ExportedEvent> {
  const where = eventWhere(filter);
  const page = db.prepare(`SELECT e.*, a.seq AS article_seq, a.url AS article_url, a.published AS article_published,
      a.source AS article_source, a.ingested_at AS article_added
    FROM events e JOIN articles a ON a.id = e.article_id
    ${where.sql ? `${where.sql} AND` : 'WHERE'} (a.seq > ? OR (a.seq = ? AND e.ord > ?))
    ORDER BY a.seq, e.ord LIMIT ?`);
  const actorsOf = db.prepare('SELECT * FROM actors WHERE article_id = ? ORDER BY ord');
  const textOf = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
  let seq = -1;
  let ord = -1;
  for (;;) {
    // A whole page is read before yielding: the connection cannot run other statements mid-iteration.
    const rows = page.all(...where.params, seq, seq, ord, PAGE) as Row[];
    if (rows.length === 0) return;
    let article: { id: string; actors: Map<string, Actor>; text: string } | undefined;
    for (const r of rows) {
      const articleId = r.article_id as string;
      if (article?.id !== articleId) {
        const actors = (actorsOf.all(articleId) as Row[]).map(actorFromRow);
        article = { id: articleId, actors: new Map(actors.map((a) => [a.id, a])), text: textOf.get(articleId) as string };
      }
      const event = eventFromRow(r);
      const named = [...new Set([...event.actors, ...event.recipients])];
      yield {
        articleId,
        ...(r.article_url !== null && { url: r.article_url as string }),
        ...(r.article_published !== null && { published: r.article_published as string }),
        ...(r.article_source !== null && { source: r.article_source as string }),
        addedAt: r.article_added as string,
        sourceCountry: r.source_country as string | null,
        targetCountry: r.target_country as string | null,
        actors: named.map((id) => article!.actors.get(id)).filter((a): a is Actor => a !== undefined),
        evidenceText: article.text.slice(event.evidence.start, event.evidence.end),
        event,
      };
    }
    const last = rows[rows.length - 1];
    seq = last.article_seq as number;
    ord = last.ord as number;
  }
}
