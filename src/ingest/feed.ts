import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { makeArticle, oneLine } from './article.js';
import { decodeText } from './decode.js';
import { fragmentText } from './html-text.js';
import type { ReadItem, ReadOptions } from './index.js';
import { readAll, type Source } from './source.js';

type Node = Record<string, unknown>;

// Where each field of an item may be found, best first (RSS 2.0, RSS 1.0 / Dublin Core, Atom).
const CONTENT_FIELDS = ['content:encoded', 'content', 'description', 'summary'];
const DATE_FIELDS = ['pubDate', 'published', 'dc:date', 'updated', 'issued', 'modified'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** An RSS 2.0, RSS 1.0 or Atom feed: one article per item, the feed's title as source. */
export async function* readFeed(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const xml = decodeText(await readAll(source));
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield { error: { where: `${source.where}:${valid.err.line}`, problem: `broken XML (${valid.err.msg})` } };
    return;
  }
  const doc = parser.parse(xml) as Node;
  const channel = feedChannel(doc);
  if (!channel) {
    yield { error: { where: source.where, problem: 'not an RSS or Atom feed' } };
    return;
  }
  const feedTitle = textOf(channel.node.title);
  let n = 0;
  for (const item of channel.items) {
    n++;
    const url = linkOf(item);
    const origin = url ?? `${source.where}#${n}`;
    const content = CONTENT_FIELDS.map((f) => textOf(item[f])).find((t) => t && t.trim() !== '');
    if (!content) {
      yield { error: { where: `${source.where}#${n}`, problem: 'feed item has no content' } };
      continue;
    }
    const title = textOf(item.title);
    yield makeArticle(
      asText(content),
      {
        origin,
        url,
        title: title && asText(title),
        published: DATE_FIELDS.map((f) => textOf(item[f])).find(Boolean),
        source: feedTitle && asText(feedTitle),
      },
      options,
    );
  }
}

function feedChannel(doc: Node): { node: Node; items: Node[] } | undefined {
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss.channel === 'object') {
    const channel = rss.channel as Node;
    return { node: channel, items: (channel.item as Node[] | undefined) ?? [] };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    return { node: (rdf.channel as Node | undefined) ?? {}, items: (rdf.item as Node[] | undefined) ?? [] };
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') return { node: feed, items: (feed.entry as Node[] | undefined) ?? [] };
  return undefined;
}

/** RSS `<link>url</link>`, or Atom `<link rel="alternate" href="url"/>`, or a permalink guid. */
function linkOf(item: Node): string | undefined {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const link of links) {
    if (typeof link === 'string') return oneLine(link);
    const l = link as Node;
    const rel = l['@_rel'];
    if (typeof l['@_href'] === 'string' && (rel === undefined || rel === 'alternate')) return oneLine(l['@_href']);
    if (typeof l['#text'] === 'string') return oneLine(l['#text']);
  }
  const guid = item.guid;
  if (typeof guid === 'string' && /^https?:\/\//.test(guid)) return guid;
  if (guid && typeof guid === 'object' && (guid as Node)['@_isPermaLink'] !== 'false') {
    const g = (guid as Node)['#text'];
    if (typeof g === 'string' && /^https?:\/\//.test(g)) return g;
  }
  return undefined;
}

/** The text of an element, whether plain, with attributes, or (Atom xhtml) nested markup. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') {
    const node = value as Node;
    if (typeof node['#text'] === 'string') return node['#text'];
    const parts = Object.entries(node)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, v]) => textOf(v) ?? '');
    return parts.join('\n\n');
  }
  return undefined;
}

/** Feed fields often carry HTML (escaped or in CDATA): reduce it to text. */
function asText(value: string): string {
  return /<[a-z!/]/i.test(value) ? fragmentText(value) : value;
}
