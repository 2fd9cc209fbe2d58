import { countryEntries, lookupEntries } from '../../lexicon/countries.js';
import { SPEECH_VERB_FORMS } from '../../lexicon/cue-verbs.js';
import { nameKey } from '../../lexicon/name-key.js';
import { placeCountry } from '../../lexicon/places.js';
import { REGIONS } from '../../lexicon/regions.js';
import { FIRST_NAME_GENDER } from '../names.js';
import { knownBodies } from './known-bodies.js';
import type { TokenSpan } from './tags.js';

/**
 * A name the model read as a place or a miscellany but that speaks is a person: "“…,” says
 * Nujin", "his mother, Sharon, 48, told the Guardian", "The French defence minister, Florence
 * Parly, said". Unknown single names are the model's commonest confusion of PER with LOC. A
 * place, region or body the lexicons know may speak for its government ("Tehran said", "Europe
 * told Washington", "the Kremlin says") and keeps its type, as does a name after a preposition
 * ("doctors in Afrin said").
 */

/** Words that may stand between a speaker and the verb ("also said", "would later tell"). */
const BEFORE_VERB = new Set([
  'also', 'later', 'then', 'would', 'will', 'has', 'had', 'have', 'did', 'does', 'not', 'never', 'once', 'again',
  'previously', 'repeatedly', 'recently', 'earlier', 'further', 'simply', 'only',
]);
/** Most words an appositive between commas may hold ("Sharon, 48, told"). */
const MAX_APPOSITIVE = 8;
/** What ends a quotation or clause before an inverted verb of saying ("…,” says Nujin"). */
const BEFORE_INVERTED = new Set([',', '”', '"', '’', "'"]);
/** Words that put a place name in a phrase about someone else ("residents of Idlib said", "in the Peace River Valley reported"). */
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'near', 'across', 'around', 'outside', 'inside', 'to', 'for', 'with', 'by', 'on']);

/** Forms of verbs of saying that news mostly writes as plural nouns ("Gulf states", "media reports"). */
const NOUN_READINGS = new Set(['states', 'reports', 'claims', 'notes', 'charges', 'estimates', 'promises', 'pledges', 'answers', 'tweets']);
/** Auxiliaries: a verb of saying followed by one is a noun ("Gulf states have said"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'do', 'does', 'did']);

const lower = (w: string | undefined): string => (w ?? '').toLowerCase();
const isSaying = (w: string | undefined): boolean => SPEECH_VERB_FORMS.has(lower(w));

/** Whether the name at `span` is the subject of a verb of saying, after it or inverted before it. */
function speaks(words: readonly string[], span: TokenSpan): boolean {
  const before = lower(words[span.start - 1]) === 'the' ? span.start - 2 : span.start - 1;
  if (PLACE_PREPOSITIONS.has(lower(words[before]))) return false;
  let j = span.end;
  // A name set off by commas after who they are: "The French defence minister, Florence Parly, said".
  if (words[j] === ',' && words[span.start - 1] === ',') {
    if (isSaying(words[j + 1])) return true;
    let close = j + 1;
    while (close < words.length && close - j <= MAX_APPOSITIVE && words[close] !== ',') close++;
    if (words[close] !== ',') return false;
    j = close + 1;
  }
  const verb = j;
  while (BEFORE_VERB.has(lower(words[j]))) j++;
  // A bare form needs an auxiliary before it ("would later tell"): "The Hurriyet report said" has a noun there.
  const inflected = j > verb || /(?:s|ed|aid|old|rote)$/.test(lower(words[j]));
  if (isSaying(words[j]) && inflected && !NOUN_READINGS.has(lower(words[j])) && !isSaying(words[j + 1]) && !AUXILIARIES.has(lower(words[j + 1]))) return true;
  return span.start >= 2 && isSaying(words[span.start - 1]) && BEFORE_INVERTED.has(words[span.start - 2]);
}

const REGION_NAMES: ReadonlySet<string> = new Set(Object.values(REGIONS).flat());

/** Whether the lexicons know the name at `span` as a country, capital, place, region or body. */
function isKnownName(words: readonly string[], span: TokenSpan): boolean {
  const text = words.slice(span.start, span.end).join(' ');
  const key = nameKey(text);
  return lookupEntries(text).length > 0 || placeCountry(key) !== null || REGION_NAMES.has(key) ||
    knownBodies(words).some((k) => k.start === span.start && k.end === span.end);
}

/** Most words of a personal name read as a place ("Florence Parly"). */
const MAX_NAME_WORDS = 3;

let countryWords: Set<string> | undefined;
/** Whether a word is part of a country's name ("Korea" of "S. Korea", "South"): a name holding one is a place. */
function inCountryName(word: string): boolean {
  countryWords ??= new Set(countryEntries().filter((e) => e.form === 'name').flatMap((e) => nameKey(e.text).split(' ')));
  return countryWords.has(nameKey(word));
}

/**
 * Whether a span could be a person's name: a short one read as a place, or one read as a
 * miscellany that opens with a known first name ("Mohammed"), not an adjective ("Jewish").
 */
function nameLike(words: readonly string[], span: TokenSpan): boolean {
  if (span.type === 'LOC') return span.end - span.start === 1 || (span.end - span.start <= MAX_NAME_WORDS && !words.slice(span.start, span.end).some(inCountryName));
  return span.type === 'MISC' && FIRST_NAME_GENDER.has(lower(words[span.start]));
}

/**
 * Retypes as PER the LOC and MISC spans of a document (per sentence, over `sentences`' words)
 * whose name speaks somewhere in it, and every other span of that name, so that "Nujin" is one
 * person through the article.
 */
export function speakingNames(sentences: readonly string[][], spans: TokenSpan[][]): TokenSpan[][] {
  const text = (s: number, span: TokenSpan): string => sentences[s].slice(span.start, span.end).join(' ');
  const speakers = new Set<string>();
  spans.forEach((list, s) => {
    for (const span of list) {
      if (speaks(sentences[s], span) && nameLike(sentences[s], span) && !isKnownName(sentences[s], span)) speakers.add(text(s, span));
    }
  });
  if (speakers.size === 0) return spans;
  return spans.map((list, s) => list.map((span) => (span.type !== 'PER' && span.type !== 'ORG' && speakers.has(text(s, span)) ? { ...span, type: 'PER' } : span)));
}
