import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { DEAD_LETTER_QUEUE, DEFAULT_POLICY, defineQueues, INGEST_QUEUE, openBoss } from '../../src/queue/boss.js';
import { retryDeadLetters } from '../../src/queue/retry.js';
import { openStore } from '../../src/store/index.js';
import { createDatabase, dropDatabase, unavailable } from '../store/postgres-database.js';
import { contentHash, line, writeCorpus } from './corpus.js';

const skip = await unavailable();
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
const corpus = join(dir, 'corpus.jsonl');
const articles = writeCorpus(corpus);
const databases: string[] = [];
// The database is chosen by DATABASE_URL alone in these runs.
const { DYAD_DB: _, ...baseEnv } = process.env;
const children = new Set<ChildProcess>();

/** What the embedded single-process run stores: the answer every distributed run must match. */
let embedded: { stats: unknown; hash: string };

before(async () => {
  if (skip) return;
  const db = join(dir, 'embedded.db');
  const r = spawnSync(process.execPath, [bin, 'ingest', corpus, '--db', db], { encoding: 'utf8', env: { ...process.env, DYAD_DB: '' } });
  assert.equal(r.status, 0, r.stderr);
  const store = await openStore(db);
  embedded = { stats: await store.stats(), hash: await contentHash(store) };
  await store.close();
});

after(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const url of databases) await dropDatabase(url);
  rmSync(dir, { recursive: true, force: true });
});

async function database(): Promise<string> {
  const url = await createDatabase();
  databases.push(url);
  return url;
}

function dyad(url: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...baseEnv, DATABASE_URL: url, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A dyad process running beside the test; resolves with its exit code and output. */
function background(url: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...baseEnv, DATABASE_URL: url, ...env } });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, done };
}

/** A worker process that exits once the queue is empty. */
const worker = (url: string, env: Record<string, string> = {}) => background(url, ['worker', '--exit-when-done', '--json'], env);

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(check: () => Promise<boolean>, what: string, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function distributedAnswer(url: string) {
  const store = await openStore(url);
  try {
    return { stats: await store.stats(), hash: await contentHash(store) };
  } finally {
    await store.close();
  }
}

test('several workers store the same articles, events, quotes and actors as the embedded run', { skip, timeout: 180_000 }, async () => {
  const url = await database();
  const queued = dyad(url, ['enqueue', corpus, '--batch', '2', '--json']);
  assert.equal(queued.status, 0, queued.stderr);
  assert.deepEqual(
    { ...JSON.parse(queued.stdout), seconds: 0 },
    { queued: articles, batches: Math.ceil(articles / 2), duplicates: 2, near: 1, failed: 0, seconds: 0, interrupted: false },
  );
  assert.match(dyad(url, ['enqueue', corpus]).stderr, /^queued 0 articles in 0 batches, duplicates 8 \(near 0\)/m, 'queued once only');
  const runs = await Promise.all([worker(url).done, worker(url).done]);
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  const stored = runs.map((r) => JSON.parse(r.stdout).stored as number);
  assert.equal(stored[0] + stored[1], articles, 'each article stored by exactly one worker');
  assert.deepEqual(await distributedAnswer(url), embedded);
  assert.deepEqual(JSON.parse(dyad(url, ['stats', '--json']).stdout), embedded.stats, 'dyad stats reads DATABASE_URL');
  const status = JSON.parse(dyad(url, ['queue', 'status', '--json']).stdout);
  assert.deepEqual({ ...status, articlesPerSecond: 0 }, {
    pending: 0, active: 0, done: Math.ceil(articles / 2), failed: 0, articlesLeft: 0, articlesPerSecond: 0, secondsLeft: 0, deadLetters: [],
  });
});

test('two workers given the same batch twice store each article once', { skip, timeout: 180_000 }, async () => {
  const url = await database();
  assert.equal(dyad(url, ['enqueue', corpus, '--batch', '100']).status, 0);
  // Queue the very same batch again behind dyad's back, so two workers race over every article.
  await sql(url, `INSERT INTO pgboss.job (name, data) SELECT name, data FROM pgboss.job WHERE name = 'dyad-ingest'`);
  const runs = await Promise.all([worker(url).done, worker(url).done]);
  const summaries = runs.map((r) => JSON.parse(r.stdout));
  assert.equal(summaries[0].stored + summaries[1].stored, articles);
  assert.equal(summaries[0].existing + summaries[1].existing, articles);
  assert.deepEqual(await distributedAnswer(url), embedded);
});

test('a worker killed with SIGKILL mid-batch: the batch is retried and the store equals a single-process run', { skip, timeout: 180_000 }, async () => {
  const url = await database();
  assert.equal(dyad(url, ['enqueue', corpus, '--batch', '3', '--timeout', '5', '--retry-delay', '1']).status, 0);
  // Slowed down so that the middle of a batch lasts long enough to be seen, however fast the machine.
  const first = worker(url, { DYAD_TEST_DELAY_MS: '400' });
  // A batch with some of its articles stored and some not: the worker is inside it.
  let batch: string | undefined;
  await waitFor(async () => {
    const rows = await sql<{ id: string }>(url, `SELECT j.id FROM pgboss.job j WHERE j.name = 'dyad-ingest' AND j.state = 'active'
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(j.data->'articles') x JOIN articles a ON a.id = x->'article'->>'id')
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(j.data->'articles') x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x->'article'->>'id'))`)
      .catch(() => []);
    batch = rows[0]?.id;
    return batch !== undefined;
  }, 'a worker in the middle of a batch');
  first.child.kill('SIGKILL');
  assert.equal((await first.done).signal, 'SIGKILL');
  const second = await worker(url).done;
  assert.equal(second.code, 0, second.stderr);
  assert.ok(JSON.parse(second.stdout).existing >= 1, 'the retried batch skips what the killed worker committed');
  const [job] = await sql<{ state: string; retry_count: number }>(url, 'SELECT state, retry_count FROM pgboss.job WHERE id = $1', [batch]);
  assert.equal(job.state, 'completed');
  assert.ok(job.retry_count >= 1, 'the killed batch was taken again');
  assert.deepEqual(await distributedAnswer(url), embedded);
});

test('a poison article is dead-lettered with its error while the rest are stored', { skip, timeout: 180_000 }, async () => {
  const url = await database();
  const poisoned = join(dir, 'poisoned.jsonl');
  const total = writeCorpus(poisoned, [line({ title: 'Poison', text: 'This article carries the marker XPOISONX that the test pipeline chokes on.' })]);
  assert.equal(dyad(url, ['enqueue', poisoned, '--batch', '2', '--retries', '1', '--retry-delay', '1']).status, 0);
  const env = { DYAD_TEST_POISON: 'XPOISONX' };
  const runs = await Promise.all([worker(url, env).done, worker(url, env).done]);
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  assert.match(runs.map((r) => r.stderr).join(''), /poisoned\.jsonl:9: poisoned article \(test marker XPOISONX\)/);
  const status = JSON.parse(dyad(url, ['queue', 'status', '--json']).stdout);
  assert.equal(status.failed, 1);
  assert.equal(status.done, Math.ceil(total / 2) - 1);
  assert.deepEqual(status.deadLetters.map((d: { error: string }) => d.error), [`${poisoned}:9: poisoned article (test marker XPOISONX)`]);
  assert.deepEqual(await distributedAnswer(url), embedded, 'everything but the poison article is stored, as in the embedded run');
  const [{ attempts }] = await sql<{ attempts: number }>(url, "SELECT retry_count + 1 AS attempts FROM pgboss.job WHERE name = 'dyad-ingest' AND state = 'failed'");
  assert.equal(attempts, 2, 'tried once and retried once');
});

test('`dyad queue retry` sends dead-lettered batches back once each; a worker then stores them', { skip, timeout: 180_000 }, async () => {
  const url = await database();
  assert.equal(dyad(url, ['enqueue', corpus, '--batch', '2', '--retries', '1', '--retry-delay', '1']).status, 0);
  // A bug that breaks two batches (the wire story's and the Japan story's) on every attempt; the
  // later worker runs without it, as after a fix.
  const buggy = await worker(url, { DYAD_TEST_POISON: 'told reporters' }).done;
  assert.equal(buggy.code, 0, buggy.stderr);
  type Status = { pending: number; active: number; done: number; failed: number; deadLetters: { id: string; error: string }[] };
  const status = (): Status => {
    const { pending, active, done, failed, deadLetters } = JSON.parse(dyad(url, ['queue', 'status', '--json']).stdout) as Status;
    return { pending, active, done, failed, deadLetters };
  };
  const dead = status();
  assert.equal(dead.failed, 2);
  assert.deepEqual(dead.deadLetters.map((d) => d.error).sort(), [1, 3].map((n) => `${corpus}:${n}: poisoned article (test marker told reporters)`));
  const batchOf = async (id: string) => (await sql<{ data: unknown }>(url, 'SELECT data FROM pgboss.job WHERE id = $1', [id]))[0]?.data;
  const [first, second] = dead.deadLetters;
  const firstBatch = await batchOf(first.id);

  // An unknown id refuses the whole retry: one line naming it, and the known id stays dead-lettered.
  const unknown = '00000000-0000-4000-8000-000000000000';
  const refused = dyad(url, ['queue', 'retry', '--id', first.id, '--id', unknown, '--id', 'batch-7']);
  assert.equal(refused.status, 2);
  assert.equal(refused.stdout, '');
  assert.equal(refused.stderr, `dyad queue: not in the dead-letter queue: ${unknown}, batch-7 (\`dyad queue status\` lists dead letters); nothing re-queued\n`);
  assert.deepEqual(status(), dead, 'nothing half-done');

  // One by id: it leaves the dead-letter queue and is queued again with the queue's retry policy.
  const one = dyad(url, ['queue', 'retry', '--id', first.id, '--json']);
  assert.equal(one.status, 0, one.stderr);
  const { requeued, batches } = JSON.parse(one.stdout);
  assert.equal(requeued, 1);
  assert.equal(batches[0].deadLetter, first.id);
  const [job] = await sql(url, 'SELECT name, state, retry_limit, retry_delay, retry_backoff, dead_letter, data FROM pgboss.job WHERE id = $1', [batches[0].job]);
  assert.deepEqual(job, { name: 'dyad-ingest', state: 'created', retry_limit: 1, retry_delay: 1, retry_backoff: true, dead_letter: 'dyad-ingest-dead', data: firstBatch });
  assert.deepEqual(status(), { ...dead, pending: 1, failed: 1, deadLetters: [second] });

  // The rest, by two retries at once: each batch is re-queued by one of them.
  const both = await Promise.all([1, 2].map(() => background(url, ['queue', 'retry', '--json']).done));
  for (const r of both) assert.equal(r.code, 0, r.stderr);
  assert.equal(both.map((r) => JSON.parse(r.stdout).requeued as number).reduce((a, b) => a + b), 1);
  assert.equal(dyad(url, ['queue', 'retry']).stdout, 're-queued 0 dead-lettered batches\n', 'a second run finds nothing');
  assert.deepEqual(status(), { ...dead, pending: 2, failed: 0, deadLetters: [] });

  const fixed = await worker(url).done;
  assert.equal(fixed.code, 0, fixed.stderr);
  assert.deepEqual(status(), { pending: 0, active: 0, done: Math.ceil(articles / 2), failed: 0, deadLetters: [] });
  assert.deepEqual(await distributedAnswer(url), embedded, 'the store equals a single-process run');
});

test('retries of one dead letter by id and of all at once re-queue it once', { skip, timeout: 60_000 }, async () => {
  const url = await database();
  const boss = await openBoss(url);
  try {
    await defineQueues(boss, DEFAULT_POLICY);
    // Without retries taking turns, most rounds here re-queued the batch two or three times.
    for (let round = 0; round < 10; round++) {
      const id = await boss.send(DEAD_LETTER_QUEUE, { articles: [], round });
      assert.ok(id);
      const runs = await Promise.allSettled([retryDeadLetters(url, [id]), retryDeadLetters(url), retryDeadLetters(url, [id])]);
      assert.equal(runs.reduce((n, r) => n + (r.status === 'fulfilled' ? r.value.length : 0), 0), 1, `round ${round}`);
    }
    assert.equal(await boss.getQueueSize(INGEST_QUEUE), 10);
    assert.equal(await boss.getQueueSize(DEAD_LETTER_QUEUE), 0);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
});

test('`dyad queue retry` with nothing dead-lettered, and its usage errors', { skip, timeout: 60_000 }, async () => {
  const url = await database();
  assert.deepEqual(dyad(url, ['queue', 'retry']), { status: 0, stdout: 're-queued 0 dead-lettered batches\n', stderr: '' });
  const stray = dyad(url, ['queue', 'status', '--id', '00000000-0000-4000-8000-000000000000']);
  assert.deepEqual([stray.status, stray.stderr], [2, 'dyad queue: --id goes with `dyad queue retry`\n']);
  assert.match(dyad(url, ['queue', '--help']).stdout, /^ {7}dyad queue retry \[--db postgres:\/\/…\] \[--id JOB_ID …\] \[--json\]$/m);
});

const restart = process.env.DYAD_TEST_PG_RESTART === '1' ? false : 'restarts the shared PostgreSQL: set DYAD_TEST_PG_RESTART=1 to run it';

test('workers reconnect after PostgreSQL restarts mid-run and finish', { skip: skip || restart, timeout: 240_000 }, async () => {
  const url = await database();
  assert.equal(dyad(url, ['enqueue', corpus, '--batch', '2', '--timeout', '5', '--retry-delay', '1']).status, 0);
  const workers = [worker(url), worker(url)];
  await waitFor(async () => (await sql<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles').catch(() => [{ n: 0 }]))[0].n >= 1, 'a first stored article');
  const version = spawnSync('ls', ['/etc/postgresql'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  const r = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const runs = await Promise.all(workers.map((w) => w.done));
  for (const run of runs) assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await distributedAnswer(url), embedded);
});
