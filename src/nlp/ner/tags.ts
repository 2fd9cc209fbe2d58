import type { EntityType } from '../../model/index.js';
import type { TagSet } from '../tagger/decode.js';

/**
 * Tag schemes. The tagger works in BILOU (Begin, Inside, Last, Unit, Outside), which lets decoding
 * forbid ill-formed sequences; CoNLL files speak IOB1 or IOB2 and are converted at the edges.
 */

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A named entity as a half-open range of token indices within one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

const PARTS = ['B', 'I', 'L', 'U'] as const;
/** Tag 0 is O; tag 1 + 4·type + part is part-TYPE. */
export const TAG_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const TAG_NAMES: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];

const tag = (type: number, part: number): number => 1 + 4 * type + part;
const partOf = (t: number): number => (t - 1) % 4;
const typeOf = (t: number): number => Math.floor((t - 1) / 4);

/** Whether tag `next` may follow tag `prev` (prev = -1 at sentence start). */
export function allowed(prev: number, next: number): boolean {
  const open = prev > 0 && (partOf(prev) === 0 || partOf(prev) === 1);
  if (next === 0) return !open;
  const p = partOf(next);
  if (p === 1 || p === 2) return open && typeOf(prev) === typeOf(next);
  return !open;
}

/** Whether a sentence may end on this tag. */
export function canEnd(t: number): boolean {
  return t === 0 || partOf(t) >= 2;
}

/** The BILOU tag set as the sequence tagger reads it: ill-formed sequences are never decoded. */
export const ENTITY_TAGS: TagSet = { names: TAG_NAMES, allowed, canEnd };

/**
 * Spans from IOB1 or IOB2 tags, the way conlleval reads them: an entity starts at B-X, or at I-X
 * whose predecessor is not of type X; it runs while I-X follows.
 */
export function spansFromIob(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const prefix = t[0];
    const type = t.slice(2) as EntityType;
    const continues = open !== null && prefix === 'I' && open.type === type;
    if (continues) {
      open!.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = prefix === 'B' || prefix === 'I' ? { start: i, end: i + 1, type } : null;
  }
  if (open) spans.push(open);
  return spans;
}

/** BILOU tag ids for `length` tokens holding these spans. */
export function bilouFromSpans(spans: readonly TokenSpan[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) {
    const type = ENTITY_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) {
      out[s.start] = tag(type, 3);
      continue;
    }
    out[s.start] = tag(type, 0);
    for (let i = s.start + 1; i < s.end - 1; i++) out[i] = tag(type, 1);
    out[s.end - 1] = tag(type, 2);
  }
  return out;
}

/** Spans from a well-formed BILOU tag sequence (as decoding produces). */
export function spansFromBilou(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) continue;
    const p = partOf(t);
    if (p === 0) start = i;
    else if (p === 3) spans.push({ start: i, end: i + 1, type: ENTITY_TYPES[typeOf(t)] });
    else if (p === 2) spans.push({ start, end: i + 1, type: ENTITY_TYPES[typeOf(t)] });
  }
  return spans;
}

/** IOB2 tags (B- on every entity start) for `length` tokens holding these spans. */
export function iobFromSpans(spans: readonly TokenSpan[], length: number): string[] {
  const out: string[] = new Array(length).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) out[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return out;
}
