import type { Span } from '../model/index.js';

/** One gold TIMEX3 inside a document's TEXT, with offsets into the tag-free text. */
export interface Timex extends Span {
  tid: string;
  /** DATE, TIME, DURATION or SET. */
  type: string;
  value: string;
  text: string;
}

export interface TimeMLDocument {
  /** Publication date (YYYY-MM-DD) from the DCT, the creation-time TIMEX3; undefined if absent. */
  published?: string;
  /** The TEXT element with every tag removed and entities decoded; offsets refer to it. */
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTRIBUTE = /([\w:]+)\s*=\s*"([^"]*)"/g;

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(ATTRIBUTE)].map((m) => [m[1], m[2]]));
}

function decode(entity: string): string {
  if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
  if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
  return ENTITIES[entity] ?? `&${entity};`;
}

/**
 * Reads a TimeML document. Offsets are counted while the TEXT element is copied without its tags,
 * so each TIMEX3 span covers exactly the words it wrapped. Throws on a document without TEXT.
 */
export function readTimeML(xml: string): TimeMLDocument {
  const dct = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dctValue = dct ? attributes(dct[0]).value ?? '' : '';
  const published = /^\d{4}-\d{2}-\d{2}/.exec(dctValue)?.[0];

  const open = /<TEXT>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < open.index) throw new Error('no <TEXT> element');
  const body = xml.slice(open.index + open[0].length, close);

  let text = '';
  const timexes: Timex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  const token = /<(\/?)(\w+)([^>]*)>|&(#?\w+);|[^<&]+/g;
  for (const m of body.matchAll(token)) {
    if (m[4] !== undefined) text += decode(m[4]);
    else if (m[2] === undefined) text += m[0];
    else if (m[2] === 'TIMEX3' && !m[1] && !m[3].endsWith('/')) stack.push({ start: text.length, attrs: attributes(m[3]) });
    else if (m[2] === 'TIMEX3' && m[1]) {
      const t = stack.pop();
      if (!t) continue;
      timexes.push({
        start: t.start, end: text.length, tid: t.attrs.tid ?? '', type: t.attrs.type ?? '',
        value: t.attrs.value ?? '', text: text.slice(t.start),
      });
    }
  }
  return { published, text, timexes };
}
