import type { Article } from '../model/index.js';
import { cleanText } from './clean.js';
import { normaliseDate } from './dates.js';
import { articleId } from './identity.js';
import type { ReadItem, ReadOptions } from './index.js';

/** What a reader found beside the story text. */
export interface ArticleFields {
  /** Where the article came from: path, `path:line`, or URL. */
  origin: string;
  url?: unknown;
  title?: unknown;
  /** Any date format normaliseDate understands. */
  published?: unknown;
  /** Used when `published` is missing or unreadable (a WARC capture date, for example). */
  fallbackDate?: unknown;
  source?: unknown;
}

/**
 * The one way readers make an Article: cleans the text, gives the content-hash id, normalises
 * the metadata. Empty story text is an error item, never an empty article.
 */
export function makeArticle(rawText: string, fields: ArticleFields, options: ReadOptions = {}): ReadItem {
  const { text, captions } = cleanText(rawText);
  if (text === '') return { error: { where: fields.origin, problem: 'no article text found' } };
  const article: Article = { id: articleId(text), text, origin: fields.origin };
  const url = oneLine(fields.url);
  const title = oneLine(fields.title);
  const published = normaliseDate(fields.published) ?? normaliseDate(fields.fallbackDate) ?? options.date;
  const source = oneLine(fields.source);
  if (url) article.url = url;
  if (title) article.title = title;
  if (published) article.published = published;
  if (source) article.source = source;
  if (captions.length) article.captions = captions;
  return { article };
}

/** A metadata string with its whitespace collapsed, or undefined when there is none. */
export function oneLine(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}
