import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedDoc, eventLines, type FixtureActor } from './events-fixture.js';

// Countries and people the sentences below speak of; each name is a mention of its actor.
const ACTORS: FixtureActor[] = [
  { id: 'USA', kind: 'country', country: 'USA', names: ['United States', 'Washington', 'U.S.', 'American'] },
  { id: 'IRN', kind: 'country', country: 'IRN', names: ['Iran', 'Iranian', 'Tehran'] },
  { id: 'PRK', kind: 'country', country: 'PRK', names: ['North Korea', 'Pyongyang', 'North Korean'] },
  { id: 'RUS', kind: 'country', country: 'RUS', names: ['Russia', 'Russian', 'Moscow'] },
  { id: 'UKR', kind: 'country', country: 'UKR', names: ['Ukraine', 'Ukrainian', 'Kyiv'] },
  { id: 'ISR', kind: 'country', country: 'ISR', names: ['Israel', 'Israeli'] },
  { id: 'EGY', kind: 'country', country: 'EGY', names: ['Egypt', 'Egyptian', 'Cairo'] },
  { id: 'CHN', kind: 'country', country: 'CHN', names: ['China', 'Chinese', 'Beijing'] },
  { id: 'JPN', kind: 'country', country: 'JPN', names: ['Japan', 'Japanese'] },
  { id: 'blinken', kind: 'person', country: 'USA', names: ['Antony Blinken', 'Blinken'] },
  { id: 'lavrov', kind: 'person', country: 'RUS', names: ['Sergei Lavrov', 'Lavrov'] },
  { id: 'police', kind: 'group', country: 'EGY', sector: 'COP', names: ['Egyptian police'] },
  { id: 'students', kind: 'group', country: 'EGY', sector: 'EDU', names: ['students'] },
];

const code = (text: string, published = '2020-03-10') => eventLines(codedDoc(text, ACTORS, published));

test('each PLOVER type from a news sentence, with code, actor and recipient', () => {
  const cases: [string, string][] = [
    ['Iran agreed to meet North Korea next month.', 'AGREE 036 IRN>PRK'],
    ['Antony Blinken met Sergei Lavrov in Geneva on Monday.', 'CONSULT 040 blinken>lavrov'],
    ['Japan praised China for its response.', 'SUPPORT 051 JPN>CHN'],
    ['Israel signed an agreement with Egypt on Monday.', 'SUPPORT 057 ISR>EGY'],
    ['China and Russia will cooperate on energy, officials said.', 'COOPERATE 060 CHN+RUS>'],
    ['Japan sent humanitarian aid to Ukraine on Monday.', 'AID 073 JPN>UKR'],
    ['Russia withdrew troops from Ukraine on Monday.', 'RETREAT 0872 RUS>UKR'],
    ['Iran released two Japanese sailors on Monday.', 'RETREAT 0841 IRN>JPN'],
    ['The United States urged China to release the activists.', 'REQUEST 1053 USA>CHN'],
    ['Russia accused Ukraine of shelling the plant.', 'ACCUSE 112 RUS>UKR'],
    ['Egypt condemned the Israeli raid.', 'ACCUSE 111 EGY>ISR'],
    ['North Korea rejected the Japanese proposal on Monday.', 'REJECT 120 PRK>JPN'],
    ['North Korea threatened to attack Japan.', 'THREATEN 138 PRK>JPN'],
    ['Egyptian students protested against Israel in Cairo.', 'PROTEST 140 students>ISR'],
    ['China deployed warships near Japan on Monday.', 'MOBILIZE 154 CHN>JPN'],
    ['The United States imposed new sanctions on Iran on Monday.', 'SANCTION 163 USA>IRN'],
    ['Russia cut diplomatic ties with Ukraine.', 'SANCTION 161 RUS>UKR'],
    ['Egyptian police arrested 40 students in Cairo.', 'COERCE 173 police>students'],
    ['Russia attacked Ukraine on Monday.', 'ASSAULT 190 RUS>UKR'],
    ['Israeli airstrikes hit Egypt overnight.', 'ASSAULT 195 ISR>EGY'],
  ];
  for (const [text, expected] of cases) {
    const lines = code(text);
    assert.ok(lines.some((l) => l.startsWith(expected + ' ')), `${text}\n  expected ${expected}\n  got ${lines.join(' | ')}`);
  }
});

test('passive voice and "by" put the doer first', () => {
  assert.deepEqual(code('Iran was sanctioned by the United States on Monday.'), ['SANCTION 163 USA>IRN asserted 2020-03-09']);
});

test('a nominal event takes its actor from "from" and its recipients from a participle, coordinated', () => {
  const lines = code('With the latest sanctions from the United States impacting both Iran and North Korea, trade fell.');
  assert.deepEqual(lines, ['SANCTION 163 USA>IRN+PRK asserted 2020-03-10']);
});

test('a possessive names the visitor and "to" the host; the clause gives the date', () => {
  const lines = code("It was odd that North Korea's top official began a visit to Iran on Thursday.", '2017-08-04');
  assert.deepEqual(lines, ['CONSULT 042 PRK>IRN asserted 2017-08-03']);
});

test('modality from cue words', () => {
  const cases: [string, string][] = [
    ['Russia did not attack Ukraine on Monday.', 'negated'],
    ['Russia denied attacking Ukraine.', 'negated'],
    ['Blinken will visit China next week.', 'future'],
    ['Blinken plans to visit China.', 'future'],
    ['Russia could attack Ukraine.', 'hedged'],
    ['Russia reportedly attacked Ukraine on Monday.', 'hedged'],
    ['Russia allegedly attacked Ukraine on Monday.', 'hedged'],
    ['China and Russia have been very cooperative with each other on energy.', 'historical'],
    ['In the past, Russia attacked Ukraine.', 'historical'],
    ['Russia attacked Ukraine in 1994.', 'historical'],
    ['According to Iranian media, Russia attacked Ukraine on Monday.', 'reported'],
    ['Russia attacked Ukraine on Monday.', 'asserted'],
  ];
  for (const [text, modality] of cases) {
    const lines = code(text);
    assert.equal(lines.length, 1, `${text}: ${lines.join(' | ')}`);
    assert.equal(lines[0].split(' ')[3], modality, text);
  }
});

test('an act told inside reported speech is reported', () => {
  const text = 'A spokesman said Russia attacked Ukraine on Monday.';
  const content = { start: text.indexOf('Russia'), end: text.length - 1 };
  const quote = {
    id: 'q1', kind: 'indirect' as const, content, text: text.slice(content.start, content.end),
    speaker: null, speakerText: 'A spokesman', cue: { start: 12, end: 16 }, cueText: 'said',
  };
  const doc = codedDoc(text, ACTORS, '2020-03-10', undefined, [quote]);
  assert.deepEqual(eventLines(doc), ['ASSAULT 190 RUS>UKR reported 2020-03-09']);
});

test('a perception inside a quote is not a threat', () => {
  const text = '"Both Iran and North Korea feel a serious threat from the United States," said a professor.';
  assert.deepEqual(code(text), []);
});

test('an event noun that is the topic of another verb is not an act', () => {
  assert.deepEqual(code('North Korea is looking for ways to counter sanctions.'), []);
});

test('the same event told twice is one event; a headline copy is merged into the body', () => {
  const doc = codedDoc(
    'Blinken Visits China\n\nAntony Blinken visited China on Monday. Blinken visited China to mend ties.',
    ACTORS, '2020-03-10', 'Blinken Visits China',
  );
  assert.equal(doc.events.length, 1);
  assert.equal(doc.slice(doc.events[0].evidence), 'Antony Blinken visited China on Monday.');
});

test('events carry CAMEO code, quad class, Goldstein score and evidence', () => {
  const doc = codedDoc('Russia attacked Ukraine on Monday.', ACTORS);
  const [e] = doc.events;
  assert.deepEqual(
    { cameo: e.cameo, quad: e.quad, goldstein: e.goldstein, contexts: e.contexts, trigger: doc.slice(e.trigger), evidence: doc.slice(e.evidence) },
    { cameo: '190', quad: 4, goldstein: -10, contexts: ['military'], trigger: 'attacked', evidence: 'Russia attacked Ukraine on Monday.' },
  );
});

test('a place named after "in" is the location, with its country', () => {
  const doc = codedDoc('Antony Blinken arrived in Tehran on Monday.', ACTORS);
  assert.deepEqual(doc.events.map((e) => [e.type, e.mode, e.location]), [['CONSULT', 'visit', { country: 'IRN', name: 'Tehran' }]]);
});

test('a demand names who must act in its "that" clause; an intent folds the act it announces', () => {
  assert.deepEqual(code('The United States demanded that China release the activists.'), ['REQUEST 1053 USA>CHN asserted 2020-03-10']);
  assert.deepEqual(code('Russia refused to meet Ukraine.'), ['REJECT 125 RUS>UKR asserted 2020-03-10']);
  assert.deepEqual(code('Japan gave Ukraine 5 million dollars of aid on Monday.'), ['AID 070 JPN>UKR asserted 2020-03-09']);
});
