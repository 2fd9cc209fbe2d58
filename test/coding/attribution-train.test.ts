import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateGold, trainAttributionModel } from '../../src/coding/attribution-train.js';
import { findQuotes } from '../../src/coding/quotes.js';
import type { BratDocument } from '../../src/eval/brat.js';
import { defaultStages } from '../../src/pipeline.js';

const stages = defaultStages();
const beforeQuotes = stages.slice(0, stages.findIndex((s) => s.name === 'quotes'));

/** A one-sentence gold document: the source, cue and content given as substrings. */
function gold(name: string, text: string, source: string, cue: string, content: string): BratDocument {
  const span = (s: string) => [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }];
  return { name, text, attributions: [{ id: 'E1', source: span(source), cue: span(cue), content: span(content) }] };
}

const speakers = ['Landau', 'Bunn', 'Rouhani', 'Merkel', 'Putin', 'Macron', 'Erdogan', 'Modi', 'Abe', 'Trudeau'];
const claims = ['the talks had failed', 'the deal was dead', 'the border would stay closed', 'the sanctions were working', 'the visit was a success'];

test('the tagger trains on gold documents and tags a sentence it has not seen', () => {
  const docs = speakers.flatMap((who, i) => [
    gold(`s${i}`, `${who} said ${claims[i % claims.length]}.`, who, 'said', claims[i % claims.length]),
    gold(`w${i}`, `${who} warned that ${claims[(i + 2) % claims.length]}.`, who, 'warned', `that ${claims[(i + 2) % claims.length]}`),
  ]);
  const all = annotateGold(docs, beforeQuotes);
  const heldOut = all.filter((_, i) => i % 5 === 4);
  const model = trainAttributionModel(all.filter((_, i) => i % 5 !== 4), heldOut, { epochs: 4, bits: 14, prune: 0 });
  assert.deepEqual(model.meta.cueAnchors, ['said', 'warned']);
  const [d] = annotateGold([{ name: 'new', text: 'Zelensky said the ceasefire had collapsed.', attributions: [] }], beforeQuotes);
  const [q] = findQuotes(d.doc, model);
  assert.deepEqual({ speaker: q.speakerText, cue: q.cueText, content: q.text }, { speaker: 'Zelensky', cue: 'said', content: 'the ceasefire had collapsed' });
});
