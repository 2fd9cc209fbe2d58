import type { DocumentJSON } from '../../src/model/index.js';

// News-style stories written for these tests: one wire story, a second copy of it under another
// headline and dateline with one sentence changed, and a different story on the same topic.

const body = [
  'Foreign ministers from Germany, France and Britain met their Iranian counterpart in Geneva on Tuesday to discuss the future of the nuclear agreement signed in 2015.',
  'The talks lasted more than six hours and ended without a joint statement, according to diplomats who attended the meeting.',
  'Iranian Foreign Minister Javad Zarif told reporters that his government remained committed to the deal as long as the other parties honoured their promises.',
  'The European ministers urged Tehran to return to full compliance with the limits on uranium enrichment set out in the accord.',
  'Washington withdrew from the agreement last year and has since imposed sweeping sanctions on Iranian oil exports and banks.',
  'A senior European official said the ministers had proposed a new payment channel that would allow companies to keep trading with Iran without breaching American rules.',
  'Zarif described the proposal as a useful first step but said it fell far short of what Iran had been promised.',
  'Oil prices rose slightly after the meeting as traders weighed the chances of further supply disruptions in the Gulf.',
  'The International Atomic Energy Agency is expected to publish its next quarterly report on Iranian nuclear activity later this month.',
  'Diplomats said the ministers agreed to meet again in Vienna before the end of the year.',
  'Earlier in the day, hundreds of protesters gathered outside the United Nations building, some calling for tougher measures against Tehran and others demanding an end to sanctions.',
  'Swiss police closed several streets around the lakeside hotel where the delegations were staying.',
  'Russia and China, which also signed the 2015 accord, sent deputy ministers to a separate session in the afternoon and called on all sides to show restraint.',
  'The Chinese envoy said Beijing would continue to buy Iranian crude in line with its own laws.',
  'In Washington, a State Department spokeswoman said the United States would keep up its campaign of maximum pressure until Iran changed its behaviour in the region.',
  'Iranian state television showed Zarif leaving the meeting without speaking to the crowd of journalists waiting at the entrance.',
];

export const wireStory = {
  title: 'European ministers and Iran hold nuclear talks in Geneva',
  text: ['GENEVA (Reuters) -', ...body].join(' '),
};

/** The same wire story: another headline and dateline, and its sixth sentence reworded. */
export const wireCopy = {
  title: 'Iran nuclear deal: no breakthrough after six hours in Geneva',
  text: [
    'Geneva, Switzerland (AFP) --',
    ...body.slice(0, 5),
    'One European diplomat said a new way of paying for goods had been put forward so that firms could go on doing business with Iran despite US penalties.',
    ...body.slice(6),
  ].join(' '),
};

export const otherStory = {
  title: 'Iran warns it will exceed uranium limits',
  text: [
    'TEHRAN (Reuters) - Iran will exceed the limit on its stockpile of enriched uranium within ten days unless Europe acts to shield it from US sanctions, the head of its atomic energy organisation said on Monday.',
    'Behrouz Kamalvandi told a news conference at the Arak heavy water plant that the country had quadrupled its production of low-enriched uranium in recent weeks.',
    'He said Iran could also raise the level of enrichment to twenty percent, well above the ceiling agreed with world powers in 2015.',
    'The announcement came as the European Union prepared for talks on the nuclear agreement, which Washington abandoned last year.',
    'Israeli Prime Minister Benjamin Netanyahu said his country would not allow Iran to obtain nuclear weapons.',
    'A spokesman for the French foreign ministry called on Tehran to avoid any step that would make the situation worse.',
    'Analysts said the move was meant to put pressure on European governments, which have struggled to keep trade with Iran flowing.',
    'The rial fell to a record low against the dollar on the open market in Tehran after the news conference.',
  ].join(' '),
};

const visitText = 'Kim Yong Nam met Iranian President Hassan Rouhani in Tehran on Thursday. "We stand with Iran," Kim said.';

/** A document with every layer filled, as later stages will produce it. */
export const visit: DocumentJSON = {
  id: 'doc-kim-visit',
  url: 'https://example.org/kim-visit',
  title: 'North Korean leader visits Tehran',
  published: '2017-08-04',
  source: 'Example Wire',
  text: visitText,
  sentences: [{ start: 0, end: 72 }, { start: 73, end: 105 }],
  entities: [
    { id: 'e1', text: 'Kim Yong Nam', type: 'PER', start: 0, end: 12, cluster: 'c1' },
    { id: 'e2', text: 'Hassan Rouhani', type: 'PER', start: 35, end: 49 },
    { id: 'e3', text: 'Tehran', type: 'LOC', start: 53, end: 59 },
  ],
  actors: [
    { id: 'a1', name: 'Kim Yong Nam', kind: 'person', country: 'PRK', sector: 'LEG', title: 'chairman', mentions: [{ start: 0, end: 12 }, { start: 97, end: 100 }] },
    { id: 'a2', name: 'Hassan Rouhani', kind: 'person', country: 'IRN', sector: 'GOV', mentions: [{ start: 35, end: 49 }] },
    { id: 'a3', name: 'unnamed group', kind: 'group', country: null, sector: null, affiliation: 'a2', mentions: [] },
  ],
  events: [{
    id: 'v1', type: 'CONSULT', mode: 'visit', contexts: ['diplomatic'], cameo: '042', quad: 1, goldstein: 1.9,
    actors: ['a1'], recipients: ['a2'], date: '2017-08-03', location: { country: 'IRN', name: 'Tehran' },
    modality: 'asserted', trigger: { start: 13, end: 16 }, evidence: { start: 0, end: 72 }, confidence: 0.9,
  }, {
    id: 'v2', type: 'SUPPORT', contexts: [], cameo: '051', quad: 1, goldstein: 3.4,
    actors: ['a3', 'a1'], recipients: ['a2'], date: null, location: { country: null },
    modality: 'reported', trigger: { start: 77, end: 82 }, evidence: { start: 73, end: 105 }, confidence: 0.6,
  }],
  quotes: [
    {
      id: 'q1', kind: 'direct', content: { start: 74, end: 93 }, text: 'We stand with Iran,', speaker: 'a1', speakerText: 'Kim',
      speakerSpan: { start: 95, end: 98 }, cue: { start: 99, end: 103 }, cueText: 'said',
    },
    { id: 'q2', kind: 'indirect', content: { start: 0, end: 10 }, text: 'Kim Yong N', speaker: null, speakerText: null, cue: null, cueText: null },
  ],
  dates: [{ start: 63, end: 71, text: 'Thursday', value: '2017-08-03', precision: 'day' }],
  captions: [{ start: 0, end: 5 }],
};
