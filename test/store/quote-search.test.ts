import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { DocumentJSON, Quote } from '../../src/model/index.js';
import { cueClassOf } from '../../src/coding/quote-cues.js';
import { openStore, type Store } from '../../src/store/index.js';
import { listedSpeaker } from '../../src/store/quote-listing.js';
import { createDatabase, dropDatabase, unavailable } from './postgres-database.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-quote-search-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** An article whose quotations are `said` by their speakers, in order. */
function article(id: string, published: string, said: [string, string][]): DocumentJSON {
  const text = said.map(([who, words]) => `“${words},” said ${who}.`).join(' ');
  const quotes: Quote[] = said.map(([who, words], i) => {
    const start = text.indexOf(`“${words}`);
    const cue = text.indexOf(' said ', start) + 1;
    return {
      id: `q${i + 1}`, kind: 'direct', content: { start, end: start + words.length + 3 }, text: `“${words},”`,
      speaker: null, speakerText: who, speakerSpan: { start: cue + 5, end: cue + 5 + who.length },
      cue: { start: cue, end: cue + 4 }, cueText: 'said',
    };
  });
  return { id, published, text, sentences: [], entities: [], actors: [], events: [], quotes };
}

const stories = [
  article('sanctions', '2017-09-01', [
    ['Matthew Bunn', 'Both sides feel the sanctions as a serious threat'],
    ['Emily Landau', 'Cooperation between Tehran and Pyongyang is going on'],
  ]),
  article('visit', '2017-08-04', [['Kim Yong Nam', 'We stand with Iran against the sanction regime']]),
  hearsay(),
];

/**
 * An article with hearsay ("is said to", no speaker), a quotation no one is named for, and two
 * statements by "He": one the actor layer resolved, one it did not.
 */
function hearsay(): DocumentJSON {
  const text = 'The envoy is said to favour new talks. A banner read: “No bombs on our children.” '
    + 'Kofi Annan arrived on Monday. He said the talks would resume. He added that the ceasefire would hold. '
    + 'Kofi Annan met the foreign minister. The plan, which Kofi Annan described as a trap, failed.';
  const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const quote = (id: string, kind: Quote['kind'], part: string, by: { speaker: string | null; speakerText: string } | null = null, cue?: string): Quote => ({
    id, kind, content: span(part), text: part, speaker: by?.speaker ?? null, speakerText: by?.speakerText ?? null,
    cue: cue ? span(cue) : null, cueText: cue ?? null, ...(cue && { cueClass: cueClassOf(cue) }),
  });
  return {
    id: 'rumour', published: '2017-07-01', text, sentences: [], entities: [], events: [],
    actors: [{ id: 'a1', name: 'Kofi Annan', kind: 'person', country: null, sector: null, mentions: [span('Kofi Annan')] }],
    quotes: [
      quote('q1', 'indirect', 'The envoy is said to favour new talks'),
      quote('q2', 'direct', '“No bombs on our children.”'),
      quote('q3', 'indirect', 'the talks would resume', { speaker: 'a1', speakerText: 'He' }, 'said'),
      quote('q4', 'indirect', 'the ceasefire would hold', { speaker: null, speakerText: 'He' }, 'added'),
      quote('q5', 'indirect', 'the foreign minister', { speaker: 'a1', speakerText: 'Kofi Annan' }, 'met'),
      quote('q6', 'indirect', 'which', { speaker: 'a1', speakerText: 'Kofi Annan' }, 'described'),
      quote('q7', 'indirect', 'as a trap', { speaker: 'a1', speakerText: 'Kofi Annan' }, 'described'),
    ],
  };
}

/** Speaker and quote id of each listing for `words`, newest first. */
async function found(store: Store, words: string, extra: { speaker?: string } = {}): Promise<string[]> {
  return (await store.listQuotes({ words, ...extra })).map((l) => `${l.articleId}/${l.quote.id} ${l.quote.speakerText}`);
}

/** The same expectations hold in both stores. */
async function searches(store: Store): Promise<void> {
  assert.deepEqual(await found(store, 'serious threat'), ['sanctions/q1 Matthew Bunn']);
  assert.deepEqual(await found(store, 'THREAT sides'), ['sanctions/q1 Matthew Bunn'], 'any order, any case');
  assert.deepEqual(await found(store, 'sanction'), ['sanctions/q1 Matthew Bunn', 'visit/q1 Kim Yong Nam'], 'word forms stem alike');
  assert.deepEqual(await found(store, 'Tehran Iran'), [], 'every word must be in the one quotation');
  assert.deepEqual(await found(store, 'Pyongyang'), ['sanctions/q2 Emily Landau']);
  assert.deepEqual(await found(store, 'sanctions', { speaker: 'kim' }), ['visit/q1 Kim Yong Nam'], 'with the other filters');
  assert.deepEqual(await found(store, '"serious" -(threat*'), ['sanctions/q1 Matthew Bunn'], 'query syntax is read as words');
  assert.equal((await found(store, '')).length, 6, 'no words: no word filter');
  assert.deepEqual((await found(store, '')).filter((l) => l.startsWith('rumour/q6') || l.startsWith('rumour/q7')), ['rumour/q7 Kofi Annan'],
    'a one-word fragment ("which") is not listed, the rest of its statement is');
  assert.deepEqual(await found(store, 'bombs children'), ['rumour/q2 null'], 'a quotation with no speaker named is listed');
  assert.deepEqual(await found(store, 'envoy favour'), [], 'hearsay with no speaker is not: it stays in its article');
  assert.deepEqual(await found(store, 'talks resume'), ['rumour/q3 He'], '"He" resolved to an actor is listed');
  assert.deepEqual(await found(store, 'ceasefire'), [], '"He" resolved to no one is not');
  assert.deepEqual(await found(store, 'foreign minister'), [], 'nor is a meeting: "met" reports no speech, belief or stance');
}

test('SQLite: quotations by the words they contain', async () => {
  const store = await openStore(join(dir, 'search.db'));
  try {
    await store.putDocuments(stories.map((document) => ({ document })));
    await searches(store);
  } finally {
    await store.close();
  }
});

test('SQLite: the word index is filled from quotations stored before it existed', async () => {
  const path = join(dir, 'older.db');
  await (await openStore(path)).close();
  // Back to the schema before migration 6 (and 7, which follows it), with a quotation stored in it.
  const db = new Database(path);
  db.exec(`DROP TABLE quotes_fts; DROP TRIGGER quotes_fts_insert; DROP TRIGGER quotes_fts_delete; DROP TABLE store_counts;
    DELETE FROM schema_migrations WHERE version >= 6;
    INSERT INTO articles (id, published, text, ingested_at) VALUES ('old', '2016-01-05', '“The talks have failed,” he said.', '2016-01-05');
    INSERT INTO quotes (article_id, id, ord, kind, content_start, content_end, text, speaker_text)
      VALUES ('old', 'q1', 0, 'direct', 0, 24, '“The talks have failed,”', 'he');`);
  db.close();
  const store = await openStore(path);
  try {
    assert.deepEqual(await found(store, 'talks failed'), ['old/q1 he']);
  } finally {
    await store.close();
  }
});

const skip = await unavailable();

test('PostgreSQL: the same quotations for the same words', { skip }, async () => {
  const url = await createDatabase();
  const store = await openStore(url);
  try {
    await store.putDocuments(stories.map((document) => ({ document })));
    await searches(store);
  } finally {
    await store.close();
    await dropDatabase(url);
  }
});

test('a listing names its speaker as the article wrote them, unless by a pronoun or a description', () => {
  const named = (speakerText: string | null, speakerName: string | null) => listedSpeaker({ speakerName, quote: { speakerText } as Quote });
  assert.equal(named('China’s foreign ministry', 'China'), 'China’s foreign ministry');
  assert.equal(named('analyst Victor Krueger of the Gartner Group', 'Victor Krueger'), 'analyst Victor Krueger of the Gartner Group');
  assert.equal(named('He', 'Mike Pompeo'), 'Mike Pompeo');
  assert.equal(named('the minister', 'Yun Jong Ho'), 'Yun Jong Ho');
  assert.equal(named('the minister', null), 'the minister');
  assert.equal(named(null, null), null);
});
