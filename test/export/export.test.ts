import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { csvHeader, csvRow } from '../../src/export/csv.js';
import { gdeltRow } from '../../src/export/gdelt.js';
import { GDELT_COLUMN, GDELT_COLUMNS } from '../../src/export/gdelt-columns.js';
import { writeParquet } from '../../src/export/parquet.js';
import { ploverRecord } from '../../src/export/plover.js';
import { openStore } from '../../src/store/index.js';
import type { ExportedEvent, Store } from '../../src/store/store.js';
import { drill, visit } from '../graph/documents.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
let store: Store;
let events: ExportedEvent[];
before(async () => {
  store = await openStore(join(dir, 'export.db'));
  await store.putDocuments([{ document: visit }, { document: drill }]);
  events = [];
  for await (const x of store.exportEvents({})) events.push(x);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const field = (row: string[], name: string) => row[GDELT_COLUMN[name]];

test('the GDELT column list is the 61 columns of the 2.0 event table, in order', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.deepEqual(GDELT_COLUMNS.slice(0, 8), ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode']);
  assert.deepEqual(GDELT_COLUMNS.slice(25, 35), ['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
  assert.deepEqual(GDELT_COLUMNS.slice(51, 61), ['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
});

test('the US sanctions on Iran become a GDELT row with actor code USAGOV and CAMEO 163', () => {
  const rows = events.map(gdeltRow);
  for (const row of rows) assert.equal(row.length, 61);
  const sanction = rows.find((r) => field(r, 'Actor1Code') === 'USAGOV' && field(r, 'Actor2Code') === 'IRN');
  assert.ok(sanction);
  assert.deepEqual(
    ['SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'SOURCEURL']
      .map((c) => field(sanction, c)),
    ['20170803', '201708', '2017', '2017.6658', 'UNITED STATES', 'USA', 'GOV', '163', '163', '16', '4', '-8', 'https://example.org/visit'],
  );
  assert.match(field(sanction, 'GLOBALEVENTID'), /^\d+$/);
  assert.match(field(sanction, 'DATEADDED'), /^\d{14}$/);
  // Iran's FIPS code is IR; the visit happened in Tehran, a place in it.
  const visitRow = rows.find((r) => field(r, 'EventCode') === '042')!;
  assert.deepEqual(['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode'].map((c) => field(visitRow, c)), ['4', 'Tehran, Iran', 'IR']);
  assert.equal(field(visitRow, 'Actor1Code'), 'PRKLEG');
});

test('a country-level location carries the country code as ADM1 and feature id, and the country centroid', () => {
  const visitEvent = events.find((x) => x.event.cameo === '042')!;
  const inIran = { ...visitEvent, event: { ...visitEvent.event, location: { country: 'IRN' } } };
  const geo = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
  assert.deepEqual(geo.map((f) => field(gdeltRow(inIran), `ActionGeo_${f}`)), ['1', 'Iran', 'IR', 'IR', '', '32', '53', 'IR']);
  // A place in a country has no coordinates of ours: left blank rather than given the country's.
  assert.deepEqual(geo.map((f) => field(gdeltRow(visitEvent), `ActionGeo_${f}`)), ['4', 'Tehran, Iran', 'IR', '', '', '', '', '']);
});

test('actors are placed in their countries: the US sanctions on Iran run from the US centroid to Iran\'s', () => {
  const sanction = events.map(gdeltRow).find((r) => field(r, 'Actor1Code') === 'USAGOV' && field(r, 'Actor2Code') === 'IRN')!;
  const geo = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
  assert.deepEqual(geo.map((f) => field(sanction, `Actor1Geo_${f}`)), ['1', 'United States', 'US', 'US', '', '38', '-97', 'US']);
  assert.deepEqual(geo.map((f) => field(sanction, `Actor2Geo_${f}`)), ['1', 'Iran', 'IR', 'IR', '', '32', '53', 'IR']);
});

test('a PLOVER record names actors, recipients, event, context and the evidence text', () => {
  const cooperation = ploverRecord(events.find((x) => x.event.type === 'COOPERATE')!);
  assert.deepEqual(cooperation, {
    id: 'fixture-drill-v1', date: '2017-08-14',
    actor: [{ entity_name: 'North Korean officers', code: 'PRK', country_name: 'North Korea', sector_code: 'MIL' }],
    recipient: [{ entity_name: 'Iranian officers', code: 'IRN', country_name: 'Iran', sector_code: 'MIL' }],
    event: ['COOPERATE'], context: ['military'], quad_code: 2,
    event_text: ['North Korean and Iranian officers held joint missile drills near Bandar Abbas on Monday.'],
    cite_info: { article_id: 'fixture-drill', source: 'Example Wire', published: '2017-08-15' },
    coder: 'dyad', coded_date: cooperation.coded_date, cameo: '062', goldstein: 7.4, modality: 'asserted', confidence: 0.9,
  });
});

test('CSV quotes evidence that holds commas and quotes', () => {
  assert.match(csvHeader(), /^article_id,event_id,date,source_country,target_country,/);
  const hedged = csvRow(events.find((x) => x.event.modality === 'hedged')!);
  assert.equal(hedged.split(',').slice(0, 5).join(','), 'fixture-visit,v3,2017-08-04,USA,PRK');
  assert.match(hedged, /,"Washington may also sanction North Korea, officials said\.",/);
});

test('Parquet export writes a file DuckDB reads back with every event', async () => {
  const path = join(dir, 'events.parquet');
  async function* all() { yield* events; }
  assert.equal(await writeParquet(all(), path), 5);
  assert.ok(statSync(path).size > 0);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const reader = await connection.runAndReadAll(`SELECT type, count(*)::INTEGER AS n FROM read_parquet('${path}') GROUP BY type ORDER BY type`);
  assert.deepEqual(reader.getRows(), [['CONSULT', 2], ['COOPERATE', 1], ['SANCTION', 2]]);
  connection.closeSync();
  db.closeSync();
});

test('export filters: a dyad in either direction, a type', async () => {
  const ids = async (filter: Parameters<Store['exportEvents']>[0]) => {
    const out: string[] = [];
    for await (const x of store.exportEvents(filter)) out.push(`${x.articleId}/${x.event.id}`);
    return out;
  };
  assert.deepEqual(await ids({ dyad: ['IRN', 'PRK'] }), ['fixture-visit/v1', 'fixture-drill/v1', 'fixture-drill/v2']);
  assert.deepEqual(await ids({ types: ['SANCTION'], since: '2017-08-04' }), ['fixture-visit/v3']);
});
