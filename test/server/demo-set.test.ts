import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fingerprint, NEAR_DUPLICATE_THRESHOLD, similarity } from '../../src/ingest/dedup.js';

// The bundled set `dyad demo` ingests (demo/articles.jsonl, from dist/test/server/).
const DEMO_SET = new URL('../../../demo/articles.jsonl', import.meta.url);

interface DemoArticle {
  title: string;
  published: string;
  source: string;
  text: string;
}

const lines = readFileSync(DEMO_SET, 'utf8').split('\n').filter((l) => l.trim() !== '');
const articles = lines.map((line, i) => {
  try {
    return JSON.parse(line) as DemoArticle;
  } catch (err) {
    throw new Error(`demo/articles.jsonl:${i + 1}: ${(err as Error).message}`);
  }
});

test('the demo set has at least 30 articles, each with a title, a source, a text and a real date in 2017-2024', () => {
  assert.ok(articles.length >= 30, `only ${articles.length} articles`);
  articles.forEach((a, i) => {
    const where = `demo/articles.jsonl:${i + 1}`;
    assert.ok(typeof a.title === 'string' && a.title.trim() !== '', `${where}: no title`);
    assert.ok(typeof a.source === 'string' && a.source.trim() !== '', `${where}: no source`);
    assert.match(a.published, /^(2017|2018|2019|2020|2021|2022|2023|2024)-\d{2}-\d{2}$/, `${where}: date`);
    // A calendar date that exists: Date would roll 2019-02-30 over into March.
    assert.equal(new Date(`${a.published}T00:00:00Z`).toISOString().slice(0, 10), a.published, `${where}: no such day`);
  });
});

test('each text is a short news story: 120 to 300 words in paragraphs separated by a blank line', () => {
  articles.forEach((a, i) => {
    const words = a.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 120 && words <= 300, `demo/articles.jsonl:${i + 1}: ${words} words`);
    const paragraphs = a.text.split('\n\n');
    assert.ok(paragraphs.length >= 4, `demo/articles.jsonl:${i + 1}: ${paragraphs.length} paragraphs`);
    for (const p of paragraphs) assert.equal(p, p.trim().replace(/\s+/g, ' '), `demo/articles.jsonl:${i + 1}: stray whitespace`);
  });
});

test('exactly one pair of articles is a wire copy, close enough for near-duplicate detection', () => {
  const prints = articles.map((a) => fingerprint(a.text)!);
  const copies: string[] = [];
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) {
      if (similarity(prints[i].minhash, prints[j].minhash) >= NEAR_DUPLICATE_THRESHOLD) copies.push(`${articles[i].title} = ${articles[j].title}`);
    }
  }
  assert.deepEqual(copies, [
    'U.S. Reimposes Oil Sanctions on Iran, Grants Waivers to Eight Buyers = Washington Restores Iran Oil Sanctions, Exempts Eight Importers',
  ]);
});

test('the pairs of countries whose relations the demo follows each have several stories', () => {
  const about = (...names: string[]) => articles.filter((a) => names.every((n) => a.text.includes(n))).length;
  assert.ok(about('North Korea', 'Iran') >= 4);
  assert.ok(about('United States', 'Iran') >= 4);
  assert.ok(about('United States', 'North Korea') >= 4);
  assert.ok(about('Russia', 'Ukraine') >= 4);
});
