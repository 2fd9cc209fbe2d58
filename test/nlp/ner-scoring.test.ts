import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { emptyScoreboard, readConll, scores, tally } from '../../src/eval/conll.js';

const FILE = `-DOCSTART- -X- -X- O

Kim NNP B-NP I-PER
Yong NNP I-NP I-PER
Nam NNP I-NP I-PER
visited VBD B-VP O
Tehran NNP B-NP I-LOC
. . O O

-DOCSTART- -X- -X- O

IRNA NNP B-NP B-ORG
reported VBD B-VP O
`;

test('reads documents, sentences and gold spans from the last column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-conll-'));
  const path = join(dir, 'gold.txt');
  writeFileSync(path, FILE);
  const docs = readConll(path);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences[0].words, ['Kim', 'Yong', 'Nam', 'visited', 'Tehran', '.']);
  assert.deepEqual(docs[0].sentences[0].spans, [{ start: 0, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }]);
  assert.deepEqual(docs[1].sentences[0].spans, [{ start: 0, end: 1, type: 'ORG' }]);
});

test('a malformed line is reported with its file and line number', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-conll-'));
  const path = join(dir, 'bad.txt');
  writeFileSync(path, 'Kim NNP B-NP I-PERSON\n');
  assert.throws(() => readConll(path), { message: new RegExp(`^${path}:1: expected`) });
});

test('only exact spans count: a partial name is both a false positive and a miss', () => {
  const board = emptyScoreboard();
  tally(board, [{ start: 0, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }], [
    { start: 0, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'LOC' },
  ]);
  assert.deepEqual(scores(board.overall), { precision: 0.5, recall: 0.5, f1: 0.5 });
  assert.deepEqual(scores(board.byType.LOC), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(scores(board.byType.PER), { precision: 0, recall: 0, f1: 0 });
});
