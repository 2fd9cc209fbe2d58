import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowed, bilouFromSpans, iobFromSpans, spansFromBilou, spansFromIob, TAG_NAMES } from '../../src/nlp/ner/tags.js';

// "EU rejects German call to boycott British lamb ." with two adjacent people in IOB1.
test('IOB1 and IOB2 give the same spans, conlleval style', () => {
  const iob1 = ['I-ORG', 'O', 'I-MISC', 'O', 'I-PER', 'I-PER', 'B-PER', 'O'];
  const iob2 = ['B-ORG', 'O', 'B-MISC', 'O', 'B-PER', 'I-PER', 'B-PER', 'O'];
  const spans = [
    { start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'MISC' },
    { start: 4, end: 6, type: 'PER' }, { start: 6, end: 7, type: 'PER' },
  ];
  assert.deepEqual(spansFromIob(iob1), spans);
  assert.deepEqual(spansFromIob(iob2), spans);
  assert.deepEqual(iobFromSpans(spansFromIob(iob1), 8), iob2);
});

test('an I- tag of another type starts a new entity', () => {
  assert.deepEqual(spansFromIob(['I-LOC', 'I-ORG', 'I-ORG']), [
    { start: 0, end: 1, type: 'LOC' }, { start: 1, end: 3, type: 'ORG' },
  ]);
});

test('BILOU round trip: John F. Kennedy School of Government', () => {
  const spans = [{ start: 0, end: 6, type: 'ORG' as const }, { start: 7, end: 8, type: 'LOC' as const }];
  const tags = bilouFromSpans(spans, 8);
  assert.deepEqual([...tags].map((t) => TAG_NAMES[t]), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'L-ORG', 'O', 'U-LOC']);
  assert.deepEqual(spansFromBilou(tags), spans);
});

test('decoding may not continue an entity that was never opened', () => {
  const id = (name: string): number => TAG_NAMES.indexOf(name);
  assert.equal(allowed(id('O'), id('I-PER')), false);
  assert.equal(allowed(id('B-PER'), id('L-ORG')), false);
  assert.equal(allowed(id('B-PER'), id('O')), false);
  assert.equal(allowed(id('B-PER'), id('L-PER')), true);
  assert.equal(allowed(-1, id('U-LOC')), true);
});
