import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { makeArticle, oneLine } from './article.js';
import { decodeText } from './decode.js';
import { normaliseDate } from './dates.js';
import { elementText, removeJunk } from './html-text.js';
import type { ReadItem, ReadOptions } from './index.js';
import { readAll, type Source } from './source.js';

/** What a page says about itself, read before anything is removed from it. */
interface PageMeta {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

/** What the caller knows about a page besides its HTML (a WARC record's URL and capture date). */
export interface PageContext {
  origin: string;
  /** Wins over the page's own URL: it is where the page was actually fetched from. */
  url?: string;
  /** Used only when the page gives no publication date. */
  fallbackDate?: string;
}

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · '];

/** An HTML file: one article page. */
export async function* readHtml(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const bytes = await readAll(source);
  yield htmlArticle(decodeText(bytes, declaredCharset(bytes)), { origin: source.where }, options);
}

/**
 * The article in an HTML page: metadata first, then junk removed (share widgets, captions,
 * comments …), then @mozilla/readability finds the body, which becomes paragraphs of text.
 */
export function htmlArticle(html: string, context: PageContext, options: ReadOptions): ReadItem {
  const { document } = parseHTML(html);
  if (!document.documentElement) return { error: { where: context.origin, problem: 'not an HTML document' } };
  const meta = pageMeta(document as unknown as Document);
  removeJunk(document);
  const result = new Readability(document as unknown as Document, { serializer: (node: Node) => node, disableJSONLD: true }).parse();
  const body = result?.content ? elementText(result.content) : '';
  if (body.trim() === '') return { error: { where: context.origin, problem: 'no article text found' } };
  return makeArticle(
    body,
    {
      origin: context.origin,
      url: context.url ?? meta.url,
      title: meta.title ?? result?.title,
      published: meta.published,
      fallbackDate: context.fallbackDate,
      source: meta.source,
    },
    options,
  );
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function pageMeta(doc: Document): PageMeta {
  const metaContent = (selector: string) => oneLine(doc.querySelector(selector)?.getAttribute('content') ?? undefined);
  const source = metaContent('meta[property="og:site_name"]');
  const title =
    metaContent('meta[property="og:title"]') ??
    stripSiteName(oneLine(doc.querySelector('title')?.textContent ?? undefined), source) ??
    oneLine(doc.querySelector('h1')?.textContent ?? undefined);
  const published =
    normaliseDate(metaContent('meta[property="article:published_time"]')) ??
    normaliseDate(jsonLdDate(doc)) ??
    normaliseDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    normaliseDate(metaContent('meta[itemprop="datePublished"]')) ??
    normaliseDate(metaContent('meta[name="date"]'));
  const url =
    metaContent('meta[property="og:url"]') ?? oneLine(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined);
  return { title, published, source, url };
}

function stripSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  for (const sep of TITLE_SEPARATORS) {
    if (title.endsWith(sep + site)) return title.slice(0, -(sep + site).length).trim() || title;
  }
  return title;
}

/** `datePublished` from the page's JSON-LD blocks (objects, arrays, `@graph`). */
function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findKey(data, 'datePublished', 0);
    if (found) return found;
  }
  return undefined;
}

function findKey(value: unknown, key: string, depth: number): string | undefined {
  if (depth > 6 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findKey(v, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[key] === 'string') return record[key] as string;
  for (const v of Object.values(record)) {
    const found = findKey(v, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}
