// Entity recogniser throughput on CoNLL-2003 valid (pre-tokenised, so wink's time is not counted).
import { readConll } from '../src/eval/conll.js';
import { defaultModel } from '../src/nlp/ner/model.js';
import { recogniseDocument } from '../src/nlp/ner/recognise.js';
import { benchArgs } from './args.js';

const args = benchArgs({
  name: 'ner',
  usage: 'Usage: node dist/bench/ner.js [conll.txt]   (default ../shared/gold/conll2003/valid.txt)',
  options: {},
  positionals: 1,
});
const path = args.file(args.positionals[0] ?? '../shared/gold/conll2003/valid.txt');
const loadStart = performance.now();
const model = defaultModel();
const loadMs = performance.now() - loadStart;
const docs = readConll(path).map((d) => d.sentences.map((s) => s.words));
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

for (const d of docs) recogniseDocument(d, model); // warm-up: JIT, lexicon tables
const rounds = 3;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) recogniseDocument(d, model);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(
  `model load ${loadMs.toFixed(0)} ms; ${tokens * rounds} tokens: ${(tokens * rounds / wall).toFixed(0)} tokens/s wall, ` +
    `${(tokens * rounds / cpuSeconds).toFixed(0)} tokens/s per CPU second\n`,
);
