import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The built dashboard (`npm run build` → web/dist), from dist/src/server/ in the repository. */
export const WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text types worth compressing; the rest are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export interface StaticFile {
  type: string;
  body: Buffer;
  /** The body gzipped, for clients that accept it. */
  gzip?: Buffer;
  /** Vite puts a content hash in every asset name, so assets never change under their name. */
  immutable: boolean;
}

/**
 * Every file of the built dashboard, read once, keyed by URL path ('/index.html', '/assets/…').
 * Only these paths are ever answered, so no request can reach another file. Empty when the
 * dashboard has not been built.
 */
export function loadStaticFiles(root = WEB_ROOT): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return files;
  }
  for (const path of names) {
    const ext = extname(path).toLowerCase();
    const type = TYPES[ext];
    if (!type) continue;
    const body = readFileSync(path);
    const urlPath = '/' + relative(root, path).split(sep).join('/');
    files.set(urlPath, {
      type,
      body,
      ...(COMPRESSIBLE.has(ext) && body.length > 1024 && { gzip: gzipSync(body) }),
      immutable: urlPath.startsWith('/assets/'),
    });
  }
  return files;
}
