import type { ExportedEvent } from '../store/store.js';
import { FLAT_COLUMNS } from './flat.js';

const SQL_TYPES = { text: 'VARCHAR', int: 'INTEGER', real: 'DOUBLE' } as const;

/**
 * Writes events to a Parquet file through an in-memory DuckDB: rows go in through the appender,
 * then COPY writes the file (DuckDB's built-in Parquet writer; nothing is downloaded).
 */
export async function writeParquet(events: AsyncIterable<ExportedEvent>, path: string): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE events (${FLAT_COLUMNS.map((c) => `${c.name} ${SQL_TYPES[c.kind]}`).join(', ')})`);
    const appender = await connection.createAppender('events');
    let rows = 0;
    for await (const x of events) {
      for (const c of FLAT_COLUMNS) {
        const v = c.get(x);
        if (v === null) appender.appendNull();
        else if (c.kind === 'text') appender.appendVarchar(String(v));
        else if (c.kind === 'int') appender.appendInteger(Number(v));
        else appender.appendDouble(Number(v));
      }
      appender.endRow();
      rows++;
    }
    appender.closeSync();
    await connection.run(`COPY events TO '${path.replace(/'/g, "''")}' (FORMAT parquet)`);
    return rows;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
