import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { articleId } from '../../src/ingest/identity.js';
import { splitHeadline } from '../../src/ingest/text.js';
import { articles, collect, errors, fixture } from './collect.js';

const SEED = fileURLToPath(new URL('../../../../shared/seed/000_2a88d4aa877cd891.txt', import.meta.url));

test('a plain-text article: headline becomes the title, boilerplate goes, the name line is a caption', async () => {
  const path = fixture('envoy-visit.txt');
  const items = await collect([path], { date: '2023-05-08' });
  assert.deepEqual(errors(items), []);
  const [a] = articles(items);
  assert.equal(a!.title, 'Envoy Arrives in Ankara for Grain Talks');
  assert.equal(a!.published, '2023-05-08');
  assert.equal(a!.origin, path);
  assert.equal(
    a!.text,
    'Greece’s foreign minister arrived in Ankara on Monday for two days of talks on shipping and grain exports, the ministry said.\n\n' +
      'The visit is the first by a Greek minister in three years.\n\n' +
      'Nikos Dendias\n\n' +
      '“We came to listen,” the minister told reporters at the airport.',
  );
  assert.equal(a!.id, articleId(a!.text));
  assert.deepEqual(a!.captions!.map((c) => a!.text.slice(c.start, c.end)), ['Nikos Dendias']);
});

test('the founding article reads with its title, without "%d bloggers like this:", with the caption recorded', { skip: existsSync(SEED) ? false : 'needs ../shared/seed (not in a fresh clone)' }, async () => {
  const [a] = articles(await collect([SEED], { date: '2017-08-04' }));
  assert.equal(a!.title, 'North Korea Visit Signals Greater Military Ties to Iran');
  assert.equal(a!.published, '2017-08-04');
  assert.ok(!a!.text.includes('bloggers'));
  assert.ok(a!.text.startsWith('With the latest sanctions from the United States'));
  assert.ok(a!.text.endsWith('sees this relationship as a means of doing so.'));
  assert.deepEqual(a!.captions!.map((c) => a!.text.slice(c.start, c.end)), ['Emily Landau']);
});

test('a first line that is a sentence is not a headline', () => {
  assert.deepEqual(splitHeadline('The minister arrived on Monday.\n\nShe left on Tuesday.'), {
    body: 'The minister arrived on Monday.\n\nShe left on Tuesday.',
  });
  assert.deepEqual(splitHeadline('Talks Resume\nin Geneva on Monday'), { body: 'Talks Resume\nin Geneva on Monday' });
  assert.deepEqual(splitHeadline('Talks Resume\n\nThe talks resumed.'), { title: 'Talks Resume', body: '\nThe talks resumed.' });
});
