import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { otherStory, wireCopy, wireStory } from '../store/stories.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function dyad(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DYAD_DB: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const line = (story: { title: string; text: string }, date = '2019-06-18') => JSON.stringify({ ...story, date, source: 'Test Wire' });

/** A JSON Lines file: a story, another story, the first again, a wire copy of it, and a broken line. */
const wire = join(dir, 'wire.jsonl');
writeFileSync(wire, [line(wireStory), line(otherStory), line(wireStory), '{"title": "cut off', line(wireCopy)].join('\n') + '\n');

function idOf(db: string, word: string): string {
  const [hit] = dyad('search', word, '--db', db, '--json', '--limit', '1').stdout.trim().split('\n').map((l) => JSON.parse(l));
  return hit.id;
}

test('ingest stores new stories, skips exact copies, links near copies, reports bad lines', () => {
  const db = join(dir, 'wire.db');
  const first = dyad('ingest', wire, '--db', db, '--json');
  assert.equal(first.status, 1, 'a line failed');
  assert.match(first.stderr, new RegExp(`^${wire}:4: not valid JSON`, 'm'));
  assert.match(first.stderr, /^added 2, duplicates 2 \(near 1\), failed 1 in [\d.]+ s \(\d+ articles\/s\)$/m);
  assert.deepEqual(
    { ...JSON.parse(first.stdout), seconds: 0, articlesPerSecond: 0 },
    { added: 2, duplicates: 2, near: 1, failed: 1, seconds: 0, articlesPerSecond: 0, interrupted: false },
  );

  const original = idOf(db, 'Vienna');
  const copy = idOf(db, 'penalties');
  assert.notEqual(copy, original);
  const shown = JSON.parse(dyad('show', copy, '--db', db).stdout);
  assert.equal(shown.duplicateOf, original);
  assert.equal(shown.title, wireCopy.title);
  assert.deepEqual(shown.sentences, [], 'a near copy is not coded again');

  const again = dyad('ingest', wire, '--db', db);
  assert.match(again.stderr, /^added 0, duplicates 4 \(near 0\), failed 1 /m, 'a second run adds nothing');
  const stored = [original, copy, idOf(db, 'Kamalvandi')].map((id) => JSON.parse(dyad('show', id, '--db', db).stdout));
  const total = (layer: string) => stored.reduce((n, d) => n + d[layer].length, 0);
  assert.deepEqual(JSON.parse(dyad('stats', '--db', db, '--json').stdout), {
    articles: 3, duplicates: 1, sentences: total('sentences'), entities: total('entities'), actors: total('actors'),
    events: total('events'), quotes: total('quotes'), firstPublished: '2019-06-18', lastPublished: '2019-06-18',
  });
});

test('show prints what extract prints, by full id or unique prefix', () => {
  const single = join(dir, 'single.jsonl');
  writeFileSync(single, line(otherStory) + '\n');
  const db = join(dir, 'show.db');
  assert.equal(dyad('ingest', single, '--db', db).status, 0);
  const extracted = JSON.parse(dyad('extract', single).stdout);
  assert.deepEqual(JSON.parse(dyad('show', extracted.id, '--db', db).stdout), extracted);
  assert.deepEqual(JSON.parse(dyad('show', extracted.id.slice(0, 5), '--db', db).stdout), extracted);
  const unknown = dyad('show', 'ffffffffffffffff0', '--db', db);
  assert.equal(unknown.status, 1);
  assert.equal(unknown.stderr, 'dyad show: ffffffffffffffff0: no stored article has this id\n');
});

test('search lists ranked hits with snippets; stats prints a table', () => {
  const db = join(dir, 'search.db');
  dyad('ingest', wire, '--db', db);
  const hits = dyad('search', 'uranium enrichment', '--db', db).stdout.split('\n');
  assert.match(hits[0], /^1\. [0-9a-f]+ {2}Iran warns it will exceed uranium limits {2}\(2019-06-18, Test Wire\)$/);
  assert.match(hits[1], /\[uranium\]/);
  assert.match(dyad('search', 'US "penalties', '--db', db).stdout, /^1\. .*copy of [0-9a-f]+\)$/m);
  assert.match(dyad('stats', '--db', db).stdout, /^ {2}articles +3$/m);
});

test('a bad database path is one clear line', () => {
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'not a database\n');
  const r = dyad('ingest', wire, '--db', notes);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, `dyad ingest: ${notes}: not a SQLite database\n`);
  assert.equal(dyad('stats', '--db', join(dir, 'never.db')).stderr, `dyad stats: ${join(dir, 'never.db')}: no database here; create one with \`dyad ingest\`\n`);
  assert.equal(existsSync(join(dir, 'never.db')), false, 'reading commands create no database');
});

/** `n` distinct made-up articles (seeded random words), one per line. */
function generated(n: number): string {
  const words = 'minister talks border trade army vote court rebels oil aid treaty protest police envoy summit troops bank drought port harvest'.split(' ');
  let seed = 42;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % words.length;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: 6 }, () => Array.from({ length: 8 }, next).map((k) => words[k]).join(' ') + '.').join(' ');
    lines.push(JSON.stringify({ title: `Report ${i}`, text: `Report ${i}. ${text}` }));
  }
  return lines.join('\n') + '\n';
}

/** Starts an ingest and resolves once at least `rows` articles are committed (read through a second connection). */
async function ingestUntil(db: string, input: string, rows: number) {
  const child = spawn(process.execPath, [bin, 'ingest', input, '--db', db, '--batch', '100'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`ingest ended before ${rows} articles were stored: ${stderr}`);
    if (existsSync(db)) {
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true });
        const count = reader.prepare('SELECT count(*) FROM articles').pluck().get() as number;
        reader.close();
        if (count >= rows) break;
      } catch {
        // The writer is still creating the schema.
      }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, exited, stderr: () => stderr };
}

function articleCount(db: string) {
  const reader = new Database(db, { readonly: true });
  const count = reader.prepare('SELECT count(DISTINCT id) AS ids, count(*) AS rows FROM articles').get();
  const integrity = reader.pragma('integrity_check', { simple: true });
  reader.close();
  return { count, integrity };
}

const many = join(dir, 'many.jsonl');
writeFileSync(many, generated(2000));

test('an ingest killed with SIGKILL leaves whole batches; running it again completes the store', async () => {
  const input = many;
  const db = join(dir, 'killed.db');
  const run = await ingestUntil(db, input, 200);
  run.child.kill('SIGKILL');
  await run.exited;
  const { count, integrity } = articleCount(db);
  assert.equal(integrity, 'ok');
  const { ids } = count as { ids: number };
  assert.ok(ids % 100 === 0 && ids < 2000, `whole batches only, killed before the end (${ids})`);

  const rerun = dyad('ingest', input, '--db', db);
  assert.equal(rerun.status, 0);
  assert.match(rerun.stderr, new RegExp(`^added ${2000 - ids}, duplicates ${ids} \\(near 0\\), failed 0 `, 'm'));
  assert.deepEqual(articleCount(db), { count: { ids: 2000, rows: 2000 }, integrity: 'ok' });
});

test('Ctrl-C commits what was read and prints the summary', async () => {
  const input = many;
  const db = join(dir, 'interrupted.db');
  const run = await ingestUntil(db, input, 100);
  run.child.kill('SIGINT');
  assert.equal(await run.exited, 130);
  const added = Number(/^added (\d+), .*, interrupted$/m.exec(run.stderr())?.[1]);
  assert.ok(added >= 100 && added < 2000, run.stderr());
  assert.deepEqual(articleCount(db), { count: { ids: added, rows: added }, integrity: 'ok' });
});

const guardian = join(root, '..', 'shared', 'corpus', 'guardian_sdf.jsonl');
test('ingesting the Guardian corpus twice leaves 249 articles', { skip: !existsSync(guardian) && `${guardian} is absent` }, () => {
  const db = join(dir, 'guardian.db');
  dyad('ingest', guardian, '--db', db);
  assert.match(dyad('ingest', guardian, '--db', db).stderr, /^added 0, duplicates 249 \(near 0\), failed 0 /m);
  assert.equal(JSON.parse(dyad('stats', '--db', db, '--json').stdout).articles, 249);
});
