import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePetrarchDictionary } from '../../src/lexicon/petrarch-dictionary.js';

// Our own snippet in the PETRARCH actor format: a name, + synonyms, dated codes below or inline.
const ACTORS = [
  '# test actors',
  'ISLANDIA_  [ISL]',
  '+ISLANDIAN_',
  '+REYKJAVIK_ # capital',
  '',
  'OLAFUR_GRIMSSON_',
  '+PRESIDENT_GRIMSSON_',
  '\t[ISLGOV 960801-160731]',
  '\t[ISLELI]',
  'THE_UNITED_NATIONS_ [IGOUNO]',
  'WORLD_BANK_ [IGOUNODEVWBK]',
  'EUROPEAN_UNION_ [IGOEUREEC]',
  'ACME_OIL_ [MNCUSA]',
  'RED_CROSS_ [NGOHLHIRC]',
  'NAMELESS_GROUP_',
  'BAD_DATE_ [ISLGOV 2004017-20061201]',
  '+ORPHAN_SYNONYM_BELOW',
  'NORTHERN_FRONT_ [ISLREB >20150101]',
  'OLD_ARMY_ [ISLMIL <19991231]',
].join('\n');

test('actor entries: synonyms, codes on their own lines, dated ranges with two- and four-digit years', () => {
  const { entries } = parsePetrarchDictionary(ACTORS);
  const grimsson = entries.find((e) => e.label === 'OLAFUR_GRIMSSON_')!;
  assert.deepEqual(grimsson.keys, ['olafur grimsson', 'president grimsson']);
  assert.deepEqual(grimsson.codes.map((c) => [c.country, c.sector, c.start, c.end]), [
    ['ISL', 'GOV', '1996-08-01', '2016-07-31'],
    ['ISL', 'ELI', null, null],
  ]);
  const islandia = entries.find((e) => e.label === 'ISLANDIA_')!;
  assert.deepEqual(islandia.keys, ['islandia', 'islandian', 'reykjavik']);
  const front = entries.find((e) => e.label === 'NORTHERN_FRONT_')!;
  assert.deepEqual([front.codes[0].sector, front.codes[0].start, front.codes[0].end], ['REB', '2015-01-01', null]);
  const army = entries.find((e) => e.label === 'OLD_ARMY_')!;
  assert.deepEqual([army.codes[0].sector, army.codes[0].start, army.codes[0].end], ['MIL', null, '1999-12-31']);
});

test('name lines in a row share the codes below them: the later names are synonyms', () => {
  const text = ['IVAR_KOLSTAD_', 'PRESIDENT_KOLSTAD_', 'KOLSTAD_', '\t[NORGOV >20120219]', 'LONELY_NAME_', 'OTHER_BODY_ [NORBUS]'].join('\n');
  const { entries, problems } = parsePetrarchDictionary(text);
  assert.deepEqual(entries.map((e) => [e.label, e.keys, e.codes.map((c) => c.code)]), [
    ['IVAR_KOLSTAD_', ['ivar kolstad', 'president kolstad', 'kolstad'], ['NORGOV']],
    ['OTHER_BODY_', ['other body'], ['NORBUS']],
  ]);
  assert.deepEqual(problems, [{ line: 5, problem: 'LONELY_NAME_: name without a code' }]);
});

test('CAMEO codes become country + PLOVER sector: the UN proper is UNO, the EU EUR, other bodies IGO', () => {
  const { entries } = parsePetrarchDictionary(ACTORS);
  const code = (label: string) => entries.find((e) => e.label === label)!.codes[0];
  assert.deepEqual([code('THE_UNITED_NATIONS_').country, code('THE_UNITED_NATIONS_').sector], ['UNO', null]);
  assert.equal(code('WORLD_BANK_').country, 'IGO');
  assert.equal(code('EUROPEAN_UNION_').country, 'EUR');
  assert.deepEqual([code('ACME_OIL_').country, code('ACME_OIL_').sector], ['USA', 'BUS']);
  assert.deepEqual([code('RED_CROSS_').country, code('RED_CROSS_').sector], [null, 'NGO']);
});

test('malformed lines are reported with their line numbers and the rest is read', () => {
  const { entries, problems } = parsePetrarchDictionary(ACTORS);
  assert.deepEqual(problems, [
    { line: 15, problem: 'NAMELESS_GROUP_: name without a code' },
    { line: 16, problem: 'unreadable code [ISLGOV 2004017-20061201]' },
    { line: 17, problem: 'synonym without a name above it' },
  ]);
  assert.equal(entries.length, 9);
});

test('agent entries: substitution sets, explicit plurals, CAMEO media and health read as PLOVER JRN and MED', () => {
  const agents = [
    '!MINIST! = MINISTER, MINISTRY',
    'FOREIGN_!MINIST! [~GOV]',
    'REPORTER_ {REPORTERS_} [~MED]',
    'NURSE_ [~HLH]',
    'WATCHMAN [~CVL}',
    'PEACEKEEPER_ [IGO~]',
  ].join('\n');
  const { entries, problems } = parsePetrarchDictionary(agents);
  assert.deepEqual(entries.map((e) => [e.kind, e.keys, e.codes[0].country, e.codes[0].sector]), [
    ['agent', ['foreign minister', 'foreign ministry'], null, 'GOV'],
    ['agent', ['reporter', 'reporters'], null, 'JRN'],
    ['agent', ['nurse'], null, 'MED'],
    ['agent', ['peacekeeper'], 'IGO', null],
  ]);
  assert.deepEqual(problems, [{ line: 5, problem: 'unbalanced brackets in "[~CVL}"' }]);
});
