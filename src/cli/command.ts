import type { ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/**
 * One CLI command. Each file in src/cli/commands/ exports `command`; the CLI discovers them,
 * so adding a command touches no other file. Keep top-level imports light: `dyad --help`
 * loads every command module.
 */
export interface Command {
  name: string;
  /** One line for `dyad --help`. */
  summary: string;
  /** Full text for `dyad <name> --help`: usage line, then options. */
  help: string;
  options: Options;
  /** Commands with subcommands (eval, dict) take their arguments unparsed as `positionals`. */
  rawArgs?: boolean;
  run(args: ParsedArgs): Promise<number>;
}

/** An error the user caused (bad option, missing file): printed as one line, no stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export function str(v: ParsedArgs['values'][string]): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** `--name N`, a whole number of at least `min` (1 for a count where 0 means nothing to do). */
export function int(v: ParsedArgs['values'][string], name: string, min = 0): number | undefined {
  return wholeNumber(v, `--${name}`, min);
}

/** `v` as a whole number of at least `min`, undefined when absent; `label` names the argument in the error. */
export function wholeNumber(v: ParsedArgs['values'][string], label: string, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    throw new UserError(`${label}: expected a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${String(v)}"`);
  }
  return n;
}

/** The message of a node:util parseArgs error (unknown option, missing value) on one line; undefined for other errors. */
export function argsProblem(err: unknown): string | undefined {
  const code = (err as { code?: string }).code;
  return code?.startsWith('ERR_PARSE_ARGS') ? (err as Error).message.replace(/\s*\n\s*/g, ' ') : undefined;
}

/** `--date YYYY-MM-DD`, checked. */
export function dateOption(v: ParsedArgs['values'][string], name = 'date'): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) {
    throw new UserError(`--${name}: expected a date as YYYY-MM-DD, got "${s}"`);
  }
  return s;
}
