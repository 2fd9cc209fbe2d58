// The bench scripts' arguments: --help prints the usage; a bad argument is one line naming it,
// then the usage line, exit 2, before any data is read (so these need no corpus).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function bench(name: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'bench', `${name}.js`), ...args], { encoding: 'utf8', cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A failure as the scripts report one: the problem, the usage line, nothing else (no stack frames). */
function assertFails(r: ReturnType<typeof bench>, name: string, problem: string | RegExp) {
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  const [first, usage] = lines as [string, string];
  if (typeof problem === 'string') assert.equal(first, `bench/${name}: ${problem}`);
  else assert.match(first, problem);
  assert.match(usage, new RegExp(`^Usage: node dist/bench/${name}\\.js `));
}

test('--help prints the usage and exits 0', () => {
  for (const name of ['graph', 'quotes']) {
    const r = bench(name, '--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Usage: node dist/bench/${name}\\.js `));
    assert.equal(r.stderr, '');
  }
});

test('an unknown option, a bad count or a missing input is one line and exit 2', () => {
  assertFails(bench('graph', '--bogus'), 'graph', /^bench\/graph: Unknown option '--bogus'/);
  assertFails(bench('graph', '--events', 'abc'), 'graph', '--events: expected a whole number of at least 1, got "abc"');
  assertFails(bench('graph', '--events', '0'), 'graph', '--events: expected a whole number of at least 1, got "0"');
  assertFails(bench('quotes', 'test/fixtures', '1.5'), 'quotes', 'N: expected a whole number of at least 1, got "1.5"');
  assertFails(bench('quotes', 'no-such-corpus.jsonl'), 'quotes', 'no-such-corpus.jsonl: no such file');
  assertFails(bench('quotes', 'a', '1', 'b'), 'quotes', 'unexpected argument "b"');
});
