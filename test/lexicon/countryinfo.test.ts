import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeDictionary, parseCountryInfo } from '../../src/lexicon/countryinfo.js';

// Our own snippet in the CountryInfo layout, with a stray NUL byte in a city name.
const SNIPPET = [
  '<!-- documentation',
  '<Country> inside the comment is not a country',
  '-->',
  '<Country>',
  '<CountryCode>ISL</CountryCode>',
  '<CountryName>ICELAND</CountryName>',
  '<ISO3166-alpha3>ISL</ISO3166-alpha3>',
  '<Nationality>',
  '\tICELANDER_',
  '\tICELANDIC_',
  '</Nationality>',
  '<Capital>',
  '\tREYKJAVIK_',
  '</Capital>',
  '<MajorCities>',
  '\tAKUREYRI_',
  '\tKOPA\u0000VOGUR_',
  '</MajorCities>',
  '<Leaders>',
  '\t<Presidents>',
  '\t\tOLAFUR_RAGNAR_GRIMSSON_\t\t[19960801 - 20160731]  [B:19430514]',
  '\t\t{GUDNI_JOHANNESSON_}{GUDNI_TH_JOHANNESSON_}\t[>20160801]',
  '\t</Presidents>',
  '</Leaders>',
  '<Government>',
  '\tBJARNI_BENEDIKTSSON_\t[ISLGOVBUS 20130523 - 20170111]\t# Minister of Finance',
  '\tNO_DATES_HERE_',
  '</Government>',
  '</Country>',
].join('\n');

test('CountryInfo: nationality forms, capital, cities, leaders GOV in office and ELI outside, dated office-holders', () => {
  const { entries } = parseCountryInfo(SNIPPET);
  const byKind = (kind: string) => entries.filter((e) => e.kind === kind).map((e) => e.keys.join('|'));
  assert.deepEqual(byKind('country'), ['iceland', 'icelander', 'icelandic']);
  assert.deepEqual(byKind('capital'), ['reykjavik']);
  assert.deepEqual(byKind('place'), ['akureyri']);
  const grimsson = entries.find((e) => e.keys.includes('olafur ragnar grimsson'))!;
  assert.deepEqual(grimsson.codes.map((c) => [c.sector, c.start, c.end]), [['GOV', '1996-08-01', '2016-07-31'], ['ELI', null, null]]);
  const gudni = entries.find((e) => e.keys.includes('gudni th johannesson'))!;
  assert.deepEqual(gudni.keys, ['gudni johannesson', 'gudni th johannesson']);
  const bjarni = entries.find((e) => e.keys.includes('bjarni benediktsson'))!;
  assert.deepEqual(bjarni.codes.map((c) => [c.country, c.sector, c.start]), [['ISL', 'GOV', '2013-05-23']]);
});

test('CountryInfo: a binary byte and a line without dates are reported, the rest is read', () => {
  const { problems } = parseCountryInfo(SNIPPET);
  assert.deepEqual(problems, [
    { line: 17, problem: 'control character in line' },
    { line: 27, problem: 'no date range in "NO_DATES_HERE_"' },
  ]);
});

test('a file that is not UTF-8 is read as Latin-1', () => {
  assert.equal(decodeDictionary(Uint8Array.from([0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e])), 'Réunion');
  assert.equal(decodeDictionary(new TextEncoder().encode('Réunion')), 'Réunion');
});
