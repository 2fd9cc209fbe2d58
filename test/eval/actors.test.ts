import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { resolveActor } from '../../src/coding/resolve-actor.js';
import { caseDate, readActorCases, scoreActors } from '../../src/eval/actors.js';

const LINES = [
  '{"actor": "Iranian President Hassan Rouhani", "context": "", "date": "2017-08-04", "country": "IRN", "sector": "GOV"}',
  '{"actor": "Pyongyang", "context": "", "date": "Today", "country": "PRK", "sector": null}',
  '{"actor": "Iceland", "context": "", "date": "", "country": "ISL", "sector": ""}',
  '{"actor": "a crowd", "context": "", "date": "", "country": "", "sector": "CVL"}',
  '{"actor": "Minister of Fisheries", "context": "", "date": "1 July 2021", "country": "NOR", "sector": "GOV"}',
].join('\n');

test('gold lines: "" country means none, null sector is not scored, "Today" is the present', () => {
  const cases = readActorCases(LINES, 'gold.jsonl');
  assert.deepEqual(cases.map((c) => [c.country, c.sector]), [['IRN', 'GOV'], ['PRK', null], ['ISL', ''], [null, 'CVL'], ['NOR', 'GOV']]);
  assert.equal(caseDate('Today'), undefined);
  assert.equal(caseDate('1 July 2021'), '2021-07-01');
});

test('scores: country over all cases, sector over cases with a gold sector, both', () => {
  const cases = readActorCases(LINES, 'gold.jsonl');
  const { scores, failures } = scoreActors(cases, (c) => resolveActor(c.actor, { context: c.context, date: caseDate(c.date) }));
  assert.deepEqual(scores, { countryAccuracy: 0.8, sectorAccuracy: 1, bothAccuracy: 0.8, n: 5, sectorN: 4 });
  assert.deepEqual(failures.map((f) => [f.actor, f.got.country, f.got.sector]), [['Minister of Fisheries', null, 'GOV']]);
});

const GOLD = new URL('../../../../shared/gold/ngec/actor_resolution_cases.jsonl', import.meta.url);

test('NGEC actor cases, bundled knowledge only', { skip: !existsSync(GOLD) && '../shared/gold/ngec is absent' }, () => {
  const cases = readActorCases(readFileSync(GOLD, 'utf8'), 'actor_resolution_cases.jsonl');
  const { scores } = scoreActors(cases, (c) => resolveActor(c.actor, { context: c.context, date: caseDate(c.date) }));
  assert.ok(scores.countryAccuracy >= 0.75, `country accuracy ${scores.countryAccuracy}`);
  assert.ok(scores.sectorAccuracy >= 0.8, `sector accuracy ${scores.sectorAccuracy}`);
});
