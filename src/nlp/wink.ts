import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Loading the model takes ~100 ms; share one instance per process. Only POS tagging is asked
// for: we segment sentences ourselves and do not read wink's entities, negation or sentiment,
// which would double its time per document (the tags come out the same without them).
let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['pos']);
  return instance;
}

/** One wink token placed in the text it came from. */
export interface PlacedToken {
  start: number;
  end: number;
  /** Universal POS tag from wink. */
  pos: string;
  /**
   * The token's text: wink's own string where it is the whole token, so a known word is the same
   * string object in every document (maps keyed by words then find it without comparing characters).
   */
  word: string;
}

export interface Tokenization {
  tokens: PlacedToken[];
  /** Tokens whose surface form was not found where expected (offsets then best effort). */
  approximated: number;
}

// How far ahead of the expected position a token's surface form is looked for when wink's
// whitespace bookkeeping and the text disagree. Bounded so a mismatch never costs a full scan.
const SEARCH_WINDOW = 256;

// Whitespace wink emits as tokens (line breaks, tabs) and invisible format characters:
// they separate tokens but are not tokens of the text.
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]+$/u;

// wink splits emoji sequences into their code points; these glue them back into one token.
const EMOJI_TAIL = /^[\p{Emoji_Modifier}\ufe0f\u20e3]/u;
const REGIONAL_INDICATOR = /^\p{Regional_Indicator}$/u;

/** Whether the token at [start, end) continues the emoji `prev` ends with (skin tone, ZWJ, flag). */
function continuesEmoji(text: string, prev: PlacedToken, start: number, end: number): boolean {
  if (start !== prev.end) return start === prev.end + 1 && text.charCodeAt(prev.end) === 0x200d;
  // Modifiers, keycaps and regional indicators all lie outside ASCII.
  if (text.charCodeAt(start) < 0x80) return false;
  const here = text.slice(start, end);
  return EMOJI_TAIL.test(here) || (REGIONAL_INDICATOR.test(text.slice(prev.start, prev.end)) && REGIONAL_INDICATOR.test(here));
}

// Sentence-final marks of other scripts that wink leaves inside its tokens
// ("外交部长表示。双方…", "المحادثات؟"): the CJK full stop and marks, Arabic question mark, danda.
const FOREIGN_STOP = /[。！？؟।]/u;
const STOP_OR_TEXT = /[。！？؟।]+|[^。！？؟।]+/gu;

/** Pushes the pieces of a token split at foreign sentence marks, the marks tagged as punctuation. */
function splitAtStops(value: string, at: number, pos: string, tokens: PlacedToken[]): void {
  for (const m of value.matchAll(STOP_OR_TEXT)) {
    const start = at + m.index;
    tokens.push({ start, end: start + m[0].length, pos: FOREIGN_STOP.test(m[0]) ? 'PUNCT' : pos, word: m[0] });
  }
}

// English clitics split off their host ("Britain’s" → "Britain" + "’s", "don’t" → "do" + "n’t").
// wink splits them only while the whole form is unknown to it, and it adds forms it has kept whole
// ("Britain’s," before a comma) to its lexicon for the rest of the process; splitting here keeps
// every document's tokens independent of what the process read before.
const CLITIC = /^(.*?\p{L})(n['’]t|['’](?:s|S|ll|re|ve|d|m))$/u;
const CLITIC_POS: Readonly<Record<string, string>> = { s: 'PART', t: 'PART' };

/** Pushes a token, split at a trailing clitic when it carries one. */
function pushWithClitic(value: string, at: number, pos: string, tokens: PlacedToken[]): void {
  const m = value.includes("'") || value.includes('’') ? CLITIC.exec(value) : null;
  if (!m) {
    tokens.push({ start: at, end: at + value.length, pos, word: value });
    return;
  }
  const split = at + m[1].length;
  tokens.push({ start: at, end: split, pos, word: m[1] });
  tokens.push({ start: split, end: at + value.length, pos: CLITIC_POS[m[2].slice(-1).toLowerCase()] ?? 'AUX', word: m[2] });
}

/**
 * Letters wink's tokenizer does not take for letters, which it splits words at ("Erdo|ğ|an",
 * "Çavu|ş|o|ğ|lu"): Latin Extended-A and B and Latin Extended Additional (Vietnamese). Each is
 * read by wink as a base letter it knows, one UTF-16 unit for one, so offsets do not move.
 */
const UNKNOWN_LETTERS = /[\u0100-\u024f\u1e00-\u1eff]/gu;
/** Those without a decomposition to an ASCII letter. */
const PLAIN_LETTER: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L', ĸ: 'k', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O', ſ: 's', ƒ: 'f',
};
const folded = new Map<string, string>();

function plainLetter(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const base = ch.normalize('NFD')[0];
    out = /^[A-Za-z]$/.test(base) ? base : PLAIN_LETTER[ch] ?? ch;
    folded.set(ch, out);
  }
  return out;
}

/** The text as wink is given it: the same length, with letters it does not know folded to ones it does. */
const forWink = (text: string): string => text.replace(UNKNOWN_LETTERS, plainLetter);

/**
 * wink-nlp's tokens with character offsets. wink gives each token's value and the whitespace
 * before it, which together reproduce the text (contractions are split without changing
 * characters: "isn't" → "is" + "n't"); offsets are the running sum, checked against the text.
 */
export function tokenize(original: string): Tokenization {
  const text = forWink(original);
  const w = wink().readDoc(text);
  const its = wink().its;
  const values = w.tokens().out() as string[];
  const spaces = w.tokens().out(its.precedingSpaces) as string[];
  const pos = w.tokens().out(its.pos) as string[];
  const tokens: PlacedToken[] = [];
  let approximated = 0;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let at = cursor + spaces[i].length;
    if (!text.startsWith(value, at)) {
      const found = text.slice(cursor, cursor + SEARCH_WINDOW + value.length).indexOf(value);
      if (found >= 0) at = cursor + found;
      else approximated++;
    }
    at = Math.min(at, text.length);
    const end = Math.min(at + value.length, text.length);
    cursor = end;
    // Only a token opening with a control, space or non-ASCII character can be blank.
    const first = value.charCodeAt(0);
    if ((first <= 0x20 || first >= 0x80) && BLANK.test(value)) continue;
    const prev = tokens[tokens.length - 1];
    if (prev && continuesEmoji(text, prev, at, end)) {
      prev.end = end;
      prev.word = text.slice(prev.start, end);
    }
    else if (value.length > 1 && FOREIGN_STOP.test(value)) splitAtStops(value, at, pos[i], tokens);
    else if (end - at === value.length) pushWithClitic(value, at, pos[i], tokens);
    else tokens.push({ start: at, end, pos: pos[i], word: text.slice(at, end) });
  }
  // A word wink read folded is the text's own word ("Erdoğan").
  if (text !== original) for (const t of tokens) if (t.word !== original.slice(t.start, t.end)) t.word = original.slice(t.start, t.end);
  return { tokens, approximated };
}
