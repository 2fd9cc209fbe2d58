import type { Doc } from '../doc.js';
import type { Actor, ActorKind, Quote, Span } from '../model/index.js';
import { isPersonTitle } from '../lexicon/titles.js';
import { FIRST_NAME_GENDER, type Gender, PRONOUN_GENDER, TITLE_GENDER } from '../nlp/names.js';
import type { QuotedSpan } from './quote-marks.js';
import { OTHER_PARTY_PREFIXES, OTHER_PARTY_SUFFIXES } from './resolve-actor.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Words in a speaker phrase after which the actors named are what the speaker knows or where
 * they sit, not who they are: "an official familiar with the Baghdad–Washington talks", "sources
 * close to the company".
 */
const NOT_THE_SPEAKER_AFTER = /\b(?:familiar with|close to|briefed on|with knowledge of|involved in|knowledgeable about)\b/i;

/** Possessive pronouns the mention layer links to a person ("his party"): the person owns the speaker, and is not it. */
const POSSESSOR = /^(?:his|her|their|its)$/i;

/**
 * Whether the actor mention [start, end) is written as a modifier of the speaker, hyphened to a
 * word that makes it another party ("a Beirut-based diplomat", "Iran-backed militias",
 * "pro-Kurdish groups"), not as the speaker.
 */
function modifies(text: string, start: number, end: number): boolean {
  const suffix = /^-(\p{L}+)/u.exec(text.slice(end, end + 16))?.[1].toLowerCase();
  const prefix = /(\p{L}+)-$/u.exec(text.slice(Math.max(0, start - 8), start))?.[1].toLowerCase();
  return (suffix !== undefined && (suffix === 'based' || OTHER_PARTY_SUFFIXES.has(suffix))) || (prefix !== undefined && OTHER_PARTY_PREFIXES.has(prefix));
}

/**
 * Resolves speaker spans of one document to actors: the actor named in the span, or the actor
 * of the mention cluster the span belongs to ("she" → Landau). Where several actors are named,
 * a person is the speaker ("Laila Kiki of the Syria Campaign"); else the one named last is the
 * phrase's head ("Iran's IRNA news agency"). The actors' mentions are listed on the first
 * speaker resolved and a cluster's actor found when a speaker needs it: most documents have few
 * speakers and many clusters.
 */
export function speakerResolver(doc: Doc): (span: Span) => string | null {
  let mentions: (Span & { id: string; person: boolean })[] | undefined;
  const clusterActor = new Map<string, string | null>();
  return (span) => {
    mentions ??= doc.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, id: a.id, person: a.kind === 'person' })));
    const cut = NOT_THE_SPEAKER_AFTER.exec(doc.slice(span));
    const end = cut ? span.start + cut.index : span.end;
    // A possessive pronoun ("his mother", "her relatives") stands for the possessor, never the speaker.
    const named = mentions.filter((m) => overlaps(m, { start: span.start, end }) && !modifies(doc.text, m.start, m.end) && !POSSESSOR.test(doc.slice(m)));
    // A possessor named ("Donald Trump’s White House") is not the speaker.
    const people = named.filter((m) => m.person && !/^[’']s\b/.test(doc.text.slice(m.end, m.end + 3)));
    let best: { id: string; end: number } | null = null;
    for (const m of people.length ? people : named) if (!best || m.end > best.end) best = m;
    if (best) return best.id;
    // Every actor named was left out above (a place modifier, what the speaker knows): none is the speaker, through a cluster either.
    if (named.length === 0 && mentions.some((m) => overlaps(m, span))) return null;
    const cluster = doc.clusters.find((c) => c.mentions.some((m) => overlaps(m, span)));
    if (!cluster) return null;
    if (!clusterActor.has(cluster.id)) {
      clusterActor.set(cluster.id, mentions.find((m) => cluster.mentions.some((x) => overlaps(m, x)))?.id ?? null);
    }
    return clusterActor.get(cluster.id)!;
  };
}

/**
 * Speakers that only point back at someone: the kind of actor each can stand for, and the
 * gender a person must not have. "It said", "the company said" in wire copy are the company
 * that last spoke; "he said" the man who last spoke.
 */
interface Anaphor {
  kinds: readonly ActorKind[];
  notGender?: Gender;
}
const BODY: Anaphor = { kinds: ['organization', 'group'] };
const ANAPHORS: ReadonlyMap<string, Anaphor> = new Map<string, Anaphor>([
  ['it', BODY],
  ...['company', 'firm', 'bank', 'group', 'agency', 'ministry', 'department', 'government', 'party', 'union', 'organization', 'organisation']
    .map((head): [string, Anaphor] => [`the ${head}`, BODY]),
  ['he', { kinds: ['person'], notGender: 'f' }],
  ['she', { kinds: ['person'], notGender: 'm' }],
]);

/**
 * Relative pronouns standing as speakers ("Jumah Hamdan, 53, who said …") and the kinds of actor
 * each can stand for. Only a non-restrictive one (after a comma) is resolved: in "the men who
 * refused" the pronoun stands for a phrase, not for a named actor.
 */
const RELATIVE_SPEAKERS: ReadonlyMap<string, readonly ActorKind[]> = new Map<string, readonly ActorKind[]>([
  ['who', ['person', 'group']],
  ['which', ['organization', 'group', 'country']],
]);

/**
 * What may stand between a name and its relative pronoun: a comma, or an appositive between two
 * commas ("Jumah Hamdan, 53, who"; "Gavin Williamson, the defence secretary, who"), not a clause
 * ("Iran, and alliances with European capitals, which").
 */
const BEFORE_RELATIVE = /^,(?:\s(?!(?:and|or|but)\s)[^,.;:“”"]{1,60},)?\s*$/u;

/** How many sentences after the end of their quote the last speaker stays the one an anaphor means. */
const SPEAKER_REACH = 5;

/**
 * Speaker continuity: a quote whose speaker is an anaphor the mention layer left unresolved
 * ("It said …", "he said" after a quotation) takes the last speaker of a kind it can stand for
 * when that speaker's quote ended within SPEAKER_REACH sentences — the reading news convention
 * gives. A long quotation keeps its speaker in view to its end ("Letts told ITV News: “…” (six
 * sentences) He said …"), also where it runs on over paragraphs the quote's content leaves out.
 * Works through the quotes in the order their speakers appear, so a chain of "it said" follows
 * one company.
 */
export function continueSpeakers(doc: Doc, quotes: Quote[], quotations: readonly QuotedSpan[]): void {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const last = new Map<ActorKind, { actor: Actor; sentence: number }>();
  // The gender a resolved "he" or "she" showed an actor to have, where neither title nor first name does ("Maha Yassin … she said").
  const shown = new Map<string, Gender>();
  const genderOf = (actor: Actor): Gender | undefined => actorGender(actor) ?? shown.get(actor.id);
  const ordered = quotes.filter((q) => q.speakerSpan).sort((a, b) => a.speakerSpan!.start - b.speakerSpan!.start);
  for (const q of ordered) {
    const sentence = doc.sentenceAt(q.speakerSpan!.start);
    if (q.speaker === null) q.speaker = antecedent(doc, q.speakerSpan!, byId);
    const anaphor = q.speaker === null && q.speakerText ? ANAPHORS.get(q.speakerText.toLowerCase()) : undefined;
    if (anaphor) {
      const candidates = anaphor.kinds.map((k) => last.get(k)).filter((c) => c !== undefined && sentence - c.sentence <= SPEAKER_REACH);
      const latest = candidates.sort((a, b) => b!.sentence - a!.sentence)[0];
      if (latest && (!anaphor.notGender || genderOf(latest.actor) !== anaphor.notGender)) q.speaker = latest.actor.id;
    }
    if (q.speaker === null && q.speakerText) q.speaker = titledAntecedent(doc, q.speakerText, q.speakerSpan!.start, byId.values());
    const pronounGender = q.speaker && q.speakerText ? PRONOUN_GENDER.get(q.speakerText.toLowerCase()) : undefined;
    if (pronounGender) shown.set(q.speaker!, pronounGender);
    const actor = q.speaker ? byId.get(q.speaker) : undefined;
    if (actor) last.set(actor.kind, { actor, sentence: Math.max(sentence, doc.sentenceAt(quotationEnd(q.content, quotations) - 1)) });
  }
}

/**
 * Where what a quote says ends: the end of its content, or, where the content is part of a
 * quotation running over several paragraphs, the end of the quotation's last part.
 */
function quotationEnd(content: Span, quotations: readonly QuotedSpan[]): number {
  const chains = new Set(quotations.filter((q) => overlaps(q, content)).map((q) => q.chain));
  return quotations.reduce((end, q) => (chains.has(q.chain) ? Math.max(end, q.end) : end), content.end);
}

/** A role named with the definite article ("the president", "the foreign secretary"): its last word a person's title. */
const TITLED_DESCRIPTION = /^the ((?:[\p{L}-]+ ){0,2}([\p{L}-]+))$/iu;

/** How many sentences back a person named with a title stays the one "the <title>" means. */
const TITLE_REACH = 10;

/**
 * The person a titled description stands for ("the president said" after "President Donald
 * Trump"): the one whose title holds the role and whose mention comes last before the speaker,
 * within TITLE_REACH sentences. A former holder is not the one meant ("former US president").
 */
function titledAntecedent(doc: Doc, text: string, at: number, actors: Iterable<Actor>): string | null {
  const m = TITLED_DESCRIPTION.exec(text);
  if (!m || !isPersonTitle(m[2])) return null;
  // The role is letters, hyphens and spaces only (TITLED_DESCRIPTION): nothing in it needs escaping.
  const role = new RegExp(`(?:^|\\s)${m[1]}(?:$|\\s)`, 'iu');
  const sentence = doc.sentenceAt(at);
  let best: { id: string; end: number } | null = null;
  for (const a of actors) {
    if (a.kind !== 'person' || !a.title || !role.test(a.title) || /\bformer\b/i.test(a.title)) continue;
    for (const mention of a.mentions) {
      if (mention.end > at || sentence - doc.sentenceAt(mention.start) > TITLE_REACH) continue;
      if (!best || mention.end > best.end) best = { id: a.id, end: mention.end };
    }
  }
  return best?.id ?? null;
}

/** The actor a relative pronoun speaker ("who", "who until last year led X") stands for: the one named right before it, in the same sentence. */
function antecedent(doc: Doc, span: Span, byId: ReadonlyMap<string, Actor>): string | null {
  const kinds = RELATIVE_SPEAKERS.get(doc.slice(span).split(/\s/, 1)[0].toLowerCase());
  if (!kinds) return null;
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.start < s.end);
  let best: { id: string; end: number } | null = null;
  for (const a of byId.values()) {
    if (!kinds.includes(a.kind)) continue;
    for (const m of a.mentions) {
      if (m.end > span.start || (sentence && m.start < sentence.start) || (best && m.end <= best.end)) continue;
      best = { id: a.id, end: m.end };
    }
  }
  return best && BEFORE_RELATIVE.test(doc.text.slice(best.end, span.start)) ? best.id : null;
}

/** A person's gender as their title or first name says it, when they say it. */
function actorGender(actor: Actor): Gender | undefined {
  const words = (w: string | undefined) => (w ?? '').toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
  for (const w of words(actor.title)) {
    const g = TITLE_GENDER.get(w);
    if (g) return g;
  }
  // Only a name's first word is a first name: "Ilham Ahmed" is not a man for her surname.
  const name = words(actor.name);
  return TITLE_GENDER.get(name[0] ?? '') ?? (name.length > 1 ? FIRST_NAME_GENDER.get(name[0]) : undefined);
}
