import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { DocumentJSON, EventRecord } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';

// Two hand-coded articles: a North Korea–Iran visit and a US sanction on Iran.
const visitText = 'Kim Yong Nam met Iranian President Hassan Rouhani in Tehran on Thursday.';
const sanctionText = 'The United States imposed new sanctions on Iran on Monday. Tehran denounced the move.';

const event = (e: Partial<EventRecord> & Pick<EventRecord, 'id' | 'type' | 'quad' | 'goldstein' | 'actors' | 'recipients' | 'date' | 'evidence'>): EventRecord => ({
  contexts: [], cameo: '000', modality: 'asserted', trigger: e.evidence, confidence: 0.9, ...e,
});

const visit: DocumentJSON = {
  id: 'visit', title: 'North Korean leader visits Tehran', published: '2017-08-04', text: visitText,
  sentences: [], entities: [], quotes: [],
  actors: [
    { id: 'a1', name: 'Kim Yong Nam', kind: 'person', country: 'PRK', sector: 'LEG', mentions: [] },
    { id: 'a2', name: 'Hassan Rouhani', kind: 'person', country: 'IRN', sector: 'GOV', mentions: [] },
  ],
  events: [event({ id: 'v1', type: 'CONSULT', quad: 1, goldstein: 1.9, actors: ['a1'], recipients: ['a2'], date: '2017-08-03', evidence: { start: 0, end: 72 } })],
};

const sanction: DocumentJSON = {
  id: 'sanction', title: 'U.S. imposes sanctions on Iran', published: '2018-11-05', text: sanctionText,
  sentences: [], entities: [], quotes: [],
  actors: [
    { id: 'a1', name: 'United States', kind: 'country', country: 'USA', sector: 'GOV', mentions: [] },
    { id: 'a2', name: 'Iran', kind: 'country', country: 'IRN', sector: 'GOV', mentions: [] },
  ],
  events: [
    event({ id: 'v1', type: 'SANCTION', quad: 4, goldstein: -8, actors: ['a1'], recipients: ['a2'], date: '2018-11-05', evidence: { start: 0, end: 58 } }),
    event({ id: 'v2', type: 'ACCUSE', quad: 3, goldstein: -2, actors: ['a2'], recipients: ['a1'], date: '2018-11-05', modality: 'reported', evidence: { start: 59, end: 85 } }),
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'dyad-listings-'));
let store: Store;
before(async () => {
  store = await openStore(join(dir, 'listings.db'));
  await store.putDocuments([{ document: visit }, { document: sanction }]);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = (list: { articleId: string; event: { id: string } }[]) => list.map((l) => `${l.articleId}/${l.event.id}`);

test('events come newest first with their article, countries, actor names and evidence sentence', async () => {
  const all = await store.listEvents({});
  assert.deepEqual(ids(all), ['sanction/v1', 'sanction/v2', 'visit/v1']);
  const first = all[0];
  assert.equal(first.title, 'U.S. imposes sanctions on Iran');
  assert.equal(first.published, '2018-11-05');
  assert.deepEqual([first.sourceCountry, first.targetCountry], ['USA', 'IRN']);
  assert.deepEqual([first.actorNames, first.recipientNames], [['United States'], ['Iran']]);
  assert.equal(first.evidenceText, 'The United States imposed new sanctions on Iran on Monday.');
  assert.deepEqual(first.event, sanction.events[0]);
});

test('a dyad takes both directions; country, type, modality and dates narrow the list', async () => {
  assert.deepEqual(ids(await store.listEvents({ dyad: ['IRN', 'USA'] })), ['sanction/v1', 'sanction/v2']);
  assert.deepEqual(ids(await store.listEvents({ country: 'PRK' })), ['visit/v1']);
  assert.deepEqual(ids(await store.listEvents({ types: ['CONSULT', 'ACCUSE'] })), ['sanction/v2', 'visit/v1']);
  assert.deepEqual(ids(await store.listEvents({ modalities: ['reported'] })), ['sanction/v2']);
  assert.deepEqual(ids(await store.listEvents({ since: '2017-01-01', until: '2017-12-31' })), ['visit/v1']);
  assert.deepEqual(ids(await store.listEvents({}, { limit: 1, offset: 1 })), ['sanction/v2']);
});

test('actors are listed by the number of articles they appear in, filtered by name or country', async () => {
  const iran = await store.listActors({ country: 'IRN' });
  assert.deepEqual(iran, [
    { name: 'Hassan Rouhani', kind: 'person', country: 'IRN', sector: 'GOV', articles: 1 },
    { name: 'Iran', kind: 'country', country: 'IRN', sector: 'GOV', articles: 1 },
  ]);
  assert.deepEqual((await store.listActors({ q: 'kim' })).map((a) => a.name), ['Kim Yong Nam']);
});

test('actor links count events from first actor to first recipient by QuadClass', async () => {
  assert.deepEqual(await store.actorLinks({ country: 'IRN', since: '2018-01-01' }, 10), [
    { source: { name: 'Iran', country: 'IRN' }, target: { name: 'United States', country: 'USA' }, quad: 3, events: 1, goldstein: -2 },
    { source: { name: 'United States', country: 'USA' }, target: { name: 'Iran', country: 'IRN' }, quad: 4, events: 1, goldstein: -8 },
  ]);
});
