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

let table: { forms: Map<string, CountryForm>; prefixes: Set<string> } | undefined;

function load(): NonNullable<typeof table> {
  if (table) return table;
  const forms = new Map<string, CountryForm>();
  // Every entry's first words ("united", "united arab"): a match grows only while it is one.
  const prefixes = new Set<string>();
  const add = (text: string, form: CountryForm): void => {
    const toks = entryTokens(text).map(foldWord);
    const key = toks.join(' ');
    if (!forms.has(key)) forms.set(key, form);
    for (let n = 1; n <= toks.length; n++) prefixes.add(toks.slice(0, n).join(' '));
  };
  for (const e of countryEntries()) {
    if (/[,()]/.test(e.text)) continue;
    add(e.text, e.form);
    if (e.form === 'demonym' && !e.text.endsWith('s')) add(e.text + 's', e.form);
  }
  table = { forms, prefixes };
  return table;
}

const capitalised = (w: string): boolean => w.length > 0 && w[0] !== w[0].toLowerCase();

/** Longest non-overlapping lexicon matches in a token sequence. */
export function matchGazetteer(words: readonly GazetteerWord[]): GazetteerMatch[] {
  const { forms, prefixes } = load();
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!capitalised(words[i].raw) || !prefixes.has(words[i].folded)) continue;
    let key = words[i].folded;
    let best: GazetteerMatch | undefined;
    for (let end = i + 1; ; end++) {
      const form = forms.get(key);
      if (form) best = { start: i, end, form };
      if (end >= words.length) break;
      key += ' ' + words[end].folded;
      if (!prefixes.has(key)) break;
    }
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}
