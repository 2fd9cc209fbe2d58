import { parseArgs } from 'node:util';
import type { EvalKind } from '../../eval/kind.js';
import { type Command, UserError } from '../command.js';

/** Each kind lives in src/eval/<kind>.ts and exports `evaluation`; loaded only when used. */
const KINDS: Record<string, () => Promise<{ evaluation: EvalKind }>> = {
  actors: () => import('../../eval/actors.js'),
  ner: () => import('../../eval/ner.js'),
  dates: () => import('../../eval/dates.js'),
  quotes: () => import('../../eval/quotes.js'),
  events: () => import('../../eval/events.js'),
};

export const command: Command = {
  name: 'eval',
  summary: 'Score dyad on gold data: ner, dates, actors, events, quotes (--json for one JSON object)',
  help: `Usage: dyad eval <kind> [options] [--json]

Kinds:
  actors --cases FILE     JSON Lines {actor, context, date, country, sector}: country, sector, both accuracy
  ner    --conll FILE     CoNLL-2003 columns: precision, recall, F1 overall and per type
  dates  --timeml DIR     TimeML with DCT and TIMEX3: accuracy of normalised DATE values
  quotes --brat DIR       brat attributions (PolNeAR): source, cue, content P/R/F1, exact and overlap
  events --plover FILE    PLOVER gold records: event type P/R/F1, source/target accuracy, full F1

Run \`dyad eval <kind> --help\` for a kind's options. --json prints one JSON object.
`,
  options: {},
  rawArgs: true,
  async run({ positionals }) {
    const [kind, ...rest] = positionals;
    const load = KINDS[kind];
    if (!load) throw new UserError(`unknown kind "${kind}"; expected one of: ${Object.keys(KINDS).join(', ')}`);
    const { evaluation } = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(evaluation.help.trimEnd() + '\n');
      return 0;
    }
    const args = parseArgs({ args: rest, options: evaluation.options, allowPositionals: true, strict: true });
    return evaluation.run(args as Parameters<EvalKind['run']>[0]);
  },
};
