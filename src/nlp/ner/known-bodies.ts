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
  /** Every name's first words ("islamic", "islamic state"): a match grows only while it is one. */
  prefixes: Set<string>;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const names = new Map<string, string | null>();
  const prefixes = new Set<string>();
  const all = [...NAMED_BODIES, ...INTERNATIONAL_ORGANIZATIONS, ...TRANSNATIONAL_NGOS].flatMap((e) => e.names);
  for (const name of all) {
    const key = nameKey(name);
    if (!key) continue;
    // The lexicons write acronyms in capitals ("WHO", "CIA"): only that spelling is the body, not "who".
    // A name also listed in lower case ("isis" beside "ISIS") may be written either way.
    if (!names.has(key) || !isAcronym(name)) names.set(key, isAcronym(name) ? name.replace(/\./g, '') : null);
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  table = { names, prefixes };
  return table;
}

/** Whether a word opens with a capital; ASCII is read by character code (most words), the rest by Unicode class. */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}

/** The possessive the tokenizer splits off its word. */
const CLITIC = /^['’]s$/;

/** Lower-case particles a name may open with ("al-Qaida", "el-Sisi"). */
const PARTICLES = new Set(['al', 'el']);

/** nameKey of single words, remembered: the same words recur across a corpus. */
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

/**
 * Words an institution's name ends with. After "the", a name of several words ending in one may
 * be written in lower case: some papers write "the state department", "the interior ministry",
 * and "the Russian government" ends on a common noun; "the white house on the corner" is no body.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'government', 'administration', 'army', 'navy', 'forces', 'force', 'council',
  'parliament', 'assembly', 'senate', 'congress', 'court', 'service', 'agency', 'commission', 'party', 'fleet', 'command',
]);

/**
 * The longest known name starting at each position of a sentence's words, without overlaps. A
 * name opens and ends on a capitalised word ("Islamic State", not "Islamic State fighters"), or
 * is one of several words after "the" ending in an institution's head word (INSTITUTION_HEADS).
 */
export function knownBodies(words: readonly string[]): { start: number; end: number }[] {
  const { names, prefixes } = load();
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const afterThe = i > 0 && (words[i - 1] === 'the' || words[i - 1] === 'The');
    if (!(afterThe || capitalised(words[i]) || PARTICLES.has(words[i]))) continue;
    let key = '';
    let end = -1;
    for (let j = i; j < words.length; j++) {
      // A possessive belongs to its word, as nameKey writes it ("Korean People's Army").
      if (j > i && CLITIC.test(words[j])) {
        key += "'s";
        if (!prefixes.has(key)) break;
        continue;
      }
      const k = wordKey(words[j]);
      // Marks inside a name ("al-Qaida", "U.N.") have no key of their own.
      if (!k) continue;
      key = key ? `${key} ${k}` : k;
      if (!prefixes.has(key)) break;
      const acronym = capitalised(words[j]) || (afterThe && j > i && INSTITUTION_HEADS.has(k)) ? names.get(key) : undefined;
      if (acronym === undefined) continue;
      if (acronym === null || words.slice(i, j + 1).join('').replace(/\./g, '') === acronym) end = j + 1;
    }
    if (end < 0) continue;
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}

/**
 * The model's spans of one sentence with the known names put in: a name replaces the spans that
 * lie within it ("Islamic/MISC" of "Islamic State") and fills a gap the model left ("WHO"); a
 * model span that reaches beyond the name ("WHO Representative") or that is the name already as
 * ORG or LOC ("the Kremlin"/LOC) is kept.
 */
export function withKnownBodies(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const known = knownBodies(words);
  if (known.length === 0) return spans;
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
