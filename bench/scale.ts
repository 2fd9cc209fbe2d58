// Distributed ingest throughput with 1, 2 and 4 worker processes against one PostgreSQL.
// Each run queues the first N articles of the corpus in a fresh database (dropped after) and
// times the workers from start until the queue is empty. Needs PostgreSQL ($DYAD_TEST_PG, else
// the local server); on a machine with fewer cores than workers the figures show contention.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createDatabase, dropDatabase, unavailable } from '../test/store/postgres-database.js';
import { benchArgs } from './args.js';

const args = benchArgs({
  name: 'scale',
  usage: `Usage: node dist/bench/scale.js [--corpus FILE] [--limit N] [--workers 1,2,4] [--batch N]
  --corpus FILE     JSON Lines corpus (default ../shared/corpus/reuters21578.jsonl; skipped when that is absent)
  --limit N         articles queued (default 200)
  --workers 1,2,4   worker processes of each run (default 1,2,4)
  --batch N         articles per job (default 10)`,
  options: { corpus: { type: 'string' }, limit: { type: 'string' }, workers: { type: 'string' }, batch: { type: 'string' } },
});
const { values } = args;
const bin = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));
const limit = args.count('--limit', values.limit, 200);
const counts = (values.workers ?? '1,2,4').split(',').map((w) => args.count('--workers', w, 0));
const batch = String(args.count('--batch', values.batch, 10));
// A corpus named on the command line must exist; the default one is optional.
const corpus = values.corpus !== undefined ? args.file(values.corpus) : fileURLToPath(new URL('../../../shared/corpus/reuters21578.jsonl', import.meta.url));

const why = await unavailable();
if (why) {
  console.log(`scale: skipped, ${why}`);
  process.exit(0);
}
if (!existsSync(corpus)) {
  console.log(`scale: skipped, ${corpus} not found (pass --corpus FILE.jsonl)`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-scale-'));
const sample = join(dir, 'sample.jsonl');
const lines: string[] = [];
for await (const line of createInterface({ input: createReadStream(corpus) })) {
  if (lines.length >= limit) break;
  lines.push(line);
}
writeFileSync(sample, lines.join('\n') + '\n');

const { DYAD_DB: _, ...env } = process.env;
const run = (url: string) => new Promise<number | null>((resolve) => {
  const child = spawn(process.execPath, [bin, 'worker', '--exit-when-done'], { env: { ...env, DATABASE_URL: url }, stdio: 'ignore' });
  child.on('exit', resolve);
});

console.log(`scale: ${lines.length} articles of ${corpus}, batches of ${batch}, ${cpus().length} CPU cores`);
const results: { workers: number; articles: number; seconds: number; articlesPerSecond: number }[] = [];
try {
  for (const workers of counts) {
    const url = await createDatabase();
    try {
      const queued = spawnSync(process.execPath, [bin, 'enqueue', sample, '--batch', batch, '--json'], { encoding: 'utf8', env: { ...env, DATABASE_URL: url } });
      if (queued.status !== 0) throw new Error(queued.stderr);
      const started = performance.now();
      await Promise.all(Array.from({ length: workers }, () => run(url)));
      const seconds = (performance.now() - started) / 1000;
      const stats = JSON.parse(spawnSync(process.execPath, [bin, 'stats', '--json'], { encoding: 'utf8', env: { ...env, DATABASE_URL: url } }).stdout);
      const result = { workers, articles: stats.articles as number, seconds, articlesPerSecond: stats.articles / seconds };
      results.push(result);
      console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${result.articles} articles in ${seconds.toFixed(1)} s = ${result.articlesPerSecond.toFixed(1)} articles/s` +
        (results.length > 1 ? ` (x${(result.articlesPerSecond / results[0].articlesPerSecond).toFixed(2)})` : ''));
    } finally {
      await dropDatabase(url);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
