import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { articles, collect, errors } from './collect.js';

/** One WARC record written by hand: version line, headers, Content-Length, blank line, block. */
function record(headers: Record<string, string>, block: string): Buffer {
  const body = Buffer.from(block);
  const head = ['WARC/1.0', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: string, contentType: string, body: string): string {
  return `HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const DATED_PAGE =
  '<html><head><meta property="article:published_time" content="2019-05-04T22:10:00+02:00"><title>Port Talks Resume</title></head>' +
  '<body><article><h1>Port Talks Resume</h1><p>Negotiators from both countries resumed talks on the harbour dispute on Saturday, officials said.</p>' +
  '<p>The talks had been suspended for a month.</p></article></body></html>';
const UNDATED_PAGE =
  '<html><head><title>Ceasefire Holds</title></head><body><article><p>The ceasefire held for a third day in the north, the monitors reported on Monday.</p></article></body></html>';

const RECORDS = [
  record({ 'WARC-Type': 'warcinfo', 'WARC-Record-ID': '<urn:uuid:00000000-0000-0000-0000-000000000001>', 'WARC-Date': '2019-05-06T10:00:00Z', 'Content-Type': 'application/warc-fields' }, 'software: dyad tests\r\n'),
  record({ 'WARC-Type': 'request', 'WARC-Record-ID': '<urn:uuid:00000000-0000-0000-0000-000000000002>', 'WARC-Date': '2019-05-06T10:00:01Z', 'WARC-Target-URI': 'https://news.example.org/port-talks', 'Content-Type': 'application/http; msgtype=request' }, 'GET /port-talks HTTP/1.1\r\nHost: news.example.org\r\n\r\n'),
  record({ 'WARC-Type': 'response', 'WARC-Record-ID': '<urn:uuid:00000000-0000-0000-0000-000000000003>', 'WARC-Date': '2019-05-06T10:00:01Z', 'WARC-Target-URI': 'https://news.example.org/port-talks', 'Content-Type': 'application/http; msgtype=response' }, httpResponse('200 OK', 'text/html; charset=utf-8', DATED_PAGE)),
  record({ 'WARC-Type': 'response', 'WARC-Record-ID': '<urn:uuid:00000000-0000-0000-0000-000000000004>', 'WARC-Date': '2019-05-06T10:00:02Z', 'WARC-Target-URI': 'https://news.example.org/gone', 'Content-Type': 'application/http; msgtype=response' }, httpResponse('404 Not Found', 'text/html', '<html><body><p>This page was not found on our server.</p></body></html>')),
  record({ 'WARC-Type': 'response', 'WARC-Record-ID': '<urn:uuid:00000000-0000-0000-0000-000000000005>', 'WARC-Date': '2019-05-06T10:00:03Z', 'WARC-Target-URI': 'https://news.example.org/logo.png', 'Content-Type': 'application/http; msgtype=response' }, httpResponse('200 OK', 'image/png', 'PNG')),
  record({ 'WARC-Type': 'response', 'WARC-Record-ID': '<urn:uuid:00000000-0000-0000-0000-000000000006>', 'WARC-Date': '2019-05-07T11:30:00Z', 'WARC-Target-URI': 'https://news.example.org/ceasefire', 'Content-Type': 'application/http; msgtype=response' }, httpResponse('200 OK', 'text/html', UNDATED_PAGE)),
];

function expectArchive(items: Awaited<ReturnType<typeof collect>>): void {
  assert.deepEqual(errors(items), []);
  const found = articles(items);
  assert.deepEqual(
    found.map((a) => [a.url, a.origin, a.title, a.published]),
    [
      ['https://news.example.org/port-talks', 'https://news.example.org/port-talks', 'Port Talks Resume', '2019-05-04'],
      ['https://news.example.org/ceasefire', 'https://news.example.org/ceasefire', 'Ceasefire Holds', '2019-05-07'],
    ],
  );
  assert.equal(found[0]!.text, 'Negotiators from both countries resumed talks on the harbour dispute on Saturday, officials said.\n\nThe talks had been suspended for a month.');
}

test('a WARC: HTML 200 responses become articles (page date first, then WARC-Date); other records are passed over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-warc-'));
  writeFileSync(join(dir, 'crawl.warc'), Buffer.concat(RECORDS));
  expectArchive(await collect([join(dir, 'crawl.warc')]));
});

test('a WARC.gz with one gzip member per record reads the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-warc-'));
  writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(RECORDS.map((r) => gzipSync(r))));
  expectArchive(await collect([join(dir, 'crawl.warc.gz')]));
});

test('a WARC without HTML pages says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-warc-'));
  const path = join(dir, 'info.warc');
  writeFileSync(path, Buffer.concat(RECORDS.slice(0, 2)));
  assert.deepEqual(await collect([path]), [{ error: { where: path, problem: 'no HTML response records in this WARC' } }]);
});
