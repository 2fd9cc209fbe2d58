// The API and dashboard at scale: a store of N articles (default 20,000), the server in its own
// process on loopback, then (1) the dashboard's first view, timed in chromium when it is installed
// and by its requests otherwise, and (2) a bounded load generator on a pair's timeline and the
// other read endpoints, reporting p50/p95/p99 latency.
//
// The store: K Reuters-21578 articles (../shared/corpus) and the demo set run through the real
// pipeline, then copied with new ids and dates spread over ten years until it holds N articles.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '../src/graph/days.js';
import { readInputs } from '../src/ingest/index.js';
import type { DocumentJSON } from '../src/model/index.js';
import { createPipeline } from '../src/pipeline.js';
import { openStore, type Store } from '../src/store/index.js';
import { benchArgs } from './args.js';

const args = benchArgs({
  name: 'api',
  usage: `Usage: node dist/bench/api.js [--articles N] [--coded K] [--loads L] [--requests R] [--concurrency C] [--db PATH] [--keep]
  --articles N      articles in the store (default 20000)
  --coded K         corpus articles run through the pipeline (default 300)
  --loads L         dashboard first views timed (default 10; 0 skips them)
  --requests R      requests per endpoint (default 2000; 0 skips the load)
  --concurrency C   requests at a time (default 4)
  --db PATH         the store (default a new file in the temporary directory, removed after)
  --keep            leave the store at PATH`,
  options: {
    articles: { type: 'string' }, coded: { type: 'string' }, requests: { type: 'string' }, concurrency: { type: 'string' }, loads: { type: 'string' },
    db: { type: 'string' }, keep: { type: 'boolean' },
  },
});
const { values } = args;
const TOTAL = args.count('--articles', values.articles, 20_000);
const CODED = args.count('--coded', values.coded, 300);
const REQUESTS = args.count('--requests', values.requests, 2000, 0);
const CONCURRENCY = args.count('--concurrency', values.concurrency, 4);
const LOADS = args.count('--loads', values.loads, 10, 0);
const root = new URL('../../', import.meta.url);
const CORPUS = fileURLToPath(new URL('../shared/corpus/reuters21578.jsonl', root));
const DEMO_SET = fileURLToPath(new URL('demo/articles.jsonl', root));
const DYAD = fileURLToPath(new URL('bin/dyad.js', root));
const CHROMIUM = '/usr/bin/chromium';
const path = values.db ?? join(tmpdir(), `dyad-bench-api-${process.pid}.db`);

const BATCH = 500;
/** Where undated articles are put before their copies are moved back in time. */
const FIRST_DAY = '2024-01-01';
const DAYS = 3652;

/** Coded documents from the real pipeline: the demo set and the first K corpus articles. */
async function codedSample(): Promise<DocumentJSON[]> {
  const pipeline = createPipeline();
  const docs: DocumentJSON[] = [];
  async function* items() {
    yield* readInputs([DEMO_SET]);
    let n = 0;
    for await (const item of readInputs([CORPUS])) {
      if (n++ >= CODED) break;
      yield item;
    }
  }
  for await (const item of items()) {
    if ('article' in item) docs.push(pipeline.process(item.article).toJSON());
  }
  return docs;
}

/** A copy of `doc` as another article: new id, its dates moved by the same number of days. */
function copyOf(doc: DocumentJSON, n: number, shift: number): DocumentJSON {
  const move = (d: string | null | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? addDays(d, shift) : d);
  return {
    ...doc,
    id: createHash('sha256').update(`${doc.id}/${n}`).digest('hex').slice(0, 16),
    published: move(doc.published) ?? addDays(FIRST_DAY, shift),
    events: doc.events.map((e) => ({ ...e, date: move(e.date) ?? null })),
  };
}

async function fill(store: Store): Promise<void> {
  const have = (await store.stats()).articles;
  if (have >= TOTAL) return;
  args.file(CORPUS);
  const t0 = performance.now();
  // Unique ids only (the corpus repeats a few texts), so the store ends with exactly N articles.
  const sample = [...new Map((await codedSample()).map((d) => [d.id, d])).values()];
  process.stderr.write(`coded ${sample.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  let seed = 7;
  const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  let batch: { document: DocumentJSON }[] = [];
  for (let n = have; n < TOTAL; n++) {
    const doc = sample[n % sample.length];
    // The first pass keeps the originals' own dates; later copies spread over the ten years before
    // them, never into the future (the newest article then has the recent signals a reader sees).
    const shift = n < sample.length ? 0 : -Math.floor(rnd() * DAYS);
    batch.push({ document: n < sample.length ? doc : copyOf(doc, n, shift) });
    if (batch.length === BATCH) {
      await store.putDocuments(batch);
      batch = [];
    }
  }
  if (batch.length) await store.putDocuments(batch);
  process.stderr.write(`stored ${TOTAL} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DYAD, 'serve', '--db', path, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving at (\S+)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`dyad serve exited with ${code}`)));
  });
}

/**
 * CPU time a process has used, in ms (Linux /proc; undefined elsewhere): wall-clock latency on a
 * shared machine depends on its other work, the server's own CPU time far less.
 */
function cpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name; utime and stime are the 12th and 13th, in clock ticks (100 a second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** R requests, C at a time, over `paths` in turn; latencies in ms. */
async function load(base: string, paths: string[], requests: number, concurrency: number) {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      const path = paths[next++ % paths.length];
      const s = performance.now();
      const res = await fetch(new URL(path, base));
      await res.arrayBuffer();
      latencies.push(performance.now() - s);
      if (!res.ok) failed++;
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests, failed, rps: requests / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

/**
 * "First view ready", as a reader sees it on opening the dashboard with no view chosen: the map's
 * countries are drawn and shaded by their part in events, the busiest pairs are listed, and the
 * signal feed has its answer (items, or the line saying there are none). Timed by the page's own
 * clock from navigation start (so not counting the browser starting a renderer process), checked
 * at every animation frame.
 */
function readyAt(): number | false {
  const shaded = [...document.querySelectorAll('path.country[data-code]')].some((p) => p.getAttribute('fill')?.startsWith('rgba('));
  const pairs = document.querySelector('.partners li') !== null;
  const feed = document.querySelector('.signals[aria-busy="false"]') !== null;
  return shaded && pairs && feed && performance.now();
}

async function firstView(url: string): Promise<string> {
  if (existsSync(CHROMIUM)) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    try {
      const times: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        // A fresh context each time: nothing cached in the browser.
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(url);
        times.push(await (await page.waitForFunction(readyAt, undefined, { polling: 'raf' })).jsonValue() as number);
        await context.close();
      }
      const first = times[0];
      times.sort((a, b) => a - b);
      return `first view ready (chromium, cold browser cache, from navigation start, ${LOADS} loads): ` +
        `median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, first load after the server started ${first.toFixed(0)} ms`;
    } finally {
      await browser.close();
    }
  }
  // Without a browser: the page, its assets and the World view's API calls, in the order it makes them.
  const t0 = performance.now();
  const html = await (await fetch(url)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/(?:assets|api)\/[^"]+)"/g)].map((m) => m[1]);
  await Promise.all(assets.map((a) => fetch(new URL(a, url)).then((r) => r.arrayBuffer())));
  return `first view's requests (no chromium): ${(performance.now() - t0).toFixed(0)} ms`;
}

const store = await openStore(path);
await fill(store);
const stats = await store.stats();
const busiest = (await store.dyadTotals({}))[0];
const article = (await store.latest({ limit: 1 }))[0];
await store.close();
process.stdout.write(`store: ${stats.articles} articles, ${stats.events} events, ${stats.quotes} quotes (${path})\n`);

const { url, child } = await startServer();
try {
  if (LOADS > 0) process.stdout.write(`${await firstView(url)}\n`);
  const pairs = [['PRK', 'IRN'], [busiest.source, busiest.target]];
  const runs: [string, string[]][] = [
    ...pairs.flatMap(([a, b]) => [
      [`timeline ${a}-${b} by month`, [`/api/timeline?dyad=${a}-${b}&by=month`]],
      [`timeline ${a}-${b} by day`, [`/api/timeline?dyad=${a}-${b}&by=day`]],
    ] as [string, string[]][]),
    [`events ${busiest.source}-${busiest.target}`, [`/api/events?dyad=${busiest.source}-${busiest.target}&limit=100`]],
    ['article by id', [`/api/articles/${article.id}`]],
    ['search', ['/api/articles?q=oil', '/api/articles?q=sanctions', '/api/articles?q=talks']],
    [`dyads of ${busiest.source}`, [`/api/dyads?country=${busiest.source}`]],
  ];
  if (REQUESTS > 0) process.stdout.write(`load: ${REQUESTS} requests per endpoint, ${CONCURRENCY} at a time, loopback; cpu: the server's CPU time per request\n`);
  for (const [name, paths] of REQUESTS > 0 ? runs : []) {
    const cpu0 = cpuMs(child.pid!);
    const r = await load(url, paths, REQUESTS, CONCURRENCY);
    const cpu = cpu0 === undefined ? '' : `  cpu ${((cpuMs(child.pid!)! - cpu0) / REQUESTS).toFixed(2)} ms`;
    process.stdout.write(`  ${name.padEnd(32)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ${r.rps.toFixed(0)} req/s${cpu}${r.failed ? `  FAILED ${r.failed}` : ''}\n`);
  }
} finally {
  child.kill('SIGTERM');
  if (!values.keep && !values.db) rmSync(path, { force: true });
}
