import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Pipeline, defaultStages } from '../../src/pipeline.js';
import { eventStage } from '../../src/coding/events.js';

const SEED = '../shared/seed/000_2a88d4aa877cd891.txt';
const skip = existsSync(SEED) ? false : `${SEED} absent (the founding article is read from ../shared)`;

test('the founding article: sanctions, the visit, suspected and past cooperation, the crackdown; no threat', { skip }, () => {
  const stages = defaultStages();
  if (!stages.some((s) => s.name === 'events')) stages.push(eventStage());
  const doc = new Pipeline(stages).process({
    id: 'seed', text: readFileSync(SEED, 'utf8'), published: '2017-08-04',
    title: 'North Korea Visit Signals Greater Military Ties to Iran',
  });
  const country = new Map(doc.actors.map((a) => [a.id, a.country]));
  const parties = (ids: string[]) => ids.map((id) => country.get(id)).sort().join('+');
  const events = doc.events.map((e) => ({ type: e.type, actors: parties(e.actors), recipients: parties(e.recipients), modality: e.modality, date: e.date, contexts: e.contexts }));

  assert.ok(events.some((e) => e.type === 'SANCTION' && e.actors === 'USA' && e.recipients === 'IRN+PRK'), JSON.stringify(events));
  assert.ok(events.some((e) => e.type === 'CONSULT' && e.actors === 'PRK' && e.recipients === 'IRN' && e.date === '2017-08-03'));
  const military = events.filter((e) => e.type === 'COOPERATE' && e.contexts.includes('military'));
  assert.ok(military.some((e) => e.modality === 'hedged' && `${e.actors}+${e.recipients}`.includes('IRN+PRK')));
  assert.ok(military.every((e) => e.modality !== 'asserted'));
  assert.ok(military.some((e) => e.modality === 'historical'));
  assert.ok(events.some((e) => e.type === 'COERCE' && e.actors === 'IRN' && e.contexts.includes('repression')));
  assert.ok(!events.some((e) => e.type === 'THREATEN'));
});
