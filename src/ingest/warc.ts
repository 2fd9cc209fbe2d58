import { WARCParser } from 'warcio';
import { decodeText } from './decode.js';
import { declaredCharset, htmlArticle } from './html.js';
import type { ReadItem, ReadOptions } from './index.js';
import type { Source } from './source.js';

/**
 * A web archive: each successful HTML response record is read as an article page, with the
 * record's target URI as URL and its capture date as the date when the page gives none.
 * Other records (requests, metadata, images, redirects) are passed over.
 */
export async function* readWarc(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  let pages = 0;
  for await (const record of new WARCParser(source.chunks)) {
    if (record.warcType !== 'response' || !record.httpHeaders) continue;
    if (Number(record.httpHeaders.statusCode) !== 200) continue;
    const contentType = record.httpHeaders.headers.get('content-type') ?? '';
    if (!/html/i.test(contentType)) continue;
    pages++;
    const url = record.warcTargetURI ?? undefined;
    const bytes = await record.readFully(true);
    const charset = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? declaredCharset(bytes);
    yield htmlArticle(
      decodeText(bytes, charset),
      { origin: url ?? source.where, url, fallbackDate: record.warcDate ?? undefined },
      options,
    );
  }
  if (pages === 0) yield { error: { where: source.where, problem: 'no HTML response records in this WARC' } };
}
