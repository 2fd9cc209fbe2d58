import type { Doc } from '../doc.js';
import type { Entity, Span, Token } from '../model/index.js';
import { isDemonym, lookupCountry } from '../lexicon/countries.js';
import { isPersonTitle } from '../lexicon/titles.js';

/**
 * What the sentence says around a name: the title written before it ("Iranian President"), the
 * apposition after it (", chairman of the Supreme Assembly of North Korea,") and the organisation
 * it names as the person's employer. Actor coding reads these before any dictionary.
 */
export interface NameContext {
  /** Title words before the name, e.g. "Iranian President". */
  preTitle?: string;
  /** The apposition after the name, without its leading article. */
  apposition?: string;
  /** Span of the apposition, to find organisations inside it. */
  appositionSpan?: Span;
  /** A country named around the name: a possessive or demonym before it ("Iran's IRNA", "Israeli-based
   * Institute") or an "of" phrase after it ("Supreme Assembly of North Korea"). */
  modifierCountry?: string;
}

// Words that may stand in a title before a name besides titles proper ("former", "Foreign").
const TITLE_FILLERS = new Set(['former', 'acting', 'deputy', 'vice', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'trade', 'health', 'education', 'energy', 'information', 'supreme', 'prime', 'state', 'senior', 'junior', 'top', 'then', 'opposition', 'party', 'army', 'military']);

// An apposition ends at these words: a new clause or the reporting verb begins.
const APPOSITION_END = /[,;:!?"“”()]|\.\s*$|\b(?:said|says|told|added|who|which|that|arrived|has|have|had|is|was|will|would)\b/;

/** What an apposition's first word may be: it is a noun phrase ("a professor", "69"), not a clause ("visited Ankara", "it means"). */
const APPOSITION_START = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
/** Other words an apposition may open with: a possessive ("his spokesman") or the "of" of an employer ("of Human Rights Watch"). */
const APPOSITION_OPENERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'of']);

/** An organisation's possessive opening an apposition ("ICRC’s regional director for the Middle East"). */
const POSSESSIVE_START = /^\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*)*[’']s\s+\p{Ll}/u;

/**
 * Relative clauses that give a person's post ("Ghassan Mediah, who heads the Unicef field office,"):
 * the verb after "who" and the title it makes of the phrase that follows ("" keeps the phrase).
 */
const ROLE_CLAUSES: ReadonlyMap<string, string> = new Map([
  ['is', ''], ['heads', 'head of'], ['leads', 'leader of'], ['runs', 'head of'], ['chairs', 'chair of'],
  ['directs', 'director of'], ['founded', 'founder of'], ['co-founded', 'co-founder of'],
]);

export function nameContext(doc: Doc, mention: Span, sentenceTokens: readonly Token[]): NameContext {
  const context: NameContext = {};
  const at = sentenceTokens.findIndex((t) => t.start >= mention.start);
  if (at < 0) return context;

  // Title words immediately before the name.
  let first = at;
  const wordAt = (k: number): string => (k >= 0 ? doc.slice(sentenceTokens[k]) : '');
  const titleWord = (word: string): boolean =>
    isPersonTitle(word) || TITLE_FILLERS.has(word.toLowerCase()) || isDemonym(word) || /^Minister|^Secretary/.test(word);
  while (first > 0) {
    const word = wordAt(first - 1);
    if (titleWord(word)) first--;
    // "Secretary of State", "Minister for Interior": a preposition inside the title.
    else if (first < at && /^(?:of|for)$/.test(word) && titleWord(wordAt(first - 2))) first--;
    // A country's name written before a title ("Pakistan President", "Sri Lanka Foreign Minister").
    else if (first < at && lookupCountry(word)) first--;
    else if (first < at && first > 1 && lookupCountry(`${wordAt(first - 2)} ${word}`)) first -= 2;
    else break;
  }
  if (first < at) context.preTitle = doc.text.slice(sentenceTokens[first].start, sentenceTokens[at - 1].end);

  // A possessive country or a "-based" demonym right before the name or its title ("Iran's
  // religious leader Ayatollah Khomeini"); the words after a possessive country join the title.
  const titleStart = sentenceTokens[first].start;
  const before = doc.text.slice(Math.max(0, titleStart - 60), titleStart);
  const possessive = /(?:\bThe\s+)?([A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*)[’']s\s+(?:[a-z-]+\s+){0,2}$/u.exec(before);
  const based = /([A-Z][\p{L}]+)-based\s+$/u.exec(before);
  const modifier = possessive?.[1] ?? based?.[1];
  if (possessive && first < at && lookupCountry(possessive[1])) {
    context.preTitle = doc.text.slice(titleStart - before.length + possessive.index + possessive[0].indexOf(possessive[1]), sentenceTokens[at - 1].end);
  }
  const of = /^\s+of\s+(?:the\s+)?([A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*)/u.exec(doc.text.slice(mention.end, mention.end + 60));
  for (const candidate of [modifier, of?.[1]]) {
    const country = candidate ? lookupCountry(candidate) : null;
    if (country) {
      context.modifierCountry = country;
      break;
    }
  }

  // ", <apposition>," after the name, or ", who heads <organisation>".
  const sentenceEnd = sentenceTokens[sentenceTokens.length - 1].end;
  const rest = doc.text.slice(mention.end, Math.min(sentenceEnd, mention.end + 300));
  const comma = /^\s*,\s*/.exec(rest);
  if (comma) {
    const role = /^who\s+([\p{Ll}-]+)\s+/u.exec(rest.slice(comma[0].length));
    const prefix = role ? ROLE_CLAUSES.get(role[1]) : undefined;
    const skip = comma[0].length + (prefix === undefined ? 0 : role![0].length);
    const body = rest.slice(skip);
    const end = APPOSITION_END.exec(body);
    const raw = (end ? body.slice(0, end.index) : body).trimEnd();
    const lead = /^(?:a|an|the)\s+/i.exec(raw)?.[0].length ?? 0;
    const start = mention.end + skip + lead;
    const firstWord = sentenceTokens.find((t) => t.start >= start);
    // An apposition starts with an article, a lower-case role noun ("chairman of …", "a professor at …") or an organisation's
    // possessive; after an article or a role verb (not "is") any word opens a noun phrase ("the sacked FBI director", "who heads Save the Children").
    const shaped = /^(?:a|an|the|[a-z])/.test(raw) || POSSESSIVE_START.test(raw) || !!prefix;
    const opens = lead > 0 || !!prefix
      || (firstWord && (APPOSITION_START.has(firstWord.pos) || APPOSITION_OPENERS.has(doc.slice(firstWord).toLowerCase())));
    if (raw && shaped && raw.split(/\s+/).length <= 30 && opens) {
      const words = raw.slice(lead);
      context.apposition = prefix ? `${prefix} ${raw}` : words;
      context.appositionSpan = { start, end: start + words.length };
    }
  }
  return context;
}

/**
 * Words right before an organisation in an apposition that make it what the person acts on, not
 * whom they work for ("envoy to the coalition against Isis", "journalist held by Isis", "writer
 * on Isis"); a verb there does the same ("coalition to counter Isis", "killed fighting Isis").
 */
const NOT_EMPLOYER_BEFORE = new Set(['against', 'by', 'on', 'about', 'over', 'into', 'than']);
/** Words right after one that do the same ("former Isis captive", "the Isis fight"). */
const NOT_EMPLOYER_AFTER = new Set(['captive', 'captives', 'hostage', 'hostages', 'fight', 'stronghold', 'territory', 'attack', 'attacks']);

/**
 * The organisation a person's apposition names as their employer: the first ORG entity inside it
 * not marked as what they act on, or, for "Harvard University's John F. Kennedy School", the more
 * specific one after the possessive.
 */
export function affiliationIn(doc: Doc, span: Span, entities: readonly Entity[]): Entity | undefined {
  const toks = doc.tokens;
  const word = (i: number): string => (i >= 0 && i < toks.length ? doc.slice(toks[i]).toLowerCase() : '');
  const employer = (e: Entity): boolean => {
    const after = doc.tokenAt(e.end - 1) + 1;
    // "FBI director", "SDF commander": the organisation the person holds a post in.
    if (isPersonTitle(word(after))) return true;
    if (NOT_EMPLOYER_AFTER.has(word(after))) return false;
    let before = doc.tokenAt(e.start) - 1;
    // Past an article and a compound modifier ("the Brussels-based International Crisis Group").
    while (before >= 0 && (toks[before].pos === 'DET' || word(before - 1) === '-')) before -= toks[before].pos === 'DET' ? 1 : 3;
    if (before < 0 || toks[before].start < span.start) return true;
    // A participle after an article is an adjective ("the outlawed Kurdistan Workers’ Party"), not a verb acting on it.
    const verb = toks[before].pos === 'VERB' && toks[before - 1]?.pos !== 'DET';
    return !verb && !NOT_EMPLOYER_BEFORE.has(word(before));
  };
  const orgs = entities.filter((e) => e.type === 'ORG' && e.start >= span.start && e.end <= span.end && employer(e));
  if (!orgs.length) return undefined;
  const [first] = orgs;
  const next = entities.find((e) => e.type === 'ORG' && e.start > first.end && e.end <= span.end);
  if (next && /^[’']s\s+$/.test(doc.text.slice(first.end, next.start))) return next;
  return first;
}
