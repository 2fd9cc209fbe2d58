import type { Span } from '../model/index.js';
import type { TagSet } from '../nlp/tagger/decode.js';

/**
 * Attribution roles as a tag sequence (PolNeAR is univocal: each token has at most one role),
 * in BIO form: a fragment starts with B- and continues with I- of the same role.
 */
export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

export const TAG_NAMES = ['O', 'B-source', 'I-source', 'B-cue', 'I-cue', 'B-content', 'I-content'] as const;
export const TAG_COUNT = TAG_NAMES.length;
export const O = 0;

const begin = (r: number): number => 1 + 2 * r;
const roleOf = (tag: number): number => (tag - 1) >> 1;
const isInside = (tag: number): boolean => tag > 0 && tag % 2 === 0;

/** Whether tag `t` may follow `prev` (-1 at the start): I-X only after B-X or I-X. */
export function allowed(prev: number, t: number): boolean {
  if (!isInside(t)) return true;
  return prev > 0 && roleOf(prev) === roleOf(t);
}

/** A fragment of one role over tokens [from, to] (inclusive) of a sequence. */
export interface RoleSpan {
  role: Role;
  from: number;
  to: number;
}

/** Tags for a sequence of tokens from role fragments given in characters; a token takes the role of a fragment it overlaps. */
export function tagsFromSpans(tokens: readonly Span[], fragments: readonly { role: Role; span: Span }[]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  for (const { role, span } of fragments) {
    let first = true;
    tokens.forEach((t, i) => {
      if (t.start >= span.end || t.end <= span.start || tags[i] !== O) return;
      const r = ROLES.indexOf(role);
      tags[i] = first ? begin(r) : begin(r) + 1;
      first = false;
    });
  }
  return tags;
}

/** The fragments a tag sequence marks. */
export function spansFromTags(tags: ArrayLike<number>): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === O) continue;
    if (isInside(t) && out.length && out[out.length - 1].to === i - 1 && out[out.length - 1].role === ROLES[roleOf(t)]) {
      out[out.length - 1].to = i;
    } else {
      out.push({ role: ROLES[roleOf(t)], from: i, to: i });
    }
  }
  return out;
}

/** The tag set as the sequence tagger takes it. */
export const ATTRIBUTION_TAGS: TagSet = { names: TAG_NAMES, allowed };
