import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capitalOf, isDemonym, lookupCountry } from '../../src/lexicon/countries.js';
import { isOrgHead } from '../../src/lexicon/organisations.js';
import { isPersonTitle } from '../../src/lexicon/titles.js';

test('country names, official names and short forms give ISO3 codes', () => {
  assert.equal(lookupCountry('North Korea'), 'PRK');
  assert.equal(lookupCountry("Democratic People's Republic of Korea"), 'PRK');
  assert.equal(lookupCountry('DPRK'), 'PRK');
  assert.equal(lookupCountry('United States'), 'USA');
  assert.equal(lookupCountry('U.S.'), 'USA');
  assert.equal(lookupCountry('Britain'), 'GBR');
  assert.equal(lookupCountry('iran'), 'IRN');
  assert.equal(lookupCountry('Atlantis'), null);
});

test('demonyms, singular and plural, point to their country', () => {
  assert.equal(lookupCountry('Iranian'), 'IRN');
  assert.equal(lookupCountry('North Koreans'), 'PRK');
  assert.equal(lookupCountry('Israeli'), 'ISR');
  assert.equal(isDemonym('Iranians'), true);
  assert.equal(isDemonym('Iran'), false);
  assert.equal(isDemonym('minister'), false);
});

test('demonyms the package writes otherwise: Central Asian short forms, two forms in one string', () => {
  assert.equal(lookupCountry('Kazakhs'), 'KAZ');
  assert.equal(lookupCountry('Kazakhstani'), 'KAZ');
  assert.equal(lookupCountry('Uzbek'), 'UZB');
  assert.equal(lookupCountry('Tajiks'), 'TJK');
  assert.equal(lookupCountry('Kyrgyz'), 'KGZ');
  assert.equal(lookupCountry('Bosnians'), 'BIH');
  assert.equal(lookupCountry('Herzegovinian'), 'BIH');
});

test('capitals are kept apart from names', () => {
  assert.equal(capitalOf('Pyongyang'), 'PRK');
  assert.equal(capitalOf('Tehran'), 'IRN');
  assert.equal(lookupCountry('Pyongyang'), null);
});

test('title and organisation head words', () => {
  assert.equal(isPersonTitle('President'), true);
  assert.equal(isPersonTitle('Dr.'), true);
  assert.equal(isPersonTitle('Mr'), true);
  assert.equal(isPersonTitle('visited'), false);
  assert.equal(isOrgHead('University'), true);
  assert.equal(isOrgHead('Corp.'), true);
  assert.equal(isOrgHead('Korea'), false);
});

test('the Palestinian territories by name', () => {
  assert.equal(lookupCountry('West Bank'), 'PSE');
  assert.equal(lookupCountry('Gaza Strip'), 'PSE');
});

test('short forms news writes for a country', () => {
  assert.equal(lookupCountry('Bosnia'), 'BIH');
  assert.equal(lookupCountry('PRC'), 'CHN');
  assert.equal(lookupCountry('UK'), 'GBR');
  assert.equal(lookupCountry('Serbs'), 'SRB');
  assert.equal(lookupCountry('Croat'), 'HRV');
});
