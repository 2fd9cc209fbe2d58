import { countryEntries, type CountryForm } from '../../lexicon/countries.js';

/**
 * Multi-word matching of the country lexicon (names, demonyms, capitals) over token sequences.
 * A match must start on a capitalised token; the longest match wins.
 */

export interface GazetteerMatch {
  start: number;
  end: number;
  form: CountryForm;
}

const CURLY = /[\u2018\u2019]/g;
/** A word as the lexicon is keyed: lower case, typographic apostrophes as ASCII. */
export const foldWord = (s: string): string => (s.includes('\u2018') || s.includes('\u2019') ? s.replace(CURLY, "'") : s).toLowerCase();

/** A token as the matcher reads it: its text and its folded form (computed once per word form by the caller). */
export interface GazetteerWord {
  raw: string;
  folded: string;
}

/** Splits an entry the way news tokenisers split text: on spaces, and "'s" off its noun. */
function entryTokens(text: string): string[] {
  return text.split(/\s+/).flatMap((w) => (/.'s$/i.test(w) ? [w.slice(0, -2), w.slice(-2)] : [w]));
}

let table: { forms: Map<string, CountryForm>; firsts: Set<string>; longest: number } | undefined;

function load(): NonNullable<typeof table> {
  if (table) return table;
  const forms = new Map<string, CountryForm>();
  const firsts = new Set<string>();
  let longest = 1;
  const add = (text: string, form: CountryForm): void => {
    const toks = entryTokens(text);
    const key = foldWord(toks.join(' '));
    if (!forms.has(key)) forms.set(key, form);
    firsts.add(foldWord(toks[0]));
    longest = Math.max(longest, toks.length);
  };
  for (const e of countryEntries()) {
    if (/[,()]/.test(e.text)) continue;
    add(e.text, e.form);
    if (e.form === 'demonym' && !e.text.endsWith('s')) add(e.text + 's', e.form);
  }
  table = { forms, firsts, longest };
  return table;
}

const capitalised = (w: string): boolean => w.length > 0 && w[0] !== w[0].toLowerCase();

/** Longest non-overlapping lexicon matches in a token sequence. */
export function matchGazetteer(words: readonly GazetteerWord[]): GazetteerMatch[] {
  const { forms, firsts, longest } = load();
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!capitalised(words[i].raw) || !firsts.has(words[i].folded)) continue;
    for (let len = Math.min(longest, words.length - i); len >= 1; len--) {
      const form = forms.get(words.slice(i, i + len).map((w) => w.folded).join(' '));
      if (form) {
        out.push({ start: i, end: i + len, form });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}
