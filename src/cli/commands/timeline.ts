import type { Command } from '../command.js';
import { dateOption, str, UserError } from '../command.js';

export const command: Command = {
  name: 'timeline',
  summary: 'The relation between two countries over time: events, Goldstein mean, QuadClass mix',
  help: `Usage: dyad timeline A B [--by day|week|month] [--since D] [--until D] [--directed] [--coder dyad|gdelt] [--db PATH] [--json]

Events between countries A and B (both directions unless --directed), one line per period with
events: counted events, the modality-weighted Goldstein mean (−10 conflict … +10 cooperation),
weighted events by QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict), the PLOVER types, events counted apart (future, negated, historical) and the
articles mentioning A and B (coverage).

Options:
  --by P        day (default), week (starting Monday) or month
  --since D     from this day (YYYY-MM-DD)
  --until D     up to this day, inclusive
  --directed    only events from A to B
  --coder K     dyad (our own coding) or gdelt (imported rows); both by default
  --db PATH     database file (default: $DYAD_DB, else ./dyad.db)
  --json        a JSON array of periods
`,
  options: {
    by: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, directed: { type: 'boolean' },
    coder: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const { countryArg, coderArg } = await import('../../graph/filter-args.js');
    if (positionals.length !== 2) throw new UserError('expected two country codes, such as `dyad timeline PRK IRN`');
    const a = countryArg(positionals[0], 'A') as string;
    const b = countryArg(positionals[1], 'B') as string;
    const by = str(values.by) ?? 'day';
    if (by !== 'day' && by !== 'week' && by !== 'month') throw new UserError(`--by: expected day, week or month, got "${by}"`);
    const { openStore, storeLocation } = await import('../../store/index.js');
    const { timeline, balance } = await import('../../graph/timeline.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      const points = await timeline(store, a, b, {
        by, since: dateOption(values.since, 'since'), until: dateOption(values.until, 'until'),
        directed: values.directed === true, coder: coderArg(str(values.coder)),
      });
      if (values.json) {
        process.stdout.write(JSON.stringify(points) + '\n');
        return 0;
      }
      if (points.length === 0) throw new UserError(`${a}–${b}: no events between these countries match`, 1);
      process.stdout.write(`${a}${values.directed ? '→' : '–'}${b}\nperiod      coder  events  goldstein  q1/q2/q3/q4        lean         types\n`);
      for (const p of points) {
        const lean = balance(p);
        const leaning = p.weight === 0 ? '-' : lean > 0 ? 'cooperation' : lean < 0 ? 'conflict' : 'even';
        const types = Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(', ');
        const apart = [['future', p.future], ['negated', p.negated], ['historical', p.historical]].filter(([, n]) => n).map(([k, n]) => `${k} ${n}`);
        process.stdout.write(`${p.period.padEnd(11)} ${p.coder.padEnd(6)} ${String(p.events).padStart(6)}  ${(p.goldstein === null ? '-' : p.goldstein.toFixed(2)).padStart(9)}  `
          + `${p.quads.join('/').padEnd(17)}  ${leaning.padEnd(11)}  ${[types, ...apart].filter(Boolean).join('; ')}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
