import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Doc } from '../../src/doc.js';
import type { Article } from '../../src/model/index.js';
import { sentenceStage } from '../../src/nlp/sentences.js';

function run(text: string, extra: Partial<Article> = {}): Doc {
  const doc = new Doc({ id: 't', text, ...extra });
  sentenceStage().run(doc);
  return doc;
}

const sentences = (doc: Doc) => doc.sentences.map((s) => doc.slice(s));
const units = (doc: Doc) => doc.sentences.map((s) => [s.kind ?? 'text', doc.slice(s)]);
const tokens = (doc: Doc) => doc.tokens.map((t) => doc.slice(t));

test('abbreviations, initials and decimals do not end sentences', () => {
  const doc = run(
    'North Korea’s “No. 2” official met Gen. Smith and Sen. Ann Lee in the U.S. on Jan. 5. ' +
      'Mr. Bunn teaches at the John F. Kennedy School. Dr. Landau spoke at St. Paul’s. Oil rose 3.5 percent.',
  );
  assert.deepEqual(sentences(doc), [
    'North Korea’s “No. 2” official met Gen. Smith and Sen. Ann Lee in the U.S. on Jan. 5.',
    'Mr. Bunn teaches at the John F. Kennedy School.',
    'Dr. Landau spoke at St. Paul’s.',
    'Oil rose 3.5 percent.',
  ]);
});

test('an abbreviation ends a sentence when a sentence opener follows it', () => {
  const doc = run('The talks were held in the U.S. The next round is in Geneva. The U.S. Senate voted. He said no. Then he left.');
  assert.deepEqual(sentences(doc), [
    'The talks were held in the U.S.',
    'The next round is in Geneva.',
    'The U.S. Senate voted.',
    'He said no.',
    'Then he left.',
  ]);
});

test('abbreviations wink does not know are read from the table', () => {
  const doc = run('Rep. Ann Lee of Calif. voted against it. Brig. Gen. Ali Sharif agreed.');
  assert.deepEqual(sentences(doc), ['Rep. Ann Lee of Calif. voted against it.', 'Brig. Gen. Ali Sharif agreed.']);
});

test('a quote that closes after the period stays with its sentence', () => {
  const doc = run(
    '“It makes strategic sense, especially for Iran now,” said Emily Landau. ' +
      'She added: "This is the end." Next week the talks resume. "Why?" he asked. \'Go now.\' They went.',
  );
  assert.deepEqual(sentences(doc), [
    '“It makes strategic sense, especially for Iran now,” said Emily Landau.',
    'She added: "This is the end."',
    'Next week the talks resume.',
    '"Why?" he asked.',
    "'Go now.'",
    'They went.',
  ]);
});

test('an ellipsis that opens a quotation does not end a sentence', () => {
  const doc = run('He said: "...That does not preclude a deal." The talks went on.');
  assert.deepEqual(sentences(doc), ['He said: "...That does not preclude a deal."', 'The talks went on.']);
});

test('blank lines end a sentence even without punctuation', () => {
  const doc = run('Emily Landau\n\nThe talks went on\n\n\nThey ended late.');
  assert.deepEqual(sentences(doc), ['Emily Landau', 'The talks went on', 'They ended late.']);
});

test('the title line is a headline unit and the dateline is its own unit', () => {
  const doc = run('Oil Prices Climb on Supply Fears\n\nLONDON, March 4 (Reuters) - Oil rose on Monday. Traders were cautious.');
  assert.deepEqual(units(doc), [
    ['headline', 'Oil Prices Climb on Supply Fears'],
    ['dateline', 'LONDON, March 4 (Reuters) -'],
    ['text', 'Oil rose on Monday.'],
    ['text', 'Traders were cautious.'],
  ]);
});

test('datelines in the AP style, and a known title that runs into the text', () => {
  const doc = run('Talks resume WASHINGTON — The U.S. said it would talk.', { title: 'Talks resume' });
  assert.deepEqual(units(doc), [
    ['headline', 'Talks resume'],
    ['dateline', 'WASHINGTON —'],
    ['text', 'The U.S. said it would talk.'],
  ]);
  const plain = run('BEIRUT, Lebanon (AP) — Protesters gathered.');
  assert.deepEqual(units(plain), [['dateline', 'BEIRUT, Lebanon (AP) —'], ['text', 'Protesters gathered.']]);
});

test('a capitalised word before a dash in prose is not a dateline', () => {
  const doc = run('NATO — the alliance — met on Monday.');
  assert.deepEqual(units(doc), [['text', 'NATO — the alliance — met on Monday.']]);
});

test('caption spans are their own sentences', () => {
  const text = 'The minister arrived. Emily Landau. Photo by Reuters The talks began on Monday.';
  const start = text.indexOf('Emily');
  const end = text.indexOf(' The talks');
  const doc = run(text, { captions: [{ start, end }] });
  assert.deepEqual(units(doc), [
    ['text', 'The minister arrived.'],
    ['caption', 'Emily Landau. Photo by Reuters'],
    ['text', 'The talks began on Monday.'],
  ]);
});

test('a closing sign-off is its own unit, after a sentence or on its own line; the same words in prose are not', () => {
  assert.deepEqual(units(run('Four fighters were buried. “Maybe more.” Additional reporting: Mohammed Rasool')), [
    ['text', 'Four fighters were buried.'],
    ['text', '“Maybe more.”'],
    ['credit', 'Additional reporting: Mohammed Rasool'],
  ]);
  assert.deepEqual(units(run('The talks failed.\n\n(Reporting by Jonathan Landay; Editing by Susan Heavey)')).at(-1), [
    'credit', '(Reporting by Jonathan Landay; Editing by Susan Heavey)',
  ]);
  assert.deepEqual(units(run('The paper praised the additional reporting by its staff.')), [
    ['text', 'The paper praised the additional reporting by its staff.'],
  ]);
});

test("an editor's note or a correction is its own unit to its paragraph's end; an update is story text", () => {
  const text = 'Trump spoke in Ohio.\nEditor’s note: Donald Trump regularly incites political violence. He has repeatedly pledged to ban all Muslims.\nCORRECTION: An earlier version misstated the date.\nUPDATE: The senator resigned on Tuesday.';
  assert.deepEqual(units(run(text)), [
    ['text', 'Trump spoke in Ohio.'],
    ['note', 'Editor’s note: Donald Trump regularly incites political violence.'],
    ['note', 'He has repeatedly pledged to ban all Muslims.'],
    ['note', 'CORRECTION: An earlier version misstated the date.'],
    ['text', 'UPDATE: The senator resigned on Tuesday.'],
  ]);
});

test('token offsets are exact for curly quotes, ellipses, emoji, CRLF and non-breaking spaces', () => {
  const text = '“Wait…” she said 😀.\r\nThe\u00a0U.S. isn’t done… It can’t stop.\r\n\r\nNext\u2009line 👍🏽 here.';
  const doc = run(text);
  assert.deepEqual(tokens(doc), [
    '“', 'Wait', '…', '”', 'she', 'said', '😀', '.',
    'The', 'U.S.', 'is', 'n’t', 'done', '…', 'It', 'ca', 'n’t', 'stop', '.',
    'Next', 'line', '👍🏽', 'here', '.',
  ]);
  // Between tokens there is only whitespace, so the tokens cover every character of the text.
  let at = 0;
  for (const t of doc.tokens) {
    assert.match(text.slice(at, t.start), /^\s*$/u);
    at = t.end;
  }
  assert.equal(at, text.length);
  assert.deepEqual(sentences(doc), ['“Wait…” she said 😀.', 'The\u00a0U.S. isn’t done…', 'It can’t stop.', 'Next\u2009line 👍🏽 here.']);
  assert.deepEqual(doc.notes, []);
});

test('tokens carry Universal POS tags and their sentence index', () => {
  const doc = run('The minister arrived. She spoke.');
  assert.deepEqual(
    doc.tokens.map((t) => [doc.slice(t), t.pos, t.sentence]),
    [
      ['The', 'DET', 0], ['minister', 'NOUN', 0], ['arrived', 'VERB', 0], ['.', 'PUNCT', 0],
      ['She', 'PRON', 1], ['spoke', 'VERB', 1], ['.', 'PUNCT', 1],
    ],
  );
});

test('bad input: empty text and whitespace give no sentences', () => {
  assert.deepEqual(run('').sentences, []);
  assert.deepEqual(run(' \n\n\t ').sentences, []);
});

test('bad input: text without sentence punctuation is one sentence', () => {
  const doc = run('talks between the two sides went on all night and nobody knew when they would end');
  assert.equal(doc.sentences.length, 1);
  assert.equal(doc.tokens.length, 16);
});

test('bad input: one 20,000-token sentence', () => {
  const text = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'and' : 'talks')).join(' ');
  const doc = run(text);
  assert.equal(doc.sentences.length, 1);
  assert.equal(doc.tokens.length, 20_000);
  assert.deepEqual(doc.sentences[0], { start: 0, end: text.length });
});

test('bad input: a table of numbers splits at its lines', () => {
  const doc = run('Shr 1.25 dlrs vs 1.10 dlrs\nNet 5.2 mln vs 4.1 mln\nRevs 80.3 mln vs 71.0 mln');
  assert.deepEqual(sentences(doc), ['Shr 1.25 dlrs vs 1.10 dlrs', 'Net 5.2 mln vs 4.1 mln', 'Revs 80.3 mln vs 71.0 mln']);
});

test('bad input: Cyrillic and Arabic script are split at their punctuation', () => {
  const ru = run('Переговоры продолжились в Москве. Министр заявил о прогрессе!');
  assert.deepEqual(sentences(ru), ['Переговоры продолжились в Москве.', 'Министр заявил о прогрессе!']);
  const ar = run('هل وصل الوزير إلى طهران؟ بدأت المحادثات يوم الخميس.');
  assert.deepEqual(sentences(ar), ['هل وصل الوزير إلى طهران؟', 'بدأت المحادثات يوم الخميس.']);
});

test('bad input: Chinese text without spaces is split at its full stops', () => {
  const doc = run('外交部长星期二表示会谈是有益的。双方将继续保持沟通！');
  assert.deepEqual(sentences(doc), ['外交部长星期二表示会谈是有益的。', '双方将继续保持沟通！']);
  assert.equal(doc.tokens.filter((t) => t.pos === 'PUNCT').length, 2);
});

const SEED = '../shared/seed/000_2a88d4aa877cd891.txt';

test('the seed article: headline unit, "No. 2" and "John F. Kennedy" inside their sentences', { skip: !existsSync(SEED) && `${SEED} not found` }, () => {
  const doc = run(readFileSync(SEED, 'utf8'));
  assert.deepEqual(units(doc)[0], ['headline', 'North Korea Visit Signals Greater Military Ties to Iran']);
  const all = sentences(doc);
  assert.ok(all.some((s) => s.includes('“No. 2” official began a 10-day visit to Iran on Thursday')));
  assert.ok(all.some((s) => s.endsWith('at Harvard University’s John F. Kennedy School of Government.')));
  assert.ok(all.includes('Emily Landau'));
  for (const t of doc.tokens) assert.equal(doc.slice(t).trim(), doc.slice(t));
});
