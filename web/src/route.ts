import { useEffect, useState } from 'react';

// Views and their filters live in the location hash (#/pair/PRK-IRN?since=2018-01-01&type=SANCTION),
// so a view can be bookmarked and shared, and the back button works.

export interface Route {
  /** Path segments after '#/': ['pair', 'PRK-IRN']. */
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent);
  return { path, params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

export function href(path: string[], params?: URLSearchParams | Record<string, string | undefined>): string {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(
    Object.entries(params ?? {}).filter((e): e is [string, string] => !!e[1]),
  );
  const query = p.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The filters every view shares, carried from view to view. */
export const FILTER_KEYS = ['since', 'until', 'type', 'modality', 'country'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function filtersOf(params: URLSearchParams): Partial<Record<FilterKey, string>> {
  const out: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** Goes to the same view with some parameters changed (undefined or '' removes one). */
export function setParams(route: Route, changes: Record<string, string | undefined>): void {
  const p = new URLSearchParams(route.params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) p.set(k, v);
    else p.delete(k);
  }
  location.hash = href(route.path, p);
}
