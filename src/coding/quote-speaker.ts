import type { Doc } from '../doc.js';
import type { Actor, ActorKind, Quote, Span, Token } from '../model/index.js';
import { isPersonTitle } from '../lexicon/titles.js';
import { FIRST_NAME_GENDER, type Gender, PRONOUN_GENDER, TITLE_GENDER } from '../nlp/names.js';
import type { QuotedSpan } from './quote-marks.js';
import { type Fact, factsAbout } from './actor-knowledge.js';
import { OTHER_PARTY_PREFIXES, OTHER_PARTY_SUFFIXES, resolveActor } from './resolve-actor.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Words in a speaker phrase after which the actors named are what the speaker knows or where
 * they sit, not who they are: "an official familiar with the Baghdad–Washington talks", "sources
 * close to the company".
 */
const NOT_THE_SPEAKER_AFTER = /\b(?:familiar with|close to|briefed on|with knowledge of|involved in|knowledgeable about)\b/i;

/** Prepositions opening a complement of a speaker phrase's head ("a spokesman | for the ministry", "officials | at the UN", "a leader contacted | by the Guardian"). */
const COMPLEMENT_WORDS = 'for|at|from|with|in|on|to|of|by|near|inside|outside';
const COMPLEMENT = new RegExp(`\\s(?:${COMPLEMENT_WORDS})\\s`, 'i');

/** A person's kin: "the family said" speaks for someone the article named, and is no actor of its own. */
const KIN: ReadonlySet<string> = new Set(['family', 'mother', 'father', 'parents', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'children', 'relatives']);

/** People a person's relation or staff are: "Jack Smith’s family said", "the minister’s spokeswoman said": they speak, not the person named. */
const RELATIONS: ReadonlySet<string> = new Set([
  ...KIN, 'lawyer', 'lawyers', 'solicitor', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisers',
  'colleagues', 'friend', 'friends', 'officer', 'entourage',
]);

/** Whether the words after a person's name make them the possessor of a relation who speaks ("’s family", "’s political aide"). */
function relativeSpeaks(after: string): boolean {
  const m = /^[’']s\s+((?:\S+\s+){0,2}?\S+)/u.exec(after);
  return m !== null && m[1].toLowerCase().split(/\s+/).some((w) => RELATIONS.has(w));
}

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
 * Whether an actor mention is only the first word of a sentence opening a description in lower
 * case ("Human | rights groups said", "Police | officers said"): the recogniser took the capital
 * the sentence gave it for a name's.
 */
function capitalisedOpener(doc: Doc, m: Span, end: number): boolean {
  const t = doc.tokenAt(m.start);
  const next = doc.tokens[t + 1];
  // An acronym ("YPG officials") is a name wherever it stands.
  return doc.tokens[t].end === m.end && /^\p{Lu}\p{Ll}+$/u.test(doc.slice(m)) && doc.opensSentence(t)
    && next !== undefined && next.end <= end && /^\p{Ll}/u.test(doc.slice(next)) && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * Resolves speaker spans of one document to actors: the actor named in the span, or the actor
 * of the mention cluster the span belongs to ("she" → Landau). Where several actors are named,
 * a person is the speaker ("Laila Kiki of the Syria Campaign"); else the one named last is the
 * phrase's head ("Iran's IRNA news agency"), before any complement ("Russian officials at the UN",
 * "the UK ambassador to Turkey"); one named only in a complement is who the head speaks for ("a
 * spokesman for the US military"). The actors' mentions are listed on the first speaker resolved
 * and a cluster's actor found when a speaker needs it: most documents have few speakers and many
 * clusters.
 */
export function speakerResolver(doc: Doc): (span: Span) => string | null {
  // `named`: a person or organisation, whose name a sentence's capital may fake; a country or people ("Kurdish forces") is named by its word.
  let mentions: (Span & { id: string; person: boolean; named: boolean })[] | undefined;
  const clusterActor = new Map<string, string | null>();
  return (span) => {
    mentions ??= doc.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, id: a.id, person: a.kind === 'person', named: a.kind === 'person' || a.kind === 'organization' })));
    const cut = NOT_THE_SPEAKER_AFTER.exec(doc.slice(span));
    const end = cut ? span.start + cut.index : span.end;
    // A possessive pronoun ("his mother", "her relatives") stands for the possessor, never the speaker.
    const named = mentions.filter((m) => overlaps(m, { start: span.start, end }) && !modifies(doc.text, m.start, m.end) && !POSSESSOR.test(doc.slice(m))
      && !(m.named && capitalisedOpener(doc, m, end)) && !(m.person && relativeSpeaks(doc.text.slice(m.end, end))));
    // A possessor named ("Donald Trump’s White House") is not the person who speaks; his claim or speech is his ("Trump’s claim").
    const people = named.filter((m) => m.person && !/^[’']s\b/.test(doc.text.slice(m.end, m.end + 3)));
    // The phrase's head comes before its first complement: "the UK ambassador | to Turkey", "Russian officials | at the UN".
    const complement = COMPLEMENT.exec(doc.text.slice(span.start, end));
    const headEnd = complement ? span.start + complement.index : end;
    const candidates = people.length ? people : named;
    const inHead = candidates.filter((m) => m.start < headEnd);
    let best: { id: string; end: number } | null = null;
    for (const m of inHead.length ? inHead : candidates) if (!best || m.end > best.end) best = m;
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

/** How many sentences after the end of their quote the last speaker stays the one an anaphor means. */
const SPEAKER_REACH = 5;

/**
 * Speakers that only point back at someone: the kind of actor each can stand for, and the
 * gender a person must not have. "It said", "the company said" in wire copy are the company
 * that last spoke; "he said" the man who last spoke.
 */
interface Anaphor {
  kinds: readonly ActorKind[];
  notGender?: Gender;
  /** How many sentences back a named speaker may be the one meant; unset: none may. */
  named?: number;
  /** How many sentences back a described speaker ("one rebel official", "protesters") may be the one meant; unset: none may. */
  described?: number;
}
const BODY: Anaphor = { kinds: ['organization', 'group'], named: SPEAKER_REACH };
const ANAPHORS: ReadonlyMap<string, Anaphor> = new Map<string, Anaphor>([
  ['it', BODY],
  ...['company', 'firm', 'bank', 'group', 'agency', 'ministry', 'department', 'government', 'party', 'union', 'organization', 'organisation']
    .map((head): [string, Anaphor] => [`the ${head}`, BODY]),
  // A described person is meant only right after their quote ("said one rebel official. “…,” he added"): the description gives no sex.
  ['he', { kinds: ['person'], notGender: 'f', named: SPEAKER_REACH, described: 1 }],
  ['she', { kinds: ['person'], notGender: 'm', named: SPEAKER_REACH, described: 1 }],
  // "they" may stand for any plural named before it; a group just quoted by description is the one most often meant.
  ['they', { kinds: ['group'], described: 2 }],
]);

/**
 * How many sentences back a definite phrase may point: "the president" at the person titled so,
 * "the report" at the document named, "the source" at a speaker heard as "a … source".
 */
const DEFINITE_REACH = 10;

/** A speaker described as one person ("a Lebanese political leader", "one of the officials"), not a group ("Syrian officials"). */
const ONE_PERSON = /^(?:a|an|one)\s/i;

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

/**
 * Speaker continuity: a quote whose speaker is an anaphor the mention layer left unresolved
 * ("It said …", "he said" after a quotation) takes the last speaker of a kind it can stand for
 * when that speaker's quote ended within SPEAKER_REACH sentences — the reading news convention
 * gives. A long quotation keeps its speaker in view to its end ("Letts told ITV News: “…” (six
 * sentences) He said …"), also where it runs on over paragraphs the quote's content leaves out.
 * Works through the quotes in the order their speakers appear, so a chain of "it said" follows
 * one company. A speaker still unresolved may be a document whose issuer speaks ("the report
 * said"; documentIssuer) or a description (describedSpeakers): "officials", or "the official"
 * pointing back at one heard before.
 */
export function continueSpeakers(doc: Doc, quotes: Quote[], quotations: readonly QuotedSpan[]): void {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  // The gender a resolved "he" or "she" showed an actor to have, where neither title nor first name does ("Maha Yassin … she said").
  const shown = new Map<string, Gender>();
  const genderOf = (actor: Actor): Gender | undefined => actorGender(actor) ?? shown.get(actor.id);
  const described = describedSpeakers(doc, byId);
  // The last speaker of each kind, named and described apart: "it" and "the government" do not point at "officials".
  const lastNamed = new Map<ActorKind, { actor: Actor; sentence: number }>();
  const lastDescribed = new Map<ActorKind, { actor: Actor; sentence: number }>();
  const ordered = quotes.filter((q) => q.speakerSpan).sort((a, b) => a.speakerSpan!.start - b.speakerSpan!.start);
  for (const q of ordered) {
    // How far back a speaker is counted from where this quote's words begin: in "“…,” said one
    // official. “…” “…,” he added", the second quotation, which the tagger gives to "he", follows the first.
    const sentence = Math.min(doc.sentenceAt(q.speakerSpan!.start), doc.sentenceAt(q.content.start));
    if (q.speaker === null) q.speaker = antecedent(doc, q.speakerSpan!, byId);
    const anaphor = q.speaker === null && q.speakerText ? ANAPHORS.get(q.speakerText.toLowerCase()) : undefined;
    if (anaphor) {
      const within = (seen: Map<ActorKind, { actor: Actor; sentence: number }>, reach: number | undefined) =>
        reach === undefined ? [] : anaphor.kinds.map((k) => seen.get(k)).filter((c) => c !== undefined && sentence - c.sentence <= reach);
      const candidates = [...within(lastNamed, anaphor.named), ...within(lastDescribed, anaphor.described)];
      const latest = candidates.sort((a, b) => b!.sentence - a!.sentence)[0];
      if (latest && (!anaphor.notGender || genderOf(latest.actor) !== anaphor.notGender)) q.speaker = latest.actor.id;
    }
    if (q.speaker === null && q.speakerText) q.speaker = titledAntecedent(doc, q.speakerText, q.speakerSpan!.start, byId.values());
    if (q.speaker === null && q.speakerText) q.speaker = documentIssuer(doc, q.speakerText, q.speakerSpan!.start, byId.values());
    if (q.speaker === null && q.speakerText) {
      const actor = described.describe(q.speakerText, q.speakerSpan!);
      if (actor) q.speaker = actor.id;
    }
    const pronounGender = q.speaker && q.speakerText ? PRONOUN_GENDER.get(q.speakerText.toLowerCase()) : undefined;
    if (pronounGender) shown.set(q.speaker!, pronounGender);
    const actor = q.speaker ? byId.get(q.speaker) : undefined;
    if (!actor) continue;
    described.heard(q.speakerSpan!, actor);
    const seen = { actor, sentence: Math.max(doc.sentenceAt(q.speakerSpan!.start), doc.sentenceAt(quotationEnd(q.content, quotations) - 1)) };
    (described.made(actor) ? lastDescribed : lastNamed).set(actor.kind, seen);
    // "a Syrian source", coded as Syria, is still one person a "he" right after may mean.
    if (actor.kind === 'country' && ONE_PERSON.test(q.speakerText ?? '')) lastDescribed.set('person', seen);
    // A spokeswoman speaks for a body: "Maria Lopez, a spokeswoman for the Norwegian Refugee Council, said …" and then "the organisation said".
    const body = actor.affiliation ? byId.get(actor.affiliation) : undefined;
    if (body && body.kind !== 'person' && body.kind !== 'country') lastNamed.set(body.kind, { actor: body, sentence: seen.sentence });
  }
}

/**
 * Words opening a description that only count or point: "one diplomat", "some officials", "the
 * protesters", "one of the officials", "hundreds of women".
 */
const DESCRIPTION_OPENER = /^(?:(?:a|an|the|one|two|three|four|five|some|several|many|most|other|another|few|both|dozens|hundreds|thousands)\s+)+(?:of\s+(?:the\s+|those\s+)?)?/i;

/** Where a description's head phrase ends: its complements and relative clauses ("officials | in Baghdad", "a source | close to …", "people | who …"). */
const DESCRIPTION_END = new RegExp(`[,(]|\\s(?:${COMPLEMENT_WORDS}|based|close|familiar|involved|who|whose|which|that)\\b`, 'i');

/** A description split into its opener ("one of the"), the rest, and the rest's head phrase ("rebel official" of "rebel official in Afrin"). */
function splitDescription(text: string): { opener: string; phrase: string; headPhrase: string } {
  const opener = DESCRIPTION_OPENER.exec(text)?.[0] ?? '';
  const phrase = text.slice(opener.length);
  const cut = DESCRIPTION_END.exec(phrase);
  return { opener, phrase, headPhrase: cut ? phrase.slice(0, cut.index) : phrase };
}

/** A relative pronoun closing a source phrase cut short ("people who"). */
const DANGLING_RELATIVE = /\s+(?:who|whose|which|that)$/i;

/** Sector words that stand in the names of bodies ("Institute for Strategic Studies") but head no speaker's description. */
const NAME_ONLY_ROLES: ReadonlySet<string> = new Set(['studies']);

/** Parts of speech a description's head phrase is made of: "senior western", "27-year-old Idlib activist", "counter-terrorism". */
const DESCRIPTION_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);

/** A speaker phrase read as a description: the phrase less its opener, where it stands, and the tokens of its head phrase. */
interface Description {
  phrase: string;
  at: number;
  head: Token[];
  opensSentence: boolean;
}

/**
 * The head phrase of a description ("senior western diplomat" in "a senior western diplomat
 * based in the region"): adjectives and nouns in one sentence, a capitalised head only where the
 * sentence's first word is the whole phrase ("Police"). Null for a name, a possession or a clause.
 */
function readDescription(doc: Doc, text: string, source: Span): Description | null {
  const { opener, phrase, headPhrase } = splitDescription(text);
  const at = doc.text.indexOf(text, source.start);
  if (at < 0 || !headPhrase) return null;
  const from = doc.tokenAt(at + opener.length);
  const head = doc.tokens.slice(from, doc.tokenAt(at + opener.length + headPhrase.length - 1) + 1);
  if (head.length === 0) return null;
  const last = head[head.length - 1];
  const opensSentence = doc.opensSentence(from);
  // A participle hyphened to the word before is part of a modifier ("Beirut-based", "Iran-backed").
  const describing = (t: Token, k: number): boolean => DESCRIPTION_POS.has(t.pos) || (k > 0 && doc.slice(head[k - 1]) === '-');
  if (!head.every(describing) || last.sentence !== head[0].sentence) return null;
  if (/^\p{Lu}/u.test(doc.slice(last)) && !(opensSentence && head.length === 1)) return null;
  return { phrase, at, head, opensSentence };
}

/** The sector word heading a description, alone ("officials") or with the words before it ("aid agencies", "human rights groups"). */
function sectorWord(doc: Doc, head: readonly Token[], date: string): Fact | undefined {
  const end = head[head.length - 1].end;
  for (let k = head.length - 1; k >= Math.max(0, head.length - 3); k--) {
    const words = doc.text.slice(head[k].start, end).toLowerCase();
    const role = NAME_ONLY_ROLES.has(words) ? undefined : factsAbout(words, date).find((f) => f.kind === 'role' && f.sector && f.sector !== 'UNK');
    if (role) return role;
  }
  return undefined;
}

/**
 * What a described speaker is called: the whole description, complements and all ("spokesman
 * for the network"), less a relative pronoun the source ended on; a sector word capitalised for
 * opening the sentence in lower case ("Police said" → police; not "Kurdish officials", "NGOs").
 */
function describedName(doc: Doc, { phrase, head, opensSentence }: Description, date: string): string {
  const named = phrase.replace(DANGLING_RELATIVE, '');
  const first = doc.slice(head[0]);
  const facts = opensSentence && /^\p{Lu}\p{Ll}/u.test(first) ? factsAbout(first.toLowerCase(), date) : [];
  return facts.length > 0 && facts.every((f) => f.kind === 'role') ? named.charAt(0).toLowerCase() + named.slice(1) : named;
}

/** The described speakers of one document, and the descriptions speakers were heard under. */
interface DescribedSpeakers {
  /** The actor a described speaker stands for, made where the description is new; null where it is no description. */
  describe(text: string, source: Span): Actor | null;
  /** Records that the speaker named in the source phrase `source` is `actor`. */
  heard(source: Span, actor: Actor): void;
  /** Whether `actor` was made from a description. */
  made(actor: Actor): boolean;
}

/**
 * Speakers described rather than named ("officials said", "a senior western diplomat told …",
 * "one rebel commander said"): the description is coded by the actor resolver and joins the
 * actor layer as an actor, one per description in the document, so that two quotes of "rebel
 * commanders" have one speaker and a later "they" or "the commander" can point back at it. Its
 * head must be a sector word ("officials" GOV, "rebel commander" REB, "aid agencies" NGO): not a
 * name the entity layer missed ("Geneva"), a possession ("his office"), what was said ("the
 * statement"), or people the tables code no sector for ("witnesses", "critics"). A definite
 * singular ("the official") points back at the last speaker heard under a description with all
 * its words ("a Turkish official", resolved to Turkey; "one rebel official"), or stays
 * unresolved: it names no one new.
 */
function describedSpeakers(doc: Doc, byId: Map<string, Actor>): DescribedSpeakers {
  const described = new Map<string, Actor>();
  // What each speaker was called, in order, phrase by phrase of the source ("Dilan Serhat", "a Kurdish military official"):
  // "the official" points back at the last one called an official, whoever that resolved to.
  const heard: { source: Span; actor: Actor; words?: string[][] }[] = [];
  // The words of a description's head phrase: "a Turkish official familiar with the call" → turkish, official.
  const wordsOf = (text: string): string[] => splitDescription(text).headPhrase.toLowerCase().split(/[\s-]+/);
  const made = (actor: Actor): boolean => described.get(actor.name.toLowerCase()) === actor;
  // Sector words and offices are looked up at the article's date, as the actor stage looks them up.
  const date = doc.article.published ?? new Date().toISOString().slice(0, 10);
  return {
    // The words are read only when a definite description asks: most speakers are never pointed back at so.
    heard: (source, actor) => heard.push({ source, actor }),
    made,
    describe(text, source) {
      const description = readDescription(doc, text, source);
      if (!description) return null;
      const role = sectorWord(doc, description.head, date);
      const name = describedName(doc, description, date);
      let actor = role ? described.get(name.toLowerCase()) : undefined;
      // A definite description points back whatever its head ("the source" after "a YPG source said"); only a sector word makes an actor.
      if (!actor && /^the\s/i.test(text)) {
        // "The family said": the family of someone the article named, who is no actor of its own here.
        if (KIN.has(doc.slice(description.head.at(-1)!).toLowerCase())) return null;
        // "the official" after "one of the officials" or "a Turkish official", singular or plural ("the health minister" is not "a federal minister").
        const wanted = wordsOf(text);
        // Without a sector word the head must be the same word, in view: "the source" after "a YPG source", not "the group" after "rights groups".
        const same = (w: string, x: string | undefined) => x === w || (role !== undefined && x === `${w}s`);
        const inView = (h: (typeof heard)[number]) => role !== undefined || doc.sentenceAt(source.start) - doc.sentenceAt(h.source.start) <= DEFINITE_REACH;
        const phrases = (h: (typeof heard)[number]) => (h.words ??= doc.slice(h.source).split(',').filter((p) => p.trim()).map((p) => wordsOf(p.trim())));
        // A plural points back only at a group described so ("the rebel officials" after "several rebel officials"), not at a country
        // some "US leaders" resolved to; one no group was called before is a group of its own ("the protesters").
        const plural = /s$/i.test(doc.slice(description.head.at(-1)!));
        const match = DOCUMENTS.has(wanted.at(-1)!) ? undefined : [...heard].reverse().find((h) => (!plural || made(h.actor)) && inView(h)
          && phrases(h).some((words) => same(wanted.at(-1)!, words.at(-1)) && wanted.every((w) => words.some((x) => same(w, x)))));
        // A singular names no one new.
        if (match || !plural || !role) return match?.actor ?? null;
      }
      if (!role) return null;
      if (!actor) {
        const r = resolveActor(description.phrase, { date });
        const kind = r.kind === 'country' ? (/s$/i.test(doc.slice(description.head.at(-1)!)) ? 'group' : 'person') : r.kind;
        actor = { id: `a${doc.actors.length + 1}`, name, kind, country: r.country, sector: r.sector ?? role.sector, mentions: [] };
        doc.actors.push(actor);
        byId.set(actor.id, actor);
        described.set(name.toLowerCase(), actor);
      }
      actor.mentions.push({ start: description.at, end: description.at + text.length });
      return actor;
    },
  };
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

/** Documents that speak for whoever issued them: "the report said", "the statement added". */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'report', 'statement', 'study', 'survey', 'letter', 'memo', 'communique', 'communiqué', 'declaration', 'assessment', 'document',
  'analysis', 'review', 'audit', 'dossier', 'filing', 'complaint', 'indictment', 'resolution', 'ruling', 'judgment', 'verdict', 'poll',
]);
/** Verbs by which someone issues a document: "the White House issued a statement". */
const ISSUING: ReadonlySet<string> = new Set([
  'issued', 'released', 'published', 'sent', 'put', 'filed', 'posted', 'produced', 'commissioned', 'compiled', 'carried', 'wrote', 'signed', 'circulated',
]);
/** Determiners between an issuing verb and its document ("issued a statement", "released its annual report"). */
const DOCUMENT_DETERMINERS = /^(?:a|an|the|its|their|his|her|new|joint|brief|short|written|annual|final|latest)$/i;
/** The speaker phrase of a document pointed back at: "the report", "the new statement". */
const DOCUMENT_SPEAKER = /^the\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu;

/**
 * Who issued the document a speaker phrase points back at ("a Pentagon report published last
 * month … the report said" → the Pentagon; "the White House issued a statement … the statement
 * continued" → the White House): the last mention of the same word before it, within
 * DEFINITE_REACH sentences, owned by an actor written right before it ("a Pentagon report",
 * "Amnesty's report") or issued by the actor last named before the issuing verb of its sentence.
 */
function documentIssuer(doc: Doc, text: string, at: number, actors: Iterable<Actor>): string | null {
  const m = DOCUMENT_SPEAKER.exec(text);
  const noun = m?.[1].toLowerCase();
  if (!noun || !DOCUMENTS.has(noun)) return null;
  const mentions = [...actors].flatMap((a) => a.mentions.map((x) => ({ ...x, id: a.id })));
  const sentence = doc.sentenceAt(at);
  const toks = doc.tokens;
  for (let i = doc.tokenAt(at) - 1; i >= 0 && sentence - toks[i].sentence <= DEFINITE_REACH; i--) {
    const word = doc.slice(toks[i]).toLowerCase();
    if (word !== noun && word !== `${noun}s`) continue;
    // "a Pentagon report", "Amnesty's report", "the UN's latest report": an actor written before it, past determiners and adjectives.
    let k = i - 1;
    while (k >= 0 && (toks[k].pos === 'ADJ' || DOCUMENT_DETERMINERS.test(doc.slice(toks[k])))) k--;
    if (k >= 0 && /^[’']s$/.test(doc.slice(toks[k]))) k--;
    const owner = k >= 0 ? mentions.find((x) => x.start <= toks[k].start && toks[k].end <= x.end) : undefined;
    if (owner) return owner.id;
    // "the White House issued a statement": the actor named last before the issuing verb.
    if (k >= 0 && ISSUING.has(doc.slice(toks[k]).toLowerCase())) {
      const start = doc.sentences[toks[k].sentence].start;
      const issuer = mentions.filter((x) => x.start >= start && x.end <= toks[k].start).sort((a, b) => b.end - a.end)[0];
      if (issuer) return issuer.id;
    }
    return null;
  }
  return null;
}


/**
 * The person a titled description stands for ("the president said" after "President Donald
 * Trump"): the one whose title holds the role and whose mention comes last before the speaker,
 * within DEFINITE_REACH sentences. A former holder is not the one meant ("former US president").
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
      if (mention.end > at || sentence - doc.sentenceAt(mention.start) > DEFINITE_REACH) continue;
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
