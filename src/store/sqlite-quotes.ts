import type Database from 'better-sqlite3';
import { searchWords } from './quote-words.js';
import { quoteFromRow } from './sqlite.js';
import type { QuoteFilter, QuoteListing, SearchOptions } from './store.js';

type Row = Record<string, unknown>;

/** LIKE pattern for "contains", with LIKE's own wildcards escaped. */
const contains = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/**
 * Stored quotations with their article and the speaker's actor and affiliation, newest article
 * first. Speaker and organisation match by name, case-insensitively, as the text gives it or as
 * the actor layer resolved it; words match the quotation's content through its full-text index.
 */
export function listQuotes(db: Database.Database, filter: QuoteFilter, { limit = 20, offset = 0 }: SearchOptions = {}): QuoteListing[] {
  const terms: string[] = [];
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
  const rows = db.prepare(`SELECT q.*, a.title AS article_title, a.published AS article_published,
      s.name AS speaker_name, o.id AS org_id, o.name AS org_name
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN actors s ON s.article_id = q.article_id AND s.id = q.speaker
    LEFT JOIN actors o ON o.article_id = q.article_id AND o.id = s.affiliation
    ${terms.length ? `WHERE ${terms.join(' AND ')}` : ''}
    ORDER BY a.published IS NULL, a.published DESC, a.seq DESC, q.ord
    LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
  return rows.map((r) => ({
    articleId: r.article_id as string,
    ...(r.article_title !== null && { title: r.article_title as string }),
    ...(r.article_published !== null && { published: r.article_published as string }),
    speakerName: r.speaker_name as string | null,
    affiliation: r.org_id === null ? null : { id: r.org_id as string, name: r.org_name as string },
    quote: quoteFromRow(r),
  }));
}
