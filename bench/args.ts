// Arguments of the bench scripts, checked the way the CLI checks its own: `--help` prints the
// script's usage; an unknown option, a bad number or a missing input file is one line naming the
// argument and the problem, then the usage line, on stderr, exit 2, never a stack trace.
// Call it first in a script, so that a bad argument fails before any data is read.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Options, UserError, argsProblem, wholeNumber } from '../src/cli/command.js';

/** The corpus the scripts read when none is named: Reuters-21578 beside the project. */
const DEFAULT_CORPUS = '../shared/corpus/reuters21578.jsonl';

export interface BenchSpec<O extends Options> {
  /** The script, as bench/<name>.ts: errors start `bench/<name>:`. */
  name: string;
  /** Printed by --help; its first line is the usage line, repeated under every error. */
  usage: string;
  options: O;
  /** How many positional arguments the script takes, at most. */
  positionals?: number;
}

export function benchArgs<const O extends Options>(spec: BenchSpec<O>) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(spec.usage.trimEnd() + '\n');
    process.exit(0);
  }
  const fail = (problem: string): never => {
    process.stderr.write(`bench/${spec.name}: ${problem}\n${spec.usage.split('\n')[0]}\n`);
    process.exit(2);
  };
  const parse = () => {
    try {
      return parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
    } catch (err) {
      const problem = argsProblem(err);
      if (problem) return fail(problem);
      throw err;
    }
  };
  const { values, positionals } = parse();
  const extra = positionals[spec.positionals ?? 0];
  if (extra !== undefined) fail(`unexpected argument "${extra}"`);
  return {
    values,
    positionals,
    fail,
    /** `raw` as a count of at least `min` (0 where 0 means "skip that part"); `fallback` when absent. */
    count(label: string, raw: string | undefined, fallback: number, min = 1): number {
      try {
        return wholeNumber(raw, label, min) ?? fallback;
      } catch (err) {
        if (err instanceof UserError) return fail(err.message);
        throw err;
      }
    },
    /** The `[corpus.jsonl] [N]` positionals of the scripts that read the first N articles of a corpus. */
    corpus(limitLabel: string, defaultLimit: number): { path: string; limit: number } {
      const limit = this.count(limitLabel, positionals[1], defaultLimit);
      return { path: this.file(positionals[0] ?? DEFAULT_CORPUS), limit };
    },
    /** `path` if it exists; otherwise the run stops here. */
    file(path: string): string {
      if (!existsSync(path)) fail(`${path}: no such file`);
      return path;
    },
  };
}
