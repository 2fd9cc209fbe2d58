// How inputs are found and opened: directories, gzip, sniffing, standard input, the count estimate.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { estimateCount } from '../../src/ingest/index.js';
import { articles, collect, errors, fixture } from './collect.js';

const JSONL = [
  JSON.stringify({ title: 'First', date: '2020-01-01', text: 'The first report.' }),
  JSON.stringify({ title: 'Second', date: '2020-01-02', text: 'The second report.' }),
  JSON.stringify({ title: 'Third', date: '2020-01-03', text: 'The third report.' }),
].join('\n') + '\n';

test('a directory is read recursively, by file type, in sorted order; gzip of any type is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dir-'));
  mkdirSync(join(dir, 'b-feeds'));
  mkdirSync(join(dir, 'a-pages'));
  copyFileSync(fixture('world-desk.atom'), join(dir, 'b-feeds', 'harbour.atom'));
  writeFileSync(join(dir, 'a-pages', 'post.html.gz'), gzipSync(readFileSync(fixture('wordpress-article.html'))));
  writeFileSync(join(dir, 'c-wire.jsonl'), JSONL);
  writeFileSync(join(dir, 'notes.pdf'), 'not read');
  const items = await collect([dir]);
  assert.deepEqual(errors(items), []);
  assert.deepEqual(articles(items).map((a) => a.title), [
    'North Korea Visit Signals Greater Military Ties to Iran',
    'Navy Blocks Port After Border Clash',
    'Envoys Sign Fishing Accord',
    'First',
    'Second',
    'Third',
  ]);
  assert.equal(articles(items)[0]!.origin, join(dir, 'a-pages', 'post.html.gz'));
  assert.equal(await estimateCount([dir]), undefined, 'a feed or a .gz cannot be counted cheaply');
});

test('a file without a known extension is sniffed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-sniff-'));
  copyFileSync(fixture('world-desk.rss'), join(dir, 'feed'));
  copyFileSync(fixture('wordpress-article.html'), join(dir, 'page'));
  writeFileSync(join(dir, 'wire'), JSONL);
  const titles = articles(await collect([join(dir, 'feed'), join(dir, 'page'), join(dir, 'wire')])).map((a) => a.title);
  assert.deepEqual(titles, [
    'Ministers Meet in Geneva on Grain Corridor',
    'Parliament Rejects Trade Deal & Calls for New Talks',
    'North Korea Visit Signals Greater Military Ties to Iran',
    'First',
    'Second',
    'Third',
  ]);
});

test('"-" reads standard input, sniffing its format', () => {
  const index = fileURLToPath(new URL('../../src/ingest/index.js', import.meta.url));
  const script = `import { readInputs } from ${JSON.stringify(index)};
    for await (const item of readInputs(['-'])) console.log(JSON.stringify(item));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSONL, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const items = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(items.map((i) => [i.article.title, i.article.origin]), [['First', 'stdin:1'], ['Second', 'stdin:2'], ['Third', 'stdin:3']]);
});

test('estimateCount counts JSON Lines and one per document file, and gives up on standard input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-count-'));
  writeFileSync(join(dir, 'wire.jsonl'), JSONL.trimEnd());
  assert.equal(await estimateCount([join(dir, 'wire.jsonl'), fixture('envoy-visit.txt')]), 4);
  assert.equal(await estimateCount(['-']), undefined);
});
