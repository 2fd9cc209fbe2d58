import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function dyad(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DYAD_DB: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A person only our dictionary knows (invented): the bundled office-holders do not list her. */
const dictionary = join(dir, 'estonia.actors.txt');
writeFileSync(dictionary, ['MARET_LAANEMETS_', '+MINISTER_LAANEMETS_', '\t[ESTGOV 20210126-20240723]', '\t[ESTELI]', ''].join('\n'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'Estonia shuts border crossings\n\nMaret Laanemets said on Tuesday that the border crossings with Russia would close to cars with Russian plates.\n');

function laanemets(stdout: string): { country: string | null; sector: string | null } {
  const doc = JSON.parse(stdout.trim().split('\n')[0]) as { actors: { name: string; country: string | null; sector: string | null }[] };
  const actor = doc.actors.find((a) => a.name === 'Maret Laanemets');
  assert.ok(actor, 'Maret Laanemets is an actor');
  return { country: actor.country, sector: actor.sector };
}

test('extract --db codes actors with the dictionaries imported into that database, at the article date', () => {
  const db = join(dir, 'dict.db');
  const imported = dyad('dict', 'import', '--petrarch', dictionary, '--db', db);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /estonia\.actors\.txt: imported, 1 entries, 2 names, 0 lines skipped/);

  const without = dyad('extract', story, '--date', '2022-09-20');
  assert.equal(without.status, 0, without.stderr);
  assert.deepEqual(laanemets(without.stdout), { country: null, sector: null });

  const inOffice = dyad('extract', story, '--date', '2022-09-20', '--db', db);
  assert.equal(inOffice.status, 0, inOffice.stderr);
  assert.deepEqual(laanemets(inOffice.stdout), { country: 'EST', sector: 'GOV' });

  const before = dyad('extract', story, '--date', '2019-09-20', '--db', db);
  assert.deepEqual(laanemets(before.stdout), { country: 'EST', sector: 'ELI' });
});

test('extract --db names a missing database in one line', () => {
  const missing = join(dir, 'none.db');
  const r = dyad('extract', story, '--db', missing);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim(), `dyad extract: ${missing}: no database here`);
});
