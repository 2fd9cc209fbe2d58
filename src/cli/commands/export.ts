import type { Command } from '../command.js';
import { dateOption, str, UserError } from '../command.js';

const FORMATS = ['gdelt', 'plover', 'csv', 'parquet'] as const;

export const command: Command = {
  name: 'export',
  summary: 'Write stored events as GDELT 2.0 rows, PLOVER JSON Lines, CSV or Parquet',
  help: `Usage: dyad export --format gdelt|plover|csv|parquet [filters] [--out FILE] [--db PATH]

Formats:
  gdelt     the GDELT 2.0 event table: 61 tab-separated columns, no header (GLOBALEVENTID, SQLDATE,
            … SOURCEURL); CAMEO codes with their leading zeros, actor codes from country + role,
            FIPS 10-4 country codes in the geo fields, blank where dyad knows nothing; only
            asserted, reported and hedged events (GDELT has no modality column)
  plover    PLOVER JSON Lines (one event per line: id, date, actor, recipient, event, mode,
            context, quad_code, event_loc, event_text, cite_info, …)
  csv       one row per event with a header line
  parquet   the same columns as csv in a Parquet file (needs --out)

Filters:
  --since D       events from this day (YYYY-MM-DD)
  --until D       events up to this day, inclusive
  --country C     events with this country as source or target
  --dyad A-B      events between A and B, either direction
  --type T        PLOVER types, comma-separated (SANCTION,ASSAULT)

Options:
  --out FILE      write here instead of standard output
  --db PATH       database file (default: $DYAD_DB, else ./dyad.db)
`,
  options: {
    format: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, country: { type: 'string' },
    dyad: { type: 'string' }, type: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' },
  },
  async run({ values }) {
    const format = str(values.format);
    if (!format || !(FORMATS as readonly string[]).includes(format)) throw new UserError(`--format: expected one of ${FORMATS.join(', ')}`);
    const out = str(values.out);
    if (format === 'parquet' && !out) throw new UserError('--format parquet writes a file; give --out FILE');
    const { countryArg, dyadArg, typesArg } = await import('../../graph/filter-args.js');
    const filter = {
      since: dateOption(values.since, 'since'),
      until: dateOption(values.until, 'until'),
      country: countryArg(str(values.country), '--country'),
      dyad: dyadArg(str(values.dyad)),
      types: typesArg(str(values.type)),
      // GDELT rows have no modality: only events said to have happened go in.
      ...(format === 'gdelt' && { modalities: ['asserted', 'reported', 'hedged'] }),
    };
    const { openStore, storeLocation } = await import('../../store/index.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      const events = store.exportEvents(filter);
      if (format === 'parquet') {
        const { writeParquet } = await import('../../export/parquet.js');
        const rows = await writeParquet(events, out as string);
        process.stderr.write(`wrote ${rows} events to ${out}\n`);
        return 0;
      }
      const { writeLines } = await import('../../export/lines.js');
      const line = await lineWriter(format);
      const rows = await writeLines(events, line.header, line.row, out);
      if (out) process.stderr.write(`wrote ${rows} events to ${out}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

async function lineWriter(format: string) {
  if (format === 'gdelt') {
    const { gdeltRow } = await import('../../export/gdelt.js');
    return { header: undefined, row: (x: Parameters<typeof gdeltRow>[0]) => gdeltRow(x).join('\t') };
  }
  if (format === 'plover') {
    const { ploverRecord } = await import('../../export/plover.js');
    return { header: undefined, row: (x: Parameters<typeof ploverRecord>[0]) => JSON.stringify(ploverRecord(x)) };
  }
  const { csvHeader, csvRow } = await import('../../export/csv.js');
  return { header: csvHeader(), row: csvRow };
}
