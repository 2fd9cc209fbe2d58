import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articles, collect, errors, fixture } from './collect.js';

test('an RSS 2.0 feed: one article per item, HTML content reduced to text, feed title as source', async () => {
  const path = fixture('world-desk.rss');
  const items = await collect([path]);
  const [first, second] = articles(items);
  assert.equal(first!.title, 'Ministers Meet in Geneva on Grain Corridor');
  assert.equal(first!.url, 'https://worlddesk.example.net/2021/03/02/grain-corridor/');
  assert.equal(first!.origin, first!.url);
  assert.equal(first!.published, '2021-03-02');
  assert.equal(first!.source, 'World Desk Daily');
  assert.equal(
    first!.text,
    'The foreign ministers of Turkey and Ukraine met in Geneva on Tuesday to discuss reopening the grain corridor.\n\n“We agreed to keep talking,” the Turkish minister told reporters.',
  );
  assert.equal(second!.title, 'Parliament Rejects Trade Deal & Calls for New Talks');
  assert.equal(second!.published, '2021-03-03');
  assert.equal(second!.text, 'Lawmakers in Brussels voted against the agreement on Wednesday.');
  assert.deepEqual(errors(items), [{ where: `${path}#3`, problem: 'feed item has no content' }]);
});

test('an Atom feed: alternate link, published date as written, summary when there is no content', async () => {
  const items = await collect([fixture('world-desk.atom')]);
  assert.deepEqual(errors(items), []);
  const [first, second] = articles(items);
  assert.equal(first!.title, 'Navy Blocks Port After Border Clash');
  assert.equal(first!.url, 'https://harbourwatch.example.com/navy-blocks-port');
  assert.equal(first!.published, '2022-06-14');
  assert.equal(first!.source, 'Harbour Watch');
  assert.equal(first!.text, 'The navy closed the northern port on Tuesday after a clash on the border.\n\nOfficials said the closure would last a week.');
  assert.equal(second!.published, '2022-06-15');
  assert.equal(second!.text, 'Envoys from both countries signed a fishing accord in the capital on Wednesday.');
});
