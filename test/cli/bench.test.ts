import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const bin = join(fileURLToPath(new URL('../../../', import.meta.url)), 'bin', 'dyad.js');

function dyad(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DYAD_DB: '' } });
  return { status: r.status, stderr: r.stderr };
}

test('bench names a corpus it cannot read and a bad --limit in one line', () => {
  const missing = join(fileURLToPath(new URL('.', import.meta.url)), 'no-such-corpus.jsonl');
  assert.deepEqual(dyad('bench', '--corpus', missing), { status: 2, stderr: `dyad bench: ${missing}: no such file or directory\n` });
  assert.deepEqual(dyad('bench', '--corpus', missing, '--limit', '0'), { status: 2, stderr: 'dyad bench: --limit: expected a whole number of at least 1, got "0"\n' });
  const negative = dyad('bench', '--corpus', missing, '--limit', '-1');
  assert.equal(negative.status, 2);
  assert.match(negative.stderr, /^dyad bench: Option '--limit' argument is ambiguous\. [^\n]*; see `dyad bench --help`\n$/);
});
