/**
 * The SQLite schema as an ordered list of migrations. Each is applied once, in its own
 * transaction, and recorded in `schema_migrations`; never edit one that has shipped, add the next.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, layers, relations, full-text index, near-duplicate bands',
    sql: `
-- seq gives FTS5 a stable integer rowid (survives VACUUM); id is the content hash.
CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  url          TEXT,
  title        TEXT,
  published    TEXT,
  source       TEXT,
  language     TEXT,
  origin       TEXT,
  duplicate_of TEXT REFERENCES articles(id),
  text         TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Layers that are only ever read whole, with their article, as JSON arrays.
CREATE TABLE documents (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  sentences  TEXT NOT NULL,
  entities   TEXT NOT NULL,
  dates      TEXT,
  captions   TEXT
) WITHOUT ROWID;

CREATE TABLE actors (
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  ord         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  country     TEXT,
  sector      TEXT,
  title       TEXT,
  affiliation TEXT,
  mentions    TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
) WITHOUT ROWID;
CREATE INDEX actors_country ON actors(country, sector);

-- source_country / target_country: the country of the first actor / recipient that has one,
-- kept beside the id lists so dyad time series are indexed queries.
CREATE TABLE events (
  article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id             TEXT NOT NULL,
  ord            INTEGER NOT NULL,
  type           TEXT NOT NULL,
  mode           TEXT,
  contexts       TEXT NOT NULL,
  cameo          TEXT NOT NULL,
  quad           INTEGER NOT NULL,
  goldstein      REAL NOT NULL,
  actors         TEXT NOT NULL,
  recipients     TEXT NOT NULL,
  source_country TEXT,
  target_country TEXT,
  date           TEXT,
  location       TEXT,
  modality       TEXT NOT NULL,
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  confidence     REAL NOT NULL,
  PRIMARY KEY (article_id, id)
) WITHOUT ROWID;
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_type ON events(type, date);

CREATE TABLE quotes (
  article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id            TEXT NOT NULL,
  ord           INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end   INTEGER NOT NULL,
  text          TEXT NOT NULL,
  speaker       TEXT,
  speaker_text  TEXT,
  cue_start     INTEGER,
  cue_end       INTEGER,
  cue_text      TEXT,
  PRIMARY KEY (article_id, id)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_text);

-- External-content FTS5: the text is stored once (in articles), the index refers to it by seq.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Near-duplicate detection (src/ingest/dedup.ts): MinHash signature per article, and one row
-- per LSH band key so candidates are found by an indexed lookup.
CREATE TABLE fingerprints (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  minhash    BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE lsh_bands (
  band_key   INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_article ON lsh_bands(article_id);
`,
  },
  {
    version: 2,
    name: 'quote speaker spans; extra JSON for contract fields added later',
    sql: `
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
-- Fields the contract gains before the schema does (it may grow: ARCHITECTURE.md) are kept
-- here as a JSON object, so a stored document still comes back whole.
ALTER TABLE documents ADD COLUMN extra TEXT;
ALTER TABLE actors ADD COLUMN extra TEXT;
ALTER TABLE events ADD COLUMN extra TEXT;
ALTER TABLE quotes ADD COLUMN extra TEXT;
`,
  },
  {
    version: 3,
    name: 'drop the article index on LSH bands',
    // It only served cascading deletes, which dyad never does, and it was as large as the
    // band table itself (about 1 MiB per 1,000 articles).
    sql: 'DROP INDEX lsh_bands_article;',
  },
  {
    version: 4,
    name: 'relation tables: dyad days, actor-pair days, country coverage, firsts',
    // Derived from events (src/graph/relations.ts), kept up to date by putDocuments and
    // recomputed by \`dyad rebuild\`; type columns hold modality-weighted event counts.
    sql: `
CREATE TABLE dyad_days (
  source TEXT NOT NULL, target TEXT NOT NULL, day TEXT NOT NULL, coder TEXT NOT NULL,
  events INTEGER NOT NULL, weight REAL NOT NULL, goldstein REAL NOT NULL,
  q1 REAL NOT NULL, q2 REAL NOT NULL, q3 REAL NOT NULL, q4 REAL NOT NULL,
  agree REAL NOT NULL, consult REAL NOT NULL, support REAL NOT NULL, concede REAL NOT NULL,
  cooperate REAL NOT NULL, aid REAL NOT NULL, retreat REAL NOT NULL, request REAL NOT NULL,
  accuse REAL NOT NULL, reject REAL NOT NULL, threaten REAL NOT NULL, protest REAL NOT NULL,
  sanction REAL NOT NULL, mobilize REAL NOT NULL, coerce REAL NOT NULL, assault REAL NOT NULL,
  future INTEGER NOT NULL, negated INTEGER NOT NULL, historical INTEGER NOT NULL,
  PRIMARY KEY (source, target, day, coder)
) WITHOUT ROWID;
CREATE INDEX dyad_days_day ON dyad_days(day);
CREATE INDEX dyad_days_target ON dyad_days(target, day);

CREATE TABLE dyad_actor_days (
  source TEXT NOT NULL, target TEXT NOT NULL, source_actor TEXT NOT NULL, target_actor TEXT NOT NULL,
  day TEXT NOT NULL, coder TEXT NOT NULL,
  events INTEGER NOT NULL, weight REAL NOT NULL, goldstein REAL NOT NULL,
  q1 REAL NOT NULL, q2 REAL NOT NULL, q3 REAL NOT NULL, q4 REAL NOT NULL,
  PRIMARY KEY (source, target, day, coder, source_actor, target_actor)
) WITHOUT ROWID;

CREATE TABLE country_days (
  country TEXT NOT NULL, day TEXT NOT NULL, coder TEXT NOT NULL, articles INTEGER NOT NULL,
  PRIMARY KEY (country, day, coder)
) WITHOUT ROWID;
CREATE INDEX country_days_day ON country_days(day);

CREATE TABLE dyad_firsts (
  source TEXT NOT NULL, target TEXT NOT NULL, key TEXT NOT NULL, day TEXT NOT NULL,
  article_id TEXT NOT NULL, event_id TEXT NOT NULL,
  PRIMARY KEY (source, target, key)
) WITHOUT ROWID;
CREATE INDEX dyad_firsts_day ON dyad_firsts(day);
`,
  },
  {
    version: 5,
    name: 'covering index for the detectors\' series read; it replaces the day index',
    // Signals read a few columns of every pair over months (dyadSeries): from this index alone
    // instead of the wide rows. Its leading day column serves every range the day index served.
    sql: `
CREATE INDEX dyad_days_series ON dyad_days(day, source, target, coder, weight, goldstein, q3, q4);
DROP INDEX dyad_days_day;
`,
  },
  {
    version: 6,
    name: 'full-text index over quotation content',
    // quotes is WITHOUT ROWID, so the index cannot take it as external content: it keeps its own
    // copy of the words with the quote's key beside them. Quotes are only ever inserted (an
    // article is stored once), so the delete trigger, a scan over the key columns, runs only
    // if someone deletes by hand.
    sql: `
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, article_id UNINDEXED, quote_id UNINDEXED, tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO quotes_fts (text, article_id, quote_id) SELECT text, article_id, id FROM quotes;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (text, article_id, quote_id) VALUES (new.text, new.article_id, new.id);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM quotes_fts WHERE article_id = old.article_id AND quote_id = old.id;
END;
`,
  },
  {
    version: 7,
    name: 'running counts of what the store holds',
    // stats() read every layer (summing the sentence arrays of every document) on each call; now
    // putDocuments adds each transaction's counts here (src/store/counts.ts). Filled from the
    // rows already stored. Slot: PostgreSQL writers spread over several rows; SQLite uses one.
    sql: `
CREATE TABLE store_counts (
  slot       INTEGER PRIMARY KEY,
  articles   INTEGER NOT NULL,
  duplicates INTEGER NOT NULL,
  sentences  INTEGER NOT NULL,
  entities   INTEGER NOT NULL,
  actors     INTEGER NOT NULL,
  events     INTEGER NOT NULL,
  quotes     INTEGER NOT NULL
);
INSERT INTO store_counts (slot, articles, duplicates, sentences, entities, actors, events, quotes) VALUES (0,
  (SELECT count(*) FROM articles),
  (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
  (SELECT coalesce(sum(json_array_length(sentences)), 0) FROM documents),
  (SELECT coalesce(sum(json_array_length(entities)), 0) FROM documents),
  (SELECT count(*) FROM actors),
  (SELECT count(*) FROM events),
  (SELECT count(*) FROM quotes));
`,
  },
];
