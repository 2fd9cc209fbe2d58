import Database from 'better-sqlite3';
import type { DatedCode, DictionaryEntry, EntryKind } from './dictionary-entry.js';
import { nameKey } from './name-key.js';

/**
 * Imported dictionaries, kept in the dyad database beside the articles (tables `dict_*`, created
 * here if missing) and read at coding time. A source is known by its file name: importing the same
 * file again changes nothing, importing a new version of it replaces the old one.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS dict_sources (
  source      TEXT PRIMARY KEY,
  format      TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  entries     INTEGER NOT NULL,
  names       INTEGER NOT NULL,
  problems    INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dict_entries (
  id     INTEGER PRIMARY KEY,
  source TEXT NOT NULL REFERENCES dict_sources(source) ON DELETE CASCADE,
  kind   TEXT NOT NULL,
  label  TEXT NOT NULL,
  line   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS dict_entries_source ON dict_entries(source);
CREATE TABLE IF NOT EXISTS dict_names (
  key   TEXT NOT NULL,
  entry INTEGER NOT NULL REFERENCES dict_entries(id) ON DELETE CASCADE,
  PRIMARY KEY (key, entry)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dict_names_entry ON dict_names(entry);
CREATE TABLE IF NOT EXISTS dict_codes (
  entry   INTEGER NOT NULL REFERENCES dict_entries(id) ON DELETE CASCADE,
  ord     INTEGER NOT NULL,
  code    TEXT NOT NULL,
  country TEXT,
  sector  TEXT,
  start   TEXT,
  end     TEXT,
  PRIMARY KEY (entry, ord)
) WITHOUT ROWID;
`;

export interface DictionaryHit {
  kind: EntryKind;
  label: string;
  source: string;
  codes: DatedCode[];
}

export interface SourceStats {
  source: string;
  format: string;
  entries: number;
  names: number;
  problems: number;
  importedAt: string;
  byKind: Record<string, number>;
}

export interface ImportResult {
  status: 'imported' | 'replaced' | 'unchanged';
  entries: number;
  names: number;
}

export class DictionaryStore {
  private readonly lookupStmt: Database.Statement<[string], Record<string, unknown>>;
  private readonly rangeStmt: Database.Statement<[string, string], Record<string, unknown>>;
  private readonly entryStmt: Database.Statement<[number], Record<string, unknown>>;
  private hasAny: boolean;
  /** Entries by the last word of their longer names, and every word of those names, built on first use. */
  private byLastWord: Map<string, Set<number>> | undefined;
  private nameWords: Set<string> | undefined;
  /** For each word of people's names, how many people of each country bear it; built on first use. */
  private peopleByWord: Map<string, Map<string, number>> | undefined;
  /** For each first word of a stored name, the most words such a name has; built on first use. */
  private firstWords: Map<string, number> | undefined;

  constructor(private readonly db: Database.Database) {
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    this.lookupStmt = db.prepare(`
      SELECT e.id, e.kind, e.label, e.source, c.code, c.country, c.sector, c.start, c.end
      FROM dict_names n JOIN dict_entries e ON e.id = n.entry JOIN dict_codes c ON c.entry = e.id
      WHERE n.key = ? ORDER BY e.id, c.ord`);
    this.rangeStmt = db.prepare(`
      SELECT n.key, e.id, e.kind, e.label, e.source, c.code, c.country, c.sector, c.start, c.end
      FROM dict_names n JOIN dict_entries e ON e.id = n.entry JOIN dict_codes c ON c.entry = e.id
      WHERE n.key > ? AND n.key < ? ORDER BY e.id, c.ord`);
    this.entryStmt = db.prepare(`
      SELECT e.kind, e.label, e.source, c.code, c.country, c.sector, c.start, c.end
      FROM dict_entries e JOIN dict_codes c ON c.entry = e.id WHERE e.id = ? ORDER BY c.ord`);
    this.hasAny = db.prepare('SELECT 1 FROM dict_sources LIMIT 1').get() !== undefined;
  }

  /** Opens (or creates) the database file at `path`. */
  static open(path: string, options: { mustExist?: boolean } = {}): DictionaryStore {
    const db = new Database(path, { fileMustExist: options.mustExist ?? false, timeout: 5000 });
    db.pragma('journal_mode = WAL');
    return new DictionaryStore(db);
  }

  /**
   * The dictionaries in an existing database, or undefined when the file is missing or holds none
   * (a database of articles only is left as it is: no dictionary tables are added to it).
   */
  static openExisting(path: string): DictionaryStore | undefined {
    let db: Database.Database;
    try {
      db = new Database(path, { fileMustExist: true, timeout: 5000 });
    } catch {
      return undefined;
    }
    try {
      if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dict_sources'").get()) return new DictionaryStore(db);
    } catch {
      // Not a SQLite database: no dictionaries.
    }
    db.close();
    return undefined;
  }

  close(): void {
    this.db.close();
  }

  /** Whether any dictionary has been imported. */
  get empty(): boolean {
    return !this.hasAny;
  }

  /** Stores one parsed source, replacing an older version of it; a source already stored with this content is left as it is. */
  importEntries(source: string, format: string, sha256: string, entries: DictionaryEntry[], problems: number): ImportResult {
    const old = this.db.prepare('SELECT sha256 FROM dict_sources WHERE source = ?').get(source) as { sha256: string } | undefined;
    const names = entries.reduce((n, e) => n + e.keys.length, 0);
    if (old?.sha256 === sha256) return { status: 'unchanged', entries: entries.length, names };
    const insertEntry = this.db.prepare('INSERT INTO dict_entries (source, kind, label, line) VALUES (?, ?, ?, ?)');
    const insertName = this.db.prepare('INSERT OR IGNORE INTO dict_names (key, entry) VALUES (?, ?)');
    const insertCode = this.db.prepare('INSERT INTO dict_codes (entry, ord, code, country, sector, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM dict_sources WHERE source = ?').run(source);
      this.db.prepare('INSERT INTO dict_sources (source, format, sha256, entries, names, problems, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(source, format, sha256, entries.length, names, problems, new Date().toISOString());
      for (const e of entries) {
        const id = insertEntry.run(source, e.kind, e.label, e.line).lastInsertRowid;
        for (const key of e.keys) insertName.run(key, id);
        e.codes.forEach((c, i) => insertCode.run(id, i, c.code, c.country, c.sector, c.start, c.end));
      }
    })();
    this.hasAny = true;
    this.byLastWord = undefined;
    this.nameWords = undefined;
    this.peopleByWord = undefined;
    this.firstWords = undefined;
    return { status: old ? 'replaced' : 'imported', entries: entries.length, names };
  }

  /** Every entry stored under a nameKey() form, with its codes in file order. */
  lookup(key: string): DictionaryHit[] {
    if (!this.hasAny) return [];
    const hits = new Map<number, DictionaryHit>();
    for (const r of this.lookupStmt.all(key)) {
      const id = r.id as number;
      let hit = hits.get(id);
      if (!hit) {
        hit = { kind: r.kind as EntryKind, label: r.label as string, source: r.source as string, codes: [] };
        hits.set(id, hit);
      }
      hit.codes.push({
        code: r.code as string, country: r.country as string | null, sector: r.sector as string | null,
        start: r.start as string | null, end: r.end as string | null,
      });
    }
    return [...hits.values()];
  }

  /** Entries with a longer name that opens with the word `first` ("diego" → "diego molano vega"), each with that name. */
  namesOpeningWith(first: string): (DictionaryHit & { key: string })[] {
    if (!this.hasAny || !first || first.includes(' ')) return [];
    const hits = new Map<string, DictionaryHit & { key: string }>();
    // Keys are words joined by single spaces: those opening with "first " sort between "first " and "first!".
    for (const r of this.rangeStmt.all(`${first} `, `${first}!`)) {
      const id = `${r.id as number} ${r.key as string}`;
      let hit = hits.get(id);
      if (!hit) {
        hit = { key: r.key as string, kind: r.kind as EntryKind, label: r.label as string, source: r.source as string, codes: [] };
        hits.set(id, hit);
      }
      hit.codes.push({
        code: r.code as string, country: r.country as string | null, sector: r.sector as string | null,
        start: r.start as string | null, end: r.end as string | null,
      });
    }
    return [...hits.values()];
  }

  /** Actor entries with a name of two words or more that ends with the word `last` ("hicks" → "kathleen hicks"). */
  actorsEndingWith(last: string): DictionaryHit[] {
    if (!this.hasAny || !last || last.includes(' ')) return [];
    return [...(this.actorNameIndex().byLastWord.get(last) ?? [])].flatMap((id) => {
      const rows = this.entryStmt.all(id);
      if (!rows.length) return [];
      return [{
        kind: rows[0].kind as EntryKind, label: rows[0].label as string, source: rows[0].source as string,
        codes: rows.map((r) => ({
          code: r.code as string, country: r.country as string | null, sector: r.sector as string | null,
          start: r.start as string | null, end: r.end as string | null,
        })),
      }];
    });
  }

  /** Whether the word is part of some actor's longer name ("francois", "marcos"): a name, not a misspelling. */
  inActorNames(word: string): boolean {
    return this.hasAny && this.actorNameIndex().nameWords.has(word);
  }

  /** The most words a stored name that opens with `word` has; 0 when none opens with it. */
  longestNameFrom(word: string): number {
    if (!this.hasAny) return 0;
    if (!this.firstWords) {
      this.firstWords = new Map();
      for (const { key } of this.db.prepare('SELECT DISTINCT key FROM dict_names').all() as { key: string }[]) {
        const words = key.split(' ');
        if (words.length > (this.firstWords.get(words[0]) ?? 0)) this.firstWords.set(words[0], words.length);
      }
    }
    return this.firstWords.get(word) ?? 0;
  }

  /**
   * How many people of each country have the word in their names ("rajapaksa" → LKA 3). People are
   * actor entries with dated codes, all of one country; each counts once per word, and once however
   * many sources list them (CountryInfo and Phoenix share most people).
   */
  countriesOfNameWord(word: string): ReadonlyMap<string, number> | undefined {
    if (!this.hasAny) return undefined;
    if (!this.peopleByWord) {
      const index = new Map<string, Map<string, number>>();
      const rows = this.db.prepare(`
        SELECT e.label, min(c.country) AS country, GROUP_CONCAT(n.key, ' ') AS words
        FROM dict_entries e JOIN dict_codes c ON c.entry = e.id JOIN dict_names n ON n.entry = e.id
        WHERE e.kind = 'actor' GROUP BY e.id
        HAVING count(DISTINCT c.country) = 1 AND max(c.start IS NOT NULL OR c.end IS NOT NULL) = 1`).all() as { label: string; country: string; words: string }[];
      const seen = new Set<string>();
      for (const r of rows) {
        const person = `${r.country} ${nameKey(r.label)}`;
        if (seen.has(person)) continue;
        seen.add(person);
        for (const w of new Set(r.words.split(' '))) {
          const counts = index.get(w) ?? new Map<string, number>();
          counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
          index.set(w, counts);
        }
      }
      this.peopleByWord = index;
    }
    return this.peopleByWord.get(word);
  }

  private actorNameIndex(): { byLastWord: Map<string, Set<number>>; nameWords: Set<string> } {
    if (!this.byLastWord || !this.nameWords) {
      const byLastWord = new Map<string, Set<number>>();
      const nameWords = new Set<string>();
      const rows = this.db.prepare(`SELECT n.key, n.entry FROM dict_names n JOIN dict_entries e ON e.id = n.entry WHERE e.kind = 'actor'`).all() as { key: string; entry: number }[];
      for (const r of rows) {
        const words = r.key.split(' ');
        if (words.length < 2) continue;
        for (const w of words) nameWords.add(w);
        const set = byLastWord.get(words.at(-1)!) ?? new Set();
        set.add(r.entry);
        byLastWord.set(words.at(-1)!, set);
      }
      this.byLastWord = byLastWord;
      this.nameWords = nameWords;
    }
    return { byLastWord: this.byLastWord, nameWords: this.nameWords };
  }

  stats(): SourceStats[] {
    const rows = this.db.prepare('SELECT * FROM dict_sources ORDER BY source').all() as Record<string, unknown>[];
    const kinds = this.db.prepare('SELECT kind, COUNT(*) AS n FROM dict_entries WHERE source = ? GROUP BY kind ORDER BY kind');
    return rows.map((r) => ({
      source: r.source as string,
      format: r.format as string,
      entries: r.entries as number,
      names: r.names as number,
      problems: r.problems as number,
      importedAt: r.imported_at as string,
      byKind: Object.fromEntries((kinds.all(r.source) as { kind: string; n: number }[]).map((k) => [k.kind, k.n])),
    }));
  }
}

/** The code in force at `date` (YYYY-MM-DD): a dated code whose period holds it, else an undated one. */
export function codeAt(codes: readonly DatedCode[], date: string): DatedCode | null {
  const dated = codes.find((c) => (c.start !== null || c.end !== null) && (c.start === null || c.start <= date) && (c.end === null || date <= c.end));
  return dated ?? codes.find((c) => c.start === null && c.end === null) ?? null;
}
