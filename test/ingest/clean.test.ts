import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from '../../src/ingest/clean.js';

test('whitespace is normalised within lines and paragraphs get exactly one blank line between them', () => {
  const { text } = cleanText('  The talks\tresumed\u00a0on Monday.  \r\n\r\n\r\n\r\nThey ended on Tuesday.\n');
  assert.equal(text, 'The talks resumed on Monday.\n\nThey ended on Tuesday.');
});

test('typographic quotes stay, control characters and soft hyphens go', () => {
  const { text } = cleanText('“We agreed,” the minister\u0007 said. It was a his\u00adtoric day.');
  assert.equal(text, '“We agreed,” the minister said. It was a historic day.');
});

test('share widgets and other boilerplate lines are dropped', () => {
  const raw = [
    'The ministers met in Geneva.',
    '',
    'Share this:',
    'Click to share on Twitter (Opens in new window)',
    'Like this:',
    'Like Loading...',
    '',
    'Related',
    '',
    'Leave a Reply',
    'Advertisement',
    'Subscribe to our newsletter',
    'We use cookies to improve your experience.',
    'Read more: Ministers meet again',
    '',
    '%d bloggers like this:',
  ].join('\n');
  assert.equal(cleanText(raw).text, 'The ministers met in Geneva.');
});

test('a sentence that merely contains a boilerplate word is kept', () => {
  const raw = 'Related talks will follow, the ministry said.\n\nShe asked readers to share this story widely, because it matters to every family in the region.';
  assert.equal(cleanText(raw).text, raw);
});

test('a short name alone between paragraphs is kept and recorded as a caption', () => {
  const { text, captions } = cleanText('The envoy arrived on Monday.\n\nEmily Landau\n\n“It is serious,” said Emily Landau.');
  assert.equal(captions.length, 1);
  assert.equal(text.slice(captions[0]!.start, captions[0]!.end), 'Emily Landau');
  assert.equal(text, 'The envoy arrived on Monday.\n\nEmily Landau\n\n“It is serious,” said Emily Landau.');
});

test('names with an initial are captions; sentences and a closing name are not', () => {
  const { text, captions } = cleanText('One.\n\nJohn F. Kennedy\n\nTwo.\n\nThe Talks Ended.\n\nThree.\n\nMatthew Bunn');
  assert.deepEqual(captions.map((c) => text.slice(c.start, c.end)), ['John F. Kennedy']);
});

test('text that is only boilerplate cleans to nothing', () => {
  assert.deepEqual(cleanText('Share this:\n\nLike this:\n\n%d bloggers like this:'), { text: '', captions: [] });
});
