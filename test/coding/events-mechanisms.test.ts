import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/model/index.js';
import { codedDoc, eventLines, type FixtureActor } from './events-fixture.js';

// Sentences of our own for the argument, clause and modality mechanisms; each name is a mention of its actor.
const ACTORS: FixtureActor[] = [
  { id: 'RUS', kind: 'country', country: 'RUS', names: ['Russia', 'Russian'] },
  { id: 'UKR', kind: 'country', country: 'UKR', names: ['Ukraine', 'Ukrainian'] },
  { id: 'IRN', kind: 'country', country: 'IRN', names: ['Iran', 'Iranian'] },
  { id: 'JPN', kind: 'country', country: 'JPN', names: ['Japan', 'Japanese'] },
  { id: 'CHN', kind: 'country', country: 'CHN', names: ['China', 'Chinese'] },
  { id: 'EGY', kind: 'country', country: 'EGY', names: ['Egypt', 'Egyptian', 'Cairo'] },
  { id: 'ISR', kind: 'country', country: 'ISR', names: ['Israel', 'Israeli'] },
  { id: 'PSE', kind: 'country', country: 'PSE', names: ['Palestinians', 'Palestinian'] },
  { id: 'NGA', kind: 'country', country: 'NGA', names: ['Nigeria'] },
  { id: 'TCD', kind: 'country', country: 'TCD', names: ['Chad'] },
  { id: 'SRB', kind: 'country', country: 'SRB', names: ['Serbia'] },
  { id: 'MNE', kind: 'country', country: 'MNE', names: ['Montenegro'] },
  { id: 'FRA', kind: 'country', country: 'FRA', names: ['French'] },
];

const code = (text: string, quotes: Quote[] = []) => eventLines(codedDoc(text, ACTORS, '2020-03-10', undefined, quotes));

test('an unnamed group acted on is the actor\'s own country, or the place named', () => {
  assert.deepEqual(code('Egyptian police arrested 12 demonstrators on Monday.'), ['COERCE 173 EGY>EGY asserted 2020-03-09']);
  assert.deepEqual(code('Serbia lifted the night curfew in Montenegro on Sunday.'), ['CONCEDE 081 SRB>MNE asserted 2020-03-08']);
  assert.deepEqual(code('Thousands of Iranian workers protested on Monday.'), ['PROTEST 140 IRN>IRN asserted 2020-03-09']);
});

test('an intent takes the objects of the act it announces; "of" keeps its head noun\'s role', () => {
  assert.deepEqual(code('Iran threatened on Monday to cut off electricity to Ukraine.'), ['THREATEN 130 IRN>UKR asserted 2020-03-09']);
  assert.deepEqual(code('Russia held talks with leaders of Ukraine on Monday.'), ['CONSULT 046 RUS>UKR asserted 2020-03-09']);
});

test('a participle after a noun does not end the walk to the subject; coordinated verbs share it', () => {
  assert.deepEqual(code('Russian aircraft including attack helicopters killed 12 Ukrainian civilians.'), ['ASSAULT 1823 RUS>UKR asserted 2020-03-10']);
  // The bomber is unknown: "soldiers" is the object of "killed", not the subject of "wounded".
  assert.deepEqual(code('A roadside bomb killed two Egyptian soldiers and wounded three others.'), ['ASSAULT 1823 >EGY asserted 2020-03-10']);
});

test('"by X" after an object noun names who is acted on; after a passive, who acts', () => {
  assert.deepEqual(code('Japan rejected a proposal by China for joint patrols.'), ['REJECT 120 JPN>CHN asserted 2020-03-10']);
  assert.deepEqual(code('Ukraine was attacked by Russia on Monday.'), ['ASSAULT 190 RUS>UKR asserted 2020-03-09']);
  // "is refusing" is progressive, not passive.
  assert.deepEqual(code('Israel is refusing to lift the curfew on Palestinians.'), ['REJECT 124 ISR>PSE asserted 2020-03-10']);
});

test('coordination reaches across determiners and titles', () => {
  assert.deepEqual(code('Israel and the Palestinians signed a deal on Monday.'), ['SUPPORT 057 ISR+PSE> asserted 2020-03-09']);
});

test('refusals, conditions and reported futures', () => {
  assert.deepEqual(code('Israel will not meet Egypt before the vote.'), ['REJECT 125 ISR>EGY asserted 2020-03-10']);
  assert.deepEqual(code('Nigeria announced that it will withdraw its troops from Chad unless the talks resume.'), ['THREATEN 130 NGA>TCD asserted 2020-03-10']);
  assert.deepEqual(code('Russia threatened to halt the talks if Japan deploys new missiles.'), ['THREATEN 1312 RUS>JPN asserted 2020-03-10']);
  assert.deepEqual(code('Iran would meet Japan if the talks were held in Geneva.'), ['AGREE 036 IRN>JPN asserted 2020-03-10']);
  assert.deepEqual(code('Japan said it would send aid to Ukraine.'), ['AID 070 JPN>UKR future 2020-03-10']);
});

test('an obligation in reported speech is a demand by the speaker on the subject', () => {
  const text = 'China said on Monday that Japan must withdraw its ships.';
  const start = text.indexOf('that');
  const quote: Quote = {
    id: 'q1', kind: 'indirect', content: { start, end: text.length - 1 }, text: text.slice(start, -1),
    speaker: 'CHN', speakerText: 'China', cue: { start: 6, end: 10 }, cueText: 'said',
  };
  assert.deepEqual(code(text, [quote]), ['REQUEST 1056 CHN>JPN reported 2020-03-10']);
  // Without anyone saying it, an obligation is no event.
  assert.deepEqual(code(text), []);
});

test('a date in another clause does not date the event', () => {
  assert.deepEqual(code('Iran expelled Japanese diplomats after Japan accused it on Friday of spying.'), [
    'SANCTION 166 IRN>JPN asserted 2020-03-10',
    'ACCUSE 112 JPN>IRN asserted 2020-03-06',
  ]);
});

test('idioms from the trigger table', () => {
  assert.deepEqual(code('French and Egyptian warships began war games on Monday.'), ['COOPERATE 062 FRA+EGY> asserted 2020-03-09']);
});
