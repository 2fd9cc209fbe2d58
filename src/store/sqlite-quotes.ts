import type Database from 'better-sqlite3';
import { attributed, QUOTE_LISTING_FROM, QUOTE_LISTING_ORDER, containsPattern as contains, quoteListing, searchWords } from './quote-listing.js';
import type { Row } from './rows.js';
import { quoteFromRow } from './sqlite.js';
import type { QuoteFilter, QuoteListing, SearchOptions } from './store.js';

/**
 * Stored quotations with their article and the speaker's actor and affiliation, newest article
 * first. Speaker and organisation match by name, case-insensitively, as the text gives it or as
 * the actor layer resolved it; words match the quotation's content through its full-text index.
 */
export function listQuotes(db: Database.Database, filter: QuoteFilter, { limit = 20, offset = 0 }: SearchOptions = {}): QuoteListing[] {
  const terms: string[] = [attributed("json_extract(q.extra, '$.cueClass')")];
  const params: unknown[] = [];
  if (filter.speaker) {
    terms.push("(q.speaker_text LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')");
    params.push(contains(filter.speaker), contains(filter.speaker));
  }
  if (filter.org) {
    // Quotes by the organisation itself, or by someone who speaks for it.
    terms.push("(o.name LIKE ? ESCAPE '\\' OR (s.kind <> 'person' AND s.name LIKE ? ESCAPE '\\'))");
    params.push(contains(filter.org), contains(filter.org));
  }
  const words = searchWords(filter.words ?? '');
  if (words.length) {
    // Each word a quoted FTS5 string; side by side they must all occur (porter-stemmed).
    terms.push('(q.article_id, q.id) IN (SELECT article_id, quote_id FROM quotes_fts WHERE quotes_fts MATCH ?)');
    params.push(words.map((w) => `"${w}"`).join(' '));
  }
  if (filter.since) {
    terms.push('a.published >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    terms.push('a.published <= ?');
    params.push(filter.until);
  }
  const rows = db.prepare(`${QUOTE_LISTING_FROM}
    WHERE ${terms.join(' AND ')}
    ${QUOTE_LISTING_ORDER}
    LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
  return rows.map((r) => quoteListing(r, quoteFromRow(r)));
}
