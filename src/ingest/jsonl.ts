import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { makeArticle } from './article.js';
import type { ReadItem, ReadOptions } from './index.js';
import type { Source } from './source.js';

/**
 * JSON Lines, one article per line: `{id?, url, title, date | published, text | body, source}`.
 * Streamed line by line, so a file of any size reads in constant memory. A bad line is an
 * error item naming `path:LINE`, and reading goes on.
 */
export async function* readJsonLines(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input: Readable.from(source.chunks), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const where = `${source.where}:${n}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      yield { error: { where, problem: `not valid JSON (${(err as Error).message})` } };
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield { error: { where, problem: 'not a JSON object' } };
      continue;
    }
    const r = record as Record<string, unknown>;
    const text = typeof r.text === 'string' ? r.text : r.body;
    if (typeof text !== 'string') {
      yield { error: { where, problem: 'no "text" or "body" field' } };
      continue;
    }
    yield makeArticle(
      text,
      { origin: where, url: r.url, title: r.title, published: r.date ?? r.published, source: r.source },
      options,
    );
  }
}
