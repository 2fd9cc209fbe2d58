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

export function int(v: ParsedArgs['values'][string], name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`--${name}: expected a whole number, got "${String(v)}"`);
  return n;
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
