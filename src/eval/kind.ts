import type { Options, ParsedArgs } from '../cli/command.js';

/** One `dyad eval <kind>` scorer: reads a gold format, runs dyad on it, prints the figures. */
export interface EvalKind {
  summary: string;
  help: string;
  options: Options;
  /** Prints a human-readable report, or one JSON object with --json. Returns the exit code. */
  run(args: ParsedArgs): Promise<number>;
}
