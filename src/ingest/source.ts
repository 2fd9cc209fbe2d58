import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { formatOfName } from './format.js';

/** One opened input: its bytes (gzip already undone) with the first of them at hand for sniffing. */
export interface Source {
  /** How errors and origins name it: the path, or "stdin". */
  where: string;
  /** The first bytes of the content, for sniffing. Also the start of `chunks`. */
  head: Buffer;
  /** All the content, head included. Throws when the input breaks (truncated gzip, read error). */
  chunks: AsyncIterable<Buffer>;
}

const HEAD_BYTES = 64 * 1024;

/** Opens a file or standard input ("-"); decompresses gzip whatever the name says. */
export async function openSource(where: string, stream: Readable): Promise<Source> {
  const raw = await peek(stream, 2);
  const gzipped = raw.head[0] === 0x1f && raw.head[1] === 0x8b;
  const content = gzipped ? gunzip(raw.chunks) : raw.chunks;
  const { head, chunks } = await peek(content, HEAD_BYTES);
  return { where, head, chunks };
}

export function fileStream(path: string): Readable {
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

/**
 * The files an input path stands for: itself, or for a directory every file of a known type
 * below it, sorted by name (so runs are repeatable); hidden files are skipped.
 */
export async function* expandPath(path: string): AsyncGenerator<string> {
  if (!(await stat(path)).isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(path, e.name);
    if (e.isDirectory()) yield* expandPath(full);
    else if (e.isFile() && formatOfName(e.name)) yield full;
  }
}

function gunzip(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  // pipeline passes a failure of either side on to the gunzip stream, so the reader sees it
  return pipeline(Readable.from(chunks, { objectMode: false }), createGunzip(), () => {});
}

/**
 * Reads at least `min` bytes (or all there is) and hands back an iterable that replays them.
 * A failure while peeking is held back and thrown after the bytes read before it.
 */
async function peek(source: AsyncIterable<Buffer>, min: number): Promise<{ head: Buffer; chunks: AsyncIterable<Buffer> }> {
  const it = source[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  let done = false;
  let failure: unknown;
  try {
    while (size < min) {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
      parts.push(chunk);
      size += chunk.length;
    }
  } catch (err) {
    failure = err;
    done = true;
  }
  const head = Buffer.concat(parts);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (failure !== undefined) throw failure;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    }
  }
  return { head, chunks: replay() };
}

/** All the content of a source in one buffer (for formats read as one document). */
export async function readAll(source: Source): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of source.chunks) parts.push(chunk);
  return Buffer.concat(parts);
}
