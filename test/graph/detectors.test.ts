import assert from 'node:assert/strict';
import { test } from 'node:test';
import { burstAt, detect, negBinomialTail } from '../../src/graph/detectors.js';
import { evaluateDetectors, generateStream, random } from '../../src/graph/synthetic.js';

test('the negative-binomial tail matches a hand computation', () => {
  // r = 1, p = 0.5: geometric, P(X ≥ k) = 0.5^k.
  assert.ok(Math.abs(negBinomialTail(3, 1, 0.5) - 0.125) < 1e-9);
  assert.equal(negBinomialTail(0, 2, 0.3), 1);
});

const base = { days: 365, rate: 1.5, coveragePerEvent: 5, mean: 2, sd: 2.5, change: 200 } as const;

test('four times the usual volume for ten days is a burst within days; the same rise with four times the coverage is not', () => {
  const burst = detect(generateStream({ ...base, scenario: 'burst' }, random(7)), 100, 364, ['burst']);
  assert.equal(burst.length, 1);
  assert.ok(burst[0].day >= 200 && burst[0].day <= 205, `fired on day ${burst[0].day}`);
  assert.match(burst[0].explanation, /^\d+ events in 7 days against \d+\.\d expected from the 84 days before \(coverage-adjusted\)$/);
  const coverage = detect(generateStream({ ...base, scenario: 'coverage' }, random(7)), 100, 364, ['burst']);
  assert.deepEqual(coverage, []);
  assert.equal(burstAt(generateStream({ ...base, scenario: 'none' }, random(7)), 150), undefined);
});

test('a step from cooperation to conflict is one turn toward conflict, found quickly', () => {
  const turns = detect(generateStream({ ...base, scenario: 'turn' }, random(3)), 100, 364, ['turn']);
  assert.ok(turns.length >= 1);
  assert.equal(turns[0].direction, -1);
  assert.ok(turns[0].day >= 200 && turns[0].day <= 210, `fired on day ${turns[0].day}`);
  assert.match(turns[0].explanation, /^turned toward conflict: Goldstein mean -?\d+\.\d over \d+ events in 14 days against 2\.0 ± /);
});

test('on generated streams the detectors keep precision and recall above 0.8', () => {
  for (const f of evaluateDetectors(20, 11)) {
    assert.ok(f.recall >= 0.8, `${f.kind} recall ${f.recall}`);
    assert.ok(f.precision >= 0.8, `${f.kind} precision ${f.precision}`);
  }
});
