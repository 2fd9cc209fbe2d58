import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc.js';
import type { EntityType } from '../../src/model/index.js';
import { mentionStage } from '../../src/nlp/mentions.js';
import { sentenceStage } from '../../src/nlp/sentences.js';

/** A doc with sentences and hand-tagged entities: each [surface, type] is found after the previous one. */
function tagged(text: string, entities: [string, EntityType][], language?: string): Doc {
  const doc = new Doc({ id: 't', text, ...(language && { language }) });
  sentenceStage().run(doc);
  let at = 0;
  entities.forEach(([surface, type], i) => {
    const start = text.indexOf(surface, at);
    assert.ok(start >= 0, `fixture: ${surface} not found`);
    doc.entities.push({ id: `e${i + 1}`, text: surface, type, start, end: start + surface.length });
    at = start + surface.length;
  });
  mentionStage().run(doc);
  return doc;
}

/** Each cluster as its name and the text of its mentions. */
const clusters = (doc: Doc) => doc.clusters.map((c) => [c.name, c.type, c.mentions.map((m) => doc.slice(m))]);

test('a surname alone joins the full name, and an introduced acronym joins the organisation', () => {
  const doc = tagged(
    'Emily Landau, a senior research fellow at the Institute for National Security Studies (INSS), said the talks ' +
      'were useful. Landau added that INSS would publish a report.',
    [['Emily Landau', 'PER'], ['Institute for National Security Studies', 'ORG'], ['Landau', 'PER'], ['INSS', 'ORG']],
  );
  assert.deepEqual(clusters(doc), [
    ['Emily Landau', 'PER', ['Emily Landau', 'Landau']],
    ['Institute for National Security Studies', 'ORG', ['Institute for National Security Studies', 'INSS', 'INSS']],
  ]);
  assert.deepEqual(doc.entities.map((e) => e.cluster), ['c1', 'c2', 'c1', 'c2']);
});

test('an acronym without an introduction joins the one name whose initials it spells', () => {
  const doc = tagged(
    'She works at the Israeli-based Institute for National Security Studies. INSS is an independent think tank ' +
      'affiliated with Tel Aviv University.',
    [['Institute for National Security Studies', 'ORG'], ['INSS', 'ORG'], ['Tel Aviv University', 'ORG']],
  );
  assert.deepEqual(clusters(doc), [
    ['Institute for National Security Studies', 'ORG', ['Institute for National Security Studies', 'INSS']],
    ['Tel Aviv University', 'ORG', ['Tel Aviv University']],
  ]);
});

test('a parenthesised word that does not spell the name is not its acronym', () => {
  const doc = tagged('Protesters gathered in New York (AP) on Monday.', [['New York', 'LOC'], ['AP', 'ORG']]);
  assert.deepEqual(clusters(doc), [['New York', 'LOC', ['New York']], ['AP', 'ORG', ['AP']]]);
});

test('two Korean names sharing the family name Kim stay apart, and a bare "Kim" joins neither', () => {
  const doc = tagged(
    'Kim Yong Nam, chairman of the Supreme Assembly of North Korea, arrived on Thursday. Pyongyang wants hard ' +
      'currency for Kim Jong Un’s regime. Kim did not comment.',
    [['Kim Yong Nam', 'PER'], ['North Korea', 'LOC'], ['Pyongyang', 'LOC'], ['Kim Jong Un’s', 'PER'], ['Kim', 'PER']],
  );
  assert.deepEqual(clusters(doc), [
    ['Kim Yong Nam', 'PER', ['Kim Yong Nam']],
    ['North Korea', 'LOC', ['North Korea']],
    ['Pyongyang', 'LOC', ['Pyongyang']],
    ['Kim Jong Un', 'PER', ['Kim Jong Un’s']],
    ['Kim', 'PER', ['Kim']],
  ]);
});

test('a father is not his son: "Donald Trump" stays apart from "Donald Trump Jr.", whose own surname mention joins him', () => {
  const doc = tagged(
    'Donald Trump Jr. defended his father on Sunday. Donald Trump said the troops would leave. Trump Jr. posted a video.',
    [['Donald Trump Jr.', 'PER'], ['Donald Trump', 'PER'], ['Trump Jr.', 'PER']],
  );
  assert.deepEqual(clusters(doc), [
    ['Donald Trump Jr.', 'PER', ['Donald Trump Jr.', 'his', 'Trump Jr.']],
    ['Donald Trump', 'PER', ['Donald Trump']],
  ]);
});

test('a one-word organisation only ever opening a sentence joins a longer name only as its first word', () => {
  const doc = tagged(
    'The Syrian Observatory for Human Rights counted the dead. Human rights groups asked for a truce. Amnesty International agreed. '
      + 'Amnesty published a report.',
    [['Syrian Observatory for Human Rights', 'ORG'], ['Human', 'ORG'], ['Amnesty International', 'ORG'], ['Amnesty', 'ORG']],
  );
  assert.deepEqual(clusters(doc), [
    ['Syrian Observatory for Human Rights', 'ORG', ['Syrian Observatory for Human Rights']],
    ['Human', 'ORG', ['Human']],
    ['Amnesty International', 'ORG', ['Amnesty International', 'Amnesty']],
  ]);
});

test('titles are not part of the name, and a titled surname joins the full name', () => {
  const doc = tagged(
    'Iranian President Hassan Rouhani began his second term. Mr. Rouhani thanked the guests.',
    [['President Hassan Rouhani', 'PER'], ['Mr. Rouhani', 'PER']],
  );
  assert.deepEqual(clusters(doc), [['Hassan Rouhani', 'PER', ['President Hassan Rouhani', 'his', 'Mr. Rouhani']]]);
});

test('a pronoun links to the one person of matching gender in the same or previous sentence', () => {
  const doc = tagged(
    'Matthew Bunn met Emily Landau in Tel Aviv on Monday. She said the talks were useful.',
    [['Matthew Bunn', 'PER'], ['Emily Landau', 'PER'], ['Tel Aviv', 'LOC']],
  );
  assert.deepEqual(clusters(doc), [
    ['Matthew Bunn', 'PER', ['Matthew Bunn']],
    ['Emily Landau', 'PER', ['Emily Landau', 'She']],
    ['Tel Aviv', 'LOC', ['Tel Aviv']],
  ]);
});

test('a pronoun with two possible antecedents is left unlinked', () => {
  const doc = tagged(
    'Kim Yong Nam arrived for Iranian President Hassan Rouhani’s inauguration. However, his visit is much longer.',
    [['Kim Yong Nam', 'PER'], ['Hassan Rouhani’s', 'PER']],
  );
  assert.deepEqual(clusters(doc), [
    ['Kim Yong Nam', 'PER', ['Kim Yong Nam']],
    ['Hassan Rouhani', 'PER', ['Hassan Rouhani’s']],
  ]);
});

test('a pronoun too far from any person, or inside a quotation, is left unlinked', () => {
  const far = tagged('Emily Landau spoke on Monday. The talks went on. She left early.', [['Emily Landau', 'PER']]);
  assert.deepEqual(clusters(far), [['Emily Landau', 'PER', ['Emily Landau']]]);
  const quoted = tagged('Matthew Bunn spoke on Monday. “He is wrong about Iran,” said Bunn.', [['Matthew Bunn', 'PER'], ['Bunn', 'PER']]);
  assert.deepEqual(clusters(quoted), [['Matthew Bunn', 'PER', ['Matthew Bunn', 'Bunn']]]);
});

test('a pronoun links through the pronoun before it: the person stays in view sentence after sentence', () => {
  const doc = tagged(
    'Shamima Begum spoke to the Times on Wednesday. She is nine months pregnant. “I will do anything to come home,” she said.',
    [['Shamima Begum', 'PER'], ['Times', 'ORG']],
  );
  assert.deepEqual(clusters(doc)[0], ['Shamima Begum', 'PER', ['Shamima Begum', 'She', 'she']]);
});

test('a person named inside a quotation is not what the pronoun after it means', () => {
  // The "she" after the quotation is its speaker, not the one person the quotation names.
  const doc = tagged(
    '“We don’t have money for food,” said Maha Yassin. “The only mercy from our God is the mild winter,” she said.',
    [['Maha Yassin', 'PER'], ['God', 'PER']],
  );
  assert.deepEqual(clusters(doc), [
    ['Maha Yassin', 'PER', ['Maha Yassin', 'she']],
    ['God', 'PER', ['God']],
  ]);
});

test('the speaker after a quotation of several sentences is looked for before the quotation opened', () => {
  const doc = tagged(
    'Rania Haddad has lived in the camp since 2017. “We have no school here. The children sit at home all day,” she said.',
    [['Rania Haddad', 'PER']],
  );
  assert.deepEqual(clusters(doc), [['Rania Haddad', 'PER', ['Rania Haddad', 'she']]]);
  // A "he" left unlinked before the quotation stands for another man in view: not the one named beside it.
  const other = tagged(
    'On Sunday he appeared to agree with John Bolton. “We are pulling back. We will be removing our troops,” he told reporters.',
    [['John Bolton', 'PER']],
  );
  assert.deepEqual(clusters(other), [['John Bolton', 'PER', ['John Bolton']]]);
});

test('gender learnt from an earlier pronoun rules a person out later', () => {
  const doc = tagged(
    'Kim Yong Nam arrived in Tehran on Thursday. He met Jane Doe on Friday. She said the visit was long.',
    [['Kim Yong Nam', 'PER'], ['Tehran', 'LOC'], ['Jane Doe', 'PER']],
  );
  assert.deepEqual(clusters(doc), [
    ['Kim Yong Nam', 'PER', ['Kim Yong Nam', 'He']],
    ['Tehran', 'LOC', ['Tehran']],
    ['Jane Doe', 'PER', ['Jane Doe', 'She']],
  ]);
});

test('a place name is not merged into a longer place name', () => {
  const doc = tagged('North Korea and Korea experts', [['North Korea', 'LOC'], ['Korea', 'LOC']]);
  assert.equal(doc.clusters.length, 2);
});

test('non-English documents are skipped', () => {
  const doc = tagged('Wladimir Putin sprach mit Emmanuel Macron.', [['Wladimir Putin', 'PER']], 'de');
  assert.deepEqual(doc.clusters, []);
  assert.equal(doc.entities[0].cluster, undefined);
});

test('bad input: no entities, and many entities in one long text', () => {
  assert.deepEqual(tagged('', []).clusters, []);
  const names = Array.from({ length: 2000 }, (_, i) => `Person${i} Surname${i % 50}`);
  const doc = tagged(names.map((n) => `${n} said he agreed.`).join(' '), names.map((n) => [n, 'PER'] as [string, EntityType]));
  assert.equal(doc.clusters.length, 2000);
  assert.ok(doc.entities.every((e) => e.cluster !== undefined));
});
