// Reader speed: JSON Lines reading + cleaning (articles/s) and HTML extraction (ms per page).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlArticle } from '../src/ingest/html.js';
import { readInputs } from '../src/ingest/index.js';
import { benchArgs } from './args.js';

const args = benchArgs({
  name: 'readers',
  usage: `Usage: node dist/bench/readers.js [corpus.jsonl]
  (default ../shared/corpus/reuters21578.jsonl; when that is absent the JSON Lines part is skipped)`,
  options: {},
  positionals: 1,
});
// A corpus named on the command line must exist; the default one is optional.
const corpus = args.positionals[0] !== undefined
  ? args.file(args.positionals[0])
  : fileURLToPath(new URL('../../../shared/corpus/reuters21578.jsonl', import.meta.url));
const page = fileURLToPath(new URL('../../test/fixtures/ingest/wordpress-article.html', import.meta.url));

if (existsSync(corpus)) {
  let articles = 0;
  let errors = 0;
  let chars = 0;
  const started = performance.now();
  for await (const item of readInputs([corpus])) {
    if ('article' in item) {
      articles++;
      chars += item.article.text.length;
    } else errors++;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`jsonl: ${articles} articles (${errors} errors, ${(chars / 1e6).toFixed(1)} M chars) in ${seconds.toFixed(2)} s = ${Math.round(articles / seconds)} articles/s`);
} else {
  console.log(`jsonl: skipped, ${corpus} not found (pass a .jsonl path)`);
}

const html = readFileSync(page, 'utf8');
const runs = 200;
for (let i = 0; i < 20; i++) htmlArticle(html, { origin: page }, {});
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  htmlArticle(html, { origin: page }, {});
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / runs;
console.log(`html: ${(html.length / 1024).toFixed(1)} KB page, ${runs} runs: median ${times[runs >> 1]!.toFixed(2)} ms, mean ${mean.toFixed(2)} ms, p95 ${times[Math.floor(runs * 0.95)]!.toFixed(2)} ms`);
