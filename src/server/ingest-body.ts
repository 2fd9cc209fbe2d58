import { makeArticle, oneLine } from '../ingest/article.js';
import { normaliseDate } from '../ingest/dates.js';
import { htmlArticle } from '../ingest/html.js';
import type { ReadItem } from '../ingest/index.js';
import { splitHeadline } from '../ingest/text.js';
import { BadRequest } from './params.js';

/** How POST /api/ingest names the article it was given, in origins and errors. */
const ORIGIN = 'POST /api/ingest';

/** Fields a JSON body may carry beside the text or HTML. */
const META_FIELDS = ['title', 'published', 'url', 'source'] as const;

/** A body that is not text, HTML or JSON: answered with 415. */
export class UnsupportedType extends Error {}

/**
 * The article in a request body:
 *   text/plain        the story (a first line that reads as a headline becomes the title)
 *   text/html         a page; boilerplate is removed as for HTML files
 *   application/json  {text | html, title?, published?, url?, source?}
 */
export function articleFromBody(contentType: string, body: string): ReadItem {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/plain' || type === '') {
    const { title, body: text } = splitHeadline(body);
    return makeArticle(text, { origin: ORIGIN, title });
  }
  if (type === 'text/html') return htmlArticle(body, { origin: ORIGIN }, {});
  if (type === 'application/json') return fromJson(body);
  throw new UnsupportedType(`Content-Type ${type}: expected text/plain, text/html or application/json`);
}

function fromJson(body: string): ReadItem {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new BadRequest('body: not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequest('body: expected a JSON object');
  const o = value as Record<string, unknown>;
  for (const key of [...META_FIELDS, 'text', 'html']) {
    if (o[key] !== undefined && typeof o[key] !== 'string') throw new BadRequest(`body: "${key}" must be a string`);
  }
  const text = o.text as string | undefined;
  const html = o.html as string | undefined;
  if ((text === undefined) === (html === undefined)) throw new BadRequest('body: give exactly one of "text" and "html"');
  if (html !== undefined) {
    const item = htmlArticle(html, { origin: ORIGIN }, {});
    if ('error' in item) return item;
    // Fields the client gives win over what the page says about itself.
    const article = { ...item.article };
    for (const key of ['title', 'url', 'source'] as const) {
      const v = oneLine(o[key]);
      if (v) article[key] = v;
    }
    const published = normaliseDate(o.published);
    if (published) article.published = published;
    return { article };
  }
  return makeArticle(text!, { origin: ORIGIN, title: o.title, published: o.published, url: o.url, source: o.source });
}
