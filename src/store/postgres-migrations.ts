import type { Migration } from './sqlite-migrations.js';

/**
 * The PostgreSQL schema as an ordered list of migrations, version for version the same meaning
 * as the SQLite ones (sqlite-migrations.ts): same tables, same columns. Differences are of kind
 * only: JSON layers are jsonb, the full-text index is a tsvector column with a GIN index, and
 * `duplicate_of` is not a foreign key, because with many workers a copy can be written before
 * the first copy it points at. Never edit one that has shipped, add the next.
 */
export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, layers, relations, full-text index, near-duplicate bands',
    sql: `
CREATE TABLE articles (
  seq          bigserial PRIMARY KEY,
  id           text NOT NULL UNIQUE,
  url          text,
  title        text,
  published    text,
  source       text,
  language     text,
  origin       text,
  duplicate_of text,
  text         text NOT NULL,
  ingested_at  text NOT NULL,
  -- Title words weigh more than text words (A > B in ts_rank). A tsvector holds at most 1 MB,
  -- so only the first 256k characters of a (rare) huge text are indexed.
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', left(text, 262144)), 'B')
  ) STORED
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_tsv ON articles USING gin(tsv);

CREATE TABLE documents (
  article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  sentences  jsonb NOT NULL,
  entities   jsonb NOT NULL,
  dates      jsonb,
  captions   jsonb
);

CREATE TABLE actors (
  article_id  text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id          text NOT NULL,
  ord         integer NOT NULL,
  name        text NOT NULL,
  kind        text NOT NULL,
  country     text,
  sector      text,
  title       text,
  affiliation text,
  mentions    jsonb NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX actors_country ON actors(country, sector);

CREATE TABLE events (
  article_id     text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id             text NOT NULL,
  ord            integer NOT NULL,
  type           text NOT NULL,
  mode           text,
  contexts       jsonb NOT NULL,
  cameo          text NOT NULL,
  quad           integer NOT NULL,
  goldstein      double precision NOT NULL,
  actors         jsonb NOT NULL,
  recipients     jsonb NOT NULL,
  source_country text,
  target_country text,
  date           text,
  location       jsonb,
  modality       text NOT NULL,
  trigger_start  integer NOT NULL,
  trigger_end    integer NOT NULL,
  evidence_start integer NOT NULL,
  evidence_end   integer NOT NULL,
  confidence     double precision NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_type ON events(type, date);

CREATE TABLE quotes (
  article_id    text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id            text NOT NULL,
  ord           integer NOT NULL,
  kind          text NOT NULL,
  content_start integer NOT NULL,
  content_end   integer NOT NULL,
  text          text NOT NULL,
  speaker       text,
  speaker_text  text,
  cue_start     integer,
  cue_end       integer,
  cue_text      text,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_text);

CREATE TABLE fingerprints (
  article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  minhash    bytea NOT NULL
);
CREATE TABLE lsh_bands (
  band_key   bigint NOT NULL,
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
);
CREATE INDEX lsh_bands_article ON lsh_bands(article_id);
`,
  },
  {
    version: 2,
    name: 'quote speaker spans; extra JSON for contract fields added later',
    sql: `
ALTER TABLE quotes ADD COLUMN speaker_start integer;
ALTER TABLE quotes ADD COLUMN speaker_end integer;
ALTER TABLE documents ADD COLUMN extra jsonb;
ALTER TABLE actors ADD COLUMN extra jsonb;
ALTER TABLE events ADD COLUMN extra jsonb;
ALTER TABLE quotes ADD COLUMN extra jsonb;
`,
  },
  {
    version: 3,
    name: 'drop the article index on LSH bands',
    sql: 'DROP INDEX lsh_bands_article;',
  },
  {
    version: 4,
    name: 'relation tables: dyad days, actor-pair days, country coverage, firsts',
    sql: `
CREATE TABLE dyad_days (
  source text NOT NULL, target text NOT NULL, day text NOT NULL, coder text NOT NULL,
  events integer NOT NULL, weight float8 NOT NULL, goldstein float8 NOT NULL,
  q1 float8 NOT NULL, q2 float8 NOT NULL, q3 float8 NOT NULL, q4 float8 NOT NULL,
  agree float8 NOT NULL, consult float8 NOT NULL, support float8 NOT NULL, concede float8 NOT NULL,
  cooperate float8 NOT NULL, aid float8 NOT NULL, retreat float8 NOT NULL, request float8 NOT NULL,
  accuse float8 NOT NULL, reject float8 NOT NULL, threaten float8 NOT NULL, protest float8 NOT NULL,
  sanction float8 NOT NULL, mobilize float8 NOT NULL, coerce float8 NOT NULL, assault float8 NOT NULL,
  future integer NOT NULL, negated integer NOT NULL, historical integer NOT NULL,
  PRIMARY KEY (source, target, day, coder)
);
CREATE INDEX dyad_days_day ON dyad_days(day);
CREATE INDEX dyad_days_target ON dyad_days(target, day);

CREATE TABLE dyad_actor_days (
  source text NOT NULL, target text NOT NULL, source_actor text NOT NULL, target_actor text NOT NULL,
  day text NOT NULL, coder text NOT NULL,
  events integer NOT NULL, weight float8 NOT NULL, goldstein float8 NOT NULL,
  q1 float8 NOT NULL, q2 float8 NOT NULL, q3 float8 NOT NULL, q4 float8 NOT NULL,
  PRIMARY KEY (source, target, day, coder, source_actor, target_actor)
);

CREATE TABLE country_days (
  country text NOT NULL, day text NOT NULL, coder text NOT NULL, articles integer NOT NULL,
  PRIMARY KEY (country, day, coder)
);
CREATE INDEX country_days_day ON country_days(day);

CREATE TABLE dyad_firsts (
  source text NOT NULL, target text NOT NULL, key text NOT NULL, day text NOT NULL,
  article_id text NOT NULL, event_id text NOT NULL,
  PRIMARY KEY (source, target, key)
);
CREATE INDEX dyad_firsts_day ON dyad_firsts(day);
`,
  },
  {
    version: 5,
    name: 'covering index for the detectors\' series read; it replaces the day index',
    // Keys in the "C" collation dyadSeries compares and orders by, so one index-only scan answers it.
    sql: `
CREATE INDEX dyad_days_series ON dyad_days(day COLLATE "C", source COLLATE "C", target COLLATE "C", coder COLLATE "C")
  INCLUDE (weight, goldstein, q3, q4);
DROP INDEX dyad_days_day;
`,
  },
  {
    version: 6,
    name: 'full-text index over quotation content',
    // The expression listQuotes matches `words` with, so the planner can use the index.
    sql: "CREATE INDEX quotes_tsv ON quotes USING gin (to_tsvector('english', text));",
  },
  {
    version: 7,
    name: 'running counts of what the store holds',
    sql: `
CREATE TABLE store_counts (
  slot       integer PRIMARY KEY,
  articles   bigint NOT NULL,
  duplicates bigint NOT NULL,
  sentences  bigint NOT NULL,
  entities   bigint NOT NULL,
  actors     bigint NOT NULL,
  events     bigint NOT NULL,
  quotes     bigint NOT NULL
);
INSERT INTO store_counts (slot, articles, duplicates, sentences, entities, actors, events, quotes) VALUES (0,
  (SELECT count(*) FROM articles),
  (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
  (SELECT coalesce(sum(jsonb_array_length(sentences)), 0) FROM documents),
  (SELECT coalesce(sum(jsonb_array_length(entities)), 0) FROM documents),
  (SELECT count(*) FROM actors),
  (SELECT count(*) FROM events),
  (SELECT count(*) FROM quotes));
`,
  },
];
