import { lemmaCandidates } from './event-lemmas.js';
import { TIME_PHRASE_WORDS } from './time-phrase.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';

/** A token of the sentence being coded, with the actor whose mention covers it. */
export interface ArgTok {
  start: number;
  end: number;
  pos: string;
  lower: string;
  /** Actor id when an actor mention covers this token. */
  actor: string | null;
}

/** Words a clause cannot be walked across. */
const HARD_BREAKS = new Set([';', ':', '—', '–', '(', ')']);
/** Words that open a new clause (when tagged as conjunction or relative pronoun). */
const CLAUSE_OPENERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'while', 'because', 'although', 'though', 'but', 'after', 'before',
  'when', 'where', 'if', 'since', 'as', 'so', 'whereas', 'unless', 'until', 'whether',
]);
const OPENER_POS = new Set(['SCONJ', 'PRON', 'CCONJ', 'ADV']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const COORDINATION = new Set(['and', ',', '&', 'or', 'both', 'as', 'well']);

/** Prepositions and participles that introduce each role after a trigger. */
const RECIPIENT_WORDS = new Set([
  'to', 'against', 'with', 'on', 'at', 'into', 'toward', 'towards', 'upon', 'from', 'targeting', 'impacting',
  'affecting', 'hitting', 'over', 'for', 'near', 'off', 'among',
]);
const NOUN_ACTOR_WORDS = new Set(['by', 'from']);
const NOUN_RECIPIENT_WORDS = new Set([
  'to', 'against', 'with', 'on', 'at', 'into', 'toward', 'towards', 'upon', 'targeting', 'impacting', 'affecting',
  'hitting', 'for', 'among',
]);
/** Words inside a quantity that do not change the role the preposition before gave ("more than 100 X"). */
const QUANTITY_WORDS = new Set(['than', 'least', 'most', 'some', 'about', 'nearly', 'almost', 'around']);
/**
 * Nouns for people and groups that an event may be done to without being named as an actor
 * ("arrested 12 demonstrators", "outlawed the largest extremist organization"): a domestic target.
 */
const GROUP_WORDS = new Set([
  'people', 'person', 'persons', 'civilians', 'civilian', 'demonstrators', 'demonstrator', 'protesters', 'protestors',
  'protester', 'students', 'student', 'workers', 'worker', 'opponents', 'opponent', 'opposition', 'activists',
  'activist', 'journalists', 'journalist', 'dissidents', 'dissident', 'rebels', 'rebel', 'militants', 'militant',
  'guerrillas', 'insurgents', 'detainees', 'prisoners', 'prisoner', 'refugees', 'residents', 'villagers', 'members',
  'supporters', 'leaders', 'leader', 'organization', 'organisation', 'group', 'groups', 'party', 'parties',
  'newspaper', 'newspapers', 'union', 'unions', 'candidates', 'candidate', 'voters', 'citizens', 'nationals',
  'suspects', 'suspect', 'officials', 'official', 'farmers',
  'teachers', 'doctors', 'lawyers', 'youths', 'women', 'children', 'men', 'population', 'inhabitants', 'settlers',
  'extremists', 'fundamentalists', 'islamists', 'separatists', 'gangs', 'gunmen', 'crowd', 'crowds', 'rally',
  'rallies', 'town', 'city', 'village', 'villages', 'province', 'region', 'capital', 'district', 'camp', 'country',
]);
const PLACE_WORDS = new Set(['in', 'to', 'at']);
/** Tokens a noun's left modifiers may consist of ("the latest U.S.", "North Korea's 10-day"). */
const MODIFIER_POS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'ADV', 'SYM']);
const MODIFIER_PUNCT = new Set(['-', '“', '”', '"', "'s", '’s', "'", '’']);
/** Anaphors that name two parties ("the two countries", "each other"): resolved to the article's main pair. */
const PAIR_ANAPHORS = [['two', 'countries'], ['two', 'nations'], ['two', 'sides'], ['two', 'states'], ['two', 'governments'], ['both', 'countries'], ['both', 'sides'], ['each', 'other'], ['one', 'another']];
const PLURAL_PRONOUNS = new Set(['they', 'their', 'them', 'both']);
const NAMING_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const IT_PRONOUNS = new Set(['it', 'its']);
/** Verbs a walk to the subject may cross: aspect and control verbs before "to"/a gerund. */
const CHAIN_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'try', 'seek', 'want', 'decide', 'agree', 'plan', 'intend', 'expect', 'hope', 'aim', 'vow', 'pledge', 'promise', 'offer', 'threaten', 'refuse', 'fail', 'attempt', 'look', 'move', 'prepare', 'say', 'help', 'deny', 'admit', 'stop', 'resume']);
/** Words of a time phrase between a verb and its clause ("demanded on Friday that"), with adverbs that stand there too. */
const TIME_WORDS = new Set([...TIME_PHRASE_WORDS, 'again', 'also']);
/** Second halves of compound adjectives that say where something comes from or who holds it ("Russian-made"). */
const ORIGIN_PARTICIPLES = new Set(['made', 'built', 'born', 'based', 'held', 'occupied', 'controlled', 'owned', 'speaking', 'run']);
/** Nouns after a country's name that make it a place ("the Thai border"). */
const EDGE_WORDS = new Set(['border', 'borders', 'frontier', 'coast', 'side']);
/** Prepositions that name what a complaint or protest is about. */
const CONCERNING_WORDS = new Set(['over', 'about']);
/** Words between a verb and the event noun it governs. */
const GOVERNOR_LINKS = new Set(['to', 'up', 'out', 'in']);
/** Verbs of saying whose subject a following "it" refers to. */
const SPEECH_VERBS = new Set(['say', 'announce', 'state', 'declare', 'insist', 'confirm', 'add', 'reply', 'warn']);
/** Words that open an adjunct after a trigger's arguments ("… in Lebanon following the discovery of …"): no argument stands past them. */
const ADJUNCT_WORDS = new Set(['following', 'amid', 'despite', 'during', 'after', 'before', 'since', 'because', 'until', 'while']);
/** How far a walk looks from the trigger. */
const MAX_WALK = 14;

/** What the argument finder needs to resolve anaphors. */
export interface Discourse {
  /** The two country actors the article is most about, if it has such a pair. */
  pair: [string, string] | null;
  /** The last person actor mentioned before a character offset. */
  lastPerson(offset: number): string | null;
  /** What kind of actor an id is (person, country, …). */
  kindOf(id: string): string | undefined;
}

const isBreak = (t: ArgTok) => HARD_BREAKS.has(t.lower) || (CLAUSE_OPENERS.has(t.lower) && OPENER_POS.has(t.pos));

/**
 * Whether token j opens a subordinate clause: a conjunction or relative, or a word like "after"
 * or "unless" tagged as a preposition that a verb soon follows ("after Japan accused …", not
 * "after two days of fighting").
 */
export function opensClause(toks: ArgTok[], j: number): boolean {
  const t = toks[j];
  if (isBreak(t)) return true;
  if (!CLAUSE_OPENERS.has(t.lower) || t.pos !== 'ADP') return false;
  for (let m = j + 1; m < toks.length && m - j <= 5; m++) {
    if (toks[m].pos === 'VERB') return true;
    if (toks[m].pos === 'ADP' || toks[m].pos === 'PUNCT') return false;
  }
  return false;
}

/** Whether token k stands in an "if"/"unless" clause: a hypothetical, not an event. */
export function inCondition(toks: ArgTok[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = toks[j].lower;
    if (w === 'unless' || (w === 'if' && toks[j].pos === 'SCONJ')) return true;
    if (w === ',' || opensClause(toks, j)) return false;
  }
  return false;
}

function lemmaIn(t: ArgTok, set: ReadonlySet<string>): boolean {
  return lemmaCandidates(t.lower).some((l) => set.has(l));
}

/** The first token of the mention run that token k belongs to. */
function runStart(toks: ArgTok[], k: number): number {
  let s = k;
  while (s > 0 && toks[s - 1].actor === toks[k].actor) s--;
  return s;
}
function runEnd(toks: ArgTok[], k: number): number {
  let e = k;
  while (e + 1 < toks.length && toks[e + 1].actor === toks[k].actor) e++;
  return e;
}

/**
 * Actors coordinated to the left of a mention starting at s ("Iran and North Korea", "Israel and
 * the Palestinians", "Libyan leader Gaddafi and Bulgarian President Zhivkov").
 */
function coordinatedLeft(toks: ArgTok[], s: number, out: string[]): void {
  let k = s - 1;
  // The rest of the mention's own noun phrase: determiners, titles, a nationality.
  for (let j = 0; j < 4 && k > 0 && !COORDINATION.has(toks[k].lower) && NAMING_POS.has(toks[k].pos); j++) k--;
  if (!COORDINATION.has(toks[k]?.lower)) return;
  while (k > 0 && COORDINATION.has(toks[k].lower)) {
    let m = k - 1;
    while (m >= 0 && (toks[m].pos === 'DET' || toks[m].pos === 'ADJ') && !toks[m].actor) m--;
    if (m < 0 || !toks[m].actor) return;
    const id = toks[m].actor!;
    if (!out.includes(id)) out.unshift(id);
    k = runStart(toks, m) - 1;
  }
}

/** Actors coordinated to the right of a mention ending at e; returns the last token used. */
function coordinatedRight(toks: ArgTok[], e: number, out: string[], limit: number): number {
  let k = e + 1;
  // A nationality's head noun: "an Israeli peace movement and the PLO".
  for (let j = k; j < limit && j - k < 3 && toks[j].pos === 'NOUN' && !toks[j].actor; j++) {
    if (toks[j + 1]?.lower === 'and' && toks[j + 2] && (toks[j + 2].actor || toks[j + 2].pos === 'DET')) k = j + 1;
  }
  let last = e;
  while (k < limit && COORDINATION.has(toks[k].lower)) {
    let m = k + 1;
    while (m < limit && (COORDINATION.has(toks[m].lower) || ((toks[m].pos === 'DET' || toks[m].pos === 'ADJ') && !toks[m].actor))) m++;
    if (m >= limit || !toks[m].actor) break;
    const id = toks[m].actor!;
    if (!out.includes(id)) out.push(id);
    last = runEnd(toks, m);
    k = last + 1;
  }
  return last;
}

/** An anaphor ending at token k, resolved: the article's pair or the last person. */
function anaphorAt(toks: ArgTok[], k: number, d: Discourse): string[] | null {
  const w = toks[k].lower;
  for (const a of PAIR_ANAPHORS) {
    if (k >= 1 && toks[k - 1].lower === a[0] && w === a[1] && d.pair) return [...d.pair];
  }
  // "both Iran and Syria" names its parties; "Both are trying" refers back.
  const next = toks[k + 1];
  if (w === 'both' && next && (next.actor || NAMING_POS.has(next.pos))) return null;
  if (PLURAL_PRONOUNS.has(w) && d.pair) return [...d.pair];
  // "Nigeria announced that it will withdraw": "it" is the nearest body or country named before in the sentence.
  // The subject of the clause before, not an actor of its own clause ("Iran expelled Japanese
  // diplomats after Japan accused it": Iran).
  if (IT_PRONOUNS.has(w) && toks[k].pos === 'PRON') {
    // "Iraq said it would …": after a verb of saying, "it" is that verb's subject.
    let crossed = w === 'its' || afterSpeech(toks, k);
    let found: string | null = null;
    for (let j = k - 1; j >= 0; j--) {
      const boundary = toks[j].lower === ',' || opensClause(toks, j);
      if (boundary && found) break;
      if (crossed && toks[j].actor && d.kindOf(toks[j].actor!) !== 'person') found = toks[j].actor;
      if (boundary) crossed = true;
    }
    return found ? [found] : null;
  }
  if (SINGULAR_PRONOUNS.has(w)) {
    const p = d.lastPerson(toks[k].start);
    return p ? [p] : null;
  }
  return null;
}

/** Whether token k follows a verb of saying, over "that" and a time phrase ("announced Wednesday it would …"). */
function afterSpeech(toks: ArgTok[], k: number): boolean {
  let j = k - 1;
  if (toks[j]?.lower === 'that') j--;
  while (j >= 0 && k - j <= 4 && TIME_WORDS.has(toks[j].lower)) j--;
  return j >= 0 && lemmaIn(toks[j], SPEECH_VERBS);
}

/** Whether an appositive ", chairman of …," closes at the comma at index c; returns its opening comma. */
function appositiveOpen(toks: ArgTok[], c: number, floor: number): number | null {
  for (let k = c - 1; k > floor && c - k < 16; k--) {
    const t = toks[k];
    if ((t.pos === 'VERB' && !attributive(toks, k)) || t.pos === 'AUX' || isBreak(t)) return null;
    if (t.lower === ',') return k > floor && toks[k - 1].actor ? k : null;
  }
  return null;
}

export interface Subject {
  ids: string[];
  anaphoric: boolean;
}

/** The subject actors of the verb at index v: the nearest actor mention to its left in its clause. */
export function subjectOf(toks: ArgTok[], v: number, d: Discourse): Subject | null {
  const shared = sharedSubjectVerb(toks, v) ?? adjunctHead(toks, v);
  if (shared !== null) return subjectOf(toks, shared, d);
  // "sent personnel to Bosnia to investigate": an infinitive of purpose has the main clause's subject,
  // not the object of a preposition before it.
  const purpose = toks[v - 1]?.lower === 'to' && toks[v - 1].pos === 'PART';
  for (let k = v - 1; k >= 0 && v - k <= MAX_WALK; k--) {
    const t = toks[k];
    // "the Revolutionary United Front (RUF) announced": an abbreviation in brackets is crossed.
    if (t.lower === ')' && k >= 2 && (toks[k - 2].lower === '(' || toks[k - 3]?.lower === '(')) {
      k -= toks[k - 2].lower === '(' ? 2 : 3;
      continue;
    }
    if (t.actor && purpose && objectOfPreposition(toks, runStart(toks, k))) {
      k = runStart(toks, k);
      continue;
    }
    if (t.actor) {
      const ids = [t.actor];
      coordinatedLeft(toks, runStart(toks, k), ids);
      return { ids, anaphoric: false };
    }
    const resolved = anaphorAt(toks, k, d);
    if (resolved) return { ids: resolved, anaphoric: true };
    if (t.lower === ',') {
      const open = appositiveOpen(toks, k, 0);
      if (open === null) return null;
      k = open;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
      // A relative clause: its subject is the noun it hangs from ("Iran, which attacked …").
      let m = k - 1;
      if (m >= 0 && toks[m].lower === ',') m--;
      if (m >= 0 && toks[m].actor) return { ids: [toks[m].actor!], anaphoric: false };
      return null;
    }
    if (isBreak(t)) return null;
    if (t.pos === 'VERB' && !(toks[k + 1]?.lower === 'to' || lemmaIn(t, CHAIN_VERBS) || reducedRelative(toks, k) || attributive(toks, k) || purpose)) return null;
  }
  return null;
}

/** Whether token k is part of a hyphenated word ("war-torn", "long-threatened"). */
export function hyphenated(toks: ArgTok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (prev?.lower === '-' && prev.end === toks[k].start) || (next?.lower === '-' && next.start === toks[k].end);
}

/** Whether the mention starting at s is the object of a preposition ("to Bosnia", "in the city of Basra"). */
function objectOfPreposition(toks: ArgTok[], s: number): boolean {
  for (let m = s - 1; m >= 0 && s - m <= 3; m--) {
    if (toks[m].pos === 'ADP' || (toks[m].lower === 'to' && toks[m].pos === 'PART')) return true;
    if (toks[m].pos !== 'DET' && toks[m].pos !== 'ADJ') return false;
  }
  return false;
}

/** A participle used as an adjective before a noun ("precision guided missiles", "other existing members"): a walk crosses it. */
function attributive(toks: ArgTok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  const w = toks[k].lower;
  return !!prev && !!next && (w.endsWith('ed') || w.endsWith('ing')) && next.pos === 'NOUN' && (prev.pos === 'NOUN' || prev.pos === 'ADJ');
}

/**
 * The main verb a participle after a comma hangs from ("shelled Juba, killing about 20 people":
 * the shelling's subject kills), or null.
 */
export function adjunctHead(toks: ArgTok[], v: number): number | null {
  if (toks[v - 1]?.lower !== ',' || !toks[v].lower.endsWith('ing')) return null;
  for (let j = v - 2; j >= 0 && v - j <= MAX_WALK * 2; j--) {
    if (HARD_BREAKS.has(toks[j].lower)) return null;
    // A passive head's subject is what was acted on, not who kills.
    if (toks[j].pos === 'VERB' && !reducedRelative(toks, j) && !attributive(toks, j)) return isPassive(toks, j) ? null : j;
  }
  return null;
}

/**
 * The earlier verb whose subject a coordinated verb shares ("killed one soldier and wounded two
 * others": not "soldier"), or null when the verb does not follow "and"/"or".
 */
function sharedSubjectVerb(toks: ArgTok[], v: number): number | null {
  let k = v - 1;
  while (k >= 0 && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX')) k--;
  if (k < 1 || toks[k].pos !== 'CCONJ') return null;
  for (let j = k - 1; j >= 0 && v - j <= MAX_WALK; j--) {
    if (isBreak(toks[j])) return null;
    // Not a gerund after a preposition ("accused the U.S. of increasing protectionism and called for …").
    if (toks[j].pos === 'VERB' && !reducedRelative(toks, j) && !(toks[j - 1]?.pos === 'ADP' && toks[j].lower.endsWith('ing'))) return j;
  }
  return null;
}

/**
 * A participle that modifies the noun before it rather than heading the clause ("aircraft
 * including helicopter gunships killed …", "a group based in Trinidad claims …"): a walk to the
 * subject crosses it.
 */
function reducedRelative(toks: ArgTok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || !(prev.pos === 'NOUN' || prev.pos === 'PROPN')) return false;
  if (toks[k].lower.endsWith('ing')) return next.pos === 'NOUN' || next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NUM' || !!next.actor;
  return toks[k].lower.endsWith('ed') && next.pos === 'ADP';
}

/** The roles "of X", "from X" and "between X and Y" give after an event noun (the trigger pattern's columns). */
export interface PrepositionRoles {
  of: 'actor' | 'recipient';
  from: 'actor' | 'recipient';
  /** Whether the event is between equals ("talks between X and Y" names its actors). */
  symmetric: boolean;
}

export interface Role {
  role: 'actor' | 'recipient';
  ids: string[];
  /** Whether a noun stood between the trigger and this argument: "calls by X" names the noun's agent, not the verb's. */
  afterNoun: boolean;
}

/**
 * Arguments right of a trigger, from `from` to the clause end: the first actor mention and those
 * coordinated with it, in the role the word before it gives (a bare object is a recipient);
 * "by X" after a passive or a noun is the actor. Also the first place named after in/to/at.
 */
export function argumentsRight(
  toks: ArgTok[], from: number, noun: boolean, frame: PrepositionRoles, d: Discourse, opening: string | null = null,
): { roles: Role[]; place: number | null; group: number | null; concerning: string[] | null } {
  const roles: Role[] = [];
  // Possessive pronouns before a noun ("withdraw its troops"): an argument only when nothing better follows.
  const weak: Role[] = [];
  let place: number | null = null;
  let group: number | null = null;
  let afterNoun = false;
  let prep: string | null = opening;
  // The role of the last plain noun passed: "protests against abuses by the army" make the army a recipient.
  let nounRole: Role['role'] | null = null;
  let nounPrep: string | null = null;
  // Who a complaint is about ("complained to the UN over Israeli raids"), apart from whom it is made to.
  let concerning: string[] | null = null;
  const roleOf = (p: string | null): Role['role'] | null => {
    if (p === null) return noun ? null : 'recipient';
    // "talks between X and Y": the parties; "mediation between X and Y", "host a meeting between X and Y": those it is done for.
    if (p === 'between') return noun && frame.symmetric ? 'actor' : 'recipient';
    if (p === 'by') return 'actor';
    if (p === 'of') return frame.of;
    if (noun && p === 'from') return frame.from;
    if (noun) return NOUN_ACTOR_WORDS.has(p) ? 'actor' : NOUN_RECIPIENT_WORDS.has(p) ? 'recipient' : null;
    return RECIPIENT_WORDS.has(p) ? 'recipient' : null;
  };
  for (let k = from; k < toks.length && k - from <= MAX_WALK; k++) {
    const t = toks[k];
    if (isBreak(t)) break;
    if (t.lower === ',' && !(toks[k + 1] && (toks[k + 1].actor || COORDINATION.has(toks[k + 1].lower)) && roles.length)) break;
    if (QUANTITY_WORDS.has(t.lower)) continue;
    if (ADJUNCT_WORDS.has(t.lower) && (roles.length || place !== null)) break;
    // "Russian-made rockets", "Israeli-occupied": a name inside an adjective of origin or control is no argument.
    if (t.actor && toks[k + 1]?.lower === '-' && toks[k + 1].start === t.end && ORIGIN_PARTICIPLES.has(toks[k + 2]?.lower)) continue;
    // "talks with leaders of Romania": the "of" phrase keeps the role its head noun had.
    if (t.lower === 'of' && prep !== null && toks[k - 1]?.pos === 'NOUN' && !toks[k - 1].actor) continue;
    // "to" before a noun is a preposition whatever its tag ("aid to war-torn Mozambique").
    const preposition = t.pos === 'ADP' || t.pos === 'SCONJ' || (t.lower === 'to' && (toks[k + 1]?.pos !== 'VERB' || hyphenated(toks, k + 1)));
    if (preposition || t.lower === 'targeting' || t.lower === 'impacting' || t.lower === 'affecting' || t.lower === 'hitting') {
      prep = t.lower;
      continue;
    }
    if (t.pos === 'VERB' && !t.actor) {
      // "airstrikes hit Egypt", "sanctions targeting Iran": the verb's object is the recipient.
      if (noun && lemmaIn(t, NOUN_TARGET_VERBS)) {
        prep = 'targeting';
        continue;
      }
      if (noun && (lemmaIn(t, NOUN_VERB_PASS) || t.lower.endsWith('ed'))) continue;
      // A participle used as an adjective: "extradited suspected British militant", "war-torn Mozambique".
      if (t.lower.endsWith('ed') && toks[k + 1] && (toks[k + 1].actor || MODIFIER_POS.has(toks[k + 1].pos))) continue;
      if (hyphenated(toks, k)) continue;
      // "aid to refugees fleeing the war in Liberia": the participle hangs from the noun before it.
      if (reducedRelative(toks, k)) continue;
      break;
    }
    const ids = t.actor ? [t.actor] : anaphorAt(toks, k, d);
    if (!ids) {
      if (t.pos !== 'NOUN') continue;
      if (group === null && GROUP_WORDS.has(t.lower) && (prep === null ? !noun : RECIPIENT_WORDS.has(prep) || prep === 'of')) group = k;
      if (!afterNoun || prep !== null) {
        nounRole = roleOf(prep);
        nounPrep = prep;
      }
      afterNoun = true;
      prep = null;
      continue;
    }
    // "on the Thai border", "along the Lebanese frontier": a place, not someone acted on.
    const edge = t.actor && EDGE_WORDS.has(toks[runEnd(toks, k) + 1]?.lower);
    if (prep && PLACE_WORDS.has(prep) && !edge && place === null && t.actor) place = k;
    if (edge) {
      k = runEnd(toks, k) + 1;
      prep = null;
      continue;
    }
    if (concerning === null && (CONCERNING_WORDS.has(prep ?? '') || (afterNoun && CONCERNING_WORDS.has(nounPrep ?? '')))) concerning = ids;
    const role = (prep === 'by' || prep === 'of') && afterNoun && nounRole === 'recipient' ? 'recipient' : roleOf(prep);
    const end = t.actor ? coordinatedRight(toks, runEnd(toks, k), ids, toks.length) : k;
    const possessive = !t.actor && POSSESSIVE_PRONOUNS.has(t.lower) && (toks[k + 1]?.pos === 'NOUN' || toks[k + 1]?.pos === 'ADJ');
    // "their repatriation": whose is too uncertain to name a party.
    if (possessive && PLURAL_PRONOUNS.has(t.lower)) continue;
    if (role && possessive) weak.push({ role, ids, afterNoun });
    else if (role && !roles.some((r) => r.role === role)) roles.push({ role, ids, afterNoun });
    k = end;
    prep = null;
  }
  for (const w of weak) if (!roles.some((r) => r.role === w.role)) roles.push(w);
  return { roles, place, group, concerning };
}

/** Participles a noun's right context may pass ("sanctions imposed by …", "attacks carried out by …"). */
const NOUN_VERB_PASS = new Set(['impose', 'launch', 'carry', 'conduct', 'announce', 'order']);
/** Verbs whose subject is an event noun and whose object undergoes it. */
const NOUN_TARGET_VERBS = new Set(['hit', 'target', 'strike', 'kill', 'pound', 'rock', 'impact', 'affect', 'wound', 'destroy', 'damage']);

export interface NounLeft {
  /** Actors named in the noun's own modifiers ("U.S. sanctions", "North Korea's visit"). */
  modifiers: string[];
  anaphoric: boolean;
  /** The verb that takes the noun as its object, if any. */
  governor: number | null;
}

/** The left side of an event noun: actors among its modifiers and the verb it is the object of. */
export function nounLeft(toks: ArgTok[], n: number, d: Discourse): NounLeft {
  const modifiers: string[] = [];
  let anaphoric = false;
  let k = n - 1;
  for (; k >= 0 && n - k <= 8; k--) {
    const t = toks[k];
    if (t.actor) {
      if (!modifiers.includes(t.actor)) modifiers.unshift(t.actor);
      k = runStart(toks, k);
      continue;
    }
    if (MODIFIER_POS.has(t.pos) || MODIFIER_PUNCT.has(t.lower)) continue;
    // A participle used as an adjective: "their expanding military cooperation".
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && MODIFIER_POS.has(toks[k + 1].pos)) continue;
    // A hyphenated participle: "its long-threatened invasion".
    if (t.pos === 'VERB' && toks[k - 1]?.lower === '-' && MODIFIER_POS.has(toks[k + 1].pos)) continue;
    if (t.pos === 'PRON' || t.pos === 'DET') {
      const resolved = anaphorAt(toks, k, d);
      if (resolved && t.lower !== 'both') {
        modifiers.push(...resolved.filter((r) => !modifiers.includes(r)));
        anaphoric = true;
      }
      continue;
    }
    break;
  }
  // "a series of attacks": look through "of" and the noun before it.
  if (k >= 1 && toks[k].lower === 'of' && toks[k - 1].pos === 'NOUN') {
    k -= 2;
    // "nearly 25,000 tons of aid"
    while (k >= 0 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM' || toks[k].pos === 'ADV')) k--;
  }
  // "to VERB the noun", "speeded up the withdrawal", "engaged in ethnic cleansing".
  if (k >= 0 && GOVERNOR_LINKS.has(toks[k].lower) && toks[k - 1]?.pos === 'VERB') k--;
  const governor = k >= 0 && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') ? k : null;
  return { modifiers, anaphoric, governor };
}

/** Whether the verb at v is passive ("was sanctioned", "were arrested by"). */
export function isPassive(toks: ArgTok[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    // "is refusing" is progressive, not passive.
    if (BE.has(toks[k].lower) && toks[k].pos === 'AUX') return !toks[v].lower.endsWith('ing') && (toks[v].lower.endsWith('ed') || toks[v].lower.endsWith('en') || lemmaCandidates(toks[v].lower).length > 1);
    if (toks[k].pos !== 'ADV' && toks[k].pos !== 'AUX') return false;
  }
  return false;
}

/**
 * The subject of a "that" clause right after a trigger ("demanded that Hamas renounce …"):
 * who is asked or accused.
 */
export function thatClauseSubject(toks: ArgTok[], from: number): string[] | null {
  // A time phrase may stand between: "demanded on Friday that …".
  while (from < toks.length && TIME_WORDS.has(toks[from].lower)) from++;
  if (toks[from]?.lower !== 'that') return null;
  for (let k = from + 1; k < toks.length && k - from <= 5; k++) {
    if (toks[k].actor) {
      const ids = [toks[k].actor!];
      coordinatedRight(toks, runEnd(toks, k), ids, toks.length);
      return ids;
    }
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || isBreak(toks[k]) && k > from + 1) return null;
  }
  return null;
}

/** Index of the first token of the clause holding token i. */
export function clauseStartOf(toks: ArgTok[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (isBreak(toks[k]) || toks[k].lower === ',') return k + 1;
  return 0;
}
/**
 * The span of tokens [first, last) that governs token i for dates: commas do not bound it, but
 * subordinate and relative clauses do ("… expelled inspectors after officials alleged … in late
 * 2002": the date belongs to the alleging).
 */
export function governingRange(toks: ArgTok[], i: number): [number, number] {
  let first = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (opensClause(toks, k)) {
      first = k + 1;
      break;
    }
  }
  let last = toks.length;
  for (let k = i + 1; k < toks.length; k++) {
    if (opensClause(toks, k)) {
      last = k;
      break;
    }
  }
  return [first, last];
}

/** Index past the last token of the clause holding token i. */
export function clauseEndOf(toks: ArgTok[], i: number): number {
  for (let k = i + 1; k < toks.length; k++) if (isBreak(toks[k]) || toks[k].lower === ',') return k;
  return toks.length;
}

/** Prepositions that place what happens ("in Monrovia", "near the town of Samarra", "outside Basra"). */
const LOCATIVE_WORDS = new Set(['in', 'near', 'outside', 'at', 'inside', 'across', 'throughout', 'around']);
/** What may stand between a locative preposition and the place ("the Iraqi city of", "southern"). */
const PLACE_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM']);

/** The country actor of the place named nearest to token k in the sentence, or null. */
export function placeActor(toks: ArgTok[], k: number, d: Discourse): string | null {
  let best: string | null = null;
  let distance = Infinity;
  // Not past the comma after the trigger: ", police in Baghdad said" places the telling, not the act.
  let end = k + 1;
  while (end < toks.length && toks[end].lower !== ',' && toks[end].lower !== ';') end++;
  for (let j = 0; j < end; j++) {
    const id = toks[j].actor;
    if (!id || d.kindOf(id) !== 'country' || Math.abs(j - k) >= distance) continue;
    for (let m = j - 1; m >= 0 && j - m <= 8; m--) {
      if (LOCATIVE_WORDS.has(toks[m].lower)) {
        best = id;
        distance = Math.abs(j - k);
        break;
      }
      // "in the Iraqi city of Basra", not "in an investigation of arms sales to Croatia".
      if (!(PLACE_PHRASE_POS.has(toks[m].pos) || toks[m].lower === 'of') || toks[m].actor) break;
    }
  }
  return best;
}
