import pg from 'pg';
import { UserError } from '../cli/command.js';
import type { Period } from '../graph/days.js';
import type { ActorDay, Coder, CodedArticle, DyadDay, FirstSeen, RelationDelta } from '../graph/relations.js';
import { relationDelta } from '../graph/relations.js';
import type { NearCandidate } from '../ingest/dedup.js';
import type { DocumentJSON } from '../model/index.js';
import { actorLinks, listActors, listEvents, listQuotes } from './postgres-listings.js';
import { PG_MIGRATIONS } from './postgres-migrations.js';
import { addCountsSql, countsOf, STATS_SQL, statsFromRow } from './counts.js';
import * as relations from './postgres-relations.js';
import { COLUMNS, extraFields, rowReaders, summary, type Row } from './rows.js';
import type {
  ActorLink, ActorQuery, ActorSummary, ArticleSummary, CountryPeriod, DyadPeriod, DyadTotal, EventFilter, EventListing, ExportedEvent,
  PeriodFilter, PutResult, QuoteFilter, QuoteListing, RelationFilter, SearchHit, SeriesFilter, PairSeries, SearchOptions, Store, StoreStats, StoredDocument,
} from './store.js';

/** A problem with the database server or its address (unreachable, no such database, refused): one line for the user. */
export class PgStoreError extends UserError {}

export interface PgOpenOptions {
  /** Fail instead of creating the schema in an empty database (for commands that only read). */
  mustExist?: boolean;
  /** Connections this process may hold (default 4). */
  poolSize?: number;
}


/** A connection URL with any password left out, for messages. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1@');
}

/** Server and network errors in the user's words, by PostgreSQL SQLSTATE or Node error code. */
const SERVER_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'cannot connect (connection refused); is PostgreSQL running?',
  ENOTFOUND: 'cannot connect (unknown host)',
  ETIMEDOUT: 'cannot connect (timed out)',
  '3D000': 'no such database; create it with `createdb`',
  '28P01': 'password authentication failed',
  '28000': 'not allowed to connect',
  '57P01': 'the server was shut down',
  '57P03': 'the server is starting up or shutting down; try again',
  '53100': 'the server disk is full',
};

export function serverProblem(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? SERVER_PROBLEMS[code] : undefined;
}

/** The contract fields each table has columns for; any other field goes to its `extra` column (as in sqlite.ts). */
const { withExtra, actorFromRow, eventFromRow, quoteFromRow } = rowReaders((stored) => stored);

const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * Adds a transaction's counts to one of 16 rows of store_counts, picked at random: workers commit
 * an article per transaction, and on a single row each would wait for the one before to commit.
 */
const ADD_COUNTS = addCountsSql('floor(random() * 16)::int', (i) => `$${i + 1}`);

/**
 * The scale-out store: one PostgreSQL database shared by every worker and reader. Each
 * putDocuments call is one transaction; an article id already stored is skipped, also when
 * another process stores it at the same moment (the unique id makes the second insert wait and
 * then do nothing).
 */
export class PostgresStore implements Store {
  private constructor(readonly location: string, private readonly pool: pg.Pool) {}

  static async open(url: string, options: PgOpenOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
    // An idle connection dropped by a server restart is replaced on the next query; not fatal.
    pool.on('error', () => {});
    try {
      await migrate(pool, url, options.mustExist ?? false);
    } catch (err) {
      await pool.end();
      if (err instanceof UserError) throw err;
      throw new PgStoreError(`${safeUrl(url)}: ${serverProblem(err) ?? (err as Error).message}`);
    }
    return new PostgresStore(url, pool);
  }

  /**
   * Runs `work` in one transaction on one connection. A deadlock (two writers adding to the same
   * relation rows) rolls one of them back; it is run again.
   */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await checkOut(this.pool);
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (err) {
        const rolledBack = await client.query('ROLLBACK').then(() => true, () => false);
        // A connection that could not even roll back is broken: the pool drops it.
        client.release(!rolledBack);
        const code = (err as { code?: string }).code;
        if (!(code === '40P01' || code === '40001') || attempt >= 5) throw err;
      }
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM articles WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async nearCandidates(bands: number[]): Promise<NearCandidate[]> {
    if (bands.length === 0) return [];
    const { rows } = await this.pool.query(
      `SELECT DISTINCT f.article_id AS id, a.duplicate_of, f.minhash
       FROM lsh_bands b JOIN fingerprints f ON f.article_id = b.article_id JOIN articles a ON a.id = b.article_id
       WHERE b.band_key = ANY($1::bigint[])`,
      [bands],
    );
    return rows.map((r: Row) => ({
      id: r.id as string,
      ...(r.duplicate_of !== null && { duplicateOf: r.duplicate_of as string }),
      minhash: new Uint32Array(Uint8Array.from(r.minhash as Buffer).buffer),
    }));
  }

  async putDocuments(batch: StoredDocument[]): Promise<PutResult> {
    // The first of several items with one id wins, as INSERT OR IGNORE does in SQLite.
    const seen = new Set<string>();
    const unique: StoredDocument[] = [];
    const duplicates: string[] = [];
    for (const item of batch) {
      if (seen.has(item.document.id)) duplicates.push(item.document.id);
      else {
        seen.add(item.document.id);
        unique.push(item);
      }
    }
    const ingestedAt = new Date().toISOString();
    return this.transaction(async (client) => {
      const existing = [...duplicates];
      const { rows } = await client.query(
        `INSERT INTO articles (id, url, title, published, source, language, origin, duplicate_of, text, ingested_at)
         SELECT id, url, title, published, source, language, origin, duplicate_of, text, $2
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, url text, title text, published text, source text,
           language text, origin text, duplicate_of text, text text)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [JSON.stringify(unique.map(({ document: d, origin }) => ({
          id: d.id, url: d.url, title: d.title, published: d.published, source: d.source, language: d.language,
          origin, duplicate_of: d.duplicateOf, text: d.text,
        }))), ingestedAt],
      );
      const added = new Set(rows.map((r: Row) => r.id as string));
      for (const item of unique) if (!added.has(item.document.id)) existing.push(item.document.id);
      const fresh = unique.filter((item) => added.has(item.document.id));
      if (fresh.length) {
        const documents = fresh.map((item) => item.document);
        await insertLayers(client, fresh);
        await relations.addRelations(client, relationDelta(documents.filter((d) => d.duplicateOf === undefined)));
        // Last, so the count row stays locked only while this transaction commits.
        await client.query(ADD_COUNTS, countsOf(documents));
      }
      return { added: fresh.length, existing };
    });
  }

  async getDocument(id: string): Promise<DocumentJSON | undefined> {
    const { rows: [a] } = await this.pool.query('SELECT * FROM articles WHERE id = $1', [id]);
    if (!a) return undefined;
    const [layers, actors, events, quotes] = await Promise.all([
      this.pool.query('SELECT * FROM documents WHERE article_id = $1', [id]).then((r) => r.rows[0] as Row | undefined),
      this.pool.query('SELECT * FROM actors WHERE article_id = $1 ORDER BY ord', [id]).then((r) => r.rows.map(actorFromRow)),
      this.pool.query('SELECT * FROM events WHERE article_id = $1 ORDER BY ord', [id]).then((r) => r.rows.map(eventFromRow)),
      this.pool.query('SELECT * FROM quotes WHERE article_id = $1 ORDER BY ord', [id]).then((r) => r.rows.map(quoteFromRow)),
    ]);
    const opt = (key: string, column: string) => (a[column] !== null ? { [key]: a[column] as string } : {});
    const out: DocumentJSON = {
      id,
      ...opt('url', 'url'),
      ...opt('title', 'title'),
      ...opt('published', 'published'),
      ...opt('source', 'source'),
      ...opt('language', 'language'),
      ...opt('duplicateOf', 'duplicate_of'),
      text: a.text as string,
      sentences: (layers?.sentences as DocumentJSON['sentences']) ?? [],
      entities: (layers?.entities as DocumentJSON['entities']) ?? [],
      actors,
      events,
      quotes,
    };
    if (layers?.dates != null) out.dates = layers.dates as DocumentJSON['dates'];
    if (layers?.captions != null) out.captions = layers.captions as DocumentJSON['captions'];
    return withExtra(out, layers?.extra);
  }

  async idsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query(
      // Code-point order whatever the database's collation, as SQLite compares.
      'SELECT id FROM articles WHERE id COLLATE "C" >= $1 AND id COLLATE "C" < $2 ORDER BY id COLLATE "C" LIMIT $3',
      [prefix, prefix + '\uffff', limit],
    );
    return rows.map((r: Row) => r.id as string);
  }

  async latest({ limit = 10, offset = 0 }: SearchOptions = {}): Promise<ArticleSummary[]> {
    const { rows } = await this.pool.query(
      `SELECT id, title, published, source, duplicate_of AS "duplicateOf" FROM articles
       ORDER BY published IS NULL, published DESC, seq DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows.map(summary);
  }

  async search(query: string, { limit = 10, offset = 0 }: SearchOptions = {}): Promise<SearchHit[]> {
    // websearch_to_tsquery accepts anything a person types ("quoted phrases", or, -not), never a
    // syntax error. Snippets are made only for the page returned: ts_headline reads the whole text.
    const { rows } = await this.pool.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
       hits AS (
         SELECT a.id, a.title, a.published, a.source, a.duplicate_of, a.text, a.seq, ts_rank(a.tsv, q.q) AS score
         FROM articles a, q WHERE a.tsv @@ q.q ORDER BY score DESC, a.seq LIMIT $2 OFFSET $3)
       SELECT h.id, h.title, h.published, h.source, h.duplicate_of AS "duplicateOf", h.score,
         ts_headline('english', h.text, q.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM hits h, q ORDER BY h.score DESC, h.seq`,
      [query, limit, offset],
    );
    return rows.map((r: Row) => ({ ...summary(r), score: r.score as number, snippet: r.snippet as string }));
  }

  async stats(): Promise<StoreStats> {
    const { rows: [r] } = await this.pool.query(STATS_SQL);
    return statsFromRow(r);
  }

  async listEvents(filter: EventFilter, options: SearchOptions = {}): Promise<EventListing[]> {
    return listEvents(this.pool, filter, options, eventFromRow);
  }

  async listActors(query: ActorQuery = {}): Promise<ActorSummary[]> {
    return listActors(this.pool, query);
  }

  async actorLinks(filter: EventFilter, limit: number): Promise<ActorLink[]> {
    return actorLinks(this.pool, filter, limit);
  }

  async listQuotes(filter: QuoteFilter, options: SearchOptions = {}): Promise<QuoteListing[]> {
    return listQuotes(this.pool, filter, options, quoteFromRow);
  }

  async addRelations(delta: RelationDelta): Promise<void> {
    await this.transaction((client) => relations.addRelations(client, delta));
  }

  async clearRelations(): Promise<void> {
    await relations.clearRelations(this.pool);
  }

  async codedArticles(after: string | null, limit: number): Promise<CodedArticle[]> {
    return relations.codedArticles(this.pool, after, limit, actorFromRow, eventFromRow);
  }

  async dyadDays(filter: RelationFilter): Promise<DyadDay[]> {
    return relations.dyadDays(this.pool, filter);
  }

  async dyadPeriods(filter: PeriodFilter): Promise<DyadPeriod[]> {
    return relations.dyadPeriods(this.pool, filter);
  }

  async dyadSeries(filter: SeriesFilter): Promise<PairSeries[]> {
    return relations.dyadSeries(this.pool, filter);
  }

  async dyadTotals(filter: RelationFilter): Promise<DyadTotal[]> {
    return relations.dyadTotals(this.pool, filter);
  }

  async actorDays(filter: RelationFilter): Promise<ActorDay[]> {
    return relations.actorDays(this.pool, filter);
  }

  async countryPeriods(filter: { countries?: string[]; by: Period; since?: string; until?: string; coder?: Coder }): Promise<CountryPeriod[]> {
    return relations.countryPeriods(this.pool, filter);
  }

  async dyadFirsts(filter: { since?: string; until?: string }): Promise<FirstSeen[]> {
    return relations.dyadFirsts(this.pool, filter);
  }

  exportEvents(filter: EventFilter): AsyncIterable<ExportedEvent> {
    return relations.exportEvents(this.pool, filter, actorFromRow, eventFromRow);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

/** Documents, actors, events, quotes and fingerprints of freshly inserted articles: one statement per table. */
async function insertLayers(client: pg.PoolClient, items: StoredDocument[]): Promise<void> {
  const documents: Row[] = [];
  const actors: Row[] = [];
  const events: Row[] = [];
  const quotes: Row[] = [];
  const fingerprints: Row[] = [];
  const bands: Row[] = [];
  for (const { document: d, fingerprint } of items) {
    const id = d.id;
    documents.push({
      article_id: id, sentences: d.sentences, entities: d.entities, dates: d.dates ?? null, captions: d.captions ?? null,
      extra: extraFields(d, COLUMNS.document),
    });
    const countryOf = new Map(d.actors.map((a) => [a.id, a.country]));
    const firstCountry = (ids: string[]) => ids.map((a) => countryOf.get(a)).find((c) => c != null) ?? null;
    d.actors.forEach((a, ord) => actors.push({
      article_id: id, id: a.id, ord, name: a.name, kind: a.kind, country: a.country, sector: a.sector,
      title: nullable(a.title), affiliation: nullable(a.affiliation), mentions: a.mentions, extra: extraFields(a, COLUMNS.actor),
    }));
    d.events.forEach((e, ord) => events.push({
      article_id: id, id: e.id, ord, type: e.type, mode: nullable(e.mode), contexts: e.contexts, cameo: e.cameo, quad: e.quad,
      goldstein: e.goldstein, actors: e.actors, recipients: e.recipients, source_country: firstCountry(e.actors),
      target_country: firstCountry(e.recipients), date: e.date, location: e.location ?? null, modality: e.modality,
      trigger_start: e.trigger.start, trigger_end: e.trigger.end, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
      confidence: e.confidence, extra: extraFields(e, COLUMNS.event),
    }));
    d.quotes.forEach((q, ord) => quotes.push({
      article_id: id, id: q.id, ord, kind: q.kind, content_start: q.content.start, content_end: q.content.end, text: q.text,
      speaker: q.speaker, speaker_text: q.speakerText, speaker_start: q.speakerSpan?.start ?? null, speaker_end: q.speakerSpan?.end ?? null,
      cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null, cue_text: q.cueText, extra: extraFields(q, COLUMNS.quote),
    }));
    if (fingerprint) {
      const m = fingerprint.minhash;
      fingerprints.push({ article_id: id, minhash: Buffer.from(m.buffer, m.byteOffset, m.byteLength).toString('hex') });
      for (const key of new Set(fingerprint.bands)) bands.push({ band_key: key, article_id: id });
    }
  }
  const insert = async (table: string, columns: string, rows: Row[], select = '*') => {
    if (rows.length === 0) return;
    await client.query(
      `INSERT INTO ${table} SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`,
      [JSON.stringify(rows)],
    );
  };
  await insert('documents (article_id, sentences, entities, dates, captions, extra)',
    'article_id text, sentences jsonb, entities jsonb, dates jsonb, captions jsonb, extra jsonb', documents);
  await insert('actors (article_id, id, ord, name, kind, country, sector, title, affiliation, mentions, extra)',
    'article_id text, id text, ord int, name text, kind text, country text, sector text, title text, affiliation text, mentions jsonb, extra jsonb',
    actors);
  await insert(`events (article_id, id, ord, type, mode, contexts, cameo, quad, goldstein, actors, recipients, source_country,
      target_country, date, location, modality, trigger_start, trigger_end, evidence_start, evidence_end, confidence, extra)`,
    `article_id text, id text, ord int, type text, mode text, contexts jsonb, cameo text, quad int, goldstein float8,
      actors jsonb, recipients jsonb, source_country text, target_country text, date text, location jsonb, modality text,
      trigger_start int, trigger_end int, evidence_start int, evidence_end int, confidence float8, extra jsonb`, events);
  await insert(`quotes (article_id, id, ord, kind, content_start, content_end, text, speaker, speaker_text, speaker_start,
      speaker_end, cue_start, cue_end, cue_text, extra)`,
    `article_id text, id text, ord int, kind text, content_start int, content_end int, text text, speaker text,
      speaker_text text, speaker_start int, speaker_end int, cue_start int, cue_end int, cue_text text, extra jsonb`, quotes);
  await insert('fingerprints (article_id, minhash)', 'article_id text, minhash text', fingerprints, "article_id, decode(minhash, 'hex')");
  await insert('lsh_bands (band_key, article_id)', 'band_key bigint, article_id text', bands);
}

/**
 * A connection for several statements. A server restart while it is checked out makes it emit
 * 'error' (the pool only listens while it is idle); the failing query reports the problem, so
 * the event itself is ignored rather than left to end the process.
 */
async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  if (client.listenerCount('error') === 0) client.on('error', () => {});
  return client;
}

/** Applies the migrations this database has not seen yet, one transaction each, one process at a time. */
async function migrate(pool: pg.Pool, url: string, mustExist: boolean): Promise<void> {
  const client = await checkOut(pool);
  try {
    const { rows: [found] } = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
    if (!found.present && mustExist) {
      throw new PgStoreError(`${safeUrl(url)}: no dyad database here; create one with \`dyad ingest\` or \`dyad worker\``);
    }
    const latest = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
    await client.query('BEGIN');
    // Workers started together would otherwise race to create the same tables.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('dyad:migrate'))");
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
    const { rows: [row] } = await client.query('SELECT coalesce(max(version), 0)::int AS current FROM schema_migrations');
    const current = row.current as number;
    if (current > latest) {
      throw new PgStoreError(`${safeUrl(url)}: database schema version ${current} is newer than this dyad understands (${latest}); upgrade dyad`);
    }
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
