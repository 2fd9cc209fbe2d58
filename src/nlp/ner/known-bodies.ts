import { INTERNATIONAL_ORGANIZATIONS } from '../../lexicon/international-organizations.js';
import { NAMED_BODIES } from '../../lexicon/named-bodies.js';
import { isAcronym, nameKey } from '../../lexicon/name-key.js';
import { TRANSNATIONAL_NGOS } from '../../lexicon/transnational-ngos.js';
import type { TokenSpan } from './tags.js';

/**
 * The recogniser's gazetteer of bodies the actor lexicons know by name (the Islamic State, the
 * WHO, Human Rights Watch): the statistical model, trained on CoNLL-2003 newswire, splits or
 * misses such names ("Islamic/MISC State", "the WHO" read as a pronoun), and an actor the
 * recogniser misses can never be coded. A match of a known name becomes one ORG entity in place
 * of the model's pieces of it.
 */

interface Table {
  /** nameKey of each known name → the acronym as it must be written (periods dropped), or null for a name in any case. */
  names: Map<string, string | null>;
  /** nameKey of every name's first word. */
  firstWords: Set<string>;
  longest: number;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const names = new Map<string, string | null>();
  const firstWords = new Set<string>();
  let longest = 1;
  const all = [...NAMED_BODIES, ...INTERNATIONAL_ORGANIZATIONS, ...TRANSNATIONAL_NGOS].flatMap((e) => e.names);
  for (const name of all) {
    const key = nameKey(name);
    if (!key) continue;
    // The lexicons write acronyms in capitals ("WHO", "CIA"): only that spelling is the body, not "who".
    // A name also listed in lower case ("isis" beside "ISIS") may be written either way.
    if (!names.has(key) || !isAcronym(name)) names.set(key, isAcronym(name) ? name.replace(/\./g, '') : null);
    firstWords.add(key.split(' ')[0]);
    longest = Math.max(longest, key.split(' ').length);
  }
  table = { names, firstWords, longest };
  return table;
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Lower-case particles a name may open with ("al-Qaida", "el-Sisi"). */
const PARTICLES = new Set(['al', 'el']);

/** nameKey of single words, remembered: the same capitalised words recur across a corpus. */
const wordKeys = new Map<string, string>();
const MAX_WORD_KEYS = 50_000;
function wordKey(w: string): string {
  let k = wordKeys.get(w);
  if (k === undefined) {
    if (wordKeys.size >= MAX_WORD_KEYS) wordKeys.clear();
    wordKeys.set(w, (k = nameKey(w)));
  }
  return k;
}

/** The longest known name starting at each position of a sentence's words, without overlaps. */
export function knownBodies(words: readonly string[]): { start: number; end: number }[] {
  const { names, firstWords, longest } = load();
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!(capitalised(words[i]) || PARTICLES.has(words[i])) || !firstWords.has(wordKey(words[i]))) continue;
    for (let end = Math.min(words.length, i + longest * 2); end > i; end--) {
      // A name ends on a capitalised word ("Islamic State", not "Islamic State fighters" nor "the UN's").
      if (!capitalised(words[end - 1])) continue;
      const text = words.slice(i, end).join(' ');
      const acronym = names.get(nameKey(text));
      if (acronym === undefined || (acronym !== null && text.replace(/\./g, '') !== acronym)) continue;
      out.push({ start: i, end });
      i = end - 1;
      break;
    }
  }
  return out;
}

/**
 * The model's spans of one sentence with the known names put in: a name replaces the spans that
 * lie within it ("Islamic/MISC" of "Islamic State") and fills a gap the model left ("WHO"); a
 * model span that reaches beyond the name ("WHO Representative") or that is the name already as
 * ORG or LOC ("the Kremlin"/LOC) is kept.
 */
export function withKnownBodies(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const known = knownBodies(words);
  if (known.length === 0) return [...spans];
  let out = [...spans];
  for (const k of known) {
    const overlapping = out.filter((s) => s.start < k.end && k.start < s.end);
    if (overlapping.some((s) => s.start < k.start || s.end > k.end)) continue;
    if (overlapping.some((s) => s.start === k.start && s.end === k.end && (s.type === 'ORG' || s.type === 'LOC'))) continue;
    out = out.filter((s) => !overlapping.includes(s));
    out.push({ start: k.start, end: k.end, type: 'ORG' });
  }
  return out.sort((a, b) => a.start - b.start);
}
