import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { documentFeatures, paragraphs } from '../../src/coding/attribution-features.js';
import { groupFragments } from '../../src/coding/attribution-group.js';
import { ATTRIBUTION_TAGS, type Role, spansFromTags, tagsFromSpans } from '../../src/coding/attribution-tags.js';
import { findQuotations } from '../../src/coding/quote-marks.js';
import { ruleFrames } from '../../src/coding/quote-rules.js';
import { Doc } from '../../src/doc.js';
import type { Span } from '../../src/model/index.js';
import { sentenceStage } from '../../src/nlp/sentences.js';
import { SequenceModel } from '../../src/nlp/tagger/model.js';
import { trainPerceptron } from '../../src/nlp/tagger/train.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-attribution-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function doc(text: string): Doc {
  const d = new Doc({ id: 't', text });
  sentenceStage().run(d);
  return d;
}

const at = (text: string, s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

test('brat spans become BIO tags over tokens, and tags give the fragments back', () => {
  const text = 'The minister said the talks had failed.';
  const d = doc(text);
  const tags = tagsFromSpans(d.tokens, [
    { role: 'source', span: at(text, 'The minister') },
    { role: 'cue', span: at(text, 'said') },
    { role: 'content', span: at(text, 'the talks had failed') },
  ]);
  assert.deepEqual([...tags].map((t) => ATTRIBUTION_TAGS.names[t]), [
    'B-source', 'I-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'O',
  ]);
  assert.deepEqual(spansFromTags(tags), [
    { role: 'source', from: 0, to: 1 }, { role: 'cue', from: 2, to: 2 }, { role: 'content', from: 3, to: 6 },
  ]);
  assert.equal(ATTRIBUTION_TAGS.allowed(0, 2), false, 'I-source cannot follow O');
});

test('fragments are grouped around their cue: a quote split by its cue is one attribution', () => {
  const text = '“The plan is dead,” she said, “and nobody will revive it.”';
  const d = doc(text);
  const tags = tagsFromSpans(d.tokens, [
    { role: 'content', span: at(text, '“The plan is dead,”') },
    { role: 'source', span: at(text, 'she') },
    { role: 'cue', span: at(text, 'said,') },
    { role: 'content', span: at(text, '“and nobody will revive it.”') },
  ]);
  const [a, ...rest] = groupFragments(d, 0, tags);
  assert.equal(rest.length, 0);
  assert.deepEqual(a.cue && d.slice(a.cue), 'said', 'the comma PolNeAR keeps in the cue is left out');
  assert.deepEqual(a.source && d.slice(a.source), 'she');
  assert.deepEqual(a.content.map((c) => d.slice(c)), ['“The plan is dead,”', '“and nobody will revive it.”']);
});

/** The attributions grouped from fragments given as [role, words] pairs: [source, cue, contents] each. */
function grouped(text: string, fragments: [Role, string][]): [string | null, string | null, string[]][] {
  const d = doc(text);
  const tags = tagsFromSpans(d.tokens, fragments.map(([role, words]) => ({ role, span: at(text, words) })));
  return groupFragments(d, 0, tags).map((a) => [a.source && d.slice(a.source), a.cue && d.slice(a.cue), a.content.map((c) => d.slice(c))]);
}

test('a cue whose content another cue took reports the rest of its sentence', () => {
  // The tagger read an attribution inside the statement and gave it the content; Ortiz's "said" had none.
  assert.deepEqual(grouped('The budget keeps taxes low and sends a clear signal that growth “comes first,” Ms. Ortiz said last week.', [
    ['source', 'The budget'], ['cue', 'sends a clear signal'], ['content', 'that growth “comes first,”'], ['source', 'Ms. Ortiz'], ['cue', 'said'],
  ]), [
    ['The budget', 'sends a clear signal', ['that growth “comes first,”']],
    // Only a time phrase follows "said": what she said is the sentence before her name.
    ['Ms. Ortiz', 'said', ['The budget keeps taxes low and sends a clear signal that growth “comes first,”']],
  ]);
  assert.deepEqual(grouped('Ms. Ortiz went on to praise the budget, which she says keeps taxes low.', [
    ['source', 'Ms. Ortiz'], ['cue', 'went on to praise'], ['source', 'she'], ['cue', 'says'], ['content', 'keeps taxes low'],
  ]), [
    ['Ms. Ortiz', 'went on to praise', ['the budget, which she says keeps taxes low']],
    ['she', 'says', ['keeps taxes low']],
  ]);
  // Who "told" speaks to is not what was told; a passive cue's subject is no speaker.
  assert.deepEqual(grouped('Ms. Ortiz told the BBC she would stay on.', [['source', 'Ms. Ortiz'], ['cue', 'told']]), [
    ['Ms. Ortiz', 'told', ['she would stay on']],
  ]);
  assert.deepEqual(grouped('Ms. Ortiz told the 12-member board and its chair that she would stay on.', [['source', 'Ms. Ortiz'], ['cue', 'told']]), [
    ['Ms. Ortiz', 'told', ['that she would stay on']],
  ]);
  assert.deepEqual(grouped('Militias backed by Tehran crossed the border.', [['source', 'Militias'], ['cue', 'backed']]), []);
});

test('features: one sequence per paragraph, a fixed number of hashed features per token', () => {
  const text = 'Landau said the deal was dead.\n\nBunn disagreed.';
  const d = doc(text);
  assert.deepEqual(paragraphs(d), [{ from: 0, to: 7 }, { from: 7, to: 10 }]);
  const [first, second] = documentFeatures(d, { quotations: findQuotations(text), rules: ruleFrames(d) });
  assert.equal(first.seq.offsets.length, 8);
  // "said" is a cue verb: it carries its lemma beyond the 48 features every token has.
  assert.equal(first.seq.offsets[2] - first.seq.offsets[1], 49);
  assert.equal(first.seq.offsets[1] - first.seq.offsets[0], 48);
  assert.equal(second.from, 7);
});

/** The features of token `i` of a one-paragraph text, as a set. */
function tokenFeatures(d: Doc, i: number, inputs: Partial<Parameters<typeof documentFeatures>[1]> = {}): Set<number> {
  const [p] = documentFeatures(d, { quotations: [], rules: [], ...inputs });
  return new Set(p.seq.hashes.subarray(p.seq.offsets[i], p.seq.offsets[i + 1]));
}

test('a word training cues often hold is a cue for the features of the words around it, unless it is an auxiliary', () => {
  const d = doc('Bunn was furious about the plan.');
  const plain = tokenFeatures(d, 0);
  // "furious" is in no verb table: only as a learned anchor does "Bunn" stand one word before a cue.
  assert.notDeepEqual(tokenFeatures(d, 0, { anchors: new Set(['furious']) }), plain);
  assert.deepEqual(tokenFeatures(d, 0, { anchors: new Set(['was']) }), plain);
});

test('the perceptron learns cue and content from a few sentences, and a saved model decodes the same', () => {
  const sentences = [
    ['Officials said the border was closed.', 'Officials', 'said', 'the border was closed'],
    ['Landau said the talks had failed.', 'Landau', 'said', 'the talks had failed'],
    ['The ministry said the deal was off.', 'The ministry', 'said', 'the deal was off'],
    ['Bunn said the sanctions would fail.', 'Bunn', 'said', 'the sanctions would fail'],
  ];
  const examples = sentences.map(([text, source, cue, content]) => {
    const d = doc(text);
    const [p] = documentFeatures(d, { quotations: [], rules: [] });
    const gold = tagsFromSpans(d.tokens, [
      { role: 'source', span: at(text, source) }, { role: 'cue', span: at(text, cue) }, { role: 'content', span: at(text, content) },
    ]);
    return { seq: p.seq, gold };
  });
  const model = trainPerceptron(examples.map((e) => [e]), { tags: ATTRIBUTION_TAGS, bits: 14, epochs: 5, seed: 11 });
  const text = 'Rouhani said the visit was historic.';
  const d = doc(text);
  const [p] = documentFeatures(d, { quotations: [], rules: [] });
  const tags = model.decode(p.seq);
  const [a] = groupFragments(d, 0, tags);
  assert.deepEqual({ source: a.source && d.slice(a.source), cue: a.cue && d.slice(a.cue), content: a.content.map((c) => d.slice(c)) },
    { source: 'Rouhani', cue: 'said', content: ['the visit was historic'] });
  const path = join(dir, 'toy.bin');
  model.save(path);
  assert.deepEqual(SequenceModel.load(path, ATTRIBUTION_TAGS).decode(p.seq), tags);
});
