import { createHash } from 'node:crypto';

/**
 * A stable content hash for an article: the same story text gives the same id whatever its
 * case, spacing or Unicode form, so re-reading a source never creates a second copy.
 */
export function articleId(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}
