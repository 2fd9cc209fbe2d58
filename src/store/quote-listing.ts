import type { Quote } from '../model/index.js';
import type { Row } from './rows.js';
import type { QuoteListing } from './store.js';
import { UNNAMED_SPEAKERS } from '../lexicon/pronouns.js';

/**
 * The words of a quotation search (QuoteFilter.words): runs of letters and digits, as both
 * stores' full-text tokenizers split text. Anything else a person types (quotes, operators) is
 * a separator, so a search can never be a malformed query.
 */
export const searchWords = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** LIKE/ILIKE pattern for "contains", with the wildcards escaped (backslash is the escape in both stores). */
export const containsPattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** A quote listing's columns and joins: the quotation, its article, the speaker's actor and affiliation. */
export const QUOTE_LISTING_FROM = `SELECT q.*, a.title AS article_title, a.published AS article_published,
      s.name AS speaker_name, o.id AS org_id, o.name AS org_name
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN actors s ON s.article_id = q.article_id AND s.id = q.speaker
    LEFT JOIN actors o ON o.article_id = q.article_id AND o.id = s.affiliation`;

/** Speaker words that name no one by themselves: a statement by "he" or "who" is worth listing only once resolved to an actor. */
const PRONOUN_SPEAKERS = [...UNNAMED_SPEAKERS];

/**
 * A listing answers "who said what": quotations (direct), and statements whose speaker is an
 * actor or named in the text and whose cue reports speech, a belief or a stance. A statement by
 * no one ("is said to …"), by a pronoun that stayed unresolved ("I felt numb", "he said" with no
 * "he" before), with a cue outside the cue table ("Yun Jong Ho met the minister": cueClass
 * `other`), or one word long (the "which" of "which X described as a trap", a fragment that
 * reads as nothing alone) stays in its article's quotes only. `cueClass` is the dialect's
 * expression for the quote's cueClass (kept in its extra JSON); quotes stored before it existed
 * have none and are listed.
 */
export const attributed = (cueClass: string): string => `(q.kind = 'direct' OR ((q.speaker IS NOT NULL
  OR (q.speaker_text IS NOT NULL AND lower(q.speaker_text) NOT IN (${PRONOUN_SPEAKERS.map((w) => `'${w}'`).join(', ')})))
  AND COALESCE(${cueClass}, '') <> 'other' AND trim(q.text) LIKE '% %'))`;

/** A description opening with an article or possessive, with no name in it ("the minister"). */
const DESCRIPTION = /^(?:the|a|an|his|her|its|their|our)(?:\s+\p{Ll}[\p{Ll}-]*)+$/u;

/**
 * How a listing names its speaker: as the article wrote them ("China's foreign ministry", not the
 * actor "China"), except a pronoun or description ("he", "the minister"), which the actor it
 * resolved to names better. Shared by the CLI and the dashboard.
 */
export function listedSpeaker(l: Pick<QuoteListing, 'speakerName' | 'quote'>): string | null {
  const written = l.quote.speakerText;
  if (!written) return l.speakerName;
  const namesNoOne = PRONOUN_SPEAKERS.includes(written.toLowerCase()) || DESCRIPTION.test(written[0].toLowerCase() + written.slice(1));
  return namesNoOne ? l.speakerName ?? written : written;
}

/** Newest article first, quotes in text order. */
export const QUOTE_LISTING_ORDER = 'ORDER BY a.published IS NULL, a.published DESC, a.seq DESC, q.ord';

/** One row of QUOTE_LISTING_FROM as a listing, with its quote already read by the store. */
export function quoteListing(r: Row, quote: Quote): QuoteListing {
  return {
    articleId: r.article_id as string,
    ...(r.article_title !== null && { title: r.article_title as string }),
    ...(r.article_published !== null && { published: r.article_published as string }),
    speakerName: r.speaker_name as string | null,
    affiliation: r.org_id === null ? null : { id: r.org_id as string, name: r.org_name as string },
    quote,
  };
}
