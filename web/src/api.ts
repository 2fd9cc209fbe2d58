// The JSON API (src/server/app.ts), typed with the server's own contract types.
import type { DocumentJSON } from '../../src/model/index.js';
import type {
  ActorLink, ArticleSummary, DyadTotal, EventListing, QuoteListing, SearchHit, StoreStats,
} from '../../src/store/store.js';
import type { Signal } from '../../src/graph/signals.js';
import type { TimelinePoint } from '../../src/graph/timeline.js';
import type { CountryInfo } from '../../src/server/countries.js';

export type {
  ActorLink, ArticleSummary, CountryInfo, DocumentJSON, DyadTotal, EventListing, QuoteListing, SearchHit, Signal, StoreStats, TimelinePoint,
};

/** An answer the server refused, with its one-line reason. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function getJson<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const url = query.size ? `${path}?${query}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  return answer<T>(res);
}

export async function postIngest(body: string, contentType: string, token: string): Promise<{ status: string; document: DocumentJSON }> {
  const res = await fetch('/api/ingest', {
    method: 'POST',
    body,
    headers: { 'Content-Type': contentType, ...(token && { Authorization: `Bearer ${token}` }) },
  });
  return answer(res);
}

async function answer<T>(res: Response): Promise<T> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`${res.status} ${res.statusText}`, res.status);
  }
  if (!res.ok) throw new ApiError((body as { error?: string }).error ?? res.statusText, res.status);
  return body as T;
}

export interface ArticlesAnswer { articles: (ArticleSummary & Partial<SearchHit>)[]; limit: number; offset: number }
export interface EventsAnswer { events: EventListing[] }
export interface DyadsAnswer { total: number; dyads: DyadTotal[] }
export interface TimelineAnswer { dyad: [string, string]; points: TimelinePoint[] }
export interface SignalsAnswer { total: number; signals: Signal[] }
/** GET /api/world: the feed gives the window it covers (by default the year to the newest article). */
export interface WorldAnswer { dyads: DyadsAnswer; signals: SignalsAnswer & { since?: string; until?: string } }
export interface QuotesAnswer { quotes: QuoteListing[] }
export interface NetworkAnswer { links: ActorLink[] }
