import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chineseNameCountry } from '../../src/lexicon/chinese-names.js';
import { resolveActor } from '../../src/coding/resolve-actor.js';

test('a Pinyin given name written as one word after a mainland surname is mainland Chinese', () => {
  assert.equal(chineseNameCountry('He Zhihua'), 'CHN');
  assert.equal(chineseNameCountry('Zhao Lijian'), 'CHN');
  assert.equal(chineseNameCountry('Wang Yi'), 'CHN');
});

test('a hyphenated Wade-Giles given name after a Taiwanese surname is Taiwanese; a Korean surname is not', () => {
  assert.equal(chineseNameCountry('Tseng Ho-Jen'), 'TWN');
  assert.equal(chineseNameCountry('Hsieh Chang-ting'), 'TWN');
  assert.equal(chineseNameCountry('Moon Jae-in'), null);
  assert.equal(chineseNameCountry('Lee Teng-hui'), null);
});

test('names that are not romanised Chinese say nothing', () => {
  assert.equal(chineseNameCountry('Bobi Wine'), null);
  assert.equal(chineseNameCountry('Li Xiaoming Smith'), null);
  assert.equal(chineseNameCountry('Ma Rainey'), null);
  assert.equal(chineseNameCountry('Zhang'), null);
});

test('the actor resolver guesses from the romanisation only when the text says nothing', () => {
  const guessed = resolveActor('He Zhihua', { date: '2022-01-01', person: true });
  assert.deepEqual([guessed.country, guessed.countryGuessed], ['CHN', true]);
  assert.equal(resolveActor('Singaporean banker Tan Wei', { date: '2022-01-01' }).country, 'SGP');
});
