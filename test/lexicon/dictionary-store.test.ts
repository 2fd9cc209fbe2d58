import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { codeAt, DictionaryStore } from '../../src/lexicon/dictionary-store.js';
import { importDictionaryFile } from '../../src/lexicon/import-dictionary.js';

const ACTORS = 'OLAFUR_GRIMSSON_\n+PRESIDENT_GRIMSSON_\n\t[ISLGOV 960801-160731]\n\t[ISLELI]\nSTRAY_NAME_\n';

function withFile(text: string, run: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  try {
    const file = join(dir, 'Test.actors.txt');
    writeFileSync(file, text);
    run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('importing the same file twice changes nothing; a new version replaces the old', () => {
  withFile(ACTORS, (file) => {
    const store = new DictionaryStore(new Database(':memory:'));
    const first = importDictionaryFile(store, file, 'petrarch');
    assert.deepEqual([first.status, first.entries, first.names], ['imported', 1, 2]);
    assert.deepEqual(first.problems, [{ line: 5, problem: 'STRAY_NAME_: name without a code' }]);
    const again = importDictionaryFile(store, file, 'petrarch');
    assert.equal(again.status, 'unchanged');
    assert.equal(store.lookup('president grimsson').length, 1);
    writeFileSync(file, ACTORS.replace('[ISLELI]', '[ISLELI]\n+GRIMSSON_'));
    assert.equal(importDictionaryFile(store, file, 'petrarch').status, 'replaced');
    assert.equal(store.lookup('grimsson').length, 1);
    assert.deepEqual(store.stats().map((s) => [s.source, s.entries, s.names, s.problems]), [['Test.actors.txt', 1, 3, 1]]);
    store.close();
  });
});

test('the code in force at a date: the dated period that holds it, else the undated code', () => {
  withFile(ACTORS, (file) => {
    const store = new DictionaryStore(new Database(':memory:'));
    importDictionaryFile(store, file, 'petrarch');
    const [hit] = store.lookup('olafur grimsson');
    assert.equal(codeAt(hit.codes, '2010-06-01')?.sector, 'GOV');
    assert.equal(codeAt(hit.codes, '2020-06-01')?.sector, 'ELI');
    store.close();
  });
});

test('openExisting: the dictionaries of a database that has them; a database of articles only is left untouched', () => {
  withFile(ACTORS, (file) => {
    const dir = join(file, '..');
    assert.equal(DictionaryStore.openExisting(join(dir, 'missing.db')), undefined);
    const articles = join(dir, 'articles.db');
    const plain = new Database(articles);
    plain.exec('CREATE TABLE articles (id TEXT)');
    plain.close();
    assert.equal(DictionaryStore.openExisting(articles), undefined);
    const check = new Database(articles);
    assert.deepEqual(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all(), [{ name: 'articles' }]);
    check.close();
    assert.equal(DictionaryStore.openExisting(file), undefined, 'a text file is not a database');

    const withDict = join(dir, 'dict.db');
    const store = DictionaryStore.open(withDict);
    importDictionaryFile(store, file, 'petrarch');
    store.close();
    const opened = DictionaryStore.openExisting(withDict);
    assert.equal(opened?.lookup('president grimsson')[0].label, 'OLAFUR_GRIMSSON_');
    opened?.close();
  });
});
