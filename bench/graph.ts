// Relations at scale: generates N events over ten years into a fresh store, then times the timeline
// of one busy pair over the ten years and the signals of one day; then the detectors on generated
// streams with known change points (precision, recall, delay).
// The relation tables hold all N events, as ingest would make them (relationDelta + addRelations,
// the code putDocuments runs). Only the articles of the days signals read evidence from go in whole
// through putDocuments: storing every article's text and events is ingest's cost, not this bench's,
// and the queries timed here read the relation tables plus those days' events.
// Each query is timed as run first on the reopened store (cold) and as the median of the runs after.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../src/graph/days.js';
import { relationDelta } from '../src/graph/relations.js';
import { findSignals } from '../src/graph/signals.js';
import { evaluateDetectors, random } from '../src/graph/synthetic.js';
import { timeline } from '../src/graph/timeline.js';
import { cameoCodes } from '../src/lexicon/cameo.js';
import type { Actor, DocumentJSON, EventRecord } from '../src/model/index.js';
import { openStore } from '../src/store/index.js';
import { benchArgs } from './args.js';

const args = benchArgs({
  name: 'graph',
  usage: `Usage: node dist/bench/graph.js [--events N] [--db PATH] [--keep] [--reuse]
  --events N   events to generate (default 1000000)
  --db PATH    the store (default a new file in the temporary directory)
  --keep       leave the store at PATH
  --reuse      time the queries on the store at PATH without generating it again`,
  options: { events: { type: 'string' }, db: { type: 'string' }, keep: { type: 'boolean' }, reuse: { type: 'boolean' } },
});
const { values } = args;
const total = args.count('--events', values.events, 1_000_000);
const path = values.db ?? join(tmpdir(), `dyad-bench-graph-${process.pid}.db`);
const EVENTS_PER_ARTICLE = 20;
const DAYS = 3652;
const FIRST_DAY = '2015-01-01';
// Signals fire on SIGNAL_DAY; their evidence windows reach back at most EVIDENCE_DAYS.
const SIGNAL_DAY = addDays(FIRST_DAY, DAYS - 30);
const EVIDENCE_DAYS = 60;
const STORED_FROM = addDays(SIGNAL_DAY, -EVIDENCE_DAYS);
// Articles a relation delta is computed over: same-day cells add up in memory before the upsert.
const DELTA_ARTICLES = 20_000;

// 150 countries; pairs drawn with a Zipf-like skew so that a few pairs are busy, as in the news.
const COUNTRIES = Array.from({ length: 150 }, (_, i) => String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26), 88));
COUNTRIES[0] = 'USA';
COUNTRIES[1] = 'IRN';
const codes = cameoCodes();
const rnd = random(42);
const zipf = () => Math.min(COUNTRIES.length - 1, Math.floor(Math.exp(rnd() * Math.log(COUNTRIES.length + 1)) - 1));

function article(n: number): DocumentJSON {
  const day = addDays(FIRST_DAY, Math.floor(rnd() * DAYS));
  const actors: Actor[] = [];
  const events: EventRecord[] = [];
  for (let i = 0; i < EVENTS_PER_ARTICLE; i++) {
    const a = zipf();
    let b = zipf();
    if (b === a) b = (a + 1) % COUNTRIES.length;
    actors.push({ id: `a${2 * i + 1}`, name: COUNTRIES[a], kind: 'country', country: COUNTRIES[a], sector: null, mentions: [] });
    actors.push({ id: `a${2 * i + 2}`, name: COUNTRIES[b], kind: 'country', country: COUNTRIES[b], sector: null, mentions: [] });
    const c = codes[Math.floor(rnd() * codes.length)];
    events.push({
      id: `v${i + 1}`, type: c.type, contexts: c.contexts, cameo: c.code, quad: c.quad, goldstein: c.goldstein,
      actors: [`a${2 * i + 1}`], recipients: [`a${2 * i + 2}`], date: day, modality: rnd() < 0.1 ? 'hedged' : 'asserted',
      trigger: { start: 0, end: 0 }, evidence: { start: 0, end: 0 }, confidence: 0.9,
    });
  }
  return { id: `bench-${n}`, published: day, source: 'bench', text: '', sentences: [], entities: [], actors, events, quotes: [] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The first run (cold: statements and pages not yet cached) and the median of `runs` more, wall and CPU. */
async function time<T>(runs: number, f: () => Promise<T>): Promise<{ result: T; text: string }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let i = 0; i <= runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    result = await f();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
  const text = `first ${ms(wall[0])} ms (CPU ${ms(cpu[0])}), median of ${runs} after ${ms(median(wall.slice(1)))} ms (CPU ${ms(median(cpu.slice(1)))})`;
  return { result, text };
}

/** Writes `total` generated events into the store (see the note at the top). */
async function generate(): Promise<void> {
  const articles = Math.ceil(total / EVENTS_PER_ARTICLE);
  const started = performance.now();
  let whole: { document: DocumentJSON }[] = [];
  let coded: DocumentJSON[] = [];
  let stored = 0;
  const flush = async (last: boolean) => {
    if (whole.length >= 500 || (last && whole.length)) {
      await store.putDocuments(whole);
      stored += whole.length;
      whole = [];
    }
    if (coded.length >= DELTA_ARTICLES || (last && coded.length)) {
      await store.addRelations(relationDelta(coded));
      coded = [];
    }
  };
  for (let n = 0; n < articles; n++) {
    const a = article(n);
    if (a.published! >= STORED_FROM && a.published! <= SIGNAL_DAY) whole.push({ document: a });
    else coded.push(a);
    await flush(false);
    if (n % 50_000 === 0 && n > 0) process.stderr.write(`  ${n * EVENTS_PER_ARTICLE} events…\n`);
  }
  await flush(true);
  const seconds = (performance.now() - started) / 1000;
  console.log(`generated ${articles * EVENTS_PER_ARTICLE} events (${articles} articles) in ${seconds.toFixed(1)} s = ${Math.round((articles * EVENTS_PER_ARTICLE) / seconds)} events/s: all in the relation tables, ${stored * EVENTS_PER_ARTICLE} (${STORED_FROM} to ${SIGNAL_DAY}) also stored whole`);
}

const reuse = values.reuse && existsSync(path);
if (!reuse) rmSync(path, { force: true });
let store = await openStore(path);
try {
  if (reuse) console.log(`timing the queries on ${path} as it is`);
  else await generate();
  // Queries are timed on the store at rest, reopened as `dyad serve` would open it after ingest.
  await store.close();
  store = await openStore(path);
  const span = { since: FIRST_DAY, until: addDays(FIRST_DAY, DAYS - 1) };
  const line = await time(9, () => timeline(store, 'USA', 'IRN', { ...span, by: 'day' }));
  const events = line.result.reduce((n, p) => n + p.events, 0);
  console.log(`timeline USA–IRN over ten years, by day: ${line.result.length} days, ${events} events: ${line.text} (target < 100 ms)`);
  const monthly = await time(9, () => timeline(store, 'USA', 'IRN', { ...span, by: 'month' }));
  console.log(`timeline USA–IRN over ten years, by month: ${monthly.result.length} months: ${monthly.text}`);
  const day = SIGNAL_DAY;
  const signals = await time(5, () => findSignals(store, { since: day, until: day }));
  const kinds = signals.result.reduce<Record<string, number>>((m, s) => ({ ...m, [s.kind]: (m[s.kind] ?? 0) + 1 }), {});
  console.log(`signals of ${day}: ${signals.result.length} (${JSON.stringify(kinds)}): ${signals.text} (target < 1 s)`);
} finally {
  await store.close();
  if (!values.keep && !reuse) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

console.log('detectors on generated streams (100 per scenario: none, burst, coverage surge, turn, drift; change at day 200):');
for (const f of evaluateDetectors(100, 1)) {
  console.log(`  ${f.kind.padEnd(5)} precision ${f.precision.toFixed(2)} (${f.correct}/${f.alarms} alarms)  recall ${f.recall.toFixed(2)} (${f.found}/${f.changes})  mean delay ${f.meanDelay.toFixed(1)} days`);
}
