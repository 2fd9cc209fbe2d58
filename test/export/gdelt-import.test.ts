import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { GDELT_COLUMN } from '../../src/export/gdelt-columns.js';
import { gdeltDocuments, parseGdeltLine } from '../../src/import/gdelt.js';
import { readZip } from '../../src/import/zip.js';
import { makeZip } from './zip-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-gdelt-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const bin = fileURLToPath(new URL('../../../bin/dyad.js', import.meta.url));

/** A GDELT 2.0 line we write: fields by column name, the rest blank. */
function line(fields: Record<string, string>): string {
  const row = Array<string>(61).fill('');
  for (const [name, value] of Object.entries(fields)) row[GDELT_COLUMN[name]] = value;
  return row.join('\t');
}

const sanctions = line({
  GLOBALEVENTID: '688453217', SQLDATE: '20170803', Actor1Code: 'USAGOV', Actor1Name: 'UNITED STATES', Actor1CountryCode: 'USA',
  Actor2Code: 'IRN', Actor2Name: 'IRAN', Actor2CountryCode: 'IRN', EventCode: '163', EventBaseCode: '163', EventRootCode: '16',
  QuadClass: '4', GoldsteinScale: '-8.0', ActionGeo_CountryCode: 'IR', ActionGeo_FullName: 'Tehran, Tehran, Iran',
  DATEADDED: '20170804031500', SOURCEURL: 'https://example.org/sanctions',
});
const visit = line({
  GLOBALEVENTID: '688453218', SQLDATE: '20170803', Actor1Code: 'PRKLEG', Actor1Name: 'NORTH KOREA', Actor1CountryCode: 'PRK',
  Actor2Code: 'IRN', Actor2Name: 'IRAN', EventCode: '042', EventBaseCode: '042', EventRootCode: '04',
  QuadClass: '1', GoldsteinScale: '1.9', DATEADDED: '20170804031500', SOURCEURL: 'https://example.org/sanctions',
});

test('a GDELT line reads as an event with PLOVER type, actors by CAMEO code and the action place from FIPS', () => {
  const row = parseGdeltLine(sanctions);
  assert.ok(typeof row !== 'string');
  assert.deepEqual(row.actors, [
    { name: 'UNITED STATES', kind: 'organization', country: 'USA', sector: 'GOV' },
    { name: 'IRAN', kind: 'country', country: 'IRN', sector: null },
  ]);
  assert.deepEqual([row.event.type, row.event.cameo, row.event.quad, row.event.goldstein, row.event.date, row.event.location],
    ['SANCTION', '163', 4, -8, '2017-08-03', { country: 'IRN', name: 'Tehran, Tehran, Iran' }]);
  assert.equal(parseGdeltLine('688453217\t20170803'), 'expected 61 tab-separated columns, found 2');
  assert.equal(parseGdeltLine(line({ GLOBALEVENTID: 'x', SQLDATE: '20170803', EventCode: '163' })), 'GLOBALEVENTID "x" is not a number');
});

test('events from one source URL make one article of publisher gdelt', () => {
  const rows = [sanctions, visit].map(parseGdeltLine).filter((r) => typeof r !== 'string');
  const docs = gdeltDocuments(rows as Exclude<ReturnType<typeof parseGdeltLine>, string>[]);
  assert.equal(docs.length, 1);
  assert.match(docs[0].id, /^gdelt-[0-9a-f]{16}$/);
  assert.deepEqual([docs[0].source, docs[0].published, docs[0].url, docs[0].actors.length, docs[0].events.map((e) => e.id)],
    ['gdelt', '2017-08-04', 'https://example.org/sanctions', 3, ['g688453217', 'g688453218']]);
});

test('the ZIP reader opens deflated and stored entries', () => {
  const zip = makeZip([{ name: 'a.CSV', text: 'one\ntwo\n', deflate: true }, { name: 'b.txt', text: 'plain', deflate: false }]);
  assert.deepEqual(readZip(zip).map((e) => [e.name, e.data.toString()]), [['a.CSV', 'one\ntwo\n'], ['b.txt', 'plain']]);
  assert.throws(() => readZip(Buffer.from('not a zip at all, just some text')), /not a ZIP archive/);
});

test('dyad import --gdelt loads a zipped export, reports a bad line by file and line, and sets GDELT beside our coding', () => {
  const zipPath = join(dir, '20170804031500.export.CSV.zip');
  writeFileSync(zipPath, makeZip([{ name: '20170804031500.export.CSV', text: `${sanctions}\nbroken line\n${visit}\n`, deflate: true }]));
  const db = join(dir, 'gdelt.db');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8' });
  const imported = run('import', '--gdelt', zipPath);
  assert.equal(imported.status, 1);
  assert.match(imported.stderr, /20170804031500\.export\.CSV\.zip!20170804031500\.export\.CSV:2: expected 61 tab-separated columns, found 1/);
  assert.match(imported.stderr, /imported 2 GDELT events into 1 articles/);
  const again = run('import', '--gdelt', zipPath);
  assert.match(again.stderr, /into 0 articles \(1 already stored\)/);
  const timeline = JSON.parse(run('timeline', 'USA', 'IRN', '--json').stdout);
  assert.deepEqual(timeline.map((p: { period: string; coder: string; types: object }) => [p.period, p.coder, p.types]), [['2017-08-03', 'gdelt', { SANCTION: 1 }]]);
  const signals = run('signals', '--json');
  assert.equal(signals.status, 0);
  assert.ok(Array.isArray(JSON.parse(signals.stdout)));
});
