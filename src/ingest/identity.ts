import { createHash } from 'node:crypto';

// Only whitespace that changes when collapsed: runs, and single blanks other than a space.
// (Replacing every single space too would be correct but slow on long texts.)
const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/**
 * A stable content hash for an article: the same story text gives the same id whatever its
 * case, spacing or Unicode form, so re-reading a source never creates a second copy.
 */
export function articleId(text: string): string {
  const unicode = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
  const normalised = unicode.toLowerCase().replace(SPACE_RUNS, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}
