import type { Token } from '../model/index.js';
import { isPersonTitle } from '../lexicon/titles.js';
import { timePhraseStart } from './time-phrase.js';
import { RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';

/**
 * Finding the source of an attribution (the speaker) as a noun phrase next to its cue, from
 * part-of-speech tags alone: the stage must work before entities and actors exist.
 */

/** Tokens of one sentence with their words, so rules read `word` and `pos` together. */
export interface Tok extends Token {
  word: string;
  lower: string;
}

/** A token range [from, to] (inclusive) within the sentence's token array. */
export interface Range {
  from: number;
  to: number;
}

const NOUNISH = new Set(['PROPN', 'NOUN', 'NUM']);
const MODIFIER = new Set(['DET', 'ADJ']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words joining two names inside one phrase ("Sen. Chuck Schumer of New York", "Toomey and Ayotte"). */
const NAME_JOINERS = new Set(['of', 'and', '&', '-', '.']);
/** Tokens allowed between a subject and its cue ("has also said", "did not say"). */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);
const MAX_PHRASE = 10;

/** Adverbs that open a clause of their own ("when asked"): the subject is not beyond them. */
const CLAUSE_ADVERBS = new Set(['when', 'where', 'why', 'how', 'as', 'then']);
/** Tags the tagger gives capitalised names it does not know ("Cook/VERB said"). */
const MISTAGGED_NAME = new Set(['VERB', 'ADV']);

/** A capitalised word the tagger did not call a name, standing where a name would. */
function nameLike(t: Tok): boolean {
  return MISTAGGED_NAME.has(t.pos) && /^\p{Lu}\p{Ll}/u.test(t.word);
}

function inPhrase(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (NOUNISH.has(t.pos) || MODIFIER.has(t.pos) || nameLike(t)) return true;
  if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s')) return true;
  if (t.pos === 'PRON' && POSSESSIVES.has(t.lower)) return true;
  if (NAME_JOINERS.has(t.lower)) {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    return prev?.pos === 'PROPN' && next?.pos === 'PROPN';
  }
  return false;
}

function hasHead(toks: Tok[], r: Range): boolean {
  for (let i = r.from; i <= r.to; i++) if (NOUNISH.has(toks[i].pos) || nameLike(toks[i])) return true;
  return false;
}

/** The noun phrase ending at `end`, walking left; a lone pronoun counts. */
export function phraseEndingAt(toks: Tok[], end: number, floor = 0): Range | null {
  if (end < floor) return null;
  if (toks[end].pos === 'PRON' && SUBJECT_PRONOUNS.has(toks[end].lower)) return { from: end, to: end };
  // "Sen. Bernie Sanders (I-Vt.) said": the party and state belong to the name.
  if (toks[end].lower === ')') {
    let open = end - 1;
    while (open > floor && end - open < 8 && toks[open].lower !== '(') open--;
    if (toks[open]?.lower !== '(') return null;
    const name = phraseEndingAt(toks, open - 1, floor);
    return name && { from: name.from, to: end };
  }
  let from = end;
  while (from - 1 >= floor && end - from + 1 < MAX_PHRASE && inPhrase(toks, from - 1)) from--;
  if (!inPhrase(toks, end)) return null;
  const r = { from, to: end };
  if (!hasHead(toks, r)) return null;
  // "the Kurdish administration in Syria", "the court in the town of Kilis": a common noun before
  // the preposition heads the phrase, and the speaker is not the place after it.
  const prep = from - 1;
  if (prep - 1 < floor || !HEAD_PREPOSITIONS.has(toks[prep].lower) || toks[prep - 1].pos !== 'NOUN') return r;
  const head = phraseEndingAt(toks, prep - 1, floor);
  return head && end - head.from < MAX_HEADED_PHRASE ? { from: head.from, to: end } : r;
}

/** Prepositions that join a noun to what it belongs to or where it is ("the spokesman for", "the court in"). */
const HEAD_PREPOSITIONS = new Set(['of', 'in', 'at', 'for', 'from']);
/** Most tokens in a phrase with prepositional parts. */
const MAX_HEADED_PHRASE = 14;

/** The noun phrase starting at `start`, walking right. */
export function phraseStartingAt(toks: Tok[], start: number): Range | null {
  if (start >= toks.length) return null;
  if (toks[start].pos === 'PRON' && SUBJECT_PRONOUNS.has(toks[start].lower) && !RELATIVE_PRONOUNS.has(toks[start].lower)) {
    return { from: start, to: start };
  }
  let to = start;
  if (!inPhrase(toks, start)) return null;
  while (to + 1 < toks.length && to - start + 1 < MAX_PHRASE && inPhrase(toks, to + 1)) to++;
  // A phrase does not end on a possessive marker or a joiner.
  while (to > start && !NOUNISH.has(toks[to].pos) && !nameLike(toks[to])) to--;
  const r = { from: start, to };
  return hasHead(toks, r) ? r : null;
}

/** Skips auxiliaries, adverbs and negation left of a cue; returns the first index before them. */
export function skipLeftOfCue(toks: Tok[], cue: number): number {
  let j = cue - 1;
  for (;;) {
    while (j >= 0 && BETWEEN_SUBJECT_AND_CUE.has(toks[j].pos) && !KEEP_LEFT_OF_CUE.has(toks[j].lower)) j--;
    // A time phrase is not the subject: "Scott on Monday announced".
    const time = j >= 0 ? timePhraseStart((i) => toks[i]?.lower, j) : j + 1;
    if (time > j) return j;
    j = time - 1;
  }
}

/** Words left of a cue that are not auxiliaries: possessive marker, infinitive "to", clause openers. */
const KEEP_LEFT_OF_CUE = new Set(["'s", '’s', 'to', ...CLAUSE_ADVERBS]);

/**
 * The subject of the sentence's first clause: the first noun phrase directly followed by a
 * verb or auxiliary (an adverb may stand between), not one inside a prepositional phrase or
 * a dateline ("WASHINGTON —").
 */
export function clauseSubject(toks: Tok[], before: number): Range | null {
  for (let i = 0; i < before; i++) {
    if (toks[i - 1]?.pos === 'ADP') continue;
    const r = phraseStartingAt(toks, i);
    if (!r) continue;
    let k = r.to + 1;
    if (toks[k]?.pos === 'ADV') k++;
    if (k < before && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX')) return r;
    i = r.to;
  }
  return null;
}

/**
 * The subject of the cue at `cue`: the phrase right before it, past an appositive between
 * commas ("Landau, a senior fellow at INSS, said") and past a relative pronoun to the name it
 * stands for ("Bunn, who teaches at Harvard, said" / "Bunn, who said").
 */
export function subjectBefore(toks: Tok[], cue: number): Range | null {
  const j = skipLeftOfCue(toks, cue);
  if (j < 0) return null;
  if (toks[j].lower === ',') {
    // A name after a title is the speaker: "Turkey's president, Recep Tayyip Erdoğan, said"
    // (not a place after a place: "a delegate from Houston, Texas, said").
    const name = phraseEndingAt(toks, j - 1);
    if (name && toks[name.from - 1]?.lower === ',' && allNames(toks, name) && isPersonTitle(toks[name.from - 2]?.lower ?? '')) return name;
    // The appositive may itself hold commas ("Harvey, a delegate from Houston, Texas, said").
    let close = j;
    for (let n = 0; n < MAX_APPOSITIVE_COMMAS; n++) {
      const open = previousComma(toks, close);
      if (open < 0) return null;
      // A number before it is an age inside a longer appositive ("Dewayne Smithy, 33, of Baldwin, Miss., said"): the name is further back.
      const subject = appositiveAt(toks, open + 1, j) ? phraseEndingAt(toks, open - 1) : null;
      if (subject && !(subject.from === subject.to && toks[subject.from].pos === 'NUM')) return subject;
      close = open;
    }
    return null;
  }
  const r = phraseEndingAt(toks, j);
  if (r && r.from === r.to && RELATIVE_PRONOUNS.has(toks[r.from].lower)) {
    return toks[r.from - 1]?.lower === ',' ? phraseEndingAt(toks, r.from - 2) : null;
  }
  return r;
}

const MAX_APPOSITIVE_COMMAS = 3;

/** Whether every token of a phrase is a proper name. */
function allNames(toks: Tok[], r: Range): boolean {
  for (let i = r.from; i <= r.to; i++) if (toks[i].pos !== 'PROPN') return false;
  return true;
}

/**
 * Whether tokens [from, to) describe a person ("a senior fellow", "69", "who teaches", "wearing a
 * T-shirt", "Sanders’ campaign manager") or are an adverb set off by commas ("Hunter, meanwhile, told").
 */
function appositiveAt(toks: Tok[], from: number, to: number): boolean {
  const inner = toks[from];
  if (!inner || from >= to) return false;
  if (to - from === 1 && inner.pos === 'ADV') return true;
  if (MODIFIER.has(inner.pos) || inner.pos === 'NUM' || RELATIVE_PRONOUNS.has(inner.lower)) return true;
  if (inner.pos === 'VERB' && inner.lower.endsWith('ing')) return true;
  // An adjunct set off by commas: "Clinton, without naming him, also accused"; "Trump, in an interview on Friday, said".
  if (inner.pos === 'ADP') return true;
  for (let i = from; i < to; i++) if (toks[i].pos === 'NOUN') return true;
  return false;
}

/** How far back an appositive's opening comma may be: a relative clause runs long ("who wears a stars-and-stripes hijab after …"). */
const MAX_APPOSITIVE = 24;

function previousComma(toks: Tok[], from: number): number {
  for (let k = from - 1; k >= 0 && from - k <= MAX_APPOSITIVE; k--) if (toks[k].lower === ',') return k;
  return -1;
}
