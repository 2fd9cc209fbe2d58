import type { EventRecord } from '../model/index.js';
import type { EventListing } from './store.js';

/**
 * One event listing from an `events` row joined with its article's title and date, shared by the
 * SQLite and PostgreSQL stores. `names` maps "articleId actorId" to the actor's name; `texts`
 * maps article ids to their text, sliced here because offsets count UTF-16 units as JavaScript does.
 */
export function eventListing(
  r: Record<string, unknown>,
  event: EventRecord,
  names: ReadonlyMap<string, string>,
  texts: ReadonlyMap<string, string>,
): EventListing {
  const articleId = r.article_id as string;
  const nameOf = (id: string) => names.get(`${articleId} ${id}`) ?? id;
  return {
    articleId,
    ...(r.article_title !== null && { title: r.article_title as string }),
    ...(r.article_published !== null && { published: r.article_published as string }),
    sourceCountry: r.source_country as string | null,
    targetCountry: r.target_country as string | null,
    actorNames: event.actors.map(nameOf),
    recipientNames: event.recipients.map(nameOf),
    evidenceText: (texts.get(articleId) ?? '').slice(event.evidence.start, event.evidence.end),
    event,
  };
}
