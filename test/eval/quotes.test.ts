import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/cli/command.js';
import { parseAnn, readBratAnnotations, readBratDir } from '../../src/eval/brat.js';
import { annotatorAgreement, evaluateDocuments, quotesAsAttributions, scoreAttributions } from '../../src/eval/quotes.js';
import type { Quote } from '../../src/model/index.js';

const FIXTURE = 'test/fixtures/brat';

test('reads brat attributions: discontinuous spans, multi-line span texts, annotator-suffixed files', () => {
  const [doc, ...rest] = readBratDir(FIXTURE);
  assert.equal(rest.length, 0);
  assert.equal(doc.name, 'geneva-talks');
  assert.equal(doc.attributions.length, 3);
  const [split, officials, agency] = doc.attributions;
  const texts = (spans: { start: number; end: number }[] | null) => spans?.map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(texts(split.content), ['"We will not sign this deal,"', '"unless the sanctions end."']);
  assert.deepEqual(texts(split.source), ['the minister']);
  assert.deepEqual(texts(officials.cue), ['said']);
  assert.deepEqual(texts(agency.source), ['the state news agency']);
});

test('a malformed span line is reported with its file and line', () => {
  assert.throws(() => parseAnn('T1\tSource twelve 20\tX\n', 'a.ann'), (e: unknown) =>
    e instanceof UserError && e.message === 'a.ann:1: expected "Type start end[;start end…]"');
  assert.throws(() => parseAnn('E1\tSource:T9\n', 'b.ann'), (e: unknown) =>
    e instanceof UserError && e.message === 'b.ann:1: Source refers to unknown span T9');
});

test('a folder without annotations is a user error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-brat-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'a.txt'), 'Nothing here.');
  assert.throws(() => readBratDir(dir), (e: unknown) => e instanceof UserError && e.message.endsWith('no .txt file with a matching .ann annotation'));
});

test('quotes sharing a cue and speaker are one attribution with several content fragments', () => {
  const base = { kind: 'direct' as const, speaker: null, speakerText: 'she', cueText: 'said', text: '' };
  const quotes: Quote[] = [
    { ...base, id: 'q1', content: { start: 0, end: 10 }, speakerSpan: { start: 12, end: 15 }, cue: { start: 16, end: 20 } },
    { ...base, id: 'q2', content: { start: 22, end: 40 }, speakerSpan: { start: 12, end: 15 }, cue: { start: 16, end: 20 } },
    { ...base, id: 'q3', content: { start: 50, end: 60 }, speakerSpan: undefined, speakerText: null, cue: null, cueText: null },
  ];
  assert.deepEqual(quotesAsAttributions(quotes), [
    { id: 'q1', source: [{ start: 12, end: 15 }], cue: [{ start: 16, end: 20 }], content: [{ start: 0, end: 10 }, { start: 22, end: 40 }] },
    { id: 'q3', source: null, cue: null, content: [{ start: 50, end: 60 }] },
  ]);
});

test('exact match ignores edge punctuation; overlap needs one shared letter; matching is one-to-one', () => {
  const text = 'The talks have failed, officials said.';
  const gold = [{ id: 'E1', source: [{ start: 23, end: 32 }], cue: [{ start: 33, end: 37 }], content: [{ start: 0, end: 21 }] }];
  const predicted = [
    // content with its comma: still exact
    { id: 'q1', source: [{ start: 23, end: 32 }], cue: [{ start: 33, end: 38 }], content: [{ start: 0, end: 22 }] },
    // a second prediction overlapping the same gold spans counts once
    { id: 'q2', source: [{ start: 23, end: 28 }], cue: null, content: [{ start: 4, end: 9 }] },
  ];
  const s = scoreAttributions([{ text, gold, predicted }]);
  assert.deepEqual(s.source.exact, { precision: 0.5, recall: 1, f1: 2 / 3 });
  assert.deepEqual(s.source.overlap, { precision: 0.5, recall: 1, f1: 2 / 3 });
  assert.deepEqual(s.cue.exact, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(s.content.exact, { precision: 0.5, recall: 1, f1: 2 / 3 });
  assert.equal(s.content.gold, 1);
  assert.equal(s.content.predicted, 2);
  assert.equal(s.n, 1);
});

test('overlap matching pairs as many spans as it can: a long source does not take the gold span a shorter one needs', () => {
  const text = 'Officials and the minister said the talks failed.';
  const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const content = [span('the talks failed')];
  const gold = [
    { id: 'E1', source: [span('Officials')], cue: [span('said')], content },
    { id: 'E2', source: [span('the minister')], cue: [span('said')], content },
  ];
  const predicted = [
    // shares most with "the minister" but also overlaps "Officials", the only gold span the second can take
    { id: 'q1', source: [span('Officials and the minister')], cue: [span('said')], content },
    { id: 'q2', source: [span('minister')], cue: null, content },
  ];
  assert.deepEqual(scoreAttributions([{ text, gold, predicted }]).source.overlap, { precision: 1, recall: 1, f1: 1 });
});

test('source recall is also given by the class of the gold cue: speech apart from beliefs, stances and the rest', () => {
  const text = 'Officials said the talks failed. Voters have faith in him. Analysts believe it.';
  const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const gold = [
    { id: 'E1', source: [span('Officials')], cue: [span('said')], content: [span('the talks failed')] },
    { id: 'E2', source: [span('Voters')], cue: [span('have faith in')], content: [span('him')] },
    { id: 'E3', source: [span('Analysts')], cue: [span('believe')], content: [span('it')] },
  ];
  const predicted = [{ id: 'q1', source: [span('Officials')], cue: [span('said')], content: [span('the talks failed')] }];
  assert.deepEqual(scoreAttributions([{ text, gold, predicted }]).sourceByCueClass, {
    speech: { gold: 1, found: 1, recall: 1 },
    belief: { gold: 1, found: 0, recall: 0 },
    stance: { gold: 0, found: 0, recall: 0 },
    other: { gold: 1, found: 0, recall: 0 },
  });
});

test('dyad finds every attribution of the fixture', async () => {
  const s = await evaluateDocuments(readBratDir(FIXTURE));
  for (const role of ['source', 'cue', 'content'] as const) {
    assert.deepEqual(s[role].overlap, { precision: 1, recall: 1, f1: 1 }, role);
    assert.deepEqual(s[role].exact, { precision: 1, recall: 1, f1: 1 }, role);
  }
});

test('annotator agreement scores each annotator of a text against the others, both ways', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-brat-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  const text = 'Officials said the talks failed. The minister denied it.';
  writeFileSync(join(dir, 'text', 'talks.txt'), text);
  // Annotator a marks both attributions; annotator b only the first.
  const first = 'T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 31\tthe talks failed\nE1\tCue:T2 Source:T1 Content:T3\n';
  const second = 'T4\tSource 33 45\tThe minister\nT5\tCue 46 52\tdenied\nT6\tContent 53 55\tit\nE2\tCue:T5 Source:T4 Content:T6\n';
  writeFileSync(join(dir, 'attributions', 'talks_a.ann'), first + second);
  writeFileSync(join(dir, 'attributions', 'talks_b.ann'), first);
  const texts = readBratAnnotations(dir);
  assert.deepEqual(texts.map((t) => [t.name, t.annotations.length]), [['talks', 2]]);
  assert.equal(readBratDir(dir)[0].attributions.length, 2, 'one annotation per text: the first file by name');
  const s = annotatorAgreement(texts);
  // a as gold: 1 of 2 found; b as gold: 1 of 1 found, 1 of 2 right.
  assert.deepEqual(s.source.overlap, { precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
  assert.equal(s.source.gold, 3);
  assert.equal(s.n, 1);
});

test('agreement needs a text annotated more than once', () => {
  assert.throws(() => annotatorAgreement(readBratAnnotations(FIXTURE)), (e: unknown) =>
    e instanceof UserError && e.message === 'eval quotes --agreement: no text has more than one annotation file');
});
