// Bad input never stops a run: each problem is one error item naming the input, then reading goes on.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { articles, collect, errors } from './collect.js';

const GOOD = 'Ministers Meet in Oslo\n\nThe foreign ministers met in Oslo on Monday and agreed to meet again.\n';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'dyad-bad-'));
}

test('each bad input gives one clear error and the next input is still read', async () => {
  const dir = scratch();
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const binary = file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const random = file('random.jsonl', randomBytes(64 * 1024));
  const empty = file('empty.txt', '');
  const feed = file('broken.rss', '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>Desk</title>\n<item><title>Cut off</item>\n</channel></rss>\n');
  const noBody = file('front-page.html', '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>Contact us</footer></body></html>');
  const good = file('good.txt', GOOD);
  const missing = join(dir, 'no-such-file.txt');
  const items = await collect([binary, random, empty, feed, noBody, missing, good]);
  assert.deepEqual(errors(items), [
    { where: binary, problem: 'binary data, not text' },
    { where: random, problem: 'binary data, not text' },
    { where: empty, problem: 'empty file' },
    { where: `${feed}:4`, problem: "broken XML (Expected closing tag 'title' (opened in line 4, col 7) instead of closing tag 'item'.)" },
    { where: noBody, problem: 'no article text found' },
    { where: missing, problem: 'no such file or directory' },
  ]);
  assert.deepEqual(articles(items).map((a) => a.title), ['Ministers Meet in Oslo']);
});

test('a truncated .gz keeps the articles read before the break, then reports it', async () => {
  const dir = scratch();
  const path = join(dir, 'wire.jsonl.gz');
  const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ title: `Story ${i}`, text: `Report number ${i} ${randomBytes(24).toString('hex')}.` }));
  const gz = gzipSync(lines.join('\n') + '\n');
  writeFileSync(path, gz.subarray(0, Math.floor(gz.length / 2)));
  const items = await collect([path]);
  const read = articles(items);
  assert.ok(read.length > 1000 && read.length < 5000, `${read.length} articles before the break`);
  assert.equal(read[0]!.title, 'Story 0');
  assert.deepEqual(items.at(-1), { error: { where: path, problem: 'truncated gzip data (unexpected end of file)' } });
});

test('windows-1252 text is decoded, typographic quotes included', async () => {
  const dir = scratch();
  const path = join(dir, 'latin.txt');
  // "Café talks in São Paulo" … with cp1252 curly quotes (0x93, 0x94) and an en dash (0x96)
  const bytes = Buffer.concat([
    Buffer.from('Caf\xe9 Talks in S\xe3o Paulo\n\nThe ministers met \x96 briefly \x96 at a caf\xe9. ', 'latin1'),
    Buffer.from([0x93]), Buffer.from('We agreed,', 'latin1'), Buffer.from([0x94]), Buffer.from(' one said.\n', 'latin1'),
  ]);
  writeFileSync(path, bytes);
  const [a] = articles(await collect([path]));
  assert.equal(a!.title, 'Café Talks in São Paulo');
  assert.equal(a!.text, 'The ministers met – briefly – at a café. “We agreed,” one said.');
});

test('a 50 MB single article is read whole', async () => {
  const dir = scratch();
  const path = join(dir, 'long.txt');
  const paragraph = 'The delegation arrived in the capital on Monday and held talks on trade and the border. '.repeat(10).trim();
  const count = Math.ceil(50_000_000 / (paragraph.length + 2));
  writeFileSync(path, `A Very Long Report\n\n${`${paragraph}\n\n`.repeat(count)}`);
  const [a] = articles(await collect([path]));
  assert.equal(a!.title, 'A Very Long Report');
  assert.equal(a!.text.length, count * (paragraph.length + 2) - 2);
});

test('a directory with no readable files is an error, as is an unreadable file type inside one', async () => {
  const dir = scratch();
  mkdirSync(join(dir, 'images'));
  writeFileSync(join(dir, 'images', 'map.png'), randomBytes(100));
  writeFileSync(join(dir, '.hidden.txt'), GOOD);
  assert.deepEqual(await collect([dir]), [
    { error: { where: dir, problem: 'no readable files in this directory (.txt, .html, .jsonl, .xml/.rss/.atom, .warc, or .gz of these)' } },
  ]);
});

test('an XML file that is not a feed says so', async () => {
  const dir = scratch();
  const path = join(dir, 'sitemap.xml');
  writeFileSync(path, '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>');
  assert.deepEqual(await collect([path]), [{ error: { where: path, problem: 'not an RSS or Atom feed' } }]);
});
