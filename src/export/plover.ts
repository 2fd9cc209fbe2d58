import { coderOfArticle } from '../graph/relations.js';
import type { Actor } from '../model/index.js';
import type { ExportedEvent } from '../store/store.js';
import { countryName } from './country-names.js';

/** An actor or recipient as a PLOVER entity object. */
function entity(a: Actor): Record<string, unknown> {
  return {
    entity_name: a.name,
    ...(a.country && { code: a.country, country_name: countryName(a.country) ?? a.country }),
    ...(a.sector && { sector_code: a.sector }),
    ...(a.title && { wiki_description: a.title }),
  };
}

/**
 * One event as a PLOVER record (PLOVER manual, "PLOVER JSON"): the named fields where we have
 * them, and our own fields (cameo, goldstein, modality, confidence, article) beside them.
 */
export function ploverRecord(x: ExportedEvent): Record<string, unknown> {
  const e = x.event;
  const byId = new Map(x.actors.map((a) => [a.id, a]));
  const entities = (ids: string[]) => ids.map((id) => byId.get(id)).filter((a): a is Actor => a !== undefined).map(entity);
  return {
    id: `${x.articleId}-${e.id}`,
    date: e.date ?? x.published?.slice(0, 10) ?? null,
    actor: entities(e.actors),
    recipient: entities(e.recipients),
    event: [e.type],
    ...(e.mode && { mode: [e.mode] }),
    context: e.contexts,
    quad_code: e.quad,
    ...(e.location?.country && {
      event_loc: { country_code: e.location.country, ...(e.location.name && { name: e.location.name }) },
    }),
    event_text: [x.evidenceText],
    cite_info: { article_id: x.articleId, ...(x.url && { url: x.url }), ...(x.source && { source: x.source }), ...(x.published && { published: x.published }) },
    coder: coderOfArticle(x.articleId),
    coded_date: x.addedAt.slice(0, 10),
    cameo: e.cameo,
    goldstein: e.goldstein,
    modality: e.modality,
    confidence: e.confidence,
  };
}
