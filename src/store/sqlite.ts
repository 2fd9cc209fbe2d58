import Database from 'better-sqlite3';
import { UserError } from '../cli/command.js';
import type { NearCandidate } from '../ingest/dedup.js';
import type { DocumentJSON } from '../model/index.js';
import type { Period } from '../graph/days.js';
import type { ActorDay, Coder, CodedArticle, DyadDay, FirstSeen, RelationDelta } from '../graph/relations.js';
import { relationDelta } from '../graph/relations.js';
import { actorLinks, listActors, listEvents } from './sqlite-listings.js';
import { listQuotes } from './sqlite-quotes.js';
import { MIGRATIONS } from './sqlite-migrations.js';
import { addCountsSql, countsOf, STATS_SQL, statsFromRow } from './counts.js';
import type {
  ActorLink, ActorQuery, ActorSummary, ArticleSummary, EventFilter, EventListing, PutResult, QuoteFilter, QuoteListing, SearchHit,
  SearchOptions, Store,
  StoreStats, StoredDocument, CountryPeriod, DyadPeriod, DyadTotal, ExportedEvent, PeriodFilter, RelationFilter, SeriesFilter, PairSeries,
} from './store.js';
import * as relations from './sqlite-relations.js';
import { COLUMNS, extraFields, rowReaders, summary, type Row } from './rows.js';

/** A problem with the database file itself (missing, not SQLite, read-only, full): one line for the user. */
export class StoreError extends UserError {}

export interface SqliteOpenOptions {
  /** Fail instead of creating a new database file (for commands that only read). */
  mustExist?: boolean;
}


const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const json = (v: unknown): string => JSON.stringify(v);

/** The fields of `value` that have no column, as JSON (null when there are none). */
function extra(value: object, columns: readonly string[]): string | null {
  const rest = extraFields(value, columns);
  return rest && JSON.stringify(rest);
}

const { withExtra, actorFromRow, eventFromRow, quoteFromRow } = rowReaders((stored) => JSON.parse(stored as string));
export { quoteFromRow };

/** better-sqlite3's primary error codes that mean the file or disk is at fault, in the user's words. */
const FILE_PROBLEMS: Record<string, string> = {
  SQLITE_NOTADB: 'not a SQLite database',
  SQLITE_READONLY: 'database is read-only',
  SQLITE_CANTOPEN: 'cannot open the database file',
  SQLITE_CORRUPT: 'database file is corrupt',
  SQLITE_FULL: 'disk is full',
  SQLITE_BUSY: 'database is locked by another process',
  SQLITE_IOERR: 'input/output error',
};

/** The file problem behind an error (extended codes such as SQLITE_IOERR_WRITE included), if it is one. */
function fileProblem(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? FILE_PROBLEMS[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')] : undefined;
}

function reason(err: unknown): string {
  return fileProblem(err) ?? (err as Error).message ?? String(err);
}

/** The embedded store: one SQLite file in WAL mode. */
export class SqliteStore implements Store {
  private readonly stmt: ReturnType<typeof prepare>;
  private readonly candidateQueries = new Map<number, Database.Statement>();

  private constructor(readonly location: string, private readonly db: Database.Database) {
    this.stmt = prepare(db);
  }

  static open(path: string, options: SqliteOpenOptions = {}): SqliteStore {
    let db: Database.Database;
    try {
      db = new Database(path, { fileMustExist: options.mustExist ?? false, timeout: 5000 });
    } catch (err) {
      const e = err as { code?: string; message?: string };
      if (options.mustExist && e.code === 'SQLITE_CANTOPEN') {
        throw new StoreError(`${path}: no database here; create one with \`dyad ingest\``);
      }
      if (err instanceof TypeError) throw new StoreError(`${path}: ${e.message?.replace(/^Cannot open database because /, '')}`);
      throw new StoreError(`${path}: ${reason(err)}`);
    }
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db, path);
    } catch (err) {
      db.close();
      if (err instanceof StoreError) throw err;
      throw new StoreError(`${path}: ${reason(err)}`);
    }
    return new SqliteStore(path, db);
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.stmt.has.get(id) !== undefined;
  }

  async nearCandidates(bands: number[]): Promise<NearCandidate[]> {
    if (bands.length === 0) return [];
    let query = this.candidateQueries.get(bands.length);
    if (!query) {
      query = this.db.prepare(`SELECT DISTINCT f.article_id AS id, a.duplicate_of AS duplicateOf, f.minhash
      FROM lsh_bands b JOIN fingerprints f ON f.article_id = b.article_id JOIN articles a ON a.id = b.article_id
      WHERE b.band_key IN (${bands.map(() => '?').join(',')})`);
      this.candidateQueries.set(bands.length, query);
    }
    const rows = query.all(...bands) as { id: string; duplicateOf: string | null; minhash: Buffer }[];
    return rows.map((r) => ({
      id: r.id,
      ...(r.duplicateOf !== null && { duplicateOf: r.duplicateOf }),
      // Copy: a Buffer's byte offset need not be a multiple of 4.
      minhash: new Uint32Array(Uint8Array.from(r.minhash).buffer),
    }));
  }

  async putDocuments(batch: StoredDocument[]): Promise<PutResult> {
    const ingestedAt = new Date().toISOString();
    const write = this.db.transaction((items: StoredDocument[]) => {
      const existing: string[] = [];
      const inserted: DocumentJSON[] = [];
      for (const item of items) {
        if (this.insertOne(item, ingestedAt)) inserted.push(item.document);
        else existing.push(item.document.id);
      }
      if (inserted.length) this.stmt.addCounts.run(countsOf(inserted));
      relations.addRelations(this.db, relationDelta(inserted.filter((d) => d.duplicateOf === undefined)));
      return { added: inserted.length, existing };
    });
    try {
      return write(batch);
    } catch (err) {
      // The file or disk, not dyad, is at fault: say so in one line. Anything else is a bug.
      const problem = fileProblem(err);
      if (problem) throw new StoreError(`${this.location}: ${problem}`);
      throw err;
    }
  }

  private insertOne({ document: d, origin, fingerprint }: StoredDocument, ingestedAt: string): boolean {
    const inserted = this.stmt.insertArticle.run({
      id: d.id, url: nullable(d.url), title: nullable(d.title), published: nullable(d.published),
      source: nullable(d.source), language: nullable(d.language), origin: nullable(origin),
      duplicate_of: nullable(d.duplicateOf), text: d.text, ingested_at: ingestedAt,
    });
    if (inserted.changes === 0) return false;
    const id = d.id;
    this.stmt.insertDocument.run(
      id, json(d.sentences), json(d.entities), d.dates ? json(d.dates) : null, d.captions ? json(d.captions) : null, extra(d, COLUMNS.document),
    );
    const countryOf = new Map(d.actors.map((a) => [a.id, a.country]));
    const firstCountry = (ids: string[]): string | null => ids.map((a) => countryOf.get(a)).find((c) => c != null) ?? null;
    d.actors.forEach((a, i) => {
      this.stmt.insertActor.run(id, a.id, i, a.name, a.kind, a.country, a.sector, nullable(a.title), nullable(a.affiliation), json(a.mentions), extra(a, COLUMNS.actor));
    });
    d.events.forEach((e, i) => {
      this.stmt.insertEvent.run(
        id, e.id, i, e.type, nullable(e.mode), json(e.contexts), e.cameo, e.quad, e.goldstein, json(e.actors), json(e.recipients),
        firstCountry(e.actors), firstCountry(e.recipients), e.date, e.location ? json(e.location) : null, e.modality,
        e.trigger.start, e.trigger.end, e.evidence.start, e.evidence.end, e.confidence, extra(e, COLUMNS.event),
      );
    });
    d.quotes.forEach((q, i) => {
      this.stmt.insertQuote.run(
        id, q.id, i, q.kind, q.content.start, q.content.end, q.text, q.speaker, q.speakerText,
        q.speakerSpan?.start ?? null, q.speakerSpan?.end ?? null, q.cue?.start ?? null, q.cue?.end ?? null, q.cueText, extra(q, COLUMNS.quote),
      );
    });
    if (fingerprint) {
      const m = fingerprint.minhash;
      this.stmt.insertFingerprint.run(id, Buffer.from(m.buffer, m.byteOffset, m.byteLength));
      for (const key of fingerprint.bands) this.stmt.insertBand.run(key, id);
    }
    return true;
  }

  async getDocument(id: string): Promise<DocumentJSON | undefined> {
    const a = this.stmt.article.get(id) as Row | undefined;
    if (!a) return undefined;
    const layers = this.stmt.document.get(id) as Row | undefined;
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
      sentences: layers ? JSON.parse(layers.sentences as string) : [],
      entities: layers ? JSON.parse(layers.entities as string) : [],
      actors: (this.stmt.actors.all(id) as Row[]).map(actorFromRow),
      events: (this.stmt.events.all(id) as Row[]).map(eventFromRow),
      quotes: (this.stmt.quotes.all(id) as Row[]).map(quoteFromRow),
    };
    if (layers?.dates != null) out.dates = JSON.parse(layers.dates as string);
    if (layers?.captions != null) out.captions = JSON.parse(layers.captions as string);
    return withExtra(out, layers?.extra);
  }

  async idsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    return this.stmt.prefix.all(prefix, prefix + '\uffff', limit) as string[];
  }

  async latest({ limit = 10, offset = 0 }: SearchOptions = {}): Promise<ArticleSummary[]> {
    const rows = this.stmt.latest.all(limit, offset) as Row[];
    return rows.map((r) => summary(r));
  }

  async search(query: string, { limit = 10, offset = 0 }: SearchOptions = {}): Promise<SearchHit[]> {
    // Title matches weigh twice as much as text matches.
    const sql = `SELECT a.id, a.title, a.published, a.source, a.duplicate_of AS duplicateOf,
        -bm25(articles_fts, 2.0, 1.0) AS score,
        snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 2.0, 1.0) LIMIT ? OFFSET ?`;
    const statement = this.db.prepare(sql);
    let rows: Row[];
    try {
      rows = statement.all(query, limit, offset) as Row[];
    } catch (err) {
      // Not valid FTS5 syntax (stray quote, "U.S.", unknown column): search the words as typed.
      if ((err as { code?: string }).code !== 'SQLITE_ERROR') throw err;
      rows = statement.all(quoteTerms(query), limit, offset) as Row[];
    }
    return rows.map((r) => ({ ...summary(r), score: r.score as number, snippet: r.snippet as string }));
  }

  async stats(): Promise<StoreStats> {
    return statsFromRow(this.stmt.stats.get() as Row);
  }

  async listEvents(filter: EventFilter, options: SearchOptions = {}): Promise<EventListing[]> {
    return listEvents(this.db, filter, options, eventFromRow);
  }

  async listActors(query: ActorQuery = {}): Promise<ActorSummary[]> {
    return listActors(this.db, query);
  }

  async listQuotes(filter: QuoteFilter, options: SearchOptions = {}): Promise<QuoteListing[]> {
    return listQuotes(this.db, filter, options);
  }

  async actorLinks(filter: EventFilter, limit: number): Promise<ActorLink[]> {
    return actorLinks(this.db, filter, limit);
  }

  async addRelations(delta: RelationDelta): Promise<void> {
    relations.addRelations(this.db, delta);
  }

  async clearRelations(): Promise<void> {
    relations.clearRelations(this.db);
  }

  async codedArticles(after: string | null, limit: number): Promise<CodedArticle[]> {
    return relations.codedArticles(this.db, after, limit, actorFromRow, eventFromRow);
  }

  async dyadDays(filter: RelationFilter): Promise<DyadDay[]> {
    return relations.dyadDays(this.db, filter);
  }

  async dyadPeriods(filter: PeriodFilter): Promise<DyadPeriod[]> {
    return relations.dyadPeriods(this.db, filter);
  }

  async dyadSeries(filter: SeriesFilter): Promise<PairSeries[]> {
    return relations.dyadSeries(this.db, filter);
  }

  async dyadTotals(filter: RelationFilter): Promise<DyadTotal[]> {
    return relations.dyadTotals(this.db, filter);
  }

  async actorDays(filter: RelationFilter): Promise<ActorDay[]> {
    return relations.actorDays(this.db, filter);
  }

  async countryPeriods(filter: { countries?: string[]; by: Period; since?: string; until?: string; coder?: Coder }): Promise<CountryPeriod[]> {
    return relations.countryPeriods(this.db, filter);
  }

  async dyadFirsts(filter: { since?: string; until?: string }): Promise<FirstSeen[]> {
    return relations.dyadFirsts(this.db, filter);
  }

  async *exportEvents(filter: EventFilter): AsyncIterable<ExportedEvent> {
    yield* relations.exportEvents(this.db, filter, actorFromRow, eventFromRow);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function prepare(db: Database.Database) {
  return {
    has: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    insertArticle: db.prepare(`INSERT OR IGNORE INTO articles
      (id, url, title, published, source, language, origin, duplicate_of, text, ingested_at)
      VALUES (@id, @url, @title, @published, @source, @language, @origin, @duplicate_of, @text, @ingested_at)`),
    insertDocument: db.prepare(`INSERT INTO documents (article_id, sentences, entities, dates, captions, extra)
      VALUES (?, ?, ?, ?, ?, ?)`),
    insertActor: db.prepare(`INSERT INTO actors
      (article_id, id, ord, name, kind, country, sector, title, affiliation, mentions, extra)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertEvent: db.prepare(`INSERT INTO events
      (article_id, id, ord, type, mode, contexts, cameo, quad, goldstein, actors, recipients, source_country,
       target_country, date, location, modality, trigger_start, trigger_end, evidence_start, evidence_end, confidence, extra)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertQuote: db.prepare(`INSERT INTO quotes
      (article_id, id, ord, kind, content_start, content_end, text, speaker, speaker_text, speaker_start, speaker_end,
       cue_start, cue_end, cue_text, extra)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertFingerprint: db.prepare('INSERT INTO fingerprints (article_id, minhash) VALUES (?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO lsh_bands (band_key, article_id) VALUES (?, ?)'),
    // One writer at a time: one row.
    addCounts: db.prepare(addCountsSql('0', () => '?')),
    stats: db.prepare(STATS_SQL),
    article: db.prepare('SELECT * FROM articles WHERE id = ?'),
    document: db.prepare('SELECT * FROM documents WHERE article_id = ?'),
    actors: db.prepare('SELECT * FROM actors WHERE article_id = ? ORDER BY ord'),
    events: db.prepare('SELECT * FROM events WHERE article_id = ? ORDER BY ord'),
    quotes: db.prepare('SELECT * FROM quotes WHERE article_id = ? ORDER BY ord'),
    latest: db.prepare(`SELECT id, title, published, source, duplicate_of AS duplicateOf FROM articles
      ORDER BY published IS NULL, published DESC, seq DESC LIMIT ? OFFSET ?`),
    prefix: db.prepare('SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?').pluck(),
  };
}

/** Applies the migrations this database has not seen yet, each in its own transaction. */
function migrate(db: Database.Database, path: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  if (current > latest) {
    throw new StoreError(`${path}: database schema version ${current} is newer than this dyad understands (${latest}); upgrade dyad`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
}

/** Each whitespace-separated word as a quoted FTS5 string, so no character has a syntax meaning. */
export function quoteTerms(query: string): string {
  return query.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}
