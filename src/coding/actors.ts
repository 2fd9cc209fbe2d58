import type { Doc } from '../doc.js';
import type { Actor, Entity, Span, Token } from '../model/index.js';
import type { Stage } from '../pipeline.js';
import { countryNewsName, lookupCountry } from '../lexicon/countries.js';
import { peopleName } from '../lexicon/peoples.js';
import { affiliationIn, nameContext, type NameContext } from './actor-context.js';
import { type ActorResolver, resolveActor } from './resolve-actor.js';

/**
 * The actor layer: one actor per real-world referent in the document, with all its mentions, coded
 * as country + sector. Names come from the entity layer grouped by mention clusters; country-like
 * names (countries, demonyms, capitals, regions) fold into one actor per country and sector, so
 * "Iran", "Iranian" and "Iranians" are one actor and "Pyongyang" is the North Korean government.
 * Organisations are coded before people so that a person can take their employer's country.
 */
export function actorStage(resolve: ActorResolver = resolveActor): Stage {
  return {
    name: 'actors',
    run(doc: Doc) {
      doc.actors = codeActors(doc, resolve);
    },
  };
}

interface Group {
  name: string;
  type: Entity['type'];
  entities: Entity[];
  mentions: Span[];
}

function codeActors(doc: Doc, resolve: ActorResolver): Actor[] {
  const date = doc.article.published;
  const sentences = tokensBySentence(doc.tokens);
  const groups = groupMentions(doc);
  const actors: Actor[] = [];
  const byEntity = new Map<string, Actor>();
  // One actor per country and sector, and per people and sector, whatever words name them.
  const namedAlike = new Map<string, Actor>();

  const add = (group: Group, actor: Omit<Actor, 'id' | 'mentions'>): Actor => {
    const made: Actor = { id: `a${actors.length + 1}`, ...actor, mentions: [...group.mentions] };
    actors.push(made);
    for (const e of group.entities) byEntity.set(e.id, made);
    return made;
  };
  /** The actor stored under `key`, with the group's mentions joined to it, or a new one. */
  const joinOrAdd = (key: string, group: Group, actor: Omit<Actor, 'id' | 'mentions'>): void => {
    const existing = namedAlike.get(key);
    if (!existing) {
      namedAlike.set(key, add(group, actor));
      return;
    }
    existing.mentions.push(...group.mentions);
    for (const e of group.entities) byEntity.set(e.id, existing);
  };
  const contextOf = (group: Group): NameContext => {
    // The fullest context any mention has: the first mention usually carries the apposition.
    const found: NameContext = {};
    for (const e of group.entities) {
      const tokens = sentences.get(tokenSentence(doc.tokens, e)) ?? [];
      const c = nameContext(doc, e, tokens);
      found.preTitle ??= c.preTitle;
      found.modifierCountry ??= c.modifierCountry;
      if (!found.apposition && c.apposition) Object.assign(found, { apposition: c.apposition, appositionSpan: c.appositionSpan });
    }
    return found;
  };

  // Pass 1: country-like names and organisations.
  const people: Group[] = [];
  for (const group of groups) {
    if (group.type === 'PER') {
      people.push(group);
      continue;
    }
    const first = group.entities[0];
    let name = group.name;
    let written = fullCountryName(group)
      ?? (/\bthe\s+$/i.test(doc.text.slice(Math.max(0, first.start - 4), first.start)) ? `the ${group.name}` : group.name);
    let r = resolve(written, { date });
    // The cluster's name drops what comes before a possessive ("Korean People's | Army"): where
    // that leaves no country, a mention's whole name may be a body the tables place in one.
    const whole = r.country ? undefined : knownWholeName(group, name, (text) => resolve(text, { date }));
    if (whole) [name, written, r] = [whole.text, whole.text, whole.resolved];
    if (r.kind === 'country' && r.country) {
      // Named as the country, not as the first mention wrote it ("Turkish officials" → Turkey), alike in every article.
      joinOrAdd(`${r.country}:${r.sector ?? ''}`, group, { name: countryNewsName(r.country) ?? r.name, kind: 'country', country: r.country, sector: r.sector });
      continue;
    }
    // Places that are not countries (cities, rivers) are locations, not actors.
    if (group.type === 'LOC' && (!r.country || r.place)) continue;
    // A MISC name is an actor where it names a country, or a community without one: a people that
    // lives across borders ("Kurdish forces", "the Kurds"), a faith, a party ("Democrats").
    if (group.type === 'MISC' && !r.country && (r.kind !== 'group' || r.place || !r.sector || r.sector === 'UNK')) continue;
    // A people named by itself is named as the people ("Kurdish", "the Kurds" → Kurds).
    const peopleNamed = r.kind === 'group' && !r.place ? peopleName(written) : undefined;
    if (peopleNamed) {
      joinOrAdd(`people:${peopleNamed}:${r.sector ?? ''}`, group, { name: peopleNamed, kind: 'group', country: r.country, sector: r.sector });
      continue;
    }
    const context = contextOf(group);
    const described = context.apposition ? resolve(written, { date, context: context.apposition }) : r;
    add(group, {
      name,
      kind: described.kind === 'person' ? 'organization' : described.kind,
      country: described.country ?? context.modifierCountry ?? parentOrganization(doc, first, byEntity)?.country ?? null,
      sector: described.sector,
      ...(context.apposition && { title: context.apposition }),
    });
  }

  // Pass 2: people, with their titles and employers.
  for (const group of people) {
    const context = contextOf(group);
    const title = [context.preTitle, context.apposition].filter(Boolean).join(', ') || undefined;
    const r = resolve(group.name, { date, context: title, person: true });
    const employer = (context.appositionSpan ? affiliationIn(doc, context.appositionSpan, doc.entities) : undefined)
      ?? (context.preTitle ? organizationBefore(doc, group.entities[0], context.preTitle) : undefined);
    const affiliation = employer ? byEntity.get(employer.id) : undefined;
    add(group, {
      name: group.name,
      kind: 'person',
      country: (r.countryGuessed ? null : r.country) ?? context.modifierCountry ?? affiliation?.country ?? r.country,
      sector: r.sector ?? null,
      ...(title && { title }),
      ...(affiliation && { affiliation: affiliation.id }),
    });
  }

  for (const a of actors) a.mentions.sort((x, y) => x.start - y.start);
  return actors;
}

/**
 * The longest country name any mention of the group writes out in full. The cluster's name drops
 * what comes before a possessive ("Democratic People's | Republic of Korea"), and the shorter name
 * may be another country.
 */
function fullCountryName(group: Group): string | undefined {
  const names = group.entities.map((e) => e.text).filter((t) => lookupCountry(t));
  return names.sort((a, b) => b.length - a.length)[0];
}

/** A mention's name, longer than `name`, that `resolve` places in a country as an organisation or body, if any. */
function knownWholeName<R extends { country: string | null; kind: string }>(group: Group, name: string, resolve: (text: string) => R): { text: string; resolved: R } | undefined {
  for (const e of group.entities) {
    if (e.text.length <= name.length) continue;
    const resolved = resolve(e.text);
    if (resolved.country && resolved.kind !== 'person') return { text: e.text, resolved };
  }
  return undefined;
}

/** The organisation named right before a person's title ("Arab League | Secretary General | Chadli Klibi"). */
function organizationBefore(doc: Doc, person: Entity, preTitle: string): Entity | undefined {
  return doc.entities.find((e) => e.type === 'ORG' && e.end <= person.start && doc.text.slice(e.end, person.start).trim() === preTitle);
}

/** The organisation a possessive names as the parent of this one ("Harvard University's Kennedy School"). */
function parentOrganization(doc: Doc, entity: Entity, byEntity: ReadonlyMap<string, Actor>): Actor | undefined {
  const parent = doc.entities.find((e) => e.type === 'ORG' && e.end < entity.start && /^[’']s\s+$/.test(doc.text.slice(e.end, entity.start)));
  return parent ? byEntity.get(parent.id) : undefined;
}

/** Entities grouped by mention cluster (or, where the clusterer left one alone, by its own text). */
function groupMentions(doc: Doc): Group[] {
  const groups = new Map<string, Group>();
  const clusters = new Map(doc.clusters.map((c) => [c.id, c]));
  for (const e of doc.entities) {
    const cluster = e.cluster ? clusters.get(e.cluster) : undefined;
    const key = cluster ? cluster.id : `${e.type}:${e.text.toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = { name: cluster?.name ?? e.text, type: cluster?.type ?? e.type, entities: [], mentions: cluster ? [...cluster.mentions] : [] };
      groups.set(key, group);
    }
    group.entities.push(e);
    if (!cluster) group.mentions.push({ start: e.start, end: e.end });
  }
  return [...groups.values()];
}

function tokensBySentence(tokens: readonly Token[]): Map<number, Token[]> {
  const out = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = out.get(t.sentence);
    if (list) list.push(t);
    else out.set(t.sentence, [t]);
  }
  return out;
}

/** The sentence index of the token that starts a span (binary search: tokens are in text order). */
function tokenSentence(tokens: readonly Token[], span: Span): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.sentence ?? 0;
}
