import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/nlp/wink.js';

const words = (text: string) => tokenize(text).tokens.map((t) => text.slice(t.start, t.end));

test('a possessive is its own token, before a comma too', () => {
  assert.deepEqual(words('including Britain’s, that'), ['including', 'Britain', '’s', ',', 'that']);
  assert.deepEqual(words("as Zarkovia's inaction"), ['as', 'Zarkovia', "'s", 'inaction']);
  assert.deepEqual(words('they don’t agree'), ['they', 'do', 'n’t', 'agree']);
});

test('tokens do not depend on what the process read before', () => {
  const text = 'He criticised what he saw as Vorlandia’s inaction in the region.';
  const before = tokenize(text).tokens;
  // wink learns "vorlandia’s" as one word when it sees it kept whole before a comma.
  tokenize('Several governments, including Vorlandia’s, said so.');
  assert.deepEqual(tokenize(text).tokens, before);
});

test("each token's word is exactly the text it covers: clitics, emoji sequences, foreign stops", () => {
  const text = 'They don’t agree 👍🏽 with Britain’s plan.外交部长表示。双方 “OK”';
  const { tokens } = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.word), tokens.map((t) => text.slice(t.start, t.end)));
  assert.deepEqual(tokens.map((t) => t.word).slice(0, 7), ['They', 'do', 'n’t', 'agree', '👍🏽', 'with', 'Britain']);
});

test('names with Turkish, Polish and Vietnamese letters stay whole words, as written', () => {
  const text = 'Recep Tayyip Erdoğan met Mevlüt Çavuşoğlu, Lech Wałęsa and Nguyễn Phú Trọng in Şanlıurfa.';
  const { tokens } = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.word), words(text));
  assert.deepEqual(words(text), ['Recep', 'Tayyip', 'Erdoğan', 'met', 'Mevlüt', 'Çavuşoğlu', ',', 'Lech', 'Wałęsa', 'and', 'Nguyễn', 'Phú', 'Trọng', 'in', 'Şanlıurfa', '.']);
  assert.equal(tokens[2].pos, 'PROPN');
});
