// Readers: every source (text, HTML, JSON Lines, RSS/Atom, WARC, gzip of any, directories,
// standard input) becomes a stream of Articles. Bad input is an error item, never the end of a run.
import { open } from 'node:fs/promises';
import type { Article } from '../model/index.js';
import { looksBinary } from './decode.js';
import { type Format, formatOfName, sniffFormat } from './format.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { readJsonLines } from './jsonl.js';
import { expandPath, fileStream, openSource, type Source } from './source.js';
import { readText } from './text.js';
import { readWarc } from './warc.js';
import { describeProblem } from './problem.js';

export interface ReadOptions {
  /** YYYY-MM-DD, used when the source has none. */
  date?: string;
}

export type ReadItem = { article: Article } | { error: { where: string; problem: string } };

type Reader = (source: Source, options: ReadOptions) => AsyncGenerator<ReadItem>;

const READERS: Record<Format, Reader> = {
  text: readText,
  html: readHtml,
  feed: readFeed,
  warc: readWarc,
  jsonl: readJsonLines,
};

/** Reads every input in order (`-` is standard input; directories are walked) and yields articles and errors. */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readOne('stdin', undefined, () => openSource('stdin', process.stdin), options);
      continue;
    }
    let found = 0;
    try {
      for await (const path of expandPath(input)) {
        found++;
        yield* readOne(path, formatOfName(path), () => openSource(path, fileStream(path)), options);
      }
    } catch (err) {
      yield { error: { where: input, problem: describeProblem(err) } };
      continue;
    }
    if (found === 0) yield { error: { where: input, problem: 'no readable files in this directory (.txt, .html, .jsonl, .xml/.rss/.atom, .warc, or .gz of these)' } };
  }
}

async function* readOne(where: string, named: Format | undefined, opener: () => Promise<Source>, options: ReadOptions): AsyncGenerator<ReadItem> {
  try {
    const source = await opener();
    if (source.head.length === 0) {
      yield { error: { where, problem: 'empty file' } };
      return;
    }
    const format = named ?? sniffFormat(source.head.toString('latin1'));
    if (format !== 'warc' && looksBinary(source.head)) {
      yield { error: { where, problem: 'binary data, not text' } };
      return;
    }
    yield* READERS[format](source, options);
  } catch (err) {
    yield { error: { where, problem: describeProblem(err) } };
  }
}

/** Cheap estimate of how many articles the inputs hold (line count of .jsonl, one per document), or undefined. */
export async function estimateCount(inputs: string[]): Promise<number | undefined> {
  let total = 0;
  try {
    for (const input of inputs) {
      if (input === '-') return undefined;
      for await (const path of expandPath(input)) {
        const format = formatOfName(path);
        if (/\.gz$/i.test(path) || format === 'feed' || format === 'warc') return undefined;
        total += format === 'jsonl' ? await countLines(path) : 1;
      }
    }
  } catch {
    return undefined;
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(1 << 20);
    let lines = 0;
    let last = 0x0a;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      for (let i = buffer.indexOf(0x0a); i >= 0 && i < bytesRead; i = buffer.indexOf(0x0a, i + 1)) lines++;
      last = buffer[bytesRead - 1]!;
    }
    return last === 0x0a ? lines : lines + 1;
  } finally {
    await file.close();
  }
}
