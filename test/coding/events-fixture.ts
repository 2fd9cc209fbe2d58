import { Doc } from '../../src/doc.js';
import type { Actor, ActorKind, Quote } from '../../src/model/index.js';
import { eventStage } from '../../src/coding/events.js';
import { dateStage } from '../../src/nlp/dates.js';
import { sentenceStage } from '../../src/nlp/sentences.js';

/** An actor for a hand-built document: every occurrence of one of its names is a mention. */
export interface FixtureActor {
  id: string;
  kind: ActorKind;
  country: string | null;
  sector?: string;
  names: string[];
}

/**
 * A document with sentences and dates from the real stages, actors (and quotes, if given) laid by
 * hand, so event tests state exactly which actor each name stands for; then the event stage.
 */
export function codedDoc(text: string, actors: FixtureActor[], published = '2020-03-10', title?: string, quotes: Quote[] = []): Doc {
  const doc = new Doc({ id: 't', text, published, ...(title && { title }) });
  for (const stage of [sentenceStage(), dateStage()]) stage.run(doc);
  doc.quotes = quotes;
  doc.actors = actors.map((a): Actor => {
    const mentions = [];
    for (const name of a.names) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) mentions.push({ start: m.index!, end: m.index! + name.length });
    }
    mentions.sort((x, y) => x.start - y.start);
    return { id: a.id, name: a.names[0], kind: a.kind, country: a.country, sector: a.sector ?? null, mentions };
  });
  eventStage().run(doc);
  return doc;
}

/** The events of a document as compact lines: TYPE cameo actors>recipients modality date. */
export function eventLines(doc: Doc): string[] {
  return doc.events.map((e) => `${e.type} ${e.cameo} ${e.actors.join('+')}>${e.recipients.join('+')} ${e.modality} ${e.date}`);
}
