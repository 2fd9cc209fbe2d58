import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { DocumentJSON, Quote } from '../../src/model/index.js';
import { openStore } from '../../src/store/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-quotes-'));
const db = join(dir, 'quotes.db');
after(() => rmSync(dir, { recursive: true, force: true }));

/** A quote over `text` found at `words`, by the speaker named at `name`. */
function quote(id: string, text: string, words: string, name: string, speaker: string | null): Quote {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    id, kind: 'direct', content: at(words), text: words, speaker, speakerText: name, speakerSpan: at(name),
    cue: at('said'), cueText: 'said',
  };
}

const landauText = '“There could be a very problematic cooperation going on,” said Emily Landau of the INSS.';
const bunnText = '“Both feel a serious threat,” said Matthew Bunn. IRNA said: “The visit is historic.”';

const landau: DocumentJSON = {
  id: 'landau', title: 'Israeli expert warns of cooperation', published: '2017-08-04', text: landauText,
  sentences: [], entities: [], events: [],
  actors: [
    { id: 'a1', name: 'Emily Landau', kind: 'person', country: 'ISR', sector: 'EDU', affiliation: 'a2', mentions: [] },
    { id: 'a2', name: 'Institute for National Security Studies', kind: 'organization', country: 'ISR', sector: 'EDU', mentions: [] },
  ],
  quotes: [quote('q1', landauText, '“There could be a very problematic cooperation going on,”', 'Emily Landau', 'a1')],
};

const bunn: DocumentJSON = {
  id: 'bunn', title: 'Harvard professor on sanctions', published: '2017-09-01', text: bunnText,
  sentences: [], entities: [], events: [],
  actors: [
    { id: 'a1', name: 'Matthew Bunn', kind: 'person', country: 'USA', sector: 'EDU', affiliation: 'a3', mentions: [] },
    { id: 'a2', name: 'IRNA', kind: 'organization', country: 'IRN', sector: 'JRN', mentions: [] },
    { id: 'a3', name: 'John F. Kennedy School of Government', kind: 'organization', country: 'USA', sector: 'EDU', mentions: [] },
  ],
  quotes: [
    quote('q1', bunnText, '“Both feel a serious threat,”', 'Matthew Bunn', 'a1'),
    { ...quote('q2', bunnText, '“The visit is historic.”', 'IRNA', 'a2'), cue: { start: 54, end: 58 } },
  ],
};

before(async () => {
  const store = await openStore(db);
  await store.putDocuments([{ document: landau }, { document: bunn }]);
  await store.close();
});

test('listQuotes: newest article first, with the speaker, their organisation and the article', async () => {
  const store = await openStore(db, { mustExist: true });
  try {
    const all = await store.listQuotes({});
    assert.deepEqual(all.map((l) => [l.published, l.speakerName, l.affiliation?.name ?? null, l.quote.text]), [
      ['2017-09-01', 'Matthew Bunn', 'John F. Kennedy School of Government', '“Both feel a serious threat,”'],
      ['2017-09-01', 'IRNA', null, '“The visit is historic.”'],
      ['2017-08-04', 'Emily Landau', 'Institute for National Security Studies', '“There could be a very problematic cooperation going on,”'],
    ]);
    assert.deepEqual(all[2].quote, landau.quotes[0]);
    assert.equal(all[2].title, 'Israeli expert warns of cooperation');
    const speakers = async (filter: Parameters<typeof store.listQuotes>[0]) => (await store.listQuotes(filter)).map((l) => l.speakerName);
    assert.deepEqual(await speakers({ speaker: 'landau' }), ['Emily Landau']);
    assert.deepEqual(await speakers({ org: 'kennedy school' }), ['Matthew Bunn']);
    assert.deepEqual(await speakers({ org: 'IRNA' }), ['IRNA'], 'an organisation speaking for itself');
    assert.deepEqual(await speakers({ since: '2017-08-05' }), ['Matthew Bunn', 'IRNA']);
    assert.deepEqual(await speakers({ until: '2017-08-04' }), ['Emily Landau']);
    assert.deepEqual(await speakers({ speaker: '100%_' }), [], 'LIKE wildcards are taken literally');
  } finally {
    await store.close();
  }
});

function dyad(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DYAD_DB: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('dyad quotes --speaker prints who said what, for whom, where and when', () => {
  const r = dyad('quotes', '--speaker', 'Bunn', '--db', db);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, [
    '2017-09-01  Matthew Bunn (John F. Kennedy School of Government) said: “Both feel a serious threat,”',
    '            bunn  Harvard professor on sanctions',
    '',
  ].join('\n'));
});

test('dyad quotes --json gives one listing per line; --limit caps them', () => {
  const r = dyad('quotes', '--json', '--limit', '2', '--db', db);
  assert.equal(r.status, 0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.articleId, l.quote.id, l.affiliation]), [
    ['bunn', 'q1', { id: 'a3', name: 'John F. Kennedy School of Government' }],
    ['bunn', 'q2', null],
  ]);
});

test('dyad quotes: a bad date is one line naming the option', () => {
  const r = dyad('quotes', '--since', 'August', '--db', db);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'dyad quotes: --since: expected a date as YYYY-MM-DD, got "August"\n');
});

test('dyad quotes --words finds quotations by their words; bare words do the same', () => {
  const expected = [
    '2017-08-04  Emily Landau (Institute for National Security Studies) said: “There could be a very problematic cooperation going on,”',
    '            landau  Israeli expert warns of cooperation',
    '',
  ].join('\n');
  const r = dyad('quotes', '--words', 'problematic cooperation', '--db', db);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, expected);
  assert.equal(dyad('quotes', 'cooperation', 'problematic', '--db', db).stdout, expected);
  const none = dyad('quotes', '--words', 'cooperation threat', '--db', db);
  assert.equal(none.stdout, '');
  assert.equal(none.stderr, 'no quotations match\n');
});

test('dyad quotes names the actor a speaker resolved to, and puts "according to" before its source', async () => {
  const text = 'Mike Pompeo arrived in Ankara. “It is time for old rivalries to end,” he said. According to IRNA, the talks failed.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const path = join(dir, 'names.db');
  const store = await openStore(path);
  await store.putDocuments([{ document: {
    id: 'pompeo', published: '2019-01-10', text, sentences: [], entities: [], events: [],
    actors: [
      { id: 'a1', name: 'Mike Pompeo', kind: 'person', country: 'USA', sector: 'GOV', mentions: [at('Mike Pompeo')] },
      { id: 'a2', name: 'IRNA', kind: 'organization', country: 'IRN', sector: 'JRN', mentions: [at('IRNA')] },
    ],
    quotes: [
      { id: 'q1', kind: 'direct', content: at('“It is time for old rivalries to end,”'), text: '“It is time for old rivalries to end,”',
        speaker: 'a1', speakerText: 'he', speakerSpan: at('he said'), cue: at('said'), cueText: 'said', cueClass: 'speech' },
      { id: 'q2', kind: 'indirect', content: at('the talks failed'), text: 'the talks failed',
        speaker: 'a2', speakerText: 'IRNA', speakerSpan: at('IRNA'), cue: at('According to'), cueText: 'According to', cueClass: 'speech' },
    ],
  } }]);
  await store.close();
  assert.deepEqual(dyad('quotes', '--db', path).stdout.split('\n').filter((l) => !l.startsWith(' ')), [
    '2019-01-10  Mike Pompeo said: “It is time for old rivalries to end,”',
    '2019-01-10  According to IRNA: the talks failed',
    '',
  ]);
});
