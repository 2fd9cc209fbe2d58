import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  Deduper, fingerprint, NEAR_DUPLICATE_THRESHOLD, similarity, type CandidateSource, type NearCandidate,
} from '../../src/ingest/dedup.js';
import { otherStory, wireCopy, wireStory } from '../store/stories.js';

/** A store holding nothing: only the batch in memory is searched. */
const emptyStore: CandidateSource = {
  hasArticle: async () => false,
  nearCandidates: async (): Promise<NearCandidate[]> => [],
};

test('a wire copy under another headline and dateline, one sentence changed, stays above the threshold', () => {
  const s = similarity(fingerprint(wireStory.text)!.minhash, fingerprint(wireCopy.text)!.minhash);
  assert.ok(s >= NEAR_DUPLICATE_THRESHOLD, `similarity ${s}`);
});

test('a different story on the same topic is far below the threshold', () => {
  const s = similarity(fingerprint(wireStory.text)!.minhash, fingerprint(otherStory.text)!.minhash);
  assert.ok(s < 0.2, `similarity ${s}`);
});

test('case, spacing and punctuation do not change the fingerprint', () => {
  const a = fingerprint('The talks ended without a joint statement, diplomats said.')!;
  const b = fingerprint('the talks   ended without a joint statement diplomats said')!;
  assert.deepEqual(a, b);
});

test('a text without words has no fingerprint', () => {
  assert.equal(fingerprint(' … — '), undefined);
});

test('the deduper finds copies earlier in the same batch', async () => {
  const deduper = new Deduper(emptyStore);
  const first = await deduper.check({ id: 'a', ...wireStory });
  assert.equal(first.kind, 'new');
  deduper.remember('a', first.kind === 'new' ? first.fingerprint : undefined);

  assert.deepEqual(await deduper.check({ id: 'a', ...wireStory }), { kind: 'exact' });
  const copy = await deduper.check({ id: 'b', ...wireCopy });
  assert.equal(copy.kind, 'near');
  assert.equal(copy.kind === 'near' && copy.of, 'a');
  assert.equal((await deduper.check({ id: 'c', ...otherStory })).kind, 'new');

  deduper.committed();
  assert.equal((await deduper.check({ id: 'b', ...wireCopy })).kind, 'new', 'after commit only the store is asked');
});

test('a copy of a copy points at the first copy', async () => {
  const stored: NearCandidate = { id: 'b', duplicateOf: 'a', minhash: fingerprint(wireCopy.text)!.minhash };
  const deduper = new Deduper({ hasArticle: async () => false, nearCandidates: async () => [stored] });
  const verdict = await deduper.check({ id: 'c', text: wireCopy.text.replace('Tuesday', 'Wednesday') });
  assert.equal(verdict.kind === 'near' && verdict.of, 'a');
});
