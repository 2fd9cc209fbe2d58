import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { TagSet } from '../../src/nlp/tagger/decode.js';
import { type FeatureSequence, SequenceModel } from '../../src/nlp/tagger/model.js';
import { trainPerceptron } from '../../src/nlp/tagger/train.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-tagger-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A toy chunk tag set: I only continues a chunk, and a chunk may not end on its B.
const CHUNKS: TagSet = {
  names: ['O', 'B', 'I'],
  allowed: (prev, t) => t !== 2 || prev === 1 || prev === 2,
  canEnd: (t) => t !== 1,
};

/** One feature hash per token. */
const seq = (...hashes: number[]): FeatureSequence => ({
  offsets: Int32Array.from({ length: hashes.length + 1 }, (_, i) => i),
  hashes: Int32Array.from(hashes),
});

/** A model over 16 buckets with the given (bucket, tag, weight) entries and no transition weights. */
function model(weights: [number, number, number][]): SequenceModel {
  const dense = new Float32Array(16 * 3);
  for (const [b, t, w] of weights) dense[b * 3 + t] = w;
  return SequenceModel.fromDense(CHUNKS, 4, dense, new Float32Array(4 * 3));
}

test('decoding keeps to the allowed transitions and endings', () => {
  const m = model([[1, 1, 2], [2, 2, 1], [3, 2, 5]]);
  assert.deepEqual([...m.decode(seq(1, 2))], [1, 2]);
  // B is the best tag of a lone token, but a sequence may not end on it.
  assert.deepEqual([...m.decode(seq(1))], [0]);
  // I scores highest at the start, where it may not stand.
  assert.deepEqual([...m.decode(seq(3, 0))], [0, 0]);
  assert.deepEqual([...m.decode(seq(1, 2), { forbidden: Uint8Array.of(0, 1, 0, 0, 0, 0) })], [0, 0]);
});

test('an extra feature per token adds its weights; -1 adds none', () => {
  // Bucket 15 is where -1 would fall if it were read as a hash.
  const m = model([[0, 0, 1], [1, 1, 2], [2, 2, 5], [15, 0, -9]]);
  assert.deepEqual([...m.decode(seq(0, 0))], [0, 0]);
  assert.deepEqual([...m.decode(seq(0, 0), { extra: Int32Array.of(1, 2) })], [1, 2]);
  assert.deepEqual([...m.decode(seq(0, 0), { extra: Int32Array.of(-1, -1) })], [0, 0]);
});

test('the perceptron learns chunks from examples and the saved model decodes the same', () => {
  // Hash 5 opens a chunk, hash 6 continues it, hash 7 is outside.
  const examples = [
    { seq: seq(7, 5, 6, 7), gold: Uint8Array.of(0, 1, 2, 0) },
    { seq: seq(5, 6, 6), gold: Uint8Array.of(1, 2, 2) },
    { seq: seq(7, 7), gold: Uint8Array.of(0, 0) },
  ];
  const m = trainPerceptron(examples.map((e) => [e]), { tags: CHUNKS, bits: 8, epochs: 3, seed: 1 });
  assert.deepEqual([...m.decode(seq(5, 6, 7, 5, 6))], [1, 2, 0, 1, 2]);
  m.meta = { note: 'toy' };
  const path = join(dir, 'toy.bin');
  m.save(path);
  const loaded = SequenceModel.load(path, CHUNKS);
  assert.deepEqual(loaded.meta, { note: 'toy' });
  assert.deepEqual(loaded.decode(seq(5, 6, 7, 5, 6)), m.decode(seq(5, 6, 7, 5, 6)));
  assert.throws(() => SequenceModel.load(path, { ...CHUNKS, names: ['O', 'X', 'Y'] }), /trained with other tags/);
});
