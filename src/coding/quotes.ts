import type { Doc } from '../doc.js';
import type { Quote, Span } from '../model/index.js';
import type { Stage } from '../pipeline.js';
import { documentFeatures, tokenWords } from './attribution-features.js';
import { type Attribution, groupFragments, reportedClause } from './attribution-group.js';
import { defaultAttributionModel } from './attribution-model.js';
import type { SequenceModel } from '../nlp/tagger/model.js';
import { TAG_NAMES } from './attribution-tags.js';
import { ANONYMITY_REQUESTS, CUE_PREPOSITIONS, cueClassOf, isAboutSubject, LISTENER_VERBS, NOT_ATTRIBUTIONS } from './quote-cues.js';
import { CLOSING_MARK_TOKENS, findQuotations, OPENING_MARK, type QuotedSpan } from './quote-marks.js';
import { cueVerbSubject, type RuleFrame, ruleFrames } from './quote-rules.js';
import { BETWEEN_SUBJECT_AND_CUE } from './quote-source.js';
import { CLAUSE_RELATIVES, SPEAKER_PRONOUNS } from '../lexicon/pronouns.js';
import { isPersonTitle } from '../lexicon/titles.js';
import { timePhraseStart } from './time-phrase.js';
import { continueSpeakers, speakerResolver } from './quote-speaker.js';

const CUE_TAGS = [TAG_NAMES.indexOf('B-cue'), TAG_NAMES.indexOf('I-cue')];

/** Share of a content's characters inside quotation marks above which it is a direct quote. */
const DIRECT_SHARE = 0.8;

/**
 * Quotations and reported speech with their cue and speaker. A sequence tagger trained on
 * PolNeAR (attribution-*.ts) marks source, cue and content tokens paragraph by paragraph, with
 * the rules' findings (quote-rules.ts) among its features; the marked fragments are grouped
 * around their cues. One Quote per content fragment: a quote split around its cue gives two
 * Quotes with the same speaker and cue. The speaker resolves to an actor when the actor and
 * mention layers are present.
 */
export function quoteStage(model?: SequenceModel): Stage {
  return {
    name: 'quotes',
    run(doc: Doc) {
      doc.quotes = findQuotes(doc, model ?? defaultAttributionModel());
    },
  };
}

export function findQuotes(doc: Doc, model: SequenceModel): Quote[] {
  const quotations = findQuotations(doc.text).filter((q) => !doc.inCaption(q));
  const rules = ruleFrames(doc, quotations);
  const words = wordList(model, 'cueWords');
  const anchors = wordList(model, 'cueAnchors');
  const lower = tokenWords(doc);
  // Without a quotation and without a word that often stands in a cue, a paragraph can yield no
  // quote (a content needs a cue or quotation marks), so the tagger is not run on it.
  const toks = doc.tokens;
  const keep = anchors && ((from: number, to: number) => {
    if (quotations.some((q) => q.start < toks[to - 1].end && toks[from].start < q.end)) return true;
    for (let i = from; i < to; i++) if (anchors.has(lower[i])) return true;
    return false;
  });
  const attributions: Attribution[] = [];
  // A cue closing its paragraph with a colon ("He said:"), waiting for the quotation that opens the next one.
  let introducing: { attribution: Attribution; to: number } | null = null;
  const forbidden = words && notCues(lower, model.nt, words);
  for (const p of documentFeatures(doc, { quotations, rules, words: lower, anchors, transient: true }, keep)) {
    const found = groupFragments(doc, p.from, model.decode(p.seq, { forbidden: forbidden?.subarray(p.from * model.nt, p.to * model.nt) }));
    const first = found.find((a) => a.content.length > 0);
    if (introducing && introducing.to === p.from && first && !first.cue && first.content[0].start === toks[p.from].start) {
      introducing.attribution.content.push(...first.content);
      found.splice(found.indexOf(first), 1);
    }
    const open = found.find((a) => a.content.length === 0);
    introducing = open ? { attribution: open, to: p.to } : null;
    attributions.push(...found);
  }
  joinContinuedQuotations(attributions, quotations);
  dropFalseAttributions(doc, lower, attributions);
  anonymityRequests(doc, attributions);
  splitCoordinatedCues(doc, lower, attributions);
  verbLedSources(doc, attributions);
  for (const a of attributions) if (a.source) a.source = aboutSubject(doc, lower, a.cue) ? null : speakerPhrase(doc, lower, a.source);
  sourcesAfterCues(doc, attributions);
  relativeClauseSubjects(doc, lower, attributions);
  sourcesFromRules(attributions, rules);
  prepositionSources(doc, attributions);
  // A cue without content is no attribution; it was kept this far for the source it may end ("according to local | counts").
  for (let i = attributions.length - 1; i >= 0; i--) if (attributions[i].content.length === 0) attributions.splice(i, 1);
  speechVerbSources(doc, attributions);
  sharedSubjectSources(doc, attributions);
  for (const a of attributions) if (a.source && namesNobody(doc, lower, a.source)) a.source = null;
  // After the source steps: a cue's other attributions may have taken this one's source ("said in a call … and said …").
  dropNonStatements(doc, lower, attributions);
  completeThatClauses(doc, lower, attributions);
  quotationsRunningOn(doc, attributions, quotations);
  // A content needs a cue or quotation marks to be a quote; one whose cue has no source found keeps `speaker: null`.
  return toQuotes(doc, attributions.filter((a) => a.content.every((c) => doc.inStory(c)) && (!a.cue || doc.inStory(a.cue)) && (a.source || a.cue || a.content.some((c) => directShare(c, quotations) >= DIRECT_SHARE))), quotations);
}

const wordSets = new WeakMap<SequenceModel, Map<string, Set<string>>>();

/**
 * A word list the trainer keeps in the model's meta, when it keeps it: `cueWords`, every word
 * seen in a training cue; `cueAnchors`, the words that stand in a cue often enough to signal one.
 */
function wordList(model: SequenceModel, key: 'cueWords' | 'cueAnchors'): Set<string> | undefined {
  const list = model.meta[key];
  if (!Array.isArray(list)) return undefined;
  let sets = wordSets.get(model);
  if (!sets) wordSets.set(model, (sets = new Map()));
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set(list as string[])));
  return set;
}

/**
 * Cue tags ruled out, for the whole document at once (`nt` tags per token), on tokens whose word
 * (`lower`, by token) never stood in a cue in training: a cue the tagger invents from context
 * alone ("arrived" after "According to X, Y") is almost always a misreading of a long source or content.
 */
function notCues(lower: readonly string[], nt: number, words: Set<string>): Uint8Array {
  const out = new Uint8Array(lower.length * nt);
  for (let i = 0; i < lower.length; i++) {
    if (words.has(lower[i])) continue;
    out[i * nt + CUE_TAGS[0]] = 1;
    out[i * nt + CUE_TAGS[1]] = 1;
  }
  return out;
}

/**
 * A paragraph that continues a quotation from the paragraph before (reopening its mark) has no
 * cue of its own: its content joins the attribution of the quotation's first part.
 */
function joinContinuedQuotations(attributions: Attribution[], quotations: readonly QuotedSpan[]): void {
  const chainOf = (s: Span) => quotations.find((q) => q.start < s.end && s.start < q.end)?.chain;
  const byChain = new Map<number, Attribution>();
  for (const a of attributions) {
    if (!a.cue) continue;
    for (const c of a.content) {
      const chain = chainOf(c);
      if (chain !== undefined && !byChain.has(chain)) byChain.set(chain, a);
    }
  }
  for (let i = attributions.length - 1; i >= 0; i--) {
    const a = attributions[i];
    if (a.cue || a.content.length === 0) continue;
    const chain = chainOf(a.content[0]);
    const owner = chain === undefined ? undefined : byChain.get(chain);
    if (!owner) continue;
    owner.content.push(...a.content);
    attributions.splice(i, 1);
  }
}

/**
 * A quotation right after an attribution, with only spaces and punctuation between and in the same
 * paragraph ("“…,” said a tribal elder. “Let them keep their promises.”"), is more of what that
 * speaker said, as a reader takes it, unless a cue of its own stands before it, after it in its
 * sentence ("“…,” she said") or right after it ("“…” Another local said"). The tagger gives such a
 * quotation to no cue, or to the cue of a later sentence ("By some estimates …"): it joins the
 * attribution before it, as a quotation split around its cue is one attribution.
 */
function quotationsRunningOn(doc: Doc, attributions: Attribution[], quotations: readonly QuotedSpan[]): void {
  const endOf = (a: Attribution): number => Math.max(a.cue?.end ?? 0, a.source?.end ?? 0, ...a.content.map((c) => c.end));
  for (let i = attributions.length - 1; i >= 0; i--) {
    const a = attributions[i];
    if (!a.cue && a.source) continue;
    const next = a.cue && Math.min(a.cue.start, a.source?.start ?? Infinity);
    for (const c of [...a.content]) {
      // A cue before the quotation, after it in its sentence or right after it ("“…” Another local said"), is its own.
      if (directShare(c, quotations) < DIRECT_SHARE || (a.cue && (a.cue.start < c.end || doc.sentenceAt(a.cue.start) === doc.sentenceAt(c.end - 1)
        || /^[\s\p{P}]*$/u.test(doc.text.slice(c.end, next!))))) continue;
      let before: Attribution | undefined;
      for (const b of attributions) if (b !== a && b.cue && b.source && endOf(b) <= c.start && (!before || endOf(b) > endOf(before))) before = b;
      const gap = before ? doc.text.slice(endOf(before), c.start) : '';
      if (!before || !/^[\s\p{P}]*$/u.test(gap) || /\n\s*\n/.test(gap)) continue;
      before.content.push(c);
      a.content.splice(a.content.indexOf(c), 1);
    }
    if (a.content.length === 0) attributions.splice(i, 1);
  }
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * A source the tagger found after its cue. The phrase right after "told", "assured"
 * (LISTENER_VERBS) is who listened ("Madiha Alghothani, who …, told the Guardian"): it gives way
 * to the verb's subject before it, or to none. Elsewhere a source after its cue stands inverted
 * only after what was said ("“…,” said Bunn", "…, noted Landau") or opening the sentence ("Said
 * Comey, “…”"); with the content after it too, it is the cue's object ("Roffman described the
 * emotional impact as …", "Cruz opposed the measure"), not who spoke, and is dropped. "According
 * to X" and a passive's "by X" are sources after their cue by nature.
 */
export function sourcesAfterCues(doc: Doc, attributions: Attribution[]): void {
  const toks = doc.tokens;
  for (const a of attributions) {
    if (!a.source || !a.cue || a.source.start < a.cue.end) continue;
    if (doc.text.slice(a.cue.end, a.source.start).trim() === '' && LISTENER_VERBS.has(doc.slice(a.cue).toLowerCase().split(/\s+/).pop()!)) {
      a.source = cueVerbSubject(doc, a.cue);
      continue;
    }
    if (a.content.some((c) => c.end <= a.cue!.start)) continue;
    const c = doc.tokenAt(a.cue.start);
    if (c === 0 || toks[c - 1].sentence !== toks[c].sentence || toks[c - 1].pos === 'PUNCT') continue;
    if (doc.sentenceAt(a.source.start) !== toks[c].sentence || AGENT_BEFORE_SOURCE.test(doc.text.slice(a.cue.start, a.source.start))) continue;
    a.source = null;
  }
}

const AGENT_BEFORE_SOURCE = /\b(?:according|by)\b/i;

/**
 * A source the tagger found inside a relative clause that stands between a name and its cue
 * ("Mr. Slinker, whose latest start-up, Paradata, uses …, said"; "Trump, who also campaigned
 * in the state, tweeted"): the speaker is the name the clause hangs on.
 */
function relativeClauseSubjects(doc: Doc, lower: readonly string[], attributions: Attribution[]): void {
  const toks = doc.tokens;
  for (const a of attributions) {
    if (!a.source || !a.cue || a.source.end > a.cue.start) continue;
    const c = doc.tokenAt(a.cue.start);
    if (c < 1 || lower[c - 1] !== ',') continue;
    const s = doc.tokenAt(a.source.start);
    let r = s;
    while (r > 0 && toks[r - 1].sentence === toks[c].sentence && !(CLAUSE_RELATIVES.has(lower[r]) && lower[r - 1] === ',')) r--;
    if (!CLAUSE_RELATIVES.has(lower[r]) || r < 2 || lower[r - 1] !== ',') continue;
    // The clause is the subject's only if no other cue stands in it ("Letts, who live in Oxford, said the minister, Johnson, has refused").
    const clause = { start: toks[r].start, end: toks[c - 1].start };
    if (attributions.some((b) => b !== a && b.cue && overlaps(b.cue, clause))) continue;
    const name = doc.entities.find((e) => (e.type === 'PER' || e.type === 'ORG') && e.end === toks[r - 2].end);
    if (name) a.source = { start: name.start, end: name.end };
  }
}

/** Parts of speech of a lone word that names nobody ("and then said", "When asked", "Having announced"). */
const NOT_SOURCES = new Set(['ADV', 'SCONJ', 'ADP', 'CCONJ', 'AUX', 'PART']);
/**
 * Lone words that name no speaker: "that" opens a relative clause about a thing ("data that
 * suggest …"), "you" is the reader or someone addressed, "Q" labels an interviewer's question.
 */
const NOT_SPEAKERS = new Set(['that', 'you', 'q']);

/**
 * Whether a source is one word that names nobody: an adverb, a conjunction, a participle or a
 * word of NOT_SPEAKERS. Checked once every step has proposed its source: the rules, too, read a
 * capitalised "Having" as a name.
 */
function namesNobody(doc: Doc, lower: readonly string[], source: Span): boolean {
  const from = doc.tokenAt(source.start);
  const pos = doc.tokens[from].pos;
  return from === doc.tokenAt(source.end - 1) && (NOT_SOURCES.has(pos) || NOT_SPEAKERS.has(lower[from]) || (pos === 'VERB' && lower[from].endsWith('ing')));
}

/**
 * Words before a cue that make it a second verb of the clause before it (", adding that…",
 * "said … and added", "… but declined"), listed with whether the cue must then be a participle.
 * Adverbs, auxiliaries and closing quotation marks may stand between ("and then said", "but has
 * since said", "“…,” noting").
 */
const SHARED_SUBJECT_BEFORE = new Map([[',', true], ['and', false], ['but', false]]);
/**
 * Subordinators before a participle cue that shares the subject of the clause it hangs on: "Trump
 * said … before adding:", "Bolton distanced himself … by saying", "…, while emphasizing". Not
 * cut out of a content as coordinated cues are: "said he would stay while insisting …" may be one statement.
 */
const SUBORDINATORS_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['while', 'before', 'after', 'by', 'when', 'without', 'besides']);
/** What follows a speech verb that opens a statement of its own: "that", a colon, a comma or a quotation mark. */
const STATEMENT_OPENERS = new Set(['that', ':', ',', '“', '"', '‘']);

/**
 * A content that runs on past a second speech verb of its speaker ("The senator said the bill was
 * dead and added that the leaders would try again"; "…, adding that …"): the tagger gave it one tag
 * per token and read it all as content. It is cut before the coordinator or comma, and the verb is
 * a cue of its own with the same source. Only a verb opening a statement ("added that", "but
 * insisted:") is cut at: in "said Smith resigned and announced a run", the run is Smith's.
 */
function splitCoordinatedCues(doc: Doc, lower: readonly string[], attributions: Attribution[]): void {
  const toks = doc.tokens;
  for (const a of [...attributions]) {
    if (!a.cue || cueClassOf(doc.slice(a.cue)) !== 'speech') continue;
    for (const c of a.content) {
      const first = doc.tokenAt(c.start);
      const last = doc.tokenAt(c.end - 1);
      for (let k = first + 1; k < last - 1; k++) {
        const participle = SHARED_SUBJECT_BEFORE.get(lower[k]);
        if (participle === undefined) continue;
        let v = k + 1;
        while (v < last && BETWEEN_SUBJECT_AND_CUE.has(toks[v].pos)) v++;
        // After a comma only a participle continues the clause; wink tags some as nouns (", warning/NOUN that").
        if (participle ? !lower[v].endsWith('ing') : toks[v].pos !== 'VERB') continue;
        if (cueClassOf(lower[v]) !== 'speech' || !STATEMENT_OPENERS.has(lower[v + 1])) continue;
        const from = lower[v + 1] === ',' || lower[v + 1] === ':' ? v + 2 : v + 1;
        if (from > last) break;
        attributions.push({ source: a.source && { ...a.source }, cue: { start: toks[v].start, end: toks[v].end }, content: [{ start: toks[from].start, end: c.end }] });
        c.end = toks[k - 1].end;
        break;
      }
    }
  }
}

/** Parts of speech that make a content a statement rather than a topic. */
const STATEMENT_POS = new Set(['VERB', 'AUX']);

/** Whether a span holds a verb or an auxiliary: says that something happens or is. */
function holdsVerb(doc: Doc, span: Span): boolean {
  const toks = doc.tokens;
  for (let i = doc.tokenAt(span.start); i < toks.length && toks[i].start < span.end; i++) if (STATEMENT_POS.has(toks[i].pos)) return true;
  return false;
}

/** Words after a preposition that make it open a quantity, not a topic ("at least 100 people"); so does a number outside a date. */
const QUANTITY_WORDS = new Set(['least', 'most']);

/**
 * Drops content fragments that are no statement, and the attribution with them when nothing is
 * left. Two kinds hold no verb: what was spoken about, or where, a phrase opening with a
 * preposition ("said on 1 August", "said in a phone call with Russia's president", "appearing on
 * “The Tonight Show”"); and the speaker's own title before the name ("The Turkish leader, |
 * Recep Tayyip Erdoğan, said"). Kept: a quotation, whatever its form (“On the brink of war,” he
 * said); an infinitive ("vowed to “clean up” the city"); a quantity the tagger cut short ("said at
 * least 100 people").
 */
function dropNonStatements(doc: Doc, lower: readonly string[], attributions: Attribution[]): void {
  const toks = doc.tokens;
  const isTopic = (c: Span): boolean => {
    const first = doc.tokenAt(c.start);
    if (toks[first].pos !== 'ADP' || lower[first] === 'to') return false;
    const next = first + 1;
    return !(next < toks.length && (QUANTITY_WORDS.has(lower[next]) || (toks[next].pos === 'NUM' && !doc.dates.some((d) => overlaps(d, toks[next])))));
  };
  // "Title, Name, said": commas both sides of the name. ("The deal, he said, was dead" is a statement split by its cue.)
  const isTitle = (c: Span, { source, cue }: Attribution): boolean =>
    source !== null && cue !== null && c.end <= source.start && source.end <= cue.start && !OPENING_MARK.test(doc.text[c.start]) &&
    /^\s*,\s*$/.test(doc.text.slice(c.end, source.start)) && /^\s*,\s*$/.test(doc.text.slice(source.end, cue.start));
  for (let i = attributions.length - 1; i >= 0; i--) {
    const a = attributions[i];
    const kept = a.content.filter((c) => holdsVerb(doc, c) || !(isTopic(c) || isTitle(c, a)));
    if (kept.length === 0) attributions.splice(i, 1);
    else a.content = kept;
  }
}

/**
 * A content opening with "that" after a verb cue and holding no verb was cut short by the tagger
 * ("fear that as many as 700,000 people | could be displaced", "ruled that the volunteer, | 24, died"):
 * it runs on to its sentence's end, stopping before another attribution's span and before the
 * closing stop. A "that" opening its sentence opens a subject ("That he could do this … was
 * staggering"), not a statement.
 */
function completeThatClauses(doc: Doc, lower: readonly string[], attributions: Attribution[]): void {
  const toks = doc.tokens;
  const spans = attributions.flatMap((a) => [...a.content, ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : [])]);
  for (const a of attributions) {
    // Only a verb's complement: after a noun ("Trump's demand that Germany …") the clause may end the subject of a longer sentence.
    if (!a.cue || !isVerbCue(doc, a.cue)) continue;
    a.content = a.content.map((c) => {
      const first = doc.tokenAt(c.start);
      if (lower[first] !== 'that' || first === 0 || toks[first - 1].sentence !== toks[first].sentence || holdsVerb(doc, c)) return c;
      let last = doc.tokenAt(c.end - 1);
      // Runs on while the sentence goes on and no other span begins.
      while (last + 1 < toks.length && toks[last + 1].sentence === toks[first].sentence && !spans.some((s) => s !== c && overlaps(s, toks[last + 1]))) last++;
      while (last > first && toks[last].pos === 'PUNCT') last--;
      return { start: c.start, end: toks[last].end };
    });
  }
}

/** Parts of speech before a noun of the verb table that make it a noun ("the fear", "Trump's demand", "his claim"). */
const NOUN_OPENERS = new Set(['DET', 'PRON', 'PART']);

/** Whether a cue is a verb: tagged one, or a word of the verb table wink tags a noun where nothing makes it one ("Officials fear that"). */
function isVerbCue(doc: Doc, cue: Span): boolean {
  const last = doc.tokenAt(cue.end - 1);
  if (doc.tokens[last].pos === 'VERB') return true;
  // "support for | that Turkey views as terrorists": after a preposition "that" is a relative pronoun.
  if (doc.tokens[last].pos === 'ADP') return false;
  const first = doc.tokenAt(cue.start);
  return cueClassOf(doc.slice(cue)) !== 'other' && (first === 0 || !NOUN_OPENERS.has(doc.tokens[first - 1].pos));
}

/**
 * A source opening with a speech verb is a cue the tagger misread ("“…,” he | said of the five
 * nations, blasting the US"): the speaker is that verb's subject.
 */
function verbLedSources(doc: Doc, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (!a.source) continue;
    const first = doc.tokens[doc.tokenAt(a.source.start)];
    if (first.pos !== 'VERB' || cueClassOf(doc.slice(first)) !== 'speech') continue;
    a.source = cueVerbSubject(doc, first);
  }
}

/**
 * A request not to be named ("“…,” said a shopkeeper, who asked not to be named. “…”") is no
 * statement: its content goes, and what else the tagger gave its cue (the quotation after it)
 * goes to the attribution whose speaker made the request, the one before it in the same sentence.
 * Without one, the rest keeps no cue.
 */
function anonymityRequests(doc: Doc, attributions: Attribution[]): void {
  for (let i = attributions.length - 1; i >= 0; i--) {
    const a = attributions[i];
    if (!a.cue) continue;
    const request = a.content.find((c) => ANONYMITY_REQUESTS.some((r) => doc.slice(c).toLowerCase().startsWith(r)));
    if (!request) continue;
    const rest = a.content.filter((c) => c !== request);
    const speaker = attributions.slice(0, i).reverse()
      .find((b) => b.cue && b.cue.end <= a.cue!.start && doc.sentenceAt(b.cue.start) === doc.sentenceAt(a.cue!.start));
    if (speaker) speaker.content.push(...rest);
    if (speaker || rest.length === 0) attributions.splice(i, 1);
    else Object.assign(a, { cue: null, source: null, content: rest });
  }
}

/** The set phrases of NOT_ATTRIBUTIONS as word lists. */
const SET_PHRASES = NOT_ATTRIBUTIONS.map((p) => p.split(' '));

/**
 * Drops what only looks like an attribution: a cue in a set phrase opening its sentence ("That
 * said, …"; NOT_ATTRIBUTIONS) or ending a compound ("Iranian-backed militias", "so-called").
 */
function dropFalseAttributions(doc: Doc, lower: readonly string[], attributions: Attribution[]): void {
  const toks = doc.tokens;
  for (let i = attributions.length - 1; i >= 0; i--) {
    const cue = attributions[i].cue;
    if (!cue) continue;
    const c = doc.tokenAt(cue.start);
    let first = c;
    while (first > 0 && toks[first - 1].sentence === toks[c].sentence) first--;
    const setPhrase = SET_PHRASES.some((p) => c < first + p.length && lower[first + p.length] === ',' && p.every((w, k) => lower[first + k] === w));
    if (setPhrase || doc.text[cue.start - 1] === '-') attributions.splice(i, 1);
  }
}

/**
 * A cue the tagger found without its source ("When he returned he began by saying, …") takes
 * the source the rules found for the same cue: the tagger misses sources it would need a parse
 * to see, which the rules' subject search finds.
 */
function sourcesFromRules(attributions: Attribution[], rules: readonly RuleFrame[]): void {
  for (const a of attributions) {
    if (a.source || !a.cue) continue;
    const rule = rules.find((r) => r.source && r.cue && overlaps(r.cue, a.cue!));
    if (rule) a.source = { ...rule.source! };
  }
}

/**
 * Whether a cue speaks about its subject, as hearsay ("Iraqis thought to be in the camps") or the
 * writer's impression ("Clinton seems not to have found …"): its subject is then no source.
 */
function aboutSubject(doc: Doc, lower: readonly string[], cue: Span | null): boolean {
  if (!cue) return false;
  for (let i = doc.tokenAt(cue.start); i < lower.length && doc.tokens[i].start < cue.end; i++) {
    if (isAboutSubject((k) => lower[k], i)) return true;
  }
  return false;
}

/** Whether the words [first, last] leave a bracket open. */
function opensBracket(lower: readonly string[], first: number, last: number): boolean {
  let depth = 0;
  for (let i = first; i <= last; i++) depth += lower[i] === '(' ? 1 : lower[i] === ')' ? -1 : 0;
  return depth > 0;
}

/** Prepositions opening a sentence with where, when or in what a statement was made ("At the Atlantic Council, …", "In a statement, …"); not "As X put it". */
const FRONTED_PREPOSITIONS = new Set(['at', 'in', 'on', 'during']);

/** Words that name nobody when the tagger cuts a source to them alone ("The | suggestion that …"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The tagger's source as a speaker phrase: without a fronted adjunct or the time phrase it took
 * with it ("The minister last week"); null when nothing else is left ("Monday") or only an article is.
 */
function speakerPhrase(doc: Doc, lower: readonly string[], source: Span): Span | null {
  let first = doc.tokenAt(source.start);
  let start = source.start;
  let last = doc.tokenAt(source.end - 1);
  // A fronted adjunct taken in with the subject ("At | the Atlantic Council in Washington this
  // week, the US special representative …"): the subject starts after the adjunct's comma.
  const toks = doc.tokens;
  if (first > 0 && FRONTED_PREPOSITIONS.has(lower[first - 1]) && (first === 1 || toks[first - 2].sentence !== toks[first - 1].sentence)) {
    let comma = first;
    while (comma < last && lower[comma] !== ',') comma++;
    if (comma < last) {
      first = comma + 1;
      start = toks[first].start;
    }
  }
  if (first === last && ARTICLES.has(lower[first])) return null;
  const word = (i: number) => (i >= first ? lower[i] : undefined);
  for (let start = timePhraseStart(word, last); start <= last; start = timePhraseStart(word, last)) last = start - 1;
  if (last < first) return null;
  // A bracket the phrase opens is closed with it: "The Kurdish People’s Protection Units (YPG)".
  if (lower[last + 1] === ')' && opensBracket(lower, first, last)) last++;
  return { start, end: doc.tokens[last].end };
}

/**
 * "according to X" is followed by its source, not its content: when the tagger took the phrase
 * right after the cue for content and left the source empty ("…, according to local counts"),
 * that fragment is the source, as long as another fragment is left for content; a cue the tagger
 * starts right after such a source is its last word (joinSourceRunOns).
 */
function prepositionSources(doc: Doc, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (!a.source && a.cue) cutPrepositionCue(doc, a);
    if (a.source || !isPrepositionCue(doc, a.cue)) continue;
    const after = a.content.findIndex((c) => c.start >= a.cue!.end && doc.text.slice(a.cue!.end, c.start).trim() === '');
    if (after < 0) continue;
    if (a.content.length >= 2) {
      a.source = a.content.splice(after, 1)[0];
      continue;
    }
    // "Kasich said he would have fired him, according to press reports.": the clause before the
    // comma is already another attribution's content, which the tagger gave to that one alone.
    const reported = reportedClause(doc, doc.tokenAt(a.cue.start), doc.tokenAt(a.content[0].end - 1));
    if (reported) [a.source, a.content] = [a.content[0], [reported]];
  }
  joinSourceRunOns(doc, attributions);
}

/** Whether a cue is "according to" or another preposition naming its source after it. */
const isPrepositionCue = (doc: Doc, cue: Span | null): cue is Span => cue !== null && CUE_PREPOSITIONS.includes(doc.slice(cue).toLowerCase());

/**
 * "according to X" takes a noun phrase: a cue the tagger starts right after X is X's last word
 * ("according to local | counts", with "counts" tagged as a verb), and its attribution is none.
 */
function joinSourceRunOns(doc: Doc, attributions: Attribution[]): void {
  for (const a of [...attributions]) {
    if (!a.source || !isPrepositionCue(doc, a.cue) || !attributions.includes(a)) continue;
    const source = a.source;
    const next = attributions.findIndex((b) => b.cue && b.cue.start >= source.end && doc.text.slice(source.end, b.cue.start).trim() === '');
    if (next < 0) continue;
    source.end = attributions[next].cue!.end;
    attributions.splice(next, 1);
  }
}

/**
 * A cue the tagger ran on past "according to" into its source ("according to state | corporate
 * records"): the cue ends with the preposition, and the words after it, with a content fragment
 * that follows them directly, are the source.
 */
function cutPrepositionCue(doc: Doc, a: Attribution): void {
  const cue = a.cue!;
  const lower = doc.slice(cue).toLowerCase();
  const preposition = CUE_PREPOSITIONS.find((p) => lower.startsWith(`${p} `));
  if (!preposition) return;
  const rest = doc.tokenAt(cue.start) + preposition.split(' ').length;
  const toks = doc.tokens;
  a.cue = { start: cue.start, end: toks[rest - 1].end };
  a.source = { start: toks[rest].start, end: cue.end };
  const next = a.content.findIndex((c) => c.start >= cue.end && doc.text.slice(cue.end, c.start).trim() === '');
  if (next >= 0) a.source.end = a.content.splice(next, 1)[0].end;
  // "…, according to state | corporate records.": what the tagger took for content was the source's
  // last words; the content is the clause before the comma.
  if (a.content.length > 0) return;
  const reported = reportedClause(doc, doc.tokenAt(a.cue.start), doc.tokenAt(a.source.end - 1));
  if (reported) a.content.push(reported);
}

/**
 * A speech verb the tagger found without its source ("Lynch announced on Monday the lawsuit")
 * takes the verb's subject, where one stands before it. Only speech verbs: a cue outside the
 * table left without a source is mostly no attribution at all, and its subject then no speaker.
 */
function speechVerbSources(doc: Doc, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.source || !a.cue || cueClassOf(doc.slice(a.cue)) !== 'speech') continue;
    const subject = cueVerbSubject(doc, a.cue);
    if (subject && namesSomeone(doc, subject)) a.source = subject;
  }
}

/** Whether a phrase names an actor or a mention cluster, or is a personal pronoun: "Germany warned", not "new arrivals adding to". */
function namesSomeone(doc: Doc, span: Span): boolean {
  if (SPEAKER_PRONOUNS.has(doc.slice(span).toLowerCase())) return true;
  return doc.actors.some((a) => a.mentions.some((m) => overlaps(m, span))) || doc.clusters.some((c) => c.mentions.some((m) => overlaps(m, span)));
}

/**
 * A cue continuing the clause of a cue before it in the same sentence ("Ackman said …, adding
 * that …"; "Cameron criticised Trump … and suggested …"; "Rubio responded before adding that …")
 * has that cue's source: what the tagger
 * puts there is mostly a pronoun from inside the quotation between them ("We", "It"), or nothing.
 */
function sharedSubjectSources(doc: Doc, attributions: Attribution[]): void {
  const toks = doc.tokens;
  const withCue = attributions.filter((a) => a.cue).sort((x, y) => x.cue!.start - y.cue!.start);
  for (let i = 1; i < withCue.length; i++) {
    const a = withCue[i];
    const c = doc.tokenAt(a.cue!.start);
    let k = c - 1;
    while (k > 0 && (BETWEEN_SUBJECT_AND_CUE.has(toks[k].pos) || CLOSING_MARK_TOKENS.has(doc.slice(toks[k])))) k--;
    const word = k >= 0 ? doc.slice(toks[k]).toLowerCase() : '';
    const participle = SHARED_SUBJECT_BEFORE.get(word) ?? (SUBORDINATORS_BEFORE_PARTICIPLE.has(word) || undefined);
    if (participle === undefined || (participle && !doc.slice(toks[c]).toLowerCase().endsWith('ing'))) continue;
    if (CUE_PREPOSITIONS.some((p) => doc.slice(a.cue!).toLowerCase().startsWith(p))) continue;
    for (let j = i - 1; j >= 0 && doc.sentenceAt(withCue[j].cue!.start) === toks[c].sentence; j--) {
      const source = withCue[j].source;
      if (!source) continue;
      a.source = { ...source };
      break;
    }
  }
}

/** Whether a person actor is named in `span`. */
const namesPerson = (doc: Doc, span: Span): boolean => doc.actors.some((a) => a.kind === 'person' && a.mentions.some((m) => overlaps(m, span)));

/** A relative pronoun opening a clause inside a source phrase. */
const RELATIVE_CLAUSE = /(?:^|\s)(?:who|which)\s/i;

/** A name written out: capitalised words ("Recep Tayyip Erdoğan", "Mustafa Bali"). */
const WRITTEN_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * The name in a source phrase: the words before an appositive, a bracket or a relative clause
 * ("Emily Landau, a senior fellow at INSS"; "A refugee who fled Baghuz"), the relative pronoun
 * alone when the phrase opens with it ("who fled Baghuz": resolved, or not, as "who"), or the
 * name after a title ("Turkey’s president, Recep Tayyip Erdoğan,"; a person's name after a
 * phrase holding a title: "Unicef’s regional director for the Middle East, Geert Cappelaere,").
 */
function speakerName(doc: Doc, source: Span): Span {
  const text = doc.slice(source);
  const relative = RELATIVE_CLAUSE.exec(text);
  if (relative?.index === 0) return { start: source.start, end: source.start + relative[0].trimEnd().length };
  const apposition = text.search(/,\s|\s\(/);
  const cut = relative && (apposition < 0 || relative.index < apposition) ? relative.index : apposition;
  if (cut <= 0) return source;
  const rest = text.slice(cut + 2);
  const named = rest.slice(0, rest.search(/,|$/)).trimEnd();
  if (text[cut] === ',' && WRITTEN_NAME.test(named)) {
    const start = source.start + cut + 2;
    const name = { start, end: start + named.length };
    const words = text.slice(0, cut).split(/\s+/);
    // "Turkey’s president, Recep Tayyip Erdoğan,"; "Unicef’s regional director for the Middle East, Geert Cappelaere,".
    if (isPersonTitle(words[words.length - 1]) || (words.some(isPersonTitle) && namesPerson(doc, name))) return name;
  }
  return { start: source.start, end: source.start + cut };
}

function directShare(content: Span, quotations: readonly QuotedSpan[]): number {
  let inside = 0;
  for (const q of quotations) inside += Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start));
  return inside / Math.max(1, content.end - content.start);
}

/**
 * A content that opens with a quotation and stops short of its closing mark by punctuation alone
 * ("“We were never told|,“") runs to the mark: a direct quote is given with its marks.
 */
function toClosingMark(doc: Doc, content: Span, quotations: readonly QuotedSpan[]): Span {
  const q = quotations.find((x) => x.start === content.start && content.end < x.end);
  return q && /^[\p{P}\s]*$/u.test(doc.text.slice(content.end, q.end)) ? { start: content.start, end: q.end } : content;
}

function toQuotes(doc: Doc, attributions: Attribution[], quotations: readonly QuotedSpan[]): Quote[] {
  const rows: { a: Attribution; content: Span }[] = [];
  for (const a of attributions) for (const content of a.content) rows.push({ a, content });
  rows.sort((x, y) => x.content.start - y.content.start || x.content.end - y.content.end);
  const speakerActor = speakerResolver(doc);
  const quotes = rows.map(({ a, content: tagged }, i) => {
    const content = toClosingMark(doc, tagged, quotations);
    const name = a.source ? speakerName(doc, a.source) : null;
    const quote: Quote = {
      id: `q${i + 1}`,
      kind: directShare(content, quotations) >= DIRECT_SHARE ? 'direct' : 'indirect',
      content: { ...content },
      text: doc.slice(content),
      speaker: name ? speakerActor(name) : null,
      speakerText: name ? doc.slice(name) : null,
      cue: a.cue ? { ...a.cue } : null,
      cueText: a.cue ? doc.slice(a.cue) : null,
    };
    if (a.source) quote.speakerSpan = { ...a.source };
    if (quote.cueText !== null) quote.cueClass = cueClassOf(quote.cueText);
    return quote;
  });
  continueSpeakers(doc, quotes, quotations);
  return quotes;
}
