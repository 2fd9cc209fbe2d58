import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readInputs } from '../../src/ingest/index.js';
import type { Actor, DocumentJSON } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline.js';

const pipeline = createPipeline({ until: 'actors' });

function extract(text: string, published = '2017-08-04'): DocumentJSON {
  return pipeline.process({ id: 't', text, published }).toJSON();
}

/** Actors as compact rows: name, kind, country, sector. */
function rows(doc: DocumentJSON): string[] {
  return doc.actors.map((a) => `${a.name} | ${a.kind} | ${a.country} | ${a.sector}`);
}

function actor(doc: DocumentJSON, name: string): Actor {
  const found = doc.actors.find((a) => a.name === name);
  assert.ok(found, `no actor "${name}" among ${rows(doc).join('; ')}`);
  return found;
}

describe('actor layer', () => {
  it('folds a country, its demonym and its plural into one actor', () => {
    const doc = extract('Iran said on Monday it would talk. Iranian diplomats met Iranians abroad.');
    const iran = actor(doc, 'Iran');
    assert.equal(iran.kind, 'country');
    assert.equal(iran.country, 'IRN');
    assert.deepEqual(iran.mentions.map((m) => doc.text.slice(m.start, m.end)), ['Iran', 'Iranian', 'Iranians']);
  });

  it('makes a people that lives across borders one actor without a country, named as the people', () => {
    const doc = extract('Kurdish forces said the town had fallen. The Kurds have fought the group for four years.');
    // The adjective and the noun fold into one actor, as "Iran" and "Iranian" do.
    assert.deepEqual(rows(doc), ['Kurds | group | null | CVL']);
    assert.deepEqual(actor(doc, 'Kurds').mentions.map((m) => doc.text.slice(m.start, m.end)), ['Kurdish', 'Kurds']);
  });

  it('codes a titled leader with the country of the title', () => {
    const doc = extract('Iranian President Hassan Rouhani spoke in Tehran on Sunday.');
    const rouhani = actor(doc, 'Hassan Rouhani');
    assert.deepEqual([rouhani.kind, rouhani.country, rouhani.sector, rouhani.title], ['person', 'IRN', 'GOV', 'Iranian President']);
  });

  it('takes a title from the apposition and the employer as affiliation', () => {
    const doc = extract(
      '"We expect more talks," said Jane Okafor, a professor of politics at Harvard University, on Tuesday.',
    );
    const okafor = actor(doc, 'Jane Okafor');
    assert.equal(okafor.title, 'professor of politics at Harvard University');
    assert.equal(okafor.sector, 'EDU');
    const harvard = doc.actors.find((a) => a.id === okafor.affiliation);
    assert.equal(harvard?.name, 'Harvard University');
    assert.equal(okafor.country, 'USA', 'a person without a country in the text takes their employer\'s');
  });

  it('reads an employer from a possessive apposition and from "who heads …"', () => {
    const doc = extract('Fabrizio Conti, ICRC’s regional director for the Middle East, told reporters the transfer could happen within weeks. '
      + 'Ghassan Said, who heads the Syria office of Human Rights Watch, said many children were alone.');
    const conti = actor(doc, 'Fabrizio Conti');
    assert.equal(conti.title, 'ICRC’s regional director for the Middle East');
    assert.equal(doc.actors.find((a) => a.id === conti.affiliation)?.name, 'ICRC');
    const said = actor(doc, 'Ghassan Said');
    assert.equal(said.title, 'head of the Syria office of Human Rights Watch');
    assert.equal(doc.actors.find((a) => a.id === said.affiliation)?.name, 'Human Rights Watch');
  });

  it('takes as employer the organisation a person works for, not the one they fight, cover or were held by', () => {
    const affiliation = (text: string, name: string) => {
      const doc = extract(text);
      return doc.actors.find((a) => a.id === actor(doc, name).affiliation)?.name ?? null;
    };
    assert.equal(affiliation('Sam Heller, a senior analyst with the Brussels-based International Crisis Group, said the truce would hold.', 'Sam Heller'), 'International Crisis Group');
    assert.equal(affiliation('Brett McGurk, the envoy to the global coalition to counter Islamic State, resigned on Saturday.', 'Brett McGurk'), null);
    assert.equal(affiliation('John Cantlie, a British journalist held by Islamic State since 2012, appeared in a video.', 'John Cantlie'), null);
  });

  it('takes no title from a clause after the name: "Bolton, visited Ankara" is not a post', () => {
    const doc = extract('The national security adviser, John Bolton, visited Ankara on Tuesday. Mike Pompeo, the hawkish director of the CIA, spoke later.');
    assert.equal(actor(doc, 'John Bolton').title, undefined);
    const pompeo = actor(doc, 'Mike Pompeo');
    assert.equal(pompeo.title, 'hawkish director of the CIA');
    assert.equal(doc.actors.find((a) => a.id === pompeo.affiliation)?.name, 'CIA');
  });

  it('codes bodies whose names hold a possessive: "Korean People’s Army", "People’s Daily"', () => {
    const doc = extract('The Korean People’s Army fired two missiles, the People’s Daily said. The People’s Protection Units denied it.');
    assert.deepEqual(doc.actors.map((a) => `${a.name} | ${a.country} | ${a.sector}`), [
      'Korean People’s Army | PRK | MIL', 'People’s Daily | CHN | JRN', 'People’s Protection Units | SYR | REB',
    ]);
  });

  it('reads a capital as its government', () => {
    const doc = extract('Pyongyang rejected the proposal.');
    const pyongyang = actor(doc, 'North Korea');
    assert.deepEqual([pyongyang.kind, pyongyang.country, pyongyang.sector], ['country', 'PRK', 'GOV']);
  });

  it('names a country actor as the country, however its first mention wrote it', () => {
    assert.deepEqual(rows(extract('Turkish troops shelled the town.')), ['Turkey | country | TUR | null']);
    assert.deepEqual(rows(extract('The US and Iran traded threats.')), ['United States | country | USA | null', 'Iran | country | IRN | null']);
  });

  it('codes an organisation by the country its possessive names', () => {
    const doc = extract("According to Iran's IRNA news agency, the envoy arrived on Thursday.");
    const irna = actor(doc, 'IRNA');
    assert.deepEqual([irna.kind, irna.country, irna.sector], ['organization', 'IRN', 'JRN']);
  });

  it('gives a person the country a possessive names before their title', () => {
    const doc = extract("Egypt's leading cleric Sheikh Ahmed Hassan condemned the bombing on Friday.");
    const cleric = actor(doc, 'Ahmed Hassan');
    assert.deepEqual([cleric.kind, cleric.country, cleric.sector], ['person', 'EGY', 'REL']);
    assert.equal(cleric.title, "Egypt's leading cleric Sheikh");
  });

  it('reads a nationality through rank words in a title', () => {
    const doc = extract('Kenyan junior trade minister Paul Mwangi met the delegation.');
    assert.deepEqual([actor(doc, 'Paul Mwangi').country, actor(doc, 'Paul Mwangi').sector], ['KEN', 'GOV']);
  });

  it('reads a country name and a preposition inside the title before a name', () => {
    const doc = extract('U.S. Secretary of State Mary Lenz phoned Sri Lanka Foreign Minister Ravi Perera on Monday.');
    assert.deepEqual([actor(doc, 'Mary Lenz').country, actor(doc, 'Mary Lenz').title], ['USA', 'U.S. Secretary of State']);
    assert.deepEqual([actor(doc, 'Ravi Perera').country, actor(doc, 'Ravi Perera').sector], ['LKA', 'GOV']);
  });

  it('takes the organisation named before a title as the employer', () => {
    const doc = extract('NATO Secretary General Jens Olsen said on Monday that talks would go on.');
    const olsen = actor(doc, 'Jens Olsen');
    assert.equal(doc.actors.find((a) => a.id === olsen.affiliation)?.name, 'NATO');
    assert.equal(olsen.country, 'IGO');
  });

  it('codes an institution by a possessive country written after "the"', () => {
    const doc = extract("The Ivory Coast's Supreme Court decided to let the candidate run.");
    assert.deepEqual([actor(doc, 'Supreme Court').country, actor(doc, 'Supreme Court').sector], ['CIV', 'JUD']);
  });

  it('leaves a person without a country when the text names none', () => {
    const doc = extract('Archbishop Samuel Okoro called for calm on Sunday.');
    assert.equal(actor(doc, 'Samuel Okoro').country, null);
  });

  it('codes a country by the longest name a mention writes out', () => {
    const doc = extract("Talks with the Democratic People's Republic of Korea resumed on Monday.");
    assert.deepEqual(doc.actors.map((a) => a.country), ['PRK'], rows(doc).join('; '));
  });

  it('reads a place whose name starts with West as that place, not as the West', () => {
    const doc = extract('Soldiers entered the West Bank town of Jenin while the West watched.');
    assert.deepEqual(rows(doc).map((r) => r.split(' | ')[2]).sort(), ['PSE', 'WST'], rows(doc).join('; '));
  });

  it('codes a transnational NGO as IGO with its sector', () => {
    const doc = extract('Amnesty International and Doctors Without Borders criticised the raids.');
    assert.deepEqual([actor(doc, 'Amnesty International').country, actor(doc, 'Amnesty International').sector], ['IGO', 'NGO']);
    assert.deepEqual([actor(doc, 'Doctors Without Borders').country, actor(doc, 'Doctors Without Borders').sector], ['IGO', 'MED']);
  });

  it('leaves a city that is not a capital out of the actors', () => {
    const doc = extract('Protesters gathered in Mashhad on Friday.');
    assert.ok(!doc.actors.some((a) => a.name === 'Mashhad'), rows(doc).join('; '));
  });
});

const seed = '../shared/seed/000_2a88d4aa877cd891.txt';

describe('actor layer on the founding article', { skip: !existsSync(seed) && 'needs ../shared/seed (absent)' }, () => {
  it('finds every actor a reader notes, with country and sector', async () => {
    let doc: DocumentJSON | undefined;
    for await (const item of readInputs([seed], { date: '2017-08-04' })) {
      if ('article' in item) doc = pipeline.process(item.article).toJSON();
    }
    assert.ok(doc);
    const code = (name: string) => {
      const a = actor(doc!, name);
      return [a.kind, a.country, a.sector];
    };
    assert.deepEqual(code('Kim Yong Nam'), ['person', 'PRK', 'LEG']);
    assert.deepEqual(code('Hassan Rouhani'), ['person', 'IRN', 'GOV']);
    assert.deepEqual(code('Kim Jong Un'), ['person', 'PRK', 'GOV']);
    // The capital stands for the government; like every country actor, it is named as the country.
    const pyongyang = doc.actors.find((a) => a.mentions.some((m) => doc!.text.slice(m.start, m.end) === 'Pyongyang'));
    assert.deepEqual([pyongyang?.name, pyongyang?.kind, pyongyang?.country, pyongyang?.sector], ['North Korea', 'country', 'PRK', 'GOV']);
    assert.deepEqual(code('West'), ['country', 'WST', null]);
    assert.deepEqual(code('IRNA'), ['organization', 'IRN', 'JRN']);
    // "Israeli-based" is the one mention of Israel.
    for (const [name, iso3] of [['North Korea', 'PRK'], ['Iran', 'IRN'], ['United States', 'USA'], ['Israel', 'ISR']]) {
      assert.deepEqual(code(name), ['country', iso3, null]);
    }

    const inss = actor(doc, 'Institute for National Security Studies');
    assert.equal(inss.country, 'ISR');
    assert.deepEqual(inss.mentions.map((m) => doc!.text.slice(m.start, m.end)), ['Institute for National Security Studies', 'INSS']);
    assert.equal(actor(doc, 'Emily Landau').affiliation, inss.id);
    assert.equal(actor(doc, 'Emily Landau').country, 'ISR');

    const bunn = actor(doc, 'Matthew Bunn');
    const school = doc.actors.find((a) => a.id === bunn.affiliation);
    assert.equal(school?.name, 'John F. Kennedy School of Government');
    assert.equal(bunn.country, 'USA');
    assert.ok(!doc.actors.some((a) => a.name === 'Emily Landau' && a.mentions.length > 1), 'the caption line is not a mention');
  });
});
