import type { Actor, DocumentJSON, EventRecord } from '../../src/model/index.js';

// Articles we write ourselves, coded as the pipeline would code them: a North Korean visit to
// Iran, American sanctions on both, and the spans that explain each event.

const actor = (id: string, name: string, country: string | null, sector: string | null, kind: Actor['kind'] = 'country'): Actor =>
  ({ id, name, kind, country, sector, mentions: [] });

/** An event whose evidence is the sentence of `text` containing `words`. */
export function event(
  text: string, id: string, words: string, fields: Partial<EventRecord> & Pick<EventRecord, 'type' | 'cameo' | 'quad' | 'goldstein' | 'actors' | 'recipients'>,
): EventRecord {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`fixture: "${words}" is not in the text`);
  const start = text.lastIndexOf('. ', at) + (text.lastIndexOf('. ', at) < 0 ? 1 : 2);
  const stop = text.indexOf('.', at + words.length);
  return {
    id, contexts: [], date: null, modality: 'asserted', confidence: 0.9,
    trigger: { start: at, end: at + words.length }, evidence: { start, end: stop < 0 ? text.length : stop + 1 }, ...fields,
  };
}

const visitText = 'North Korea\'s nominal head of state Kim Yong Nam arrived in Tehran on Thursday for a ten-day visit. '
  + 'The United States imposed new sanctions on Iran the same day. Washington may also sanction North Korea, officials said.';

export const visit: DocumentJSON = {
  id: 'fixture-visit', url: 'https://example.org/visit', title: 'Kim Yong Nam visits Tehran', published: '2017-08-04', source: 'Example Wire',
  text: visitText, sentences: [], entities: [], quotes: [],
  actors: [
    actor('a1', 'Kim Yong Nam', 'PRK', 'LEG', 'person'), actor('a2', 'Iran', 'IRN', null), actor('a3', 'United States', 'USA', 'GOV'),
    actor('a4', 'North Korea', 'PRK', null),
  ],
  events: [
    event(visitText, 'v1', 'arrived in Tehran', { type: 'CONSULT', mode: 'visit', cameo: '042', quad: 1, goldstein: 1.9, actors: ['a1'], recipients: ['a2'], date: '2017-08-03', location: { country: 'IRN', name: 'Tehran' } }),
    event(visitText, 'v2', 'imposed new sanctions', { type: 'SANCTION', cameo: '163', quad: 4, goldstein: -8, contexts: ['economic'], actors: ['a3'], recipients: ['a2'], date: '2017-08-03' }),
    event(visitText, 'v3', 'may also sanction', { type: 'SANCTION', cameo: '163', quad: 4, goldstein: -8, contexts: ['economic'], actors: ['a3'], recipients: ['a4'], date: '2017-08-04', modality: 'hedged' }),
  ],
};

const drillText = 'North Korean and Iranian officers held joint missile drills near Bandar Abbas on Monday. '
  + 'Iran will host a North Korean naval delegation next year.';

export const drill: DocumentJSON = {
  id: 'fixture-drill', title: 'Joint drills', published: '2017-08-15', source: 'Example Wire',
  text: drillText, sentences: [], entities: [], quotes: [],
  actors: [actor('a1', 'North Korean officers', 'PRK', 'MIL', 'group'), actor('a2', 'Iranian officers', 'IRN', 'MIL', 'group'), actor('a3', 'Iran', 'IRN', null)],
  events: [
    event(drillText, 'v1', 'held joint missile drills', { type: 'COOPERATE', cameo: '062', quad: 2, goldstein: 7.4, contexts: ['military'], actors: ['a1'], recipients: ['a2'], date: '2017-08-14' }),
    event(drillText, 'v2', 'will host', { type: 'CONSULT', mode: 'host', cameo: '043', quad: 1, goldstein: 2.8, actors: ['a3'], recipients: ['a1'], date: null, modality: 'future' }),
  ],
};
