import { makeArticle } from './article.js';
import { decodeText } from './decode.js';
import type { ReadItem, ReadOptions } from './index.js';
import { readAll, type Source } from './source.js';

const HEADLINE_MAX_CHARS = 200;
const HEADLINE_MAX_WORDS = 25;

/**
 * A plain-text article. A first line that reads as a headline (short, no closing period, a blank
 * line after it) becomes the title and is left out of the text: `text` is the story body.
 */
export async function* readText(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const raw = decodeText(await readAll(source));
  const { title, body } = splitHeadline(raw);
  yield makeArticle(body, { origin: source.where, title }, options);
}

export function splitHeadline(raw: string): { title?: string; body: string } {
  const start = raw.search(/\S/);
  if (start < 0) return { body: raw };
  const lineEnd = raw.indexOf('\n', start);
  if (lineEnd < 0) return { body: raw };
  const first = raw.slice(start, lineEnd).trim();
  const rest = raw.slice(lineEnd + 1);
  const followedByBlank = /^[^\S\n]*(?:\n|$)/.test(rest);
  const isHeadline =
    followedByBlank &&
    /\S/.test(rest) &&
    first.length <= HEADLINE_MAX_CHARS &&
    first.split(/\s+/).length <= HEADLINE_MAX_WORDS &&
    !/[.,;:]$/.test(first);
  return isHeadline ? { title: first, body: rest } : { body: raw };
}
