// Words per second of the sentence stage against wink-nlp alone on the same texts.
import { readFileSync } from 'node:fs';
import { segment } from '../src/nlp/sentences.js';
import { wink } from '../src/nlp/wink.js';
import { benchArgs } from './args.js';

const args = benchArgs({
  name: 'sentences',
  usage: 'Usage: node dist/bench/sentences.js [corpus.jsonl] [limit]   (default ../shared/corpus/reuters21578.jsonl, 2000)',
  options: {},
  positionals: 2,
});
const { path, limit } = args.corpus('limit', 2000);
const texts = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, limit)
  .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

function measure(label: string, f: (text: string) => void): void {
  for (const t of texts.slice(0, 50)) f(t); // warm up the JIT
  const t0 = performance.now();
  for (const t of texts) f(t);
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(22)} ${Math.round(words / s).toLocaleString('en-US').padStart(10)} words/s`);
}

console.log(`${texts.length} texts, ${words.toLocaleString('en-US')} words from ${path}`);
// Two rounds, alternating, so neither side gains from running second on a warmer process.
for (let round = 0; round < 2; round++) {
  measure('wink readDoc + tokens', (t) => {
    wink().readDoc(t).tokens().out();
  });
  measure('sentence stage', (t) => {
    segment(t);
  });
}
