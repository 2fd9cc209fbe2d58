import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { UserError } from '../cli/command.js';
import type { ExportedEvent } from '../store/store.js';

/** Writes one line per event (after an optional header) to a file or standard output, minding back-pressure. */
export async function writeLines(
  events: AsyncIterable<ExportedEvent>,
  header: string | undefined,
  row: (x: ExportedEvent) => string,
  path?: string,
): Promise<number> {
  const sink: Writable = path ? createWriteStream(path) : process.stdout;
  const failed = path ? once(sink, 'error').then(([err]) => { throw new UserError(`${path}: ${(err as Error).message}`); }) : undefined;
  failed?.catch(() => undefined);
  const write = async (text: string) => {
    if (!sink.write(text)) await Promise.race([once(sink, 'drain'), ...(failed ? [failed] : [])]);
  };
  let rows = 0;
  if (header !== undefined) await write(header + '\n');
  for await (const x of events) {
    await write(row(x) + '\n');
    rows++;
  }
  if (path) {
    sink.end();
    await Promise.race([once(sink, 'finish'), failed]);
  }
  return rows;
}
