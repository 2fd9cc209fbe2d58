import type { Doc } from '../doc.js';
import type { Span } from '../model/index.js';
import { O, spansFromTags, type RoleSpan } from './attribution-tags.js';
import { CUE_PREPOSITIONS, LISTENER_VERBS, STATE_PARTICIPLES } from './quote-cues.js';
import { CLOSING_MARK_TOKENS, FINAL_PUNCT, OPENING_MARK } from './quote-marks.js';
import { TIME_PHRASE_WORDS } from './time-phrase.js';

/** One attribution: a cue with its source and content fragments, as character spans. */
export interface Attribution {
  cue: Span | null;
  source: Span | null;
  content: Span[];
}

/** Tokens a source must run past its comma to be split into source and content. */
const MIN_SPLIT_CONTENT = 3;

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A fragment in another sentence than the cue counts as this many tokens further away. */
const OTHER_SENTENCE = 40;

/**
 * Groups the fragments a tagger marked in one paragraph into attributions: each cue takes the
 * contents and the source nearest to it (the same sentence first). Contents without any cue in
 * the paragraph stay attributions without cue and source. A cue with a source but no content
 * reports the rest of its sentence (another cue nearer to the content took it); a cue ending its
 * paragraph with a colon is returned with no content for the next paragraph's quotation; any
 * other cue without content is dropped, as a quote has content by definition.
 */
export function groupFragments(doc: Doc, from: number, tags: ArrayLike<number>): Attribution[] {
  const toks = doc.tokens;
  const spans = spansFromTags(tags).map((s) => ({ ...s, from: s.from + from, to: s.to + from }));
  const cues = spans.filter((s) => s.role === 'cue');
  const chars = (s: RoleSpan): Span => ({ start: toks[s.from].start, end: toks[s.to].end });
  // Cues and sources are named without the punctuation PolNeAR keeps at their edges ("said:", "Bunn,").
  const words = (s: RoleSpan): Span => {
    let { from, to } = s;
    while (from < to && toks[from].pos === 'PUNCT') from++;
    while (to > from && toks[to].pos === 'PUNCT') to--;
    return chars({ ...s, from, to });
  };
  // A comma closing a content separates it from its cue ("„…“, sagte er"; "…, officials said"): it is not part of what was said.
  const contentChars = (s: RoleSpan): Span => {
    let to = s.to;
    while (to > s.from && doc.slice(toks[to]) === ',') to--;
    return chars({ ...s, to });
  };
  const distance = (a: RoleSpan, b: RoleSpan): number => {
    const gap = Math.max(0, b.from - a.to, a.from - b.to);
    const sameSentence = toks[a.from].sentence === toks[b.from].sentence || toks[a.to].sentence === toks[b.to].sentence;
    return gap + (sameSentence ? 0 : OTHER_SENTENCE);
  };
  const nearestCue = (s: RoleSpan): number => {
    let best = -1;
    for (let c = 0; c < cues.length; c++) if (best < 0 || distance(s, cues[c]) < distance(s, cues[best])) best = c;
    return best;
  };

  // A passive cue ("is said to", "has been announced", "is seen as") has its subject in the content, not a speaker
  // before it; a participle of STATE_PARTICIPLES makes none.
  const passive = cues.map((c) => {
    // A form of "be", adverbs ("is increasingly seen as"), then a participle.
    let be = false;
    for (let i = c.from; i <= c.to; i++) {
      const w = doc.slice(toks[i]).toLowerCase();
      if (BE_FORMS.has(w)) be = true;
      else if (be && toks[i].pos === 'VERB') return !w.endsWith('ing') && !STATE_PARTICIPLES.has(w);
      else if (toks[i].pos !== 'ADV') be = false;
    }
    return false;
  });
  const commaIn = (s: RoleSpan): number => {
    for (let i = s.from + 1; i + MIN_SPLIT_CONTENT <= s.to; i++) if (doc.slice(toks[i]) === ',') return i;
    return -1;
  };
  const hasLetter = (s: RoleSpan): boolean => {
    for (let i = s.from; i <= s.to; i++) if (/\p{L}/u.test(doc.slice(toks[i]))) return true;
    return false;
  };
  const last = from + tags.length - 1;
  const introducesNext = cues.length > 0 && doc.slice(toks[last]) === ':' && cues[cues.length - 1].to >= last - 1;
  const content: RoleSpan[][] = cues.map(() => []);
  const source: (RoleSpan | null)[] = cues.map(() => null);
  const out: Attribution[] = [];
  for (const s of spans) {
    if (s.role === 'cue') continue;
    const c = nearestCue(s);
    if (s.role === 'content') {
      // A content of numbers and marks alone is an appositive the tagger took for one ("Jumah Hamdan, 53, who said").
      if (!hasLetter(s)) continue;
      if (c < 0) out.push({ cue: null, source: null, content: [contentChars(s)] });
      else content[c].push(s);
    } else if (c >= 0 && !(passive[c] && s.to < cues[c].from) && (!source[c] || distance(s, cues[c]) < distance(source[c]!, cues[c]))) {
      source[c] = s;
    }
  }
  cues.forEach((cue, c) => {
    let src = source[c];
    // "According to X, Y" tagged as one long source: the source ends at its comma, the rest is content.
    if (content[c].length === 0 && src) {
      const comma = commaIn(src);
      if (comma < 0) {
        // "He said:" closing a paragraph introduces the quotation in the next one (see quotes.ts).
        if (introducesNext) out.push({ cue: words(cue), source: words(src), content: [] });
        // "…, CNN reported.": what CNN reported holds another attribution the tagger marked instead.
        const reported = reportedClause(doc, Math.min(src.from, cue.from), Math.max(src.to, cue.to));
        const clause = reported ?? (introducesNext ? null : sentenceRest(doc, src, cue));
        if (clause) out.push({ cue: words(cue), source: words(src), content: [clause] });
        return;
      }
      content[c].push({ role: 'content', from: comma + 1, to: src.to });
      src = { ...src, to: comma - 1 };
    }
    const head = src && src.from < cue.from ? src.from : cue.from;
    out.push({ cue: words(cue), source: src ? words(src) : null, content: content[c].map((s) => contentChars(reachComma(s, head))) });
  });
  return out;

  /**
   * A content before its attribution ("…, The Post has learned") runs to the comma that opens
   * the attribution at `head`: untagged words between them ("after her collapse") are its tail.
   */
  function reachComma(s: RoleSpan, head: number): RoleSpan {
    const comma = head - 1 - from;
    if (s.to >= head || doc.slice(toks[head - 1]) !== ',' || toks[s.to].sentence !== toks[head].sentence) return s;
    for (let i = s.to + 1 - from; i < comma; i++) if (tags[i] !== O) return s;
    return { ...s, to: head - 2 };
  }
}

/**
 * The clause an attribution reports when another attribution stands in it: the rest of the
 * sentence past the comma that closes or opens the attribution (tokens `head` to `last`).
 * "The campaign said the candidate will attend, CNN reported."; "…, according to press reports.";
 * "According to the Times, Trump said he …". PolNeAR marks the outer attribution and the inner
 * one, which a tagger of one tag per token cannot: it marks the inner content and leaves the
 * outer attribution without any.
 */
export function reportedClause(doc: Doc, head: number, last: number): Span | null {
  return clauseBefore(doc, head, last) ?? clauseAfter(doc, head, last);
}

/**
 * What an attribution of a source and a cue reports when the tagger gave its content to another cue, nearer to it ("The plan cuts taxes and sends a signal
 * that …, Ortiz said"; "Ortiz went on to praise the plan, which she says …"): the rest of its
 * sentence after it, past the listener of "told" ("told the BBC she …"), or, where nothing but a
 * time phrase or the listener follows ("said last week.", "told the Guardian."), the sentence
 * before it. PolNeAR marks such a statement as the outer attribution; without a content it was
 * dropped, and its source with it. None for "according to X" (its clause is found apart, by
 * reportedClause) or a passive cue whose agent follows ("backed by"): its source is no speaker.
 */
function sentenceRest(doc: Doc, source: RoleSpan, cue: RoleSpan): Span | null {
  const toks = doc.tokens;
  const head = Math.min(source.from, cue.from);
  const last = Math.max(source.to, cue.to);
  const sentence = toks[head].sentence;
  const lower = (i: number) => doc.slice(toks[i]).toLowerCase();
  const inSentence = (i: number) => i >= 0 && i < toks.length && toks[i].sentence === sentence;
  const punct = (i: number) => toks[i].pos === 'PUNCT';
  const cueWords = toks.slice(cue.from, cue.to + 1).map((t) => doc.slice(t).toLowerCase()).join(' ');
  if (CUE_PREPOSITIONS.some((p) => cueWords.startsWith(p)) || (inSentence(last + 1) && lower(last + 1) === 'by')) return null;
  let first = last + 1;
  if (LISTENER_VERBS.has(lower(cue.to)) && cue.to === last) {
    if (inSentence(first) && LISTENER_PRONOUNS.has(lower(first))) first++;
    else while (inSentence(first) && (LISTENER_POS.has(toks[first].pos) || LISTENER_WORDS.has(lower(first)))) first++;
  }
  while (inSentence(first) && punct(first)) first++;
  let end = first;
  while (inSentence(end)) end++;
  // A quotation keeps its closing mark; the sentence's own punctuation is left out.
  while (end > first && punct(end - 1) && !CLOSING_MARK_TOKENS.has(doc.slice(toks[end - 1]))) end--;
  for (let i = first; i < end; i++) {
    if (!punct(i) && !TIME_PHRASE_WORDS.has(lower(i))) return { start: toks[first].start, end: toks[end - 1].end };
  }
  let start = head;
  while (inSentence(start - 1)) start--;
  while (start < head && punct(start) && !OPENING_MARK.test(doc.slice(toks[start]))) start++;
  let stop = head - 1;
  while (stop >= start && punct(stop) && !CLOSING_MARK_TOKENS.has(doc.slice(toks[stop]))) stop--;
  return stop >= start ? { start: toks[start].start, end: toks[stop].end } : null;
}

/** Who a "told" speaks to: a pronoun ("told me") or noun phrases of these parts of speech ("told the 15-member council", "told Russia and its allies"). */
const LISTENER_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
const LISTENER_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'CCONJ']);
const LISTENER_WORDS = new Set(['-', 'its', 'their', 'his', 'our', 'my', 'your']);

/** The sentence before an attribution that closes it after a comma. */
function clauseBefore(doc: Doc, head: number, last: number): Span | null {
  const toks = doc.tokens;
  const sentence = toks[head].sentence;
  let end = last + 1;
  while (end < toks.length && toks[end].sentence === sentence && toks[end].pos === 'PUNCT' && !FINAL_PUNCT.has(doc.slice(toks[end]))) end++;
  if (end < toks.length && toks[end].sentence === sentence && !FINAL_PUNCT.has(doc.slice(toks[end]))) return null;
  // The comma may stand inside a closing quotation mark ("… a “burn bag,” the Times reported").
  const comma = head > 0 && CLOSING_MARK_TOKENS.has(doc.slice(toks[head - 1])) ? head - 2 : head - 1;
  if (comma < 1 || doc.slice(toks[comma]) !== ',' || toks[comma - 1].sentence !== sentence) return null;
  let first = comma - 1;
  while (first > 0 && toks[first - 1].sentence === sentence) first--;
  while (first < comma && toks[first].pos === 'PUNCT') first++;
  // A quotation keeps its comma and closing mark; a plain clause ends before its comma.
  return first < comma ? { start: toks[first].start, end: toks[comma === head - 1 ? comma - 1 : head - 1].end } : null;
}

/** The sentence after an attribution that opens it before a comma. */
function clauseAfter(doc: Doc, head: number, last: number): Span | null {
  const toks = doc.tokens;
  const sentence = toks[head].sentence;
  let first = head;
  while (first > 0 && toks[first - 1].sentence === sentence && toks[first - 1].pos === 'PUNCT') first--;
  if ((first > 0 && toks[first - 1].sentence === sentence) || last + 1 >= toks.length || doc.slice(toks[last + 1]) !== ',') return null;
  let end = last + 2;
  while (end < toks.length && toks[end].sentence === sentence) end++;
  while (end > last + 2 && toks[end - 1].pos === 'PUNCT' && !CLOSING_MARK_TOKENS.has(doc.slice(toks[end - 1]))) end--;
  return end > last + 2 ? { start: toks[last + 2].start, end: toks[end - 1].end } : null;
}
