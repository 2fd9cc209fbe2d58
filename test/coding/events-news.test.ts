import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedDoc, eventLines, type FixtureActor } from './events-fixture.js';
import { lemmaCandidates } from '../../src/coding/event-lemmas.js';
import type { Quote } from '../../src/model/index.js';

// How wire copy words events: the vocabulary and constructions beyond the plain "X verbed Y".
const ACTORS: FixtureActor[] = [
  { id: 'USA', kind: 'country', country: 'USA', names: ['United States', 'U.S.', 'American'] },
  { id: 'IRN', kind: 'country', country: 'IRN', names: ['Iran', 'Iranian', 'Tehran'] },
  { id: 'PRK', kind: 'country', country: 'PRK', names: ['North Korea', 'North Korean'] },
  { id: 'RUS', kind: 'country', country: 'RUS', names: ['Russia', 'Russian'] },
  { id: 'UKR', kind: 'country', country: 'UKR', names: ['Ukraine', 'Ukrainian', 'Kyiv'] },
  { id: 'ISR', kind: 'country', country: 'ISR', names: ['Israel', 'Israeli'] },
  { id: 'EGY', kind: 'country', country: 'EGY', names: ['Egypt', 'Egyptian', 'Cairo'] },
  { id: 'CHN', kind: 'country', country: 'CHN', names: ['China', 'Chinese'] },
  { id: 'JPN', kind: 'country', country: 'JPN', names: ['Japan', 'Japanese'] },
  { id: 'students', kind: 'group', country: 'EGY', sector: 'EDU', names: ['Egyptian students'] },
];

const code = (text: string) => eventLines(codedDoc(text, ACTORS, '2020-03-10'));

test('news vocabulary beyond the plain verbs: each sentence gives exactly its one event', () => {
  const cases: [string, string][] = [
    ['Hundreds of workers began a hunger strike in Cairo on Monday.', 'PROTEST 142 EGY>EGY asserted 2020-03-09'],
    ['Russia and Ukraine declared a cease-fire on Tuesday.', 'RETREAT 0871 RUS+UKR> asserted 2020-03-10'],
    ['Egypt summoned the Israeli ambassador on Monday.', 'ACCUSE 114 EGY>ISR asserted 2020-03-09'],
    ['China is opposed to the Japanese plan.', 'REJECT 120 CHN>JPN asserted 2020-03-10'],
    ['Iran is suing the United States over the seized tanker.', 'ACCUSE 115 IRN>USA asserted 2020-03-10'],
    ['Japan has been sharing expertise with Egypt.', 'COOPERATE 060 JPN>EGY asserted 2020-03-10'],
    ['The United States completed the withdrawal of its troops from Egypt.', 'RETREAT 087 USA>EGY asserted 2020-03-10'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(code(text), [expected], text);
});

test('an intent to harm is a threat; an intent carried by a light verb takes its noun', () => {
  assert.deepEqual(code('North Korea vowed to attack Japan.'), ['THREATEN 138 PRK>JPN asserted 2020-03-10']);
  assert.deepEqual(code('Japan is prepared to impose sanctions on North Korea.'), ['THREATEN 1312 JPN>PRK asserted 2020-03-10']);
});

test('participles and nouns that only describe something are not events', () => {
  // "occupied", "visiting" and "aid" modify the noun after them.
  assert.deepEqual(code('Chinese ships patrolled the occupied islands near Japan.'), ['MOBILIZE 153 CHN>JPN asserted 2020-03-10']);
  assert.deepEqual(code('The Egyptian visiting delegation met Israel on Monday.'), ['CONSULT 040 EGY>ISR asserted 2020-03-09']);
  assert.deepEqual(code('Aid workers left Ukraine on Monday.'), []);
  // A name inside an adjective of origin is no argument: the rockets are not Russia's to be found.
  assert.deepEqual(code('Israel reinforced its troops in Egypt following the discovery of Russian-made rockets.'), [
    'MOBILIZE 154 ISR>EGY asserted 2020-03-10',
  ]);
});

test('what an act is done for folds into it', () => {
  assert.deepEqual(code('Egyptian students demonstrated in Cairo to demand the release of the prisoners.'), [
    'PROTEST 141 students>EGY asserted 2020-03-10',
  ]);
  // The protest is against what its purpose names.
  assert.deepEqual(code('Egyptian students marched in Cairo to show their anger at Israel.'), ['PROTEST 141 students>ISR asserted 2020-03-10']);
});

test('what a demand or accusation is about is not an event of its own', () => {
  assert.deepEqual(code('Egypt demanded on Monday that Israel release the prisoners.'), ['REQUEST 1053 EGY>ISR asserted 2020-03-09']);
  assert.deepEqual(code('Russia accused Ukraine of violating the truce.'), ['ACCUSE 112 RUS>UKR asserted 2020-03-10']);
});

test('an unidentified attacker is coded as the country where it strikes; victims as the people hit', () => {
  assert.deepEqual(code('A car bomb exploded in a market in Cairo on Monday, killing six people.'), ['ASSAULT 1823 EGY>EGY asserted 2020-03-09']);
  assert.deepEqual(code('Israeli soldiers killed three people in a market in Cairo.'), ['ASSAULT 1823 ISR>EGY asserted 2020-03-10']);
  // The shelling and the killing it caused are one event against Ukraine, not also one against Russia.
  assert.deepEqual(code('Russian forces shelled Kyiv, killing 12 civilians.'), ['ASSAULT 1823 RUS>UKR asserted 2020-03-10']);
});

test('arguments of a complement: "to" before a hyphenated place, possessives give way to a named party', () => {
  assert.deepEqual(code('Japan promised to deliver food aid to war-torn Ukraine.'), ['AGREE 033 JPN>UKR asserted 2020-03-10']);
  assert.deepEqual(code('Russia is willing to withdraw its troops from Ukraine.'), ['AGREE 0356 RUS>UKR asserted 2020-03-10']);
  // "it" after a verb of saying is the sayer, even with a place before.
  assert.deepEqual(code('In a letter to Japan, Iran said it would release the sailors.'), ['RETREAT 0841 IRN> future 2020-03-10']);
});

test('short inflected verbs find their base form', () => {
  assert.ok(lemmaCandidates('suing').includes('sue'));
  assert.ok(lemmaCandidates('eyed').includes('eye'));
});

test('what a refusal is about, and the setting of the news, are not events of their own', () => {
  assert.deepEqual(code('Japan rejected a Chinese offer to host talks with Russia.'), ['REJECT 125 JPN>CHN asserted 2020-03-10']);
  assert.deepEqual(code('Russia withdrew its troops from Ukraine after two days of fighting.'), ['RETREAT 0872 RUS>UKR asserted 2020-03-10']);
  assert.deepEqual(code('Egypt lifted the curfew in Cairo, where six people were killed last week.'), ['CONCEDE 081 EGY> asserted 2020-03-10']);
  // What efforts are "to" do is sought, not done.
  assert.deepEqual(code('Japan halted aid to Egypt amid efforts to end the fighting.'), ['SANCTION 162 JPN>EGY asserted 2020-03-10']);
  assert.deepEqual(code('Egyptian students began a hunger strike in protest of the Israeli refusal to release prisoners.'), [
    'PROTEST 142 students>EGY asserted 2020-03-10',
  ]);
});

test('whom an act is against: the place arrested in, what a complaint is over, not a border', () => {
  assert.deepEqual(code('An American journalist was arrested in Cairo on Monday.'), ['COERCE 173 EGY>USA asserted 2020-03-09']);
  assert.deepEqual(code('Egypt complained to Japan over Israeli air raids.'), ['ACCUSE 114 EGY>ISR asserted 2020-03-10']);
  assert.deepEqual(code('Chinese troops clashed with Russian soldiers on the Japanese border.'), ['ASSAULT 190 CHN>RUS asserted 2020-03-10']);
  assert.deepEqual(code('The United States halted mediation among Israeli parties.'), ['SANCTION 164 USA>ISR asserted 2020-03-10']);
  assert.deepEqual(code('The Iranian Red Crescent (IRCS) sent aid to Japan.'), ['AID 070 IRN>JPN asserted 2020-03-10']);
});

test('a noun event takes the tense of its light verb', () => {
  assert.deepEqual(code('Japan will provide 500 tons of emergency food aid to Ukraine.'), ['AID 073 JPN>UKR future 2020-03-10']);
  assert.deepEqual(code('The United States announced Wednesday it would deny visas to Iranian officials.'), [
    'SANCTION 163 USA>IRN future 2020-03-04',
  ]);
});

test('trigger words in their everyday senses are no events', () => {
  for (const text of [
    'The company released its earnings on Monday.',
    'Egypt will occupy 300 square feet of office space in Cairo.',
    'China met its growth targets.',
  ]) assert.deepEqual(code(text), [], text);
  assert.deepEqual(code('Japan struck a deal with Egypt on Monday.'), ['SUPPORT 057 JPN>EGY asserted 2020-03-09']);
  // What a complaint is about, with the killing it caused, is the complaint's content.
  assert.deepEqual(code('Iran complained that Israeli planes attacked Egyptian villages, killing 90 people.'), [
    'ACCUSE 114 IRN>ISR asserted 2020-03-10',
  ]);
});

test('wire formulas that are no acts: declining to comment, forecasts with "should", calling elections', () => {
  for (const text of [
    'Japan declined to comment on the Chinese proposal.',
    'Japan refused to comment on the Chinese proposal.',
    'Egypt called elections for June.',
  ]) assert.deepEqual(code(text), [], text);
  assert.deepEqual(code('Japan declined to join the Chinese proposal.'), ['REJECT 120 JPN>CHN asserted 2020-03-10']);
  // Said by China, "should rise" is a forecast about Japan; "should withdraw" a demand on it.
  const said: [string, string[]][] = [
    ['China said that Japanese exports should rise in March.', []],
    ['China said that Japanese ships should withdraw at once.', ['REQUEST 1056 CHN>JPN reported 2020-03-10']],
  ];
  for (const [text, expected] of said) {
    const start = text.indexOf('that');
    const quote: Quote = {
      id: 'q1', kind: 'indirect', content: { start, end: text.length - 1 }, text: text.slice(start, -1),
      speaker: 'CHN', speakerText: 'China', cue: { start: 6, end: 10 }, cueText: 'said',
    };
    assert.deepEqual(eventLines(codedDoc(text, ACTORS, '2020-03-10', undefined, [quote])), expected, text);
  }
  // The second verb of "accused X of increasing … and called for" shares the first one's subject.
  assert.deepEqual(code('Russia accused Ukraine of increasing tensions and called for talks with Egypt.'), [
    'ACCUSE 112 RUS>UKR asserted 2020-03-10',
    'REQUEST 100 RUS>EGY asserted 2020-03-10',
  ]);
});

test('more of the wire vocabulary: tear gas, rockets, inking and pressing', () => {
  assert.deepEqual(code('Egyptian police fired tear gas at Egyptian students in Cairo.'), ['COERCE 175 EGY>students asserted 2020-03-10']);
  assert.deepEqual(code('Russia fired rockets at Kyiv on Monday.'), ['ASSAULT 195 RUS>UKR asserted 2020-03-09']);
  assert.deepEqual(code('Egypt and Israel inked a deal on Monday.'), ['SUPPORT 057 EGY+ISR> asserted 2020-03-09']);
  assert.deepEqual(code('The United States pressed China to release the activists.'), ['REQUEST 1053 USA>CHN asserted 2020-03-10']);
});

test('a mediation is between its recipients; a journey with no one to meet is no consultation', () => {
  assert.deepEqual(code('Egypt launched a mediation effort between Israel and Japan.'), ['CONSULT 045 EGY>ISR+JPN asserted 2020-03-10']);
  assert.deepEqual(code('Egypt travelled with two aides to attend the ceremony.'), []);
  // A noun's passive participle describes a state: only the rally is news.
  assert.deepEqual(code('Egyptian students rallied on Monday near land seized by Egypt.'), ['PROTEST 141 students>EGY asserted 2020-03-09']);
});

test('what a decision is "to" do is not done; coordination inside a demand stays in it; a second verb is its own event', () => {
  assert.deepEqual(code('Russia criticised the Japanese decision to withdraw troops from Ukraine.'), ['ACCUSE 111 RUS>JPN asserted 2020-03-10']);
  assert.deepEqual(code('Egypt demanded that Israel release the prisoners and lift the blockade.'), ['REQUEST 1053 EGY>ISR asserted 2020-03-10']);
  // An inflected verb after "and" is the main clause's again.
  assert.deepEqual(code('North Korea threatened to attack Japan and fired missiles into the sea.'), [
    'THREATEN 138 PRK>JPN asserted 2020-03-10',
    'ASSAULT 195 PRK> asserted 2020-03-10',
  ]);
  assert.deepEqual(code('Russia pledged aid to Ukraine but warned their recovery would be slow.'), [
    'AGREE 033 RUS>UKR asserted 2020-03-10',
    'THREATEN 130 RUS> asserted 2020-03-10',
  ]);
});
