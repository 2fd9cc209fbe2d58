/** The kinds of source dyad reads; each has one reader module of the same name. */
export type Format = 'text' | 'html' | 'jsonl' | 'feed' | 'warc';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.warc': 'warc',
};

/** The format a file name announces (`.gz` looked through), or undefined. */
export function formatOfName(name: string): Format | undefined {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[lower.slice(dot)];
}

/** The format of a source whose name says nothing, judged from its first characters. */
export function sniffFormat(head: string): Format {
  const start = head.trimStart().slice(0, 4096);
  if (start.startsWith('WARC/')) return 'warc';
  if (start.startsWith('{')) return 'jsonl';
  const lower = start.toLowerCase();
  if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
  if (lower.startsWith('<!doctype html') || /<(?:html|head|body)[\s>]/.test(lower)) return 'html';
  return 'text';
}
