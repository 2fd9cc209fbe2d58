import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { resolveActor } from '../../src/coding/resolve-actor.js';
import { parseCountryInfo } from '../../src/lexicon/countryinfo.js';
import { parsePetrarchDictionary } from '../../src/lexicon/petrarch-dictionary.js';
import { DictionaryStore } from '../../src/lexicon/dictionary-store.js';

const code = (text: string, options: Parameters<typeof resolveActor>[1] = {}) => {
  const r = resolveActor(text, { date: '2017-08-04', ...options });
  return [r.country, r.sector];
};

test('nationality words, plurals and multi-word forms give the country', () => {
  assert.deepEqual(code('Iranian President Hassan Rouhani'), ['IRN', 'GOV']);
  assert.deepEqual(code('North Korean soldiers'), ['PRK', 'MIL']);
  assert.deepEqual(code('the Israeli-based think tank'), ['ISR', 'EDU']);
  assert.deepEqual(code('Mexican authorities'), ['MEX', 'GOV']);
  assert.deepEqual(code('Pakistani Army'), ['PAK', 'MIL']);
});

test('possessives: the possessor is the country, the possessed says the sector', () => {
  assert.deepEqual(code("Iran's IRNA news agency"), ['IRN', 'JRN']);
  assert.deepEqual(code('Britain’s Defense Ministry'), ['GBR', 'GOV']);
  assert.deepEqual(code("Norway's central bank"), ['NOR', 'GOV']);
  assert.deepEqual(code("Russia's ambassador to Poland"), ['RUS', 'GOV']);
});

test('titles and their complements: a generic head takes the sector of what it heads', () => {
  assert.deepEqual(code('chairman of the Supreme Assembly of North Korea'), ['PRK', 'LEG']);
  assert.deepEqual(code('President of the Bolivian Human Rights League'), ['BOL', 'SOC']);
  assert.deepEqual(code('professor of politics at a university in Kenya'), ['KEN', 'EDU']);
  assert.deepEqual(code('a senior research fellow at the Israeli-based Institute for National Security Studies'), ['ISR', 'EDU']);
  assert.deepEqual(code('rebel commanders in Mali'), ['MLI', 'REB']);
});

test('capitals and seats of government stand for the government; regions and organisations have their codes', () => {
  assert.deepEqual(code('Pyongyang'), ['PRK', 'GOV']);
  assert.deepEqual(code('Tehran'), ['IRN', 'GOV']);
  assert.deepEqual(code('the Kremlin'), ['RUS', 'GOV']);
  assert.deepEqual(code('Downing Street'), ['GBR', 'GOV']);
  assert.deepEqual(code('the West'), ['WST', null]);
  assert.deepEqual(code('the Middle East'), ['MEA', null]);
  assert.deepEqual(code('the UN Security Council'), ['UNO', null]);
  assert.deepEqual(code('the European Parliament'), ['EUR', 'LEG']);
  assert.deepEqual(code('the IMF'), ['IGO', null]);
  assert.deepEqual(code('a police station in Minsk'), ['BLR', 'COP']);
});

test('acronyms must be written as acronyms: "PAN" is a party, "pan" is not', () => {
  assert.deepEqual(code('the PAN'), ['MEX', 'PTY']);
  assert.deepEqual(code('a frying pan'), [null, null]);
});

test('sector words alone, and words that change them', () => {
  assert.deepEqual(code('protesters'), [null, 'CVL']);
  assert.deepEqual(code('a disgraced former minister'), [null, 'ELI']);
  assert.deepEqual(code('ordinary Iranians'), ['IRN', 'CVL']);
  assert.deepEqual(code('Syrian state television'), ['SYR', 'GOV']);
  assert.deepEqual(code('displaced families'), [null, 'REF']);
  assert.deepEqual(code('He'), [null, 'UNK']);
});

test('who held which office when, from the bundled office-holders', () => {
  assert.deepEqual(code('President Ahmadinejad', { date: '2010-05-01' }), ['IRN', 'GOV']);
  assert.deepEqual(code('Hassan Rouhani', { date: '2015-01-01' }), ['IRN', 'GOV']);
  assert.deepEqual(code('Hassan Rouhani', { date: '2010-01-01' }), ['IRN', 'ELI']);
  assert.deepEqual(code('Kim Jong Un'), ['PRK', 'GOV']);
  const r = resolveActor('Iranian President Hassan Rouhani', { date: '2017-08-04' });
  assert.deepEqual([r.kind, r.name, r.title], ['person', 'Hassan Rouhani', 'Iranian President']);
});

test('the context helps when the text alone does not say', () => {
  assert.deepEqual(code('Defense Minister', { context: 'German' }), ['DEU', 'GOV']);
  assert.deepEqual(code('Kim Yong Nam', { context: 'chairman of the Supreme Assembly of North Korea' }), ['PRK', 'LEG']);
  assert.deepEqual(code('Emily Landau', { context: 'a senior research fellow at the Israeli-based Institute for National Security Studies' }), ['ISR', 'EDU']);
  // A generic head or a pronoun gives way to what the context says; a specific one does not.
  assert.deepEqual(code('the group', { context: 'Islamist militants in Mali' }), ['MLI', 'REB']);
  assert.deepEqual(code('He', { context: 'the Iranian foreign minister' }), ['IRN', 'GOV']);
  assert.deepEqual(code('the rebels', { context: 'a Syrian government delegation' }), ['SYR', 'REB']);
});

test('imported dictionaries fill in people and groups the bundled tables do not know, at the date', () => {
  const db = new DictionaryStore(new Database(':memory:'));
  const { entries } = parsePetrarchDictionary([
    'OLAFUR_GRIMSSON_', '+PRESIDENT_GRIMSSON_', '\t[ISLGOV 960801-160731]', '\t[ISLELI]',
    'NORTHERN_LIBERATION_FRONT_ [ISLREB]',
  ].join('\n'));
  db.importEntries('test', 'petrarch', 'x', entries, 0);
  assert.deepEqual(code('President Grimsson', { date: '2010-01-01', db }), ['ISL', 'GOV']);
  assert.deepEqual(code('Olafur Grimsson', { date: '2020-01-01', db }), ['ISL', 'ELI']);
  assert.deepEqual(code('the Northern Liberation Front', { db }), ['ISL', 'REB']);
  assert.deepEqual(code('Olafur Grimsson'), [null, null]);
  db.close();
});

test('a person named by part of the full name a dictionary lists: a second surname or middle name left out', () => {
  const db = new DictionaryStore(new Database(':memory:'));
  const { entries } = parseCountryInfo([
    '<Country>', '<CountryName>PERU</CountryName>', '<ISO3166-alpha3>PER</ISO3166-alpha3>', '<Government>',
    '\tPEDRO_PABLO_KUCZYNSKI_GODARD_\t[PERGOV 20160728 - 20180323]\t# President',
    '\tALEJANDRO_TOLEDO_MANRIQUE_\t[PERGOV 20010728 - 20060728]\t# President',
    '\tALEJANDRO_ROJAS_\t[BOLGOV 20010101 - 20020101]\t# Minister',
    '</Government>', '</Country>',
  ].join('\n'));
  db.importEntries('test', 'countryinfo', 'x', entries, 0);
  assert.deepEqual(code('Pedro Pablo Kuczynski', { date: '2017-01-01', db }), ['PER', 'GOV']);
  assert.deepEqual(code('Pedro Kuczynski', { date: '2017-01-01', db }), ['PER', 'GOV']);
  assert.deepEqual(code('Alejandro Toledo', { date: '2003-01-01', db }), ['PER', 'GOV']);
  // Part of a longer name that runs on in the text is not the person.
  assert.deepEqual(code('Alejandro Toledo Gonzalez', { date: '2003-01-01', db }), [null, null]);
  // Two people of different countries share the first name: the first name alone says nothing.
  assert.deepEqual(code('Alejandro', { date: '2001-06-01', db }), [null, null]);
  db.close();
});

test('a title and a surname: the office-holder of that surname, when all of them are of one country', () => {
  assert.deepEqual(code('Secretary Rice', { date: '2005-05-01' }), ['USA', 'GOV']);
  const db = new DictionaryStore(new Database(':memory:'));
  const { entries } = parsePetrarchDictionary([
    'PEDRO_PABLO_KUCZYNSKI_ [PERGOV 160728-180323]',
    'ANDREW_SMITH_ [GBRGOV 050101-100101]', 'JOHN_SMITH_ [CANGOV 050101-100101]',
  ].join('\n'));
  db.importEntries('test', 'petrarch', 'x', entries, 0);
  assert.deepEqual(code('President Kuczynski', { date: '2017-01-01', db }), ['PER', 'GOV']);
  assert.deepEqual(code('Minister Smith', { date: '2007-01-01', db }), [null, 'GOV']);
  // Without a title the surname could be anyone's.
  assert.deepEqual(code('Kuczynski', { date: '2017-01-01', db }), [null, null]);
  db.close();
});

test('a country hyphened to "backed", "born", "pro-" is the other party: the actor is where else the text places it', () => {
  assert.deepEqual(code('Russian-backed separatists in eastern Ukraine'), ['UKR', 'REB']);
  assert.deepEqual(code('Turkish-backed Syrian rebels'), ['SYR', 'REB']);
  assert.deepEqual(code('a Kenyan-born British journalist'), ['GBR', 'JRN']);
  // With nothing else said, the other party is still the best the text gives; "-led" and "-based" are the actor's own.
  assert.deepEqual(code('pro-Russian separatists'), ['RUS', 'REB']);
  assert.deepEqual(code('a U.S.-based think tank'), ['USA', 'EDU']);
});

test('nationality adjectives the country package lacks, and roles news gives to groups', () => {
  assert.deepEqual(code('Philippine coast guard'), ['PHL', 'MIL']);
  assert.deepEqual(code('Nepali police'), ['NPL', 'COP']);
  assert.deepEqual(code('Israeli settlers'), ['ISR', 'CVL']);
  assert.deepEqual(code('UN peacekeepers'), ['UNO', 'MIL']);
});

test('cities and subdivisions give their country, with or without the head word; a person named after one does not', () => {
  assert.deepEqual(code('Shanghai authorities'), ['CHN', 'GOV']);
  assert.deepEqual(code('Kano State government'), ['NGA', 'GOV']);
  assert.deepEqual(code('Madras High Court'), ['IND', 'JUD']);
  assert.deepEqual(code('Sydney'), ['AUS', 'CVL']);
  assert.equal(resolveActor('Sydney').place, true);
  assert.deepEqual(code('Sydney Carter', { person: true }), [null, null]);
});

test("a known person's name inside a longer name is someone else", () => {
  const db = new DictionaryStore(new Database(':memory:'));
  db.importEntries('test', 'petrarch', 'x', parsePetrarchDictionary('AHMED_SALEH_ [JORGOV 100101-120101]').entries, 0);
  assert.deepEqual(code('Ahmed Saleh', { date: '2011-01-01', db }), ['JOR', 'GOV']);
  assert.deepEqual(code('Ahmed Saleh Warsame', { date: '2011-01-01', db }), [null, null]);
  db.close();
});

test('a subdivision written without the head word the dictionary lists it with', () => {
  const db = new DictionaryStore(new Database(':memory:'));
  db.importEntries('test', 'petrarch', 'x', parsePetrarchDictionary('MYANMAR_ [MMR]\n+THANDAUNG_STATE_').entries, 0);
  assert.deepEqual(code('Thandaung Buddhists', { db }), ['MMR', 'REL']);
  assert.deepEqual(code('Thandaung State', { db }), ['MMR', null]);
  db.close();
});

test("a person no dictionary knows: the country of the name's words, where they point to one country only", () => {
  const db = new DictionaryStore(new Database(':memory:'));
  const { entries } = parsePetrarchDictionary([
    'MAHESH_SENADHEERA_ [LKAGOV 051119-150109]', 'BASIL_SENADHEERA_ [LKAGOV 100101-150109]',
    'CHAMINDA_WIJESURIYA_ [LKAGOV 020101-040101]', 'CHAMINDA_SINGH_ [INDGOV 020101-040101]',
    'ANDREW_SMITH_ [GBRGOV 050101-100101]', 'JOHN_SMITH_ [CANGOV 050101-100101]',
  ].join('\n'));
  db.importEntries('test', 'petrarch', 'x', entries, 0);
  // Two Sri Lankans are called Senadheera; Chaminda is a Sri Lankan's name too.
  assert.equal(resolveActor('Nimal Senadheera', { db }).country, 'LKA');
  assert.equal(resolveActor('Chaminda Senadheera', { db }).country, 'LKA');
  assert.equal(resolveActor('Nimal Senadheera', { db }).countryGuessed, true);
  // One bearer is too few; a name shared by two countries says nothing.
  assert.equal(resolveActor('Peter Wijesuriya', { db }).country, null);
  assert.equal(resolveActor('Andrew Smith', { db }).country, null);
  // What the text says comes first.
  assert.equal(resolveActor('Indian businessman Basu Senadheera', { db }).country, 'IND');
  db.close();
});

test('a surname before the body its bearer leads; a bundled leader in office outranks imported namesakes', () => {
  assert.deepEqual(code('the Ortega government', { date: '2022-06-01' }), ['NIC', 'GOV']);
  const db = new DictionaryStore(new Database(':memory:'));
  db.importEntries('test', 'petrarch', 'x', parsePetrarchDictionary('JUAN_PABLO_ORTEGA_ [MEXGOV >20200101]').entries, 0);
  assert.deepEqual(code('the Ortega government', { date: '2022-06-01', db }), ['NIC', 'GOV']);
  assert.deepEqual(code('the Smith government', { date: '2022-06-01', db }), [null, 'GOV']);
  db.close();
});

test('two titles in a row: the office governs, the rank after it does not', () => {
  assert.deepEqual(code('Deputy Minister of Defense Colonel-General Sergei Ivanov'), [null, 'GOV']);
  assert.deepEqual(code('Interior Minister General Ali Hassan'), [null, 'GOV']);
  // A body before a person word is a modifier, not a title: the person word is the head.
  assert.deepEqual(code('Senate hopeful John Smith'), [null, 'PTY']);
  assert.deepEqual(code('Army General Mark Halvorsen'), [null, 'MIL']);
});

test('a place name with two neighbouring letters swapped is still the place', () => {
  const india = (government: string[]) => {
    const db = new DictionaryStore(new Database(':memory:'));
    const { entries } = parseCountryInfo([
      '<Country>', '<CountryName>INDIA</CountryName>', '<ISO3166-alpha3>IND</ISO3166-alpha3>',
      '<MajorCities>', '\tDELHI_', '\tMUMBAI_', '</MajorCities>', '<Government>', ...government, '</Government>', '</Country>',
    ].join('\n'));
    db.importEntries('test', 'countryinfo', 'x', entries, 0);
    return db;
  };
  const db = india([]);
  assert.deepEqual(code('Dehli police', { db }), ['IND', 'COP']);
  assert.deepEqual(code('residents of Mubmai', { db }), ['IND', 'CVL']);
  assert.deepEqual(code('Ecaudor'), ['ECU', null]);
  db.close();
  // A word some person is named by is a name, not a misspelling.
  const named = india(['\tDEHLI_RAM_\t[INDGOV 20010101 - 20020101]\t# Minister']);
  assert.deepEqual(code('Dehli police', { db: named }), [null, 'COP']);
  named.close();
});

test('the longest country name wins, a possessive inside the name included', () => {
  assert.deepEqual(code("the Democratic People's Republic of Korea"), ['PRK', null]);
  assert.deepEqual(code('the Republic of Korea'), ['KOR', null]);
});

test('the West is a region only when written alone, never as part of a longer name', () => {
  assert.deepEqual(code('the West'), ['WST', null]);
  assert.deepEqual(code('Western governments'), ['WST', null]);
  assert.deepEqual(code('the West Bank village of Beita'), ['PSE', null]);
  assert.notEqual(code('West Kordofan State')[0], 'WST');
});

test('transnational NGOs stand in the country slot as IGO, with their sector', () => {
  assert.deepEqual(code('Human Rights Watch'), ['IGO', 'NGO']);
  assert.deepEqual(code('the International Committee of the Red Cross'), ['IGO', 'MED']);
  assert.deepEqual(code('Medecins Sans Frontieres'), ['IGO', 'MED']);
});

test('a people named in a group gives the country it implies, and the head noun the sector', () => {
  assert.deepEqual(code('Yoruba community elders'), ['NGA', 'CVL']);
  assert.deepEqual(code('Chechen rebels'), ['RUS', 'REB']);
  assert.deepEqual(code('Syrian Kurds'), ['SYR', 'CVL']);
  // Kurds live in several countries: the word alone names none of them.
  assert.deepEqual(code('Kurdish fighters'), [null, 'REB']);
  assert.deepEqual(code('Islamic fundamentalists'), [null, 'REL']);
});

test("a people's word inside a person's name is part of the name", () => {
  assert.deepEqual(code('Senator Luis Moro'), [null, 'LEG']);
  assert.deepEqual(code('Chancellor Moro'), [null, 'GOV']);
});

test('older names of international bodies', () => {
  assert.deepEqual(code('European Community foreign ministers'), ['EUR', 'GOV']);
  assert.deepEqual(code('the International Labour Office'), ['IGO', null]);
});

test('names that hold a possessive: a body, a country, a place, an office', () => {
  assert.deepEqual(code('Korean People’s Army'), ['PRK', 'MIL']);
  assert.deepEqual(code('Moscow’s government'), ['RUS', 'GOV']);
  assert.deepEqual(code('Cox’s Bazar')[0], 'BGD');
  assert.deepEqual(code('Iran’s IRNA news agency'), ['IRN', 'JRN']);
});
