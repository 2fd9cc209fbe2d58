import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlArticle } from '../../src/ingest/html.js';
import { articles, collect, errors, fixture } from './collect.js';

test('a WordPress post: story text only, metadata from the page', async () => {
  const path = fixture('wordpress-article.html');
  const items = await collect([path]);
  assert.deepEqual(errors(items), []);
  const [a] = articles(items);
  assert.equal(a!.title, 'North Korea Visit Signals Greater Military Ties to Iran');
  assert.equal(a!.published, '2017-08-04');
  assert.equal(a!.source, 'The Security Ledger');
  assert.equal(a!.url, 'https://securityledger.example.org/2017/08/04/north-korea-visit-signals-greater-military-ties-to-iran/');
  assert.equal(a!.origin, path);
  const paragraphs = a!.text.split('\n\n');
  assert.equal(paragraphs.length, 8);
  assert.ok(paragraphs[0]!.startsWith('With the latest sanctions from the United States impacting both Iran and North Korea'));
  assert.ok(paragraphs[7]!.endsWith('sees this relationship as a means of doing so.'));
  for (const junk of ['bloggers', 'Share this', 'Twitter', 'Like this', 'Loading', 'Related', 'Congress Passes', 'Leave a Reply',
    'Great analysis', 'Recent Posts', 'Skip to content', 'Advertisement', 'Copyright', 'Posted', 'Middle East']) {
    assert.ok(!a!.text.includes(junk), `"${junk}" left in the text`);
  }
  // the photo caption is removed with its figure; the name stays where the story says it
  assert.ok(!a!.text.includes('\nEmily Landau\n'));
  assert.ok(a!.text.includes('said Emily Landau, a senior research fellow'));
});

test('title and date fall back to <title> (site name cut) and <time datetime>', () => {
  const html = `<html><head><title>Border Reopens After Talks | Valley Herald</title><meta property="og:site_name" content="Valley Herald"></head>
    <body><article><p>Officials reopened the border crossing on Friday after two weeks of talks between the two governments.</p>
    <p>Traders welcomed the decision. <time datetime="2020-11-06T08:00:00+01:00">Friday</time></p></article></body></html>`;
  const item = htmlArticle(html, { origin: 'page.html' }, {});
  assert.ok('article' in item);
  assert.equal(item.article.title, 'Border Reopens After Talks');
  assert.equal(item.article.published, '2020-11-06');
  assert.equal(item.article.text, 'Officials reopened the border crossing on Friday after two weeks of talks between the two governments.\n\nTraders welcomed the decision. Friday');
});

test('a page without a date takes the fallback date, then the --date option', () => {
  const html = '<html><body><article><p>The ministers met in Oslo and agreed to meet again in the spring.</p></article></body></html>';
  const fromArchive = htmlArticle(html, { origin: 'x', fallbackDate: '2019-05-06T10:00:01Z' }, { date: '2001-01-01' });
  assert.ok('article' in fromArchive && fromArchive.article.published === '2019-05-06');
  const fromOption = htmlArticle(html, { origin: 'x' }, { date: '2001-01-01' });
  assert.ok('article' in fromOption && fromOption.article.published === '2001-01-01');
});

test('a page with no article body is an error item, not an empty article', () => {
  const html = '<html><head><title>Home</title></head><body><header><nav><a href="/">Home</a></nav></header><footer>Copyright</footer></body></html>';
  assert.deepEqual(htmlArticle(html, { origin: 'site/index.html' }, {}), {
    error: { where: 'site/index.html', problem: 'no article text found' },
  });
});
