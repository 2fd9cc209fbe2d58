import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleId } from '../../src/ingest/identity.js';
import { articles, collect, errors } from './collect.js';

test('JSON Lines: one article per line, date or published normalised, bad lines reported by number', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-jsonl-'));
  const path = join(dir, 'wire.jsonl');
  writeFileSync(
    path,
    [
      JSON.stringify({ id: 'w1', url: 'https://wire.example/1', title: 'Talks Resume', date: '1987-02-26', text: 'The talks resumed in Geneva.\n\nBoth sides  attended.', source: 'Wire' }),
      JSON.stringify({ id: 'w2', title: 'No body here', date: '1987-02-27' }),
      '{"id": "w3", "text": "broken',
      '',
      JSON.stringify({ published: 'Fri, 27 Feb 1987 09:00:00 GMT', body: 'Ministers met in Oslo on Friday.' }),
      JSON.stringify(['not', 'an', 'object']),
    ].join('\n') + '\n',
  );
  const items = await collect([path], { date: '2000-01-01' });
  assert.deepEqual(
    articles(items).map((a) => [a.origin, a.url, a.title, a.published, a.source, a.text]),
    [
      [`${path}:1`, 'https://wire.example/1', 'Talks Resume', '1987-02-26', 'Wire', 'The talks resumed in Geneva.\n\nBoth sides attended.'],
      [`${path}:5`, undefined, undefined, '1987-02-27', undefined, 'Ministers met in Oslo on Friday.'],
    ],
  );
  assert.equal(articles(items)[0]!.id, articleId('The talks resumed in Geneva.\n\nBoth sides attended.'));
  const problems = errors(items);
  assert.deepEqual(problems.map((e) => e.where), [`${path}:2`, `${path}:3`, `${path}:6`]);
  assert.equal(problems[0]!.problem, 'no "text" or "body" field');
  assert.match(problems[1]!.problem, /^not valid JSON \(/);
  assert.equal(problems[2]!.problem, 'not a JSON object');
});

test('a line without a date takes the --date option', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-jsonl-'));
  const path = join(dir, 'undated.ndjson');
  writeFileSync(path, JSON.stringify({ text: 'The summit opened on Monday.' }));
  const [a] = articles(await collect([path], { date: '2024-03-04' }));
  assert.equal(a!.published, '2024-03-04');
});
