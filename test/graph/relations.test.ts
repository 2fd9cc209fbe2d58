import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { periodEnd, periodStart } from '../../src/graph/days.js';
import { rebuildRelations } from '../../src/graph/rebuild.js';
import { relationDelta } from '../../src/graph/relations.js';
import { findSignals } from '../../src/graph/signals.js';
import { balance, timeline } from '../../src/graph/timeline.js';
import { openStore } from '../../src/store/index.js';
import { drill, event, visit } from './documents.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-graph-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a day of a dyad counts events by type and quad, weights hedged events half, and counts future ones apart', () => {
  const delta = relationDelta([visit, drill]);
  const usaPrk = delta.dyadDays.find((d) => d.source === 'USA' && d.target === 'PRK');
  assert.deepEqual({ ...usaPrk, types: usaPrk?.types.SANCTION }, {
    source: 'USA', target: 'PRK', day: '2017-08-04', coder: 'dyad', events: 1, weight: 0.5, goldstein: -4,
    q1: 0, q2: 0, q3: 0, q4: 0.5, types: 0.5, future: 0, negated: 0, historical: 0,
  });
  // The future visit has no date: it cannot be placed on a day at all.
  assert.equal(delta.dyadDays.filter((d) => d.source === 'IRN').length, 0);
  assert.deepEqual(
    delta.countryDays.filter((c) => c.day === '2017-08-04').map((c) => `${c.country} ${c.articles}`).sort(),
    ['IRN 1', 'PRK 1', 'USA 1'],
  );
  assert.deepEqual(
    delta.firsts.filter((f) => f.source === 'PRK').map((f) => `${f.key} ${f.day}`).sort(),
    ['CONSULT 2017-08-03', 'COOPERATE 2017-08-14', 'COOPERATE/military 2017-08-14'],
  );
  assert.deepEqual(delta.actorDays.map((a) => `${a.sourceActor} → ${a.targetActor}`).sort(),
    ['Kim Yong Nam → Iran', 'North Korean officers → Iranian officers', 'United States → Iran', 'United States → North Korea']);
});

test('after ingest, PRK–IRN leans to cooperation while USA–IRN and USA–PRK lean to conflict', async () => {
  const store = await openStore(join(dir, 'timeline.db'));
  try {
    await store.putDocuments([{ document: visit }, { document: drill }]);
    const prkIrn = await timeline(store, 'PRK', 'IRN', { by: 'month' });
    assert.deepEqual(prkIrn.map((p) => [p.period, p.events, p.goldstein, p.types]), [['2017-08', 2, 4.65, { CONSULT: 1, COOPERATE: 1 }]]);
    assert.ok(balance(prkIrn[0]) > 0);
    for (const [a, b] of [['USA', 'IRN'], ['USA', 'PRK']]) {
      const points = await timeline(store, a, b, { by: 'week' });
      assert.equal(points.length, 1, `${a}–${b}`);
      assert.equal(points[0].period, '2017-07-31');
      assert.ok(balance(points[0]) < 0, `${a}–${b} leans to conflict`);
    }
    // Reversed order reads the same pair; --directed keeps one direction.
    assert.equal((await timeline(store, 'IRN', 'PRK')).length, 2);
    assert.equal((await timeline(store, 'IRN', 'PRK', { directed: true })).length, 0);
  } finally {
    await store.close();
  }
});

test('a month of a pair counts coverage from all its days, also those before the pair\'s first event', async () => {
  const store = await openStore(join(dir, 'coverage.db'));
  try {
    // Two days before the visit, an article about American sanctions on Iran alone.
    const early = {
      ...visit, id: 'fixture-early', published: '2017-08-01',
      events: visit.events.filter((e) => e.id === 'v2').map((e) => ({ ...e, date: '2017-08-01' })),
    };
    await store.putDocuments([{ document: visit }, { document: drill }]);
    const [without] = await timeline(store, 'PRK', 'IRN', { by: 'month' });
    await store.putDocuments([{ document: early }]);
    const [month] = await timeline(store, 'PRK', 'IRN', { by: 'month' });
    assert.equal(month.events, without.events);
    assert.equal(month.coverage[1], without.coverage[1] + 1, 'the early article mentions Iran in the same month');
    // By day, the early day has no point: a timeline lists periods with events.
    const days = await timeline(store, 'PRK', 'IRN', { by: 'day' });
    assert.deepEqual(days.map((p) => p.period), ['2017-08-03', '2017-08-14']);
  } finally {
    await store.close();
  }
});

test('a period runs from its first to its last day: a week to its Sunday, a month to its last day', () => {
  assert.deepEqual([periodStart('2017-07-31', 'week'), periodEnd('2017-07-31', 'week')], ['2017-07-31', '2017-08-06']);
  assert.deepEqual([periodStart('2024-02', 'month'), periodEnd('2024-02', 'month')], ['2024-02-01', '2024-02-29']);
  assert.deepEqual(['2023-02', '2017-08', '2017-09', '2017-12'].map((m) => periodEnd(m, 'month')), ['2023-02-28', '2017-08-31', '2017-09-30', '2017-12-31']);
  assert.equal(periodEnd('2017-08-14', 'day'), '2017-08-14');
});

test('a pair\'s days sum by week and month in the store, and coverage by period over only the days asked for', async () => {
  const store = await openStore(join(dir, 'periods.db'));
  try {
    await store.putDocuments([{ document: visit }, { document: drill }]);
    // The visit (Thursday 3 August) and the drill (Monday 14 August): two weeks, one month.
    const weeks = await store.dyadPeriods({ dyad: ['IRN', 'PRK'], by: 'week' });
    assert.deepEqual(weeks.map((p) => [p.period, p.events, p.q1, p.q2, p.types.CONSULT, p.types.COOPERATE]), [
      ['2017-07-31', 1, 1, 0, 1, 0],
      ['2017-08-14', 1, 0, 1, 0, 1],
    ]);
    assert.deepEqual((await store.dyadPeriods({ dyad: ['IRN', 'PRK'], by: 'month' })).map((p) => [p.period, p.events]), [['2017-08', 2]]);
    assert.deepEqual(await store.dyadPeriods({ dyad: ['IRN', 'PRK'], directed: true, by: 'month' }), []);
    const coverage = (by: 'day' | 'month', since?: string) =>
      store.countryPeriods({ countries: ['PRK', 'IRN'], by, since, until: '2017-08-31' }).then((rows) => rows.map((c) => `${c.country} ${c.period} ${c.articles}`));
    assert.deepEqual(await coverage('month'), ['IRN 2017-08 2', 'PRK 2017-08 2']);
    // Coverage counts articles on the day they came out: the drill's report on the 15th.
    assert.deepEqual(await coverage('day', '2017-08-10'), ['IRN 2017-08-15 1', 'PRK 2017-08-15 1']);
  } finally {
    await store.close();
  }
});

test('a rebuild from events gives the same tables as ingest kept up to date', async () => {
  const store = await openStore(join(dir, 'rebuild.db'));
  try {
    await store.putDocuments([{ document: visit }, { document: drill }]);
    const before = await store.dyadDays({});
    const firsts = await store.dyadFirsts({});
    assert.deepEqual(await rebuildRelations(store).then((s) => [s.articles, s.events]), [2, 5]);
    assert.deepEqual(await store.dyadDays({}), before);
    assert.deepEqual(await store.dyadFirsts({}), firsts);
    // Storing the same article again adds nothing to the counts.
    await store.putDocuments([{ document: visit }]);
    assert.deepEqual(await store.dyadDays({}), before);
  } finally {
    await store.close();
  }
});

test('the detectors\' series holds each pair\'s days with weight, conflict as q3 + q4', async () => {
  const store = await openStore(join(dir, 'series.db'));
  const text = 'Iran did not expel the North Korean envoy on Tuesday.';
  const denial = {
    ...visit, id: 'fixture-denial', published: '2017-08-09', text, title: 'No expulsion',
    actors: [visit.actors[1], visit.actors[3]],
    events: [event(text, 'v1', 'did not expel', { type: 'REJECT', cameo: '1246', quad: 3, goldstein: -4, actors: ['a2'], recipients: ['a4'], date: '2017-08-08', modality: 'negated' })],
  };
  try {
    await store.putDocuments([{ document: visit }, { document: drill }, { document: denial }]);
    // The negated expulsion keeps an IRN→PRK row (counted apart) without weight: no point of the series.
    assert.deepEqual((await store.dyadDays({ dyad: ['IRN', 'PRK'], directed: true })).map((d) => [d.day, d.weight, d.negated]), [['2017-08-08', 0, 1]]);
    const series = await store.dyadSeries({ since: '2017-08-03', until: '2017-08-14' });
    assert.deepEqual(series, [
      { source: 'PRK', target: 'IRN', coder: 'dyad', days: ['2017-08-03', '2017-08-14'], weight: [1, 1], goldstein: [1.9, 7.4], conflict: [0, 0] },
      { source: 'USA', target: 'IRN', coder: 'dyad', days: ['2017-08-03'], weight: [1], goldstein: [-8], conflict: [1] },
      { source: 'USA', target: 'PRK', coder: 'dyad', days: ['2017-08-04'], weight: [0.5], goldstein: [-4], conflict: [0.5] },
    ]);
    // Only pairs active enough (any one condition, each over its own days), with all their days from `since`.
    const active = async (...a: { since: string; weight?: number; days?: number }[]) =>
      (await store.dyadSeries({ since: '2017-08-03', until: '2017-08-14', active: a })).map((p) => `${p.source}→${p.target} ${p.days.join(' ')}`);
    assert.deepEqual(await active({ since: '2017-08-10', weight: 1 }), ['PRK→IRN 2017-08-03 2017-08-14']);
    assert.deepEqual(await active({ since: '2017-08-01', weight: 1 }), ['PRK→IRN 2017-08-03 2017-08-14', 'USA→IRN 2017-08-03']);
    assert.deepEqual(await active({ since: '2017-08-01', days: 2 }), ['PRK→IRN 2017-08-03 2017-08-14']);
    assert.deepEqual(await active({ since: '2017-08-01', weight: 3, days: 3 }), []);
    assert.deepEqual(await active({ since: '2017-08-04', weight: 0.5 }, { since: '2017-08-01', days: 2 }), ['PRK→IRN 2017-08-03 2017-08-14', 'USA→PRK 2017-08-04']);
    assert.deepEqual(await active(), []);
    assert.deepEqual((await store.dyadSeries({ since: '2017-08-04', until: '2017-08-13', coder: 'dyad' })).map((p) => p.days), [['2017-08-04']]);
    assert.deepEqual(await store.dyadSeries({ since: '2017-08-04', until: '2017-08-13', coder: 'gdelt' }), []);
  } finally {
    await store.close();
  }
});

test('the first military cooperation between North Korea and Iran is a signal with its evidence', async () => {
  const store = await openStore(join(dir, 'first.db'));
  try {
    await store.putDocuments([{ document: visit }, { document: drill }]);
    const signals = await findSignals(store, { since: '2017-08-01', until: '2017-08-31', kinds: ['first'] });
    assert.deepEqual(signals.map((s) => [s.dyad.join('→'), s.day, s.explanation]), [
      ['PRK→IRN', '2017-08-14', 'PRK→IRN: first COOPERATE of any kind (military) in the record, after 1 earlier events since 2017-08-03'],
    ]);
    assert.deepEqual(signals[0].evidence.map((e) => [e.articleId, e.eventId, e.text]), [
      ['fixture-drill', 'v1', 'North Korean and Iranian officers held joint missile drills near Bandar Abbas on Monday.'],
    ]);
  } finally {
    await store.close();
  }
});
