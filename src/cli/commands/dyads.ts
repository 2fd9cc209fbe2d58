import type { Command } from '../command.js';
import { dateOption, str, UserError } from '../command.js';

export const command: Command = {
  name: 'dyads',
  summary: 'List country pairs with their event counts and cooperation–conflict balance',
  help: `Usage: dyad dyads [--country C] [--since D] [--until D] [--coder dyad|gdelt] [--db PATH] [--json]

Each ordered pair of countries (source → target) with events in the period: counted events
(asserted, reported, hedged), the modality-weighted Goldstein mean and the weighted events by
QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
Most events first.

Options:
  --country C   pairs with this country (ISO 3166-1 alpha-3, or UNO, EUR, IGO …) on either side
  --since D     from this day (YYYY-MM-DD)
  --until D     up to this day, inclusive
  --coder K     dyad (our own coding) or gdelt (imported rows); both by default
  --db PATH     database file (default: $DYAD_DB, else ./dyad.db)
  --json        a JSON array of {source, target, coder, events, weight, goldstein, quads, days, first, last}
`,
  options: {
    country: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, coder: { type: 'string' },
    db: { type: 'string' }, json: { type: 'boolean' },
  },
  async run({ values }) {
    const { countryArg, coderArg } = await import('../../graph/filter-args.js');
    const filter = {
      country: countryArg(str(values.country), '--country'),
      since: dateOption(values.since, 'since'),
      until: dateOption(values.until, 'until'),
      coder: coderArg(str(values.coder)),
    };
    const { openStore, storeLocation } = await import('../../store/index.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      const totals = await store.dyadTotals(filter);
      const rows = totals.map((t) => ({
        source: t.source, target: t.target, coder: t.coder, events: t.events, weight: round(t.weight),
        goldstein: t.weight > 0 ? round(t.goldstein / t.weight) : null,
        quads: [t.q1, t.q2, t.q3, t.q4].map(round), days: t.days, first: t.first, last: t.last,
      }));
      if (values.json) {
        process.stdout.write(JSON.stringify(rows) + '\n');
        return 0;
      }
      if (rows.length === 0) throw new UserError('no events between countries match; ingest articles or widen the filters', 1);
      process.stdout.write('source target coder  events  goldstein   q1   q2   q3   q4  first       last\n');
      for (const r of rows) {
        process.stdout.write(`${r.source.padEnd(6)} ${r.target.padEnd(6)} ${r.coder.padEnd(6)} ${String(r.events).padStart(6)}  ${fmt(r.goldstein).padStart(9)} `
          + `${r.quads.map((q) => String(q).padStart(4)).join(' ')}  ${r.first}  ${r.last}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

const round = (x: number) => Math.round(x * 100) / 100;
const fmt = (x: number | null) => (x === null ? '-' : (x > 0 ? '+' : '') + x.toFixed(2));
