import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventErrors, formatError, scoreEvents } from '../../src/eval/events.js';
import type { PloverGold } from '../../src/eval/plover.js';

const gold = (id: string, type: PloverGold['type'], source: string[] | null, target: string[] | null, text: string): PloverGold => ({
  id, text, type, source, target,
});

// Three records of our own: one right, one with the wrong target, one missed.
const PAIRS = [
  { gold: gold('r1', 'SANCTION', ['USA'], ['IRN'], 'The United States imposed sanctions on Iran.'), predicted: [{ type: 'SANCTION' as const, source: ['USA'], target: ['IRN'] }] },
  { gold: gold('r2', 'CONCEDE', ['SRB'], ['MNE'], 'Serbia lifted a curfew in Montenegro.'), predicted: [{ type: 'CONCEDE' as const, source: ['SRB'], target: [] }] },
  { gold: gold('r3', 'CONSULT', ['FRA'], null, 'France held talks.'), predicted: [] },
];

test('scores: type found in two of three records, full match in one', () => {
  const s = scoreEvents(PAIRS);
  assert.equal(s.eventType.precision, 1);
  assert.equal(s.eventType.recall, 2 / 3);
  assert.equal(s.full.recall, 1 / 3);
  assert.equal(s.sourceAccuracy, 1);
  assert.equal(s.targetAccuracy, 1 / 2);
});

test('--show-errors lists the wrong parties and the miss, with gold against ours and the text', () => {
  const lines = eventErrors(PAIRS).map(formatError);
  assert.deepEqual(lines, [
    'parties r2\n  gold: CONCEDE SRB -> MNE\n  ours: CONCEDE SRB -> \n  text: Serbia lifted a curfew in Montenegro.',
    'missed  r3\n  gold: CONSULT FRA -> ?\n  ours: (none)\n  text: France held talks.',
  ]);
});
