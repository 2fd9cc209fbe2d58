import type { Command } from '../command.js';
import { dateOption, int, str, UserError } from '../command.js';

export const command: Command = {
  name: 'signals',
  summary: 'Relations that shifted: bursts, turns, firsts and drifts, each with its evidence events',
  help: `Usage: dyad signals [--since D] [--until D] [--kind K] [--evidence N] [--db PATH] [--json]

Signals that fire on the days from --since to --until, for each ordered country pair:
  burst   events in the last 7 days far above the pair's own rate in the 84 days before,
          per article of coverage (negative-binomial tail; score = −log10 p)
  turn    the Goldstein mean of the last 14 days outside the pair's usual range (CUSUM; score
          in standard deviations)
  first   an event type, or type in a context, never seen before between the pair
          (score = log2 of 1 + earlier events)
  drift   a steady trend in weekly Goldstein means over 8 weeks (Mann–Kendall; score = |z|)
Each signal carries a one-line explanation and the events behind it (article id, event id,
evidence span and text).

Options:
  --since D      first day (default: 29 days before --until)
  --until D      last day, inclusive (default: the newest article's date)
  --kind K       only these kinds (comma-separated: burst,turn,first,drift)
  --evidence N   evidence events per signal (default 3)
  --db PATH      database file (default: $DYAD_DB, else ./dyad.db)
  --json         a JSON array of signals
`,
  options: {
    since: { type: 'string' }, until: { type: 'string' }, kind: { type: 'string' }, evidence: { type: 'string' },
    db: { type: 'string' }, json: { type: 'boolean' },
  },
  async run({ values }) {
    const { findSignals, SIGNAL_KINDS } = await import('../../graph/signals.js');
    const kinds = str(values.kind)?.split(',').map((k) => k.trim());
    for (const k of kinds ?? []) {
      if (!(SIGNAL_KINDS as readonly string[]).includes(k)) throw new UserError(`--kind: "${k}" is not one of ${SIGNAL_KINDS.join(', ')}`);
    }
    const since = dateOption(values.since, 'since');
    const until = dateOption(values.until, 'until');
    if (since && until && since > until) throw new UserError(`--since ${since} is after --until ${until}`);
    const { openStore, storeLocation } = await import('../../store/index.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      const signals = await findSignals(store, {
        since, until, kinds: kinds as typeof SIGNAL_KINDS | undefined, evidence: int(values.evidence, 'evidence'),
      });
      if (values.json) {
        process.stdout.write(JSON.stringify(signals) + '\n');
        return 0;
      }
      if (signals.length === 0) process.stderr.write('no signals in this period\n');
      for (const s of signals) {
        process.stdout.write(`${s.day}  ${s.kind.padEnd(5)}  ${s.score.toFixed(2).padStart(6)}  ${s.explanation}${s.coder === 'gdelt' ? ' [gdelt]' : ''}\n`);
        for (const e of s.evidence) {
          process.stdout.write(`    ${e.articleId.slice(0, 12)} ${e.eventId} ${e.date ?? '?'} ${e.type} ${e.cameo}: ${e.text.replace(/\s+/g, ' ').slice(0, 120)}\n`);
        }
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
