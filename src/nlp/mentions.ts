import type { Doc } from '../doc.js';
import type { Entity, EntityType, MentionCluster, Span } from '../model/index.js';
import type { Stage } from '../pipeline.js';
import { isEnglish } from './language.js';
import { ACRONYM_SKIPS, FIRST_NAME_GENDER, PERSON_TITLES, PRONOUN_GENDER, TITLE_GENDER, type Gender } from './names.js';

/**
 * Mention clusters: runs after the entity recogniser. Groups the surface variants of one name
 * ("Emily Landau" … "Landau", "Institute for National Security Studies" … "INSS"), links he/she
 * pronouns only where one person is the clear antecedent, fills `doc.clusters` and `entity.cluster`.
 */
export function mentionStage(): Stage {
  return {
    name: 'mentions',
    run(doc: Doc) {
      if (!isEnglish(doc)) return;
      const clusters = clusterNames(doc);
      linkPronouns(doc, clusters);
      doc.clusters = finish(clusters);
    },
  };
}

/** One distinct name (same type, same words) and the entities that use it. */
interface Name {
  type: EntityType;
  /** The name's words as written, without leading titles and a final possessive. */
  words: string[];
  /** Lower-case words, periods removed, used for matching. */
  keys: string[];
  entities: Entity[];
}

interface Cluster {
  names: Name[];
  /** Mentions that are not entities: a parenthesised acronym, linked pronouns. */
  extra: Span[];
  gender?: Gender | null;
}

const POSSESSIVE = /['’]s?$/u;
const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,7}$/u;
// "Institute for National Security Studies (INSS)": the acronym defined right after the name.
const INTRODUCED = /\s*\(((?:[A-Z]\.){2,}|[A-Z][A-Za-z&]{0,8}[A-Z])\)/uy;
// Name sharing (a shorter name joining a longer one) is safe for people and organisations;
// for places it is not ("Korea" may be either Korea).
const SHARES_SUBNAMES: ReadonlySet<EntityType> = new Set(['PER', 'ORG']);

function clusterNames(doc: Doc): Cluster[] {
  const byKey = new Map<string, Name>();
  const intros = new Map<string, { name: Name; span: Span }[]>();
  for (const e of [...doc.entities].sort((a, b) => a.start - b.start)) {
    const words = nameWords(e);
    const keys = words.map((w) => w.toLowerCase().replaceAll('.', ''));
    const key = `${e.type}|${keys.join(' ')}`;
    let name = byKey.get(key);
    if (!name) byKey.set(key, (name = { type: e.type, words, keys, entities: [] }));
    name.entities.push(e);
    INTRODUCED.lastIndex = e.end;
    const m = words.length > 1 && e.type !== 'PER' ? INTRODUCED.exec(doc.text) : null;
    if (m && spells(m[1].replaceAll('.', ''), words)) {
      const letters = m[1].replaceAll('.', '');
      const start = e.end + m[0].indexOf(m[1]);
      const list = intros.get(letters) ?? [];
      list.push({ name, span: { start, end: start + m[1].length } });
      intros.set(letters, list);
    }
  }

  // Longest names first, so each shorter one can look for the single longer name it belongs to.
  const names = [...byKey.values()].sort((a, b) => b.keys.length - a.keys.length || a.entities[0].start - b.entities[0].start);
  const clusters: Cluster[] = [];
  const clusterOf = new Map<Name, Cluster>();
  const index: ClusterIndex = { byWord: new Map(), byInitials: new Map() };
  for (const name of names) {
    let target = acronymTarget(name, intros, index, clusterOf) ?? subNameTarget(name, index, onlyCapitalisedFirst(doc, name));
    if (target) target.names.push(name);
    else clusters.push((target = { names: [name], extra: [] }));
    clusterOf.set(name, target);
    addToIndex(index, name, target);
  }

  // An introduced acronym that the recogniser did not tag is still a mention of its name.
  const tagged = new Set(doc.entities.map((e) => e.start));
  for (const list of intros.values()) {
    for (const { name, span } of list) if (!tagged.has(span.start)) clusterOf.get(name)!.extra.push(span);
  }
  return clusters;
}

/** A name's words as written: titles before a person's name and a final possessive dropped. */
function nameWords(e: Entity): string[] {
  let words = e.text.split(/\s+/u).filter(Boolean);
  const last = words.length - 1;
  if (last >= 0 && POSSESSIVE.test(words[last]) && words[last].length > 2) words[last] = words[last].replace(POSSESSIVE, '');
  // "Harvard University’s John F. Kennedy School": the name is what follows the possessive.
  for (let i = last - 1; i >= 0; i--) {
    if (/['’]s$/u.test(words[i])) {
      words = words.slice(i + 1);
      break;
    }
  }
  if (e.type === 'PER') {
    let t = 0;
    while (t < words.length - 1 && PERSON_TITLES.has(words[t].toLowerCase().replace(/\.$/u, ''))) t++;
    words = words.slice(t);
  }
  return words;
}

/** Clusters by the words and the initials of their names, so a name finds its candidates without a scan. */
interface ClusterIndex {
  /** `type|word` → clusters with a name of that type containing the word. */
  byWord: Map<string, Set<Cluster>>;
  /** Initials of non-person names → their clusters. */
  byInitials: Map<string, Set<Cluster>>;
}

function addToIndex(index: ClusterIndex, name: Name, cluster: Cluster): void {
  const add = (map: Map<string, Set<Cluster>>, key: string) => map.set(key, (map.get(key) ?? new Set()).add(cluster));
  for (const k of name.keys) add(index.byWord, `${name.type}|${k}`);
  if (name.type !== 'PER') for (const i of initials(name.words)) add(index.byInitials, i);
}

/** The cluster an acronym stands for: the name it was introduced after, else the one name whose initials it spells. */
function acronymTarget(
  name: Name,
  intros: Map<string, { name: Name }[]>,
  index: ClusterIndex,
  clusterOf: Map<Name, Cluster>,
): Cluster | undefined {
  if (name.words.length !== 1 || !ACRONYM.test(name.words[0]) || name.type === 'PER') return undefined;
  const letters = name.words[0].replaceAll('.', '');
  const introduced = new Set((intros.get(letters) ?? []).map((i) => clusterOf.get(i.name)).filter((c) => c !== undefined));
  if (introduced.size === 1) return [...introduced][0];
  return only([...(index.byInitials.get(letters) ?? [])]);
}

/** Whether the acronym's letters are capitals of the name, in order ("DPRK" in "Democratic People's Republic of Korea"). */
function spells(acronym: string, words: string[]): boolean {
  return isSubsequence([...acronym.toUpperCase()], [...words.join(' ').replace(/[^\p{Lu}]/gu, '')]);
}

/** Acronyms a multi-word name may go by: initials of its content words, and of all its words. */
function initials(words: string[]): string[] {
  if (words.length < 2) return [];
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const content = words.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
  return [content, all];
}

/**
 * The cluster of the one longer name this name is part of ("Landau" in "Emily Landau"). A name
 * that fits two different longer names ("Kim": "Kim Jong Un", "Kim Yong Nam") joins neither; one
 * only ever `opening` a sentence joins only as the longer name's first word.
 */
function subNameTarget(name: Name, index: ClusterIndex, opening = false): Cluster | undefined {
  if (!SHARES_SUBNAMES.has(name.type)) return undefined;
  return only(
    [...(index.byWord.get(`${name.type}|${name.keys[0]}`) ?? [])].filter((c) =>
      c.names.some((n) => n.type === name.type && n.keys.length > name.keys.length && isSubsequence(name.keys, n.keys) && !anotherGeneration(name, n)
        && (!opening || n.keys[0] === name.keys[0])),
    ),
  );
}

/**
 * Whether an organisation's one-word name is only ever written opening a sentence ("Human rights
 * groups said …" read as ORG "Human"): its capital is no sign of a name, so it joins a longer
 * name only as its first word ("Amnesty" → "Amnesty International"), not as any word of it
 * ("Syrian Observatory for Human Rights").
 */
function onlyCapitalisedFirst(doc: Doc, name: Name): boolean {
  if (name.type !== 'ORG' || name.keys.length !== 1) return false;
  return name.entities.every((e) => doc.opensSentence(doc.tokenAt(e.start)));
}

/** Words that tell a son from his father ("Donald Trump Jr.", "Martin Luther King III"), lower case without periods. */
const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Whether a full name without a generation names another person than the longer one with it:
 * "Donald Trump" is not "Donald Trump Jr."; a surname alone ("Trump") may still be either.
 */
function anotherGeneration(short: Name, long: Name): boolean {
  return short.type === 'PER' && short.keys.length > 1 && GENERATIONS.has(long.keys[long.keys.length - 1]) && !GENERATIONS.has(short.keys[short.keys.length - 1]);
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && w === short[i]) i++;
  return i === short.length;
}

function only<T>(xs: T[]): T | undefined {
  return xs.length === 1 ? xs[0] : undefined;
}

/**
 * Links he/she/his/her… to a person cluster when exactly one person of compatible gender is
 * mentioned earlier in the same or the previous sentence, by name or by a pronoun already linked
 * (for the speaker after a quotation of several sentences: from the sentence before it opened).
 * Pronouns inside quotations are left alone (the speaker's "he" may be anyone), and so are people
 * named inside one: the "she" after "“… our God …,” she said" is the speaker, never whom the
 * quotation names. A wrong link is worse than none.
 */
function linkPronouns(doc: Doc, clusters: Cluster[]): void {
  const quoted = quotedTokens(doc);
  const persons: { span: Span; cluster: Cluster }[] = [];
  for (const c of clusters) {
    for (const n of c.names) {
      if (n.type !== 'PER') continue;
      for (const e of n.entities) if (!quoted[doc.tokenAt(e.start)]) persons.push({ span: e, cluster: c });
    }
  }
  if (persons.length === 0) return;
  persons.sort((a, b) => a.span.start - b.span.start);
  for (const c of clusters) if (c.names.some((n) => n.type === 'PER')) c.gender = nameGender(doc, c);

  let first = 0; // first person mention not before the previous sentence's start
  const unlinked: Record<Gender, number[]> = { m: [], f: [] };
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i];
    const length = tok.end - tok.start;
    // Only words as short as the longest pronoun are looked up: most tokens cost no string.
    const gender = length <= LONGEST_PRONOUN ? PRONOUN_GENDER.get(doc.slice(tok).toLowerCase()) : undefined;
    if (!gender || quoted[i]) continue;
    const from = doc.sentences[Math.max(0, tok.sentence - 1)].start;
    while (first < persons.length && persons[first].span.start < from) first++;
    const compatible = (p: { cluster: Cluster }): boolean => p.cluster.gender === undefined || p.cluster.gender === null || p.cluster.gender === gender;
    const candidates = new Set<Cluster>();
    for (let p = first; p < persons.length && persons[p].span.end <= tok.start; p++) if (compatible(persons[p])) candidates.add(persons[p].cluster);
    // The speaker of a quotation of several sentences ("“… …,” she said") is looked for before it
    // opened, as a reader skips what was said; unless a pronoun of the same gender left unlinked
    // there stands for someone else in view ("he appeared to agree with Bolton. “…,” he told reporters").
    const opened = candidates.size === 0 ? quotationOpening(doc, quoted, i) : -1;
    if (opened >= 0 && opened < tok.sentence) {
      const before = doc.sentences[Math.max(0, opened - 1)].start;
      if (!unlinked[gender].some((at) => at >= before)) {
        for (const p of persons) if (p.span.start >= before && p.span.end <= tok.start && compatible(p)) candidates.add(p.cluster);
      }
    }
    // A cluster with conflicting gender evidence may hold two people: never an antecedent.
    const antecedent = only([...candidates]);
    if (!antecedent || antecedent.gender === null) {
      unlinked[gender].push(tok.start);
      continue;
    }
    antecedent.extra.push({ start: tok.start, end: tok.end });
    antecedent.gender = gender;
    // The pronoun stands for the person from here on: the next "she" may be a sentence after it.
    let at = persons.length;
    while (at > first && persons[at - 1].span.start > tok.start) at--;
    persons.splice(at, 0, { span: { start: tok.start, end: tok.end }, cluster: antecedent });
  }
}

/** The sentence of the opening mark of a quotation that ends right before token `i` (a comma between), or -1. */
function quotationOpening(doc: Doc, quoted: Uint8Array, i: number): number {
  let k = i - 1;
  if (k >= 0 && doc.slice(doc.tokens[k]) === ',') k--;
  if (k < 1 || quoted[k] || !quoted[k - 1]) return -1;
  let open = k - 1;
  while (open > 0 && quoted[open - 1]) open--;
  return doc.tokens[open].sentence;
}

/** 1 on each token inside a quotation (from its opening mark), as a reader tracks them: a paragraph break closes any. */
function quotedTokens(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  const { text } = doc;
  let quoted = false;
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i];
    if (i > 0 && paragraphBreak(text, doc.tokens[i - 1].end, tok.start)) quoted = false;
    if (tok.end - tok.start === 1) {
      const c = text[tok.start];
      if (c === '“') quoted = true;
      else if (c === '”') quoted = false;
      else if (c === '"') quoted = !quoted;
    }
    out[i] = quoted ? 1 : 0;
  }
  return out;
}

const LONGEST_PRONOUN = Math.max(...[...PRONOUN_GENDER.keys()].map((w) => w.length));

/** Whether the gap [from, to) between two tokens holds a blank line (two line breaks with only space between). */
function paragraphBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++breaks === 2) return true;
    } else if (!/\s/u.test(text[i])) {
      breaks = 0;
    }
  }
  return false;
}

/** A person's gender from an honorific before or in a mention, or a first name; null when evidence conflicts. */
function nameGender(doc: Doc, c: Cluster): Gender | null | undefined {
  const seen = new Set<Gender>();
  for (const n of c.names) {
    if (n.type !== 'PER') continue;
    if (n.words.length > 1) {
      const g = FIRST_NAME_GENDER.get(n.keys[0]);
      if (g) seen.add(g);
    }
    for (const e of n.entities) {
      const before = /(\p{L}+)\.?\s+$/u.exec(doc.text.slice(Math.max(0, e.start - 16), e.start))?.[1];
      const inside = /^(\p{L}+)/u.exec(e.text)?.[1];
      for (const w of [before, inside]) {
        const g = w ? TITLE_GENDER.get(w.toLowerCase()) : undefined;
        if (g) seen.add(g);
      }
    }
  }
  return seen.size === 1 ? [...seen][0] : seen.size > 1 ? null : undefined;
}

/** Clusters in order of first mention, with ids, names and sorted mentions; sets `entity.cluster`. */
function finish(clusters: Cluster[]): MentionCluster[] {
  const firstStart = new Map(clusters.map((c) => [c, c.names.reduce((m, n) => Math.min(m, n.entities[0].start), Infinity)]));
  return [...clusters]
    .sort((a, b) => firstStart.get(a)! - firstStart.get(b)!)
    .map((c, i) => {
      const id = `c${i + 1}`;
      const entities = c.names.flatMap((n) => n.entities);
      for (const e of entities) e.cluster = id;
      const best = c.names.reduce((a, b) =>
        b.words.length > a.words.length || (b.words.length === a.words.length && b.words.join(' ').length > a.words.join(' ').length) ? b : a,
      );
      const mentions = [...entities.map((e) => ({ start: e.start, end: e.end })), ...c.extra].sort((a, b) => a.start - b.start);
      return { id, name: best.words.join(' '), type: best.type, mentions };
    });
}
