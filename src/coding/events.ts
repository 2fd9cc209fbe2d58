import type { Doc } from '../doc.js';
import type { Actor, EventRecord, Modality, PloverType, Span, Token } from '../model/index.js';
import type { Stage } from '../pipeline.js';
import { capitalOf, lookupCountry } from '../lexicon/countries.js';
import { cameoCode } from '../lexicon/cameo.js';
import {
  type ArgTok, type Discourse, adjunctHead, argumentsRight, clauseEndOf, clauseStartOf, governingRange, inCondition, isPassive, nounLeft, placeActor,
  subjectOf, thatClauseSubject,
} from './event-arguments.js';
import { eventDate } from './event-dates.js';
import { baseForms, lemmaCandidates } from './event-lemmas.js';
import { modalityOf } from './event-modality.js';
import {
  COMPLEMENT_CODES, CONTEXT_CODES, CONTEXT_WORDS, LIGHT_VERBS, NEEDS_RECIPIENT, NOT_AN_ACT_VERBS, NOT_AN_EVENT, UNDERGOER_VERBS,
  type TriggerPattern, patternsForWord,
} from './event-patterns.js';

/**
 * Event coding: finds triggers from the pattern table (event-patterns.ts), their actors and
 * recipients from the clause around them (event-arguments.ts), modality, date and place, and
 * writes `doc.events`. Runs after actors and quotes; an event needs an actor.
 */
export function eventStage(): Stage {
  return {
    name: 'events',
    run(doc: Doc) {
      doc.events = codeEvents(doc);
    },
  };
}

/** How far after a trigger its particles and objects may stand ("cut diplomatic ties", "lifted Friday a day-old blockade"). */
const AFTER_WINDOW = 6;
// AUX for modals of obligation ("must"); the table has no other auxiliaries.
const POS_CLASS: Readonly<Record<string, TriggerPattern['cls']>> = { VERB: 'V', AUX: 'V', NOUN: 'N', PROPN: 'N', ADJ: 'A' };
/** Outer types whose complement event is folded into their own code. */
const INTENT_TYPES = new Set<PloverType>(['AGREE', 'REQUEST', 'REJECT', 'THREATEN']);
/** Types whose "that" clause names the recipient ("demanded that Israel ease …"). */
const THAT_CLAUSE_TYPES = new Set<PloverType>(['REQUEST', 'ACCUSE', 'THREATEN']);
/** Which modality a merged event keeps: the article asserting it once is enough. */
const MODALITY_RANK: readonly Modality[] = ['asserted', 'reported', 'historical', 'future', 'hedged', 'negated'];
/** Parts of speech a time phrase between a verb and its "to" complement consists of. */
const TIME_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADV', 'ADP', 'NUM']);
/** Types of cooperation: refused or offered under a condition, they become REJECT or AGREE. */
const COOPERATIVE = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
/** Auxiliaries that, negated, announce a refusal ("will not accept", "would not meet"). */
const REFUSING_AUX = new Set(['will', 'would', 'wo', 'shall', "'ll"]);
/** Types that, without a named recipient, are done to the actor's own country or the place named. */
const DOMESTIC_BY_DEFAULT = new Set<PloverType>(['PROTEST', 'COERCE']);
/** Types never done to an unnamed group of one's own people: aid, talks and the like go abroad. */
const NEVER_DOMESTIC = new Set<PloverType>(['AID', 'COOPERATE', 'CONSULT', 'SUPPORT', 'MOBILIZE', 'SANCTION']);
/** How a complement verb that is no trigger reads its prepositions ("threatened to cut off power to X"). */
const VERB_ROLES = { of: 'recipient', from: 'recipient', symmetric: false } as const;
/** Types PLOVER codes with an unidentified actor ("two civilians were killed by a bomb"). */
const UNKNOWN_ACTOR_ALLOWED = new Set<PloverType>(['ASSAULT']);
/** Types whose unidentified actor is coded as the country of the place named ("was arrested in Lebanon"). */
const PLACE_ACTOR_TYPES = new Set<PloverType>(['ASSAULT', 'PROTEST', 'COERCE', 'ACCUSE']);
/** Types whose complement or "that" clause is what they are about, not an event of its own. */
const CONTENT_TYPES = new Set<PloverType>([...INTENT_TYPES, 'ACCUSE', 'PROTEST']);
/** Words introducing what an accusation is about ("accused X of …", "blamed X for …", "charged X with …"). */
const ACCUSATION_WORDS = new Set(['of', 'for', 'with', 'over']);
/** Relative words that end a complement: what follows is about something else. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'because', 'but']);
/** Prepositions after which an event noun is the setting of the news, not the news. */
const SETTING_WORDS = new Set(['after', 'following', 'amid', 'since', 'despite']);
/** Prepositions after which a gerund did not (yet) happen. */
const UNREALISED_WORDS = new Set(['before', 'without', 'instead']);
/** What may stand between such a preposition and its event noun ("after two days of", "amid renewed"). */
const MODIFIER_BEFORE_NOUN = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', 'ADV']);
/** Types an intent verb turns into a threat when it takes them as its complement. */
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
/** Words a sentence may open with before an event noun that refers back ("The crackdowns …"). */
const DEFINITE_OPENERS = new Set(['the', 'these', 'this', 'such']);

interface Trigger {
  k: number;
  last: number;
  pattern: TriggerPattern;
  cameo: string;
  suppressed: boolean;
  /** The complement folded into this trigger ("agreed to meet X": meet), whose objects it may take. */
  complement?: Trigger;
}

/** Whether tokens a and b touch with no space between ("cease" "-" "fire"). */
const attached = (a: ArgTok, b: ArgTok) => a.end === b.start;

/** Whether token k is joined by a hyphen to the word before it or after it ("long-threatened", "war-torn"). */
function inHyphenCompound(toks: ArgTok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (prev?.lower === '-' && attached(prev, toks[k])) || (next?.lower === '-' && attached(toks[k], next) && !!toks[k + 2] && attached(next, toks[k + 2]));
}

/** Words that follow an event noun without making it a modifier: times ("talks today") and what carries the event out. */
const NOUN_AFTER_EVENT = new Set([
  'today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'convoy', 'convoys', 'shipment', 'shipments', 'package', 'packages', 'deliveries', 'operation', 'operations',
  'campaign', 'campaigns', 'mission', 'missions', 'effort', 'efforts', 'drive', 'spree', 'wave',
]);
/** Words before a participle that make it an attribute ("the occupied territories", "Jordan's visiting king"). */
const ATTRIBUTE_OPENERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', "'s", '’s']);

/**
 * Whether the trigger word at k (ending at `end`) modifies the noun after it rather than naming
 * an event: an event noun in a compound ("aid workers", "truce monitors") or a participle used as
 * an adjective ("the occupied West Bank", "a planned visit", "Jordan's visiting king").
 */
function isModifier(toks: ArgTok[], k: number, end: number, cls: TriggerPattern['cls']): boolean {
  const next = toks[end + 1];
  if (!next) return false;
  if (cls === 'N') return next.pos === 'NOUN' && !next.actor && !NOUN_AFTER_EVENT.has(next.lower);
  if (cls !== 'V' || k === 0) return false;
  const w = toks[k].lower;
  const participle = w.endsWith('ed') || w.endsWith('en') || w.endsWith('ing');
  const prev = toks[k - 1];
  // "the Egyptian visiting delegation"; not "Iran attacked Kurdish positions".
  const nationality = !!prev.actor && w.endsWith('ing') && next.pos === 'NOUN';
  if (!participle || !(ATTRIBUTE_OPENERS.has(prev.lower) || prev.pos === 'ADJ' || prev.pos === 'NUM' || nationality)) return false;
  return !!next.actor || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ';
}

/** Matches the pattern's required neighbours after the trigger word ending at `end`; returns the last token used, or -1. */
function matchPattern(toks: ArgTok[], k: number, end: number, p: TriggerPattern): number {
  if (p.before.length) {
    // "air strike" and "air-strike" alike.
    const b = k >= 2 && toks[k - 1].lower === '-' && attached(toks[k - 1], toks[k]) ? k - 2 : k - 1;
    if (!(b >= 0 && p.before.includes(toks[b].lower))) return -1;
  }
  let at = end;
  for (const group of p.after) {
    let found = -1;
    for (let j = at + 1; j < toks.length && j - at <= AFTER_WINDOW; j++) {
      if (group.includes(toks[j].lower)) {
        found = j;
        break;
      }
      if (toks[j].lower === ',' || toks[j].lower === ';' || toks[j].lower === '.' || toks[j].pos === 'VERB' || toks[j].pos === 'AUX') break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** The first matching pattern for the word spanning tokens k … end, as a trigger. */
function matchWord(toks: ArgTok[], k: number, end: number, word: string, cls: TriggerPattern['cls']): Trigger | null {
  for (const p of patternsForWord(word)) {
    if (p.cls !== cls) continue;
    const last = matchPattern(toks, k, end, p);
    if (last >= 0) return { k, last, pattern: p, cameo: p.cameo, suppressed: false, complement: undefined };
  }
  return null;
}

function findTriggers(toks: ArgTok[], headline: boolean): Trigger[] {
  const out: Trigger[] = [];
  const used = new Set<number>();
  for (let k = 0; k < toks.length; k++) {
    if (used.has(k)) continue;
    const t = toks[k];
    const cls = POS_CLASS[t.pos];
    if (!cls || t.actor || (t.pos === 'PROPN' && !headline)) continue;
    // A hyphenated word the table knows whole ("cease-fire", "sit-in"), else none of its parts is a trigger.
    const hyphen = inHyphenCompound(toks, k);
    if (hyphen && (toks[k + 1]?.lower !== '-' || !attached(toks[k], toks[k + 1]))) continue;
    const wordEnd = hyphen ? k + 2 : k;
    const hit = hyphen ? matchWord(toks, k, wordEnd, `${t.lower}-${toks[k + 2].lower}`, POS_CLASS[toks[k + 2].pos] ?? 'N') : matchWord(toks, k, k, t.lower, cls);
    if (!hit || isModifier(toks, k, wordEnd, hit.pattern.cls)) continue;
    if (hyphen) used.add(wordEnd);
    for (let j = k + 1; j <= hit.last; j++) if (hit.pattern.after.some((g) => g.includes(toks[j].lower))) used.add(j);
    if (hit.cameo !== NOT_AN_EVENT) out.push(hit);
  }
  return out;
}

const typeOf = (t: Trigger): PloverType | undefined => t.pattern.type ?? cameoCode(t.pattern.cameo)?.type;

/** Folds complements into their intent verbs: "agreed to meet" is one AGREE (036), not also a CONSULT. */
function foldComplements(toks: ArgTok[], triggers: Trigger[]): void {
  for (const inner of triggers) {
    const outer = [...triggers].reverse().find((o) => o.k < inner.k && inner.k - o.last <= 8 && CONTENT_TYPES.has(typeOf(o)!));
    if (!outer) continue;
    const between = toks.slice(outer.last + 1, inner.k);
    // A light verb may carry the complement noun: "prepared to impose sanctions", "agreed to hold talks".
    if (between.some((b) => b.lower === ',' || b.lower === ';' || (b.pos === 'VERB' && b.lower !== 'to' && !lemmaCandidates(b.lower).some((l) => LIGHT_VERBS.has(l))))) continue;
    // "demanded that Israel ease …", "accused X of violating …", "blamed X for the bombing".
    // A "that" after a noun opens a relative clause ("agreed on a settlement that prohibits …"), not the content.
    const thatAt = between.findIndex((b) => b.lower === 'that');
    const thatClause = thatAt >= 0 && !between.slice(0, thatAt).some((b) => b.pos === 'NOUN');
    if (thatAt >= 0 && !thatClause) continue;
    const content = thatClause || between.some((b) => typeOf(outer) === 'ACCUSE' && ACCUSATION_WORDS.has(b.lower));
    // "to" of an infinitive ("agreed to meet", "agreed to hold talks"), not a preposition ("pledged aid to Ukraine but warned").
    const infinitive = between.some((b, i) => b.lower === 'to' && (between[i + 1] ?? toks[inner.k]).pos === 'VERB');
    if (between.some((b) => b.pos === 'CCONJ') && inner.pattern.cls === 'V') continue;
    const isComplement = content || infinitive || toks[outer.last].lower === 'to' || inner.pattern.cls === 'N' || outer.pattern.speaker;
    if (!isComplement) continue;
    inner.suppressed = true;
    outer.complement ??= inner;
    // Intending harm is threatening it: "vowed to attack", "is prepared to impose martial law".
    const outerType = typeOf(outer) === 'AGREE' && HOSTILE.has(typeOf(inner)!) ? 'THREATEN' : typeOf(outer)!;
    const codes = COMPLEMENT_CODES[outerType];
    const code = codes?.[inner.cameo] ?? codes?.[typeOf(inner)!] ?? (outerType === 'THREATEN' ? '130' : undefined);
    // Only a bare intent verb ("agree", "willing to") takes its complement's code; "agree a deal" keeps its own.
    const bare = outer.pattern.after.every((g) => g.includes('to'));
    if (code && outer.cameo === outer.pattern.cameo && bare) outer.cameo = code;
  }
  suppressPurposes(toks, triggers);
  suppressContent(toks, triggers);
  suppressBackground(toks, triggers);
}

/** Whether a demand, refusal, threat, promise or accusation's complement ends at token j. */
function contentEnds(toks: ArgTok[], j: number): boolean {
  const t = toks[j];
  // "complained that planes attacked villages, killing 90": the participle is still what is complained of.
  if (t.lower === ',' && toks[j + 1]?.pos === 'VERB' && toks[j + 1].lower.endsWith('ing')) return false;
  if (t.lower === ',' || t.lower === ';' || t.lower === ':' || t.lower === '(' || RELATIVE_OPENERS.has(t.lower)) return true;
  // "rejected the plan and attacked …": a second verb of the main clause.
  return t.pos === 'CCONJ' && [toks[j + 1], toks[j + 2]].some((n) => n?.pos === 'VERB' || n?.pos === 'AUX');
}

/** Whether the verb right after token j is in its base form ("and lift …", not "and fired …"). */
function bareVerbAfter(toks: ArgTok[], j: number): boolean {
  const verb = toks[j + 1]?.pos === 'VERB' ? toks[j + 1] : toks[j + 2]?.pos === 'VERB' ? toks[j + 2] : null;
  return !!verb && baseForms(verb.lower).length === 1;
}

/**
 * Everything a demand, refusal, threat, promise or accusation is about stays inside it: "rejected
 * a US offer to host a summit", "vetoed a resolution censuring …", "threatened to break off
 * relations over their ties with Israel" are one event each.
 */
function suppressContent(toks: ArgTok[], triggers: Trigger[]): void {
  for (const outer of triggers) {
    if (outer.suppressed || !CONTENT_TYPES.has(typeOf(outer)!)) continue;
    let end = outer.last + 1;
    // Inside a "that" or "to" clause, "and" before a bare verb joins that clause's verbs ("demanded that
    // X release … and lift …"); before an inflected one it goes back to the main clause ("threatened to
    // attack Japan and fired missiles").
    let subordinate = false;
    for (; end < toks.length; end++) {
      const t = toks[end];
      if (t.lower === 'that' || (t.lower === 'to' && toks[end + 1]?.pos === 'VERB')) subordinate = true;
      if (contentEnds(toks, end) && !(subordinate && t.pos === 'CCONJ' && bareVerbAfter(toks, end))) break;
    }
    // The same kind of act inside is the same act told again ("stopped work … of an open-ended strike"): merged later.
    for (const inner of triggers) if (inner.k > outer.last && inner.k < end && typeOf(inner) !== typeOf(outer)) inner.suppressed = true;
  }
}

/**
 * Events named only as the setting of the one reported are background, not news: nouns after
 * "after", "following", "amid" ("after two days of fighting"), acts in a "where" or "in which"
 * clause ("Serbia, where 24 people were killed last March"), what is done "before"/"without"
 * something else ("before allowing aid convoys"), and a noun's passive participle ("land seized by …").
 */
function suppressBackground(toks: ArgTok[], triggers: Trigger[]): void {
  for (const t of triggers) {
    if (t.suppressed) continue;
    let j = t.k - 1;
    while (j >= 0 && (MODIFIER_BEFORE_NOUN.has(toks[j].pos) || toks[j].lower === 'of') && t.k - j <= 6) j--;
    const before = toks[j]?.lower;
    const nominal = t.pattern.cls === 'N' || (toks[t.k].lower.endsWith('ing') && toks[t.k - 1]?.lower === 'of');
    if (nominal && SETTING_WORDS.has(before)) t.suppressed = true;
    else if (t.pattern.cls === 'V' && toks[t.k].lower.endsWith('ing') && toks[t.k - 1]?.lower && UNREALISED_WORDS.has(toks[t.k - 1].lower)) t.suppressed = true;
    // "territory occupied by Islamic State", "property seized by government forces": a state described.
    else if (t.pattern.cls === 'V' && /(ed|en)$/.test(toks[t.k].lower) && toks[t.k - 1]?.pos === 'NOUN' && !toks[t.k - 1].actor && toks[t.k + 1]?.lower === 'by') t.suppressed = true;
    else {
      for (let m = t.k - 1; m >= 1; m--) {
        if (toks[m].lower === ',' || toks[m].lower === ';') break;
        // ", where …", "Montenegro where …", "raids in which …"
        const w = toks[m].lower;
        if ((w === 'where' && (toks[m - 1].lower === ',' || toks[m - 1].actor)) || (w === 'which' && toks[m - 1].pos === 'ADP')) {
          t.suppressed = true;
          break;
        }
      }
    }
  }
}

/**
 * What an act is done for is its purpose, not an event of its own: "marched to demand reforms",
 * "began a hunger strike to protest", "telephoned X to discuss", "resigned to allow elections",
 * "blocked roads demanding his return".
 */
function suppressPurposes(toks: ArgTok[], triggers: Trigger[]): void {
  for (const inner of triggers) {
    if (inner.suppressed) continue;
    // "to demand", "aimed at establishing".
    const infinitive = toks[inner.k - 1]?.lower === 'to' || (toks[inner.k - 1]?.lower === 'at' && /^aim/.test(toks[inner.k - 2]?.lower ?? ''));
    const participle = toks[inner.k].lower.endsWith('ing') && typeOf(inner) === 'REQUEST';
    const reach = participle ? 24 : 12;
    if (!infinitive && !participle) continue;
    const outer = triggers.find((o) => o.k < inner.k && inner.k - o.last <= reach && (infinitive || typeOf(o) === 'PROTEST')
      && !toks.slice(o.last + 1, inner.k).some((b) => b.lower === ';'));
    if (outer) inner.suppressed = true;
  }
}

/** The document's actors as seen from its tokens, and what anaphors resolve to. */
function discourseOf(doc: Doc): Discourse {
  const countryMentions = new Map<string, { id: string; count: number; first: number }>();
  for (const a of doc.actors) {
    if (a.kind !== 'country' || !a.country) continue;
    const first = Math.min(...a.mentions.map((m) => m.start));
    const prev = countryMentions.get(a.country);
    if (!prev || a.mentions.length > prev.count) countryMentions.set(a.country, { id: a.id, count: a.mentions.length + (prev?.count ?? 0), first });
    else prev.count += a.mentions.length;
  }
  const ranked = [...countryMentions.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const pair: [string, string] | null = ranked.length >= 2 && ranked[1].count >= 2 ? [ranked[0].id, ranked[1].id] : null;
  // A pronoun points at the person a recent sentence is about: the first person it names.
  const persons = new Map(doc.actors.filter((a) => a.kind === 'person').flatMap((a) => a.mentions.map((m) => [m.start, a.id] as const)));
  const topics: { start: number; sentenceStart: number; id: string }[] = [];
  for (const t of doc.tokens) {
    const id = persons.get(t.start);
    const sentenceStart = doc.sentences[t.sentence]?.start ?? 0;
    if (id && topics[topics.length - 1]?.sentenceStart !== sentenceStart) topics.push({ start: t.start, sentenceStart, id });
  }
  const kinds = new Map(doc.actors.map((a) => [a.id, a.kind]));
  return {
    pair,
    kindOf: (id) => kinds.get(id),
    lastPerson(offset) {
      let best: string | null = null;
      for (const p of topics) if (p.start < offset) best = p.id;
      return best;
    },
  };
}

/** Actor id per token, from actor mentions (one linear pass over sorted mentions). */
function actorPerToken(doc: Doc): (string | null)[] {
  const spans = doc.actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, id: a.id })));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (string | null)[] = new Array(doc.tokens.length).fill(null);
  let s = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (s < spans.length && spans[s].end <= t.start) s++;
    for (let j = s; j < spans.length && spans[j].start < t.end; j++) {
      if (spans[j].end > t.start) {
        out[i] = spans[j].id;
        break;
      }
    }
  }
  return out;
}

interface Draft {
  record: Omit<EventRecord, 'id'>;
  headline: boolean;
  symmetric: boolean;
}

export function codeEvents(doc: Doc): EventRecord[] {
  if (!doc.actors.length || !doc.tokens.length) return [];
  const actorOf = actorPerToken(doc);
  const actorById = new Map<string, Actor>(doc.actors.map((a) => [a.id, a]));
  const d = discourseOf(doc);
  const bySentence: ArgTok[][] = doc.sentences.map(() => []);
  // One lower-casing of the text, not one per token (per token where case changes a character's length).
  const lowerText = doc.text.toLowerCase();
  const lower = lowerText.length === doc.text.length
    ? (t: Token) => lowerText.slice(t.start, t.end)
    : (t: Token) => doc.text.slice(t.start, t.end).toLowerCase();
  doc.tokens.forEach((t, i) => {
    bySentence[t.sentence]?.push({ start: t.start, end: t.end, pos: t.pos, lower: lower(t), actor: actorOf[i] });
  });
  const drafts: Draft[] = [];
  let previousFirstActor: string | null = null;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    const toks = bySentence[s];
    const firstActor = toks.find((t) => t.actor)?.actor ?? null;
    if (!doc.isStory(sentence)) continue;
    const headline = sentence.kind === 'headline';
    const triggers = findTriggers(toks, headline);
    foldComplements(toks, triggers);
    for (const trig of triggers) {
      if (trig.suppressed) continue;
      const draft = codeTrigger(doc, toks, trig, sentence, d, actorById, previousFirstActor);
      if (draft) drafts.push({ record: draft, headline, symmetric: trig.pattern.symmetric });
    }
    if (firstActor) previousFirstActor = firstActor;
  }
  return merge(drafts, actorById).map((r, i) => ({ id: `v${i + 1}`, ...r }));
}

function codeTrigger(
  doc: Doc, toks: ArgTok[], trig: Trigger, sentence: Span, d: Discourse, actorById: Map<string, Actor>,
  previousFirstActor: string | null,
): Omit<EventRecord, 'id'> | null {
  const { k, pattern } = trig;
  if (inCondition(toks, k) || attempted(toks, k)) return null;
  let actors: string[] = [];
  let recipients: string[] = [];
  let anaphoric = false;
  let confidence = 0.9;
  const noun = pattern.cls === 'N';
  // "is committed to", "was prepared to": an adjective of intent, not a passive.
  const passive = pattern.cls === 'V' && toks[trig.last].lower !== 'to' && isPassive(toks, k);
  // Where the event's verb group stands: a noun's light verb carries its tense ("will provide … aid").
  let verbAt = k;
  if (noun) {
    const left = nounLeft(toks, k, d);
    actors = left.modifiers;
    anaphoric = left.anaphoric;
    if (left.governor !== null) {
      const g = toks[left.governor];
      const lemmas = lemmaCandidates(g.lower);
      if (lemmas.some((l) => NOT_AN_ACT_VERBS.has(l)) || attempted(toks, left.governor)) return null;
      const subject = subjectOf(toks, left.governor, d);
      if (lemmas.some((l) => UNDERGOER_VERBS.has(l))) {
        if (subject) recipients = subject.ids;
      } else if (lemmas.some((l) => LIGHT_VERBS.has(l))) {
        verbAt = left.governor;
        if (!actors.length && subject) {
          actors = subject.ids;
          anaphoric ||= subject.anaphoric;
        }
      }
    }
    if (!actors.length) confidence -= 0.1;
  } else {
    const subject = subjectOf(toks, k, d);
    if (subject) {
      if (passive || pattern.speaker) recipients = subject.ids;
      else actors = subject.ids;
      anaphoric ||= subject.anaphoric;
    }
    if (pattern.speaker) {
      // Only an obligation someone states is a demand: the speaker of the quote holding it.
      const speaker = doc.quotes.find((q) => q.speaker && q.content.start <= toks[k].start && toks[k].end <= q.content.end)?.speaker;
      // "income should rise", "the government must be worried": a forecast or inference, not an obligation.
      const n = toks[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
      const forecast = !toks[n] || (lemmaCandidates(toks[n].lower).some((l) => EPISTEMIC_VERBS.has(l)) && !READINESS.has(toks[n + 1]?.lower));
      if (!speaker || !recipients.length || forecast) return null;
      actors = [speaker];
    }
  }
  // Objects follow the pattern's own words ("cut ties | with Ukraine", "arrived in | Tehran").
  const lastWord = toks[trig.last];
  // A double object stands before them ("gave Ukraine … aid").
  let right = argumentsRight(toks, trig.last + 1, noun, pattern, d, lastWord.pos === 'ADP' ? lastWord.lower : null);
  if (trig.last > k && !right.roles.length) right = argumentsRight(toks, k + 1, noun, pattern, d);
  for (const r of right.roles) {
    if (r.role === 'actor' && !actors.length) actors = r.ids;
    else if (r.role === 'actor' && recipients.length === 0 && !noun && r.afterNoun && !passive) {
      // "rejected calls by Belarus": the agent of the object noun is the one acted on.
      recipients = r.ids;
    } else if (r.role === 'actor' && recipients.length === 0 && !noun) {
      // "Palestinians killed by Israeli troops": the subject taken as actor is the recipient.
      recipients = actors;
      actors = r.ids;
    } else if (r.role === 'recipient' && !recipients.length) recipients = r.ids;
  }
  // A complaint is against what it is about, not whom it is lodged with.
  if (trig.cameo.startsWith('11') && right.concerning) recipients = right.concerning;
  let innerPlace: ArgTok | null = null;
  // "demanded that Israel ease restrictions on …": the clause's subject before the complement's objects.
  if (!recipients.length && THAT_CLAUSE_TYPES.has(typeOf(trig)!)) recipients = thatClauseSubject(toks, trig.last + 1) ?? [];
  if (!recipients.length && ((trig.complement && typeOf(trig) !== 'PROTEST') || INTENT_TYPES.has(typeOf(trig)!))) {
    // The complement's own objects: "agreed to meet X", "threatened to cut off power to X".
    const c = trig.complement ?? null;
    const from = c ? c.k + 1 : complementVerbEnd(toks, trig.last + 1);
    if (from !== null) {
      const inner = argumentsRight(toks, from, c?.pattern.cls === 'N', c?.pattern ?? VERB_ROLES, d);
      recipients = inner.roles.find((r) => r.role === 'recipient')?.ids ?? [];
      if (inner.place !== null) innerPlace = toks[inner.place];
    }
  }
  // "blocked a road to show their anger at the United States": a protest is against what its purpose names.
  if (!recipients.length && typeOf(trig) === 'PROTEST') recipients = purposeTarget(toks, trig.last + 1) ?? [];
  const place = right.place !== null ? toks[right.place] : innerPlace;
  // "The crackdowns are increasing": a definite event noun opening the sentence refers back.
  if (!actors.length && noun && k <= 2 && DEFINITE_OPENERS.has(toks[0].lower) && previousFirstActor) {
    actors = [previousFirstActor];
    confidence -= 0.15;
  }
  recipients = recipients.filter((r) => !actors.includes(r));
  if (!actors.length && recipients.length >= 2 && pattern.symmetric) [actors, recipients] = [recipients, []];
  // PLOVER codes an unidentified attacker or crowd by the country where it acts ("a roadside bomb
  // near Samarra killed …", "demonstrators protesting in Monrovia").
  if (!actors.length && PLACE_ACTOR_TYPES.has(typeOf(trig)!)) {
    const where = placeActor(toks, k, d);
    if (where) {
      actors = [where];
      recipients = recipients.filter((r) => r !== where);
      confidence -= 0.2;
    }
  }
  if (!actors.length && !(UNKNOWN_ACTOR_ALLOWED.has(typeOf(trig)!) && recipients.length)) return null;
  const conditioned = conditionSubject(toks, trig.last + 1);
  // "threatened to stop talks if the United States goes ahead": the condition names who is threatened.
  if (!recipients.length && conditioned && typeOf(trig) === 'THREATEN') recipients = conditioned.filter((r) => !actors.includes(r));
  if (!recipients.length && place?.actor && !actors.includes(place.actor)) recipients = [place.actor];
  // "arrested 12 demonstrators", "protesters marched": an unnamed group is the actor's own country.
  const domestic = right.group !== null ? !NEVER_DOMESTIC.has(typeOf(trig)!) : DOMESTIC_BY_DEFAULT.has(typeOf(trig)!);
  if (!recipients.length && actors.length && domestic) {
    // Unnamed people are those of the place acted on ("shelled Kyiv, killing 12 civilians") or
    // where it happens ("bombers killed 23 people in Tel Aviv").
    const where = right.group !== null ? adjunctObject(toks, k, actors) ?? placeActor(toks, k, d) : null;
    recipients = where && !actors.includes(where) ? [where] : domesticRecipient(doc, actors, actorById);
  }

  let cameo = trig.cameo;
  const clauseFirst = clauseStartOf(toks, k);
  const clauseLast = clauseEndOf(toks, trig.last);
  const contexts = new Set<string>();
  // Context words stand in the trigger's own phrase: its modifiers and what follows up to the next verb.
  // After a noun, only its prepositional phrase ("cooperation on missiles"), not the next noun phrase.
  let phrase = !noun;
  for (let j = Math.max(clauseFirst, k - 2); j < Math.min(clauseLast, trig.last + 6); j++) {
    if (j > trig.last && toks[j].pos === 'VERB') break;
    if (j > trig.last && toks[j].pos === 'ADP') phrase = true;
    if (j > trig.last && !phrase) continue;
    const c = CONTEXT_WORDS[toks[j].lower];
    if (c) contexts.add(c);
  }
  for (const c of contexts) {
    const refined = CONTEXT_CODES[cameo]?.[c];
    if (refined) {
      cameo = refined;
      break;
    }
  }
  const entry = cameoCode(cameo);
  if (!entry) throw new Error(`events: pattern "${pattern.lemma}" names CAMEO ${cameo}, which cameo.ts lacks`);
  const type = pattern.type ?? entry.type;
  const reciprocal = pattern.symmetric && actors.length >= 2;
  if (NEEDS_RECIPIENT.has(type) && !recipients.length && !reciprocal) return null;
  if (!recipients.length && !reciprocal) confidence -= 0.1;
  if (anaphoric) confidence -= 0.15;

  const trigger = { start: toks[k].start, end: toks[trig.last].end };
  const clause = { start: toks[clauseFirst].start, end: toks[Math.max(clauseFirst, clauseLast - 1)].end };
  const [govFirst, govLast] = governingRange(toks, k);
  const governing = { start: toks[govFirst].start, end: toks[Math.max(govFirst, govLast - 1)].end };
  const own = { start: Math.max(clause.start, governing.start), end: Math.min(clause.end, governing.end) };
  const when = eventDate(doc.dates, trigger, own, governing, doc.article.published);
  const quoted = doc.quotes.some((q) => q.content.start <= trigger.start && trigger.end <= q.content.end);
  const modality = modalityOf({
    words: toks.map((t) => t.lower),
    pos: toks.map((t) => t.pos),
    trigger: verbAt,
    clauseStart: clauseFirst,
    quoted,
    // An intent's date is that of what it intends ("agreed to meet next month"): not a future intent.
    daysFromPublication: INTENT_TYPES.has(type) ? Math.min(0, when.daysFromPublication ?? 0) : when.daysFromPublication,
  });
  const recoded = recode(toks, k, type, entry.code, modality);
  if (recoded) return codeAs(recoded.cameo, recoded.modality);
  return codeAs(entry.code, modality);

  function codeAs(code: string, modality: Modality): Omit<EventRecord, 'id'> {
    const e = cameoCode(code)!;
    const asCoded = e.code === entry!.code;
    const type = asCoded ? pattern.type ?? e.type : e.type;
    const allContexts = [...new Set([...(asCoded ? pattern.contexts ?? e.contexts : e.contexts), ...contexts])];
    const mode = asCoded ? pattern.mode ?? e.mode : e.mode;
    return {
      type,
      ...(mode && { mode }),
      contexts: allContexts,
      cameo: e.code,
      quad: e.quad,
      goldstein: e.goldstein,
      actors,
      recipients,
      date: when.date,
      ...(place && { location: placeOf(doc, place!, actorById) }),
      modality,
      trigger,
      evidence: { start: sentence.start, end: sentence.end },
      confidence: Math.round(Math.max(0.1, confidence) * 100) / 100,
    };
  }
}

/** Verbs after "must"/"should" that make it a forecast or inference rather than a demand. */
const EPISTEMIC_VERBS = new Set([
  'be', 'have', 'rise', 'fall', 'grow', 'increase', 'decline', 'exceed', 'know', 'feel', 'expect', 'benefit', 'prove', 'become',
]);
/** What "must be" may be followed by and still be an obligation ("must be ready to mediate"). */
const READINESS = new Set(['ready', 'willing', 'prepared', 'able', 'allowed', 'held']);

/**
 * Nouns of striving, deciding and being able: what they are "to" do is sought or allowed, not
 * done ("efforts to end the fighting", "a bid to impose sanctions", "his decision to withdraw").
 */
const ATTEMPT_NOUNS = new Set([
  'effort', 'efforts', 'bid', 'bids', 'attempt', 'attempts', 'drive', 'campaign', 'push', 'initiative', 'decision',
  'proposal', 'right', 'ability', 'chance', 'readiness', 'willingness', 'intention', 'failure', 'mandate', 'permission',
  'authority',
]);

/** Whether the verb at v is the infinitive after a noun of striving or deciding. */
function attempted(toks: ArgTok[], v: number): boolean {
  return v >= 2 && toks[v - 1].lower === 'to' && ATTEMPT_NOUNS.has(toks[v - 2].lower);
}

/** The actors an "unless"/"if" clause after the trigger is about ("… unless Israel rescinded …"). */
function conditionSubject(toks: ArgTok[], from: number): string[] | null {
  const c = toks.findIndex((t, j) => j >= from && (t.lower === 'unless' || (t.lower === 'if' && t.pos === 'SCONJ')));
  if (c < 0) return null;
  for (let j = c + 1; j < toks.length && j - c <= 4; j++) {
    if (toks[j].actor) return [toks[j].actor!];
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return null;
  }
  return null;
}

/** The first actor the main verb of a ", killing …" participle acts on, other than its own actors. */
function adjunctObject(toks: ArgTok[], k: number, actors: string[]): string | null {
  const head = adjunctHead(toks, k);
  if (head === null) return null;
  for (let j = head + 1; j < k; j++) if (toks[j].actor && !actors.includes(toks[j].actor!)) return toks[j].actor;
  return null;
}

/** Prepositions that name what a protest is against, in its purpose clause. */
const PROTEST_TARGET_WORDS = new Set(['against', 'at', 'for', 'over', 'with']);

/** The actor a protest's purpose clause names after "against", "at", "for" … ("to show their anger at X"). */
function purposeTarget(toks: ArgTok[], from: number): string[] | null {
  for (let j = from; j < toks.length && j - from <= 12; j++) {
    const t = toks[j];
    if (t.lower === ',' || t.lower === ';' || (t.lower === 'to' && toks[j + 1]?.pos !== 'VERB' && !PROTEST_TARGET_WORDS.has(toks[j - 1]?.lower))) return null;
    if (t.actor) {
      for (let m = j - 1; m >= from && j - m <= 4; m--) {
        if (PROTEST_TARGET_WORDS.has(toks[m].lower)) return [t.actor];
        if (toks[m].pos === 'VERB' || toks[m].actor) break;
      }
    }
  }
  return null;
}

/** Where the objects of a "to VERB" complement start ("threatened to cut off | power to X"); null if none follows. */
function complementVerbEnd(toks: ArgTok[], from: number): number | null {
  // The pattern itself may end in "to" ("willing to | send …").
  if (toks[from - 1]?.lower === 'to' && toks[from]?.pos === 'VERB') return from + 1;
  // A time phrase may stand between: "threatened (on) Monday to resume …".
  for (let j = from; j < toks.length && j - from <= 3; j++) {
    if (toks[j].lower === 'to') return toks[j + 1]?.pos === 'VERB' ? j + 2 : null;
    if (!TIME_PHRASE_POS.has(toks[j].pos)) return null;
  }
  return null;
}

/** The recipient of an act on the actor's own people: its country, as a country actor where the document has one. */
function domesticRecipient(doc: Doc, actors: string[], actorById: Map<string, Actor>): string[] {
  const country = actorById.get(actors[0])?.country;
  if (!country) return [];
  const countryActor = doc.actors.find((a) => a.kind === 'country' && a.country === country);
  return [countryActor?.id ?? actors[0]];
}

/**
 * Announced acts read as what announcing them does: a cooperative act refused ("will not
 * accept", "would not meet") is a REJECT; an act announced under a condition is a THREATEN when
 * it hurts or comes with "unless" ("will withdraw its force unless …"), an AGREE when it helps
 * ("would meet … if …"). The new event is itself asserted.
 */
function recode(toks: ArgTok[], k: number, type: PloverType, code: string, modality: Modality): { cameo: string; modality: Modality } | null {
  const asserted: Modality = modality === 'reported' ? 'reported' : 'asserted';
  if (modality === 'negated' && COOPERATIVE.has(type) && refusedBefore(toks, k)) {
    return { cameo: COMPLEMENT_CODES.REJECT?.[type] ?? '120', modality: asserted };
  }
  if (modality !== 'future' && modality !== 'hedged') return null;
  const condition = toks.slice(k + 1).find((t) => t.lower === 'unless' || (t.lower === 'if' && t.pos === 'SCONJ'))?.lower;
  if (!condition) return null;
  const hostile = !COOPERATIVE.has(type);
  if (condition === 'unless' || hostile) {
    if (type === 'THREATEN') return null;
    const codes = COMPLEMENT_CODES.THREATEN!;
    return { cameo: codes[code] ?? codes[type] ?? '130', modality: asserted };
  }
  if (type === 'AGREE') return null;
  const codes = COMPLEMENT_CODES.AGREE!;
  return { cameo: codes[code] ?? codes[type] ?? '030', modality: asserted };
}

/** Whether "will not" / "would not" stands right before the trigger. */
function refusedBefore(toks: ArgTok[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    if ((toks[j].lower === 'not' || toks[j].lower === "n't") && REFUSING_AUX.has(toks[j - 1].lower)) return true;
  }
  return false;
}

function placeOf(doc: Doc, t: ArgTok, actorById: Map<string, Actor>): { country: string | null; name?: string } {
  const actor = t.actor ? actorById.get(t.actor) : undefined;
  const mention = actor?.mentions.find((m) => m.start <= t.start && t.end <= m.end);
  const name = mention ? doc.slice(mention) : doc.text.slice(t.start, t.end);
  return { country: actor?.country ?? lookupCountry(name) ?? capitalOf(name), name };
}

/** How specific a CAMEO code is: four digits, then three not ending in 0, then a bare root. */
const specificity = (code: string) => code.length * 2 - (code.endsWith('0') ? 1 : 0);

/** Background, plans and news are different happenings even between the same parties. */
const timeOf = (m: Modality) => (m === 'historical' || m === 'future' ? m : 'now');

/** Who takes part, by country where known, for telling the same event told twice. */
function partyKey(ids: string[], actorById: Map<string, Actor>): string[] {
  return [...new Set(ids.map((id) => actorById.get(id)?.country ?? id))].sort();
}

/**
 * One event per happening: the same type between the same parties (by country) is told twice,
 * in the headline and the body or twice in the body. The body's wording wins over the
 * headline's; an event asserted once is asserted.
 */
function merge(drafts: Draft[], actorById: Map<string, Actor>): Omit<EventRecord, 'id'>[] {
  const out: Draft[] = [];
  const same = (a: Draft, b: Draft) => {
    if (a.record.type !== b.record.type || timeOf(a.record.modality) !== timeOf(b.record.modality)) return false;
    // One sentence telling one act twice ("was killed in a car bomb explosion"): the part without an actor adds nothing.
    if (a.record.evidence.start === b.record.evidence.start && (!a.record.actors.length || !b.record.actors.length)) return true;
    if (a.symmetric || b.symmetric) {
      const pa = partyKey([...a.record.actors, ...a.record.recipients], actorById);
      const pb = partyKey([...b.record.actors, ...b.record.recipients], actorById);
      return pa.join() === pb.join();
    }
    const [ra, rb] = [partyKey(a.record.recipients, actorById), partyKey(b.record.recipients, actorById)];
    const recipientsFit = !ra.length || !rb.length || ra.join() === rb.join();
    return partyKey(a.record.actors, actorById).join() === partyKey(b.record.actors, actorById).join() && recipientsFit;
  };
  for (const d of drafts) {
    const kept = out.find((o) => same(o, d));
    if (!kept) {
      out.push(d);
      continue;
    }
    const better = MODALITY_RANK.indexOf(d.record.modality) < MODALITY_RANK.indexOf(kept.record.modality) ? d.record.modality : kept.record.modality;
    const contexts = [...new Set([...kept.record.contexts, ...d.record.contexts])];
    const specific = specificity(d.record.cameo) > specificity(kept.record.cameo) ? d.record : kept.record;
    if ((kept.headline && !d.headline) || (!kept.record.recipients.length && d.record.recipients.length)) {
      Object.assign(kept, d);
    }
    const { cameo, quad, goldstein, mode } = specific;
    Object.assign(kept.record, { cameo, quad, goldstein, contexts, modality: better, ...(mode && { mode }) });
  }
  return out.map((d) => d.record);
}
