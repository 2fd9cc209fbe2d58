// Quote stage cost per article: the layers it reads are added first and not timed.
import { readFileSync } from 'node:fs';
import { defaultAttributionModel } from '../src/coding/attribution-model.js';
import { quoteStage } from '../src/coding/quotes.js';
import { Doc } from '../src/doc.js';
import { defaultStages } from '../src/pipeline.js';
import { benchArgs } from './args.js';

const args = benchArgs({
  name: 'quotes',
  usage: 'Usage: node dist/bench/quotes.js [corpus.jsonl] [N]   (default ../shared/corpus/reuters21578.jsonl, 1000 articles)',
  options: {},
  positionals: 2,
});
const { path, limit } = args.corpus('N', 1000);
const loadStart = performance.now();
const model = defaultAttributionModel();
const loadMs = performance.now() - loadStart;
const stages = defaultStages();
const before = stages.slice(0, stages.findIndex((s) => s.name === 'quotes'));
const docs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((line, i) => {
  const a = JSON.parse(line) as { id?: string; title?: string; text: string };
  const doc = new Doc({ id: a.id ?? String(i), title: a.title, text: a.text });
  for (const s of before) s.run(doc);
  return doc;
});
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const stage = quoteStage(model);
for (const d of docs) stage.run(d); // warm-up: JIT
const rounds = 3;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let quotes = 0;
for (let r = 0; r < rounds; r++) {
  for (const d of docs) {
    stage.run(d);
    quotes += d.quotes.length;
  }
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const n = docs.length * rounds;
process.stdout.write(
  `model load ${loadMs.toFixed(0)} ms; ${docs.length} articles (${(tokens / docs.length).toFixed(0)} tokens each), ${(quotes / rounds).toFixed(0)} quotes: ` +
    `${((wall * 1000) / n).toFixed(0)} µs/article wall, ${((cpuMs * 1000) / n).toFixed(0)} µs/article CPU\n`,
);
