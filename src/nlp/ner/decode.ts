import { allowed, canEnd, TAG_COUNT } from './tags.js';

const NT = TAG_COUNT;

// Ill-formed BILOU transitions (I- after O, B- after B-, …) are excluded outright.
const LEGAL = new Uint8Array((NT + 1) * NT);
for (let p = -1; p < NT; p++) for (let t = 0; t < NT; t++) LEGAL[(p + 1) * NT + t] = allowed(p, t) ? 1 : 0;
// Per tag, the tags that may precede it, in increasing order (ties keep going to the first).
const PREVIOUS: Int8Array[] = Array.from({ length: NT }, (_, t) =>
  Int8Array.from(Array.from({ length: NT }, (_, p) => p).filter((p) => LEGAL[(p + 1) * NT + t])));

/**
 * Viterbi decoding: the best legal BILOU sequence for `n` tokens given per-token tag scores
 * (`emissions[i·NT + t]`) and transition scores (`transitions[(prev+1)·NT + t]`, row 0 = sentence start).
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * NT);
  const back = new Int8Array(n * NT);
  for (let t = 0; t < NT; t++) score[t] = LEGAL[t] ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      const previous = PREVIOUS[t];
      for (let j = 0; j < previous.length; j++) {
        const p = previous[j];
        const v = score[(i - 1) * NT + p] + transitions[(p + 1) * NT + t];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * NT + t] = best + emissions[i * NT + t];
      back[i * NT + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++) {
    const v = score[(n - 1) * NT + t];
    if (canEnd(t) && v > best) {
      best = v;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NT + arg];
  }
  return out;
}
