import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId } from '../../src/ingest/identity.js';

test('the same story in another case, spacing or Unicode form gets the same id', () => {
  const id = articleId('Kim Yong Nam arrived in Tehran on Thursday.');
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.equal(articleId('  KIM YONG NAM arrived in\n\nTehran   on Thursday.'), id);
  // NFKC: the ligature "ﬁ" and the full-width digits are their plain forms
  assert.equal(articleId('ﬁve ministers met on ２ May'), articleId('five ministers met on 2 May'));
});

test('a different story gets a different id', () => {
  assert.notEqual(articleId('Kim Yong Nam arrived in Tehran.'), articleId('Kim Yong Nam left Tehran.'));
});

test('the id is the first 16 hex digits of sha256 of the normalised text', () => {
  assert.equal(articleId('hello world'), 'b94d27b9934d3e08');
});
