/** What the tagger needs to know of a tag set. */
export interface TagSet {
  names: readonly string[];
  /** Whether tag `t` may follow `prev` (-1: sequence start). */
  allowed(prev: number, t: number): boolean;
  /** Whether a sequence may end on tag `t` (every tag when absent). */
  canEnd?(t: number): boolean;
}

/** A tag set's transition rules as tables, built once per model. */
export class LegalTransitions {
  readonly nt: number;
  /** `[(prev+1)·nt + t]`: 1 where t may follow prev (row 0: sequence start). */
  readonly legal: Uint8Array;
  /** Per tag, the tags that may precede it, in increasing order (ties go to the first). */
  readonly previous: Uint8Array[];
  readonly ends: Uint8Array;

  constructor(tags: TagSet) {
    const nt = (this.nt = tags.names.length);
    this.legal = new Uint8Array((nt + 1) * nt);
    for (let p = -1; p < nt; p++) for (let t = 0; t < nt; t++) this.legal[(p + 1) * nt + t] = tags.allowed(p, t) ? 1 : 0;
    this.previous = Array.from({ length: nt }, (_, t) =>
      Uint8Array.from(Array.from({ length: nt }, (_, p) => p).filter((p) => this.legal[(p + 1) * nt + t])));
    this.ends = Uint8Array.from({ length: nt }, (_, t) => (!tags.canEnd || tags.canEnd(t) ? 1 : 0));
  }
}

/**
 * Viterbi decoding: the best legal tag sequence for `n` tokens given per-token tag scores
 * (`emissions[i·nt + t]`) and transition scores (`transitions[(prev+1)·nt + t]`, row 0 = start).
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, rules: LegalTransitions): Uint8Array {
  const { nt, legal, previous, ends } = rules;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const { score, back } = workTables(n * nt);
  for (let t = 0; t < nt; t++) score[t] = legal[t] ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const from = (i - 1) * nt;
    for (let t = 0; t < nt; t++) {
      let best = -Infinity;
      let arg = 0;
      const before = previous[t];
      for (let j = 0; j < before.length; j++) {
        const p = before[j];
        const v = score[from + p] + transitions[(p + 1) * nt + t];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * nt + t] = best + emissions[i * nt + t];
      back[i * nt + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < nt; t++) {
    const v = score[(n - 1) * nt + t];
    if (ends[t] && v > best) {
      best = v;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * nt + arg];
  }
  return out;
}

// Work tables reused from one call to the next (grown when a longer sequence comes): decoding
// runs once per sentence, and fresh tables each time were most of its garbage. A sequence longer
// than any sentence (a table read as one) gets tables of its own, so none is kept for good.
const MAX_KEPT = 1 << 16;
let scratch = { score: new Float64Array(0), back: new Uint8Array(0) };

function workTables(size: number): typeof scratch {
  if (size > MAX_KEPT) return { score: new Float64Array(size), back: new Uint8Array(size) };
  if (scratch.score.length < size) scratch = { score: new Float64Array(2 * size), back: new Uint8Array(2 * size) };
  return scratch;
}
