import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BucketIndex } from '../nlp/bucket-index.js';

/**
 * A small linear-chain tagger: hashed sparse features, first-order tag transitions, Viterbi
 * decoding, trained as an averaged structured perceptron (Collins 2002). Generic in its tag set;
 * the attribution stage uses it with BIO tags over source, cue and content.
 */

/** One sequence: per token, the feature hashes `hashes[offsets[i] .. offsets[i+1])`. */
export interface FeatureSequence {
  offsets: Int32Array;
  hashes: Int32Array;
}

export const sequenceLength = (s: FeatureSequence): number => s.offsets.length - 1;

/** What the tagger needs to know of a tag set. */
export interface TagSet {
  names: readonly string[];
  /** Whether tag `t` may follow `prev` (-1: sequence start). */
  allowed(prev: number, t: number): boolean;
}

const MAGIC = 'DYADSEQ1';

export class SequenceModel {
  readonly nt: number;
  private readonly legal: Uint8Array;
  /** `rowOf` as a compact hash table: the dense array is 4 MB and most lookups in it miss the cache. */
  private readonly buckets: BucketIndex;

  /**
   * @param rowOf bucket → row of `rows`, or -1 for buckets without weights
   * @param rows per kept bucket, one weight per tag
   * @param transitions `[(prev+1)·nt + t]`, row 0 for the sequence start
   */
  constructor(
    readonly tags: TagSet,
    readonly bits: number,
    readonly rowOf: Int32Array,
    readonly rows: Float32Array,
    readonly transitions: Float32Array,
    /** What the trainer adds beside the weights (vocabularies, settings); saved in the header. */
    public meta: Record<string, unknown> = {},
  ) {
    this.nt = tags.names.length;
    this.legal = legalTable(tags);
    this.buckets = new BucketIndex(rowOf);
  }

  /** Per-token tag scores. */
  emissions(seq: FeatureSequence): Float32Array {
    const nt = this.nt;
    const n = sequenceLength(seq);
    const out = new Float32Array(n * nt);
    const mask = (1 << this.bits) - 1;
    const { buckets, rows } = this;
    for (let i = 0; i < n; i++) {
      for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
        const r = buckets.row(seq.hashes[k] & mask);
        if (r < 0) continue;
        const base = r * nt;
        for (let t = 0; t < nt; t++) out[i * nt + t] += rows[base + t];
      }
    }
    return out;
  }

  /** The best tag sequence; `forbidden[i·nt + t]` set rules tag t out at token i. */
  decode(seq: FeatureSequence, forbidden?: Uint8Array): Uint8Array {
    const e = this.emissions(seq);
    if (forbidden) for (let k = 0; k < e.length; k++) if (forbidden[k]) e[k] = -Infinity;
    return viterbi(e, sequenceLength(seq), this.transitions, this.legal, this.nt);
  }

  /**
   * Builds a compact model from dense weights (bucket·nt + tag), dropping buckets whose weights
   * all stay below `prune` times the largest weight (most buckets hold rare features' noise).
   */
  static fromDense(tags: TagSet, bits: number, dense: Float32Array, transitions: Float32Array, prune = 0): SequenceModel {
    const nt = tags.names.length;
    const size = 1 << bits;
    let max = 0;
    for (const v of dense) max = Math.max(max, Math.abs(v));
    const floor = prune * max;
    const rowOf = new Int32Array(size).fill(-1);
    let count = 0;
    for (let b = 0; b < size; b++) {
      for (let t = 0; t < nt; t++) {
        if (Math.abs(dense[b * nt + t]) > floor) {
          rowOf[b] = count++;
          break;
        }
      }
    }
    const rows = new Float32Array(count * nt);
    for (let b = 0; b < size; b++) if (rowOf[b] >= 0) rows.set(dense.subarray(b * nt, b * nt + nt), rowOf[b] * nt);
    return new SequenceModel(tags, bits, rowOf, rows, transitions);
  }

  /** Gzipped binary: magic, JSON header, gaps between kept bucket ids, int16-quantised rows, transitions. */
  save(path: string): void {
    let max = 0;
    for (const v of this.rows) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? 32767 / max : 1;
    const gaps: number[] = [];
    let last = 0;
    for (let b = 0; b < this.rowOf.length; b++) {
      if (this.rowOf[b] < 0) continue;
      gaps.push(b - last);
      last = b;
    }
    const quantised = Int16Array.from(this.rows, (v) => Math.round(v * scale));
    const header = Buffer.from(JSON.stringify({ bits: this.bits, tags: this.tags.names, scale, rows: gaps.length, meta: this.meta }));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length);
    const body = Buffer.concat([
      Buffer.from(MAGIC), len, header,
      Buffer.from(Uint32Array.from(gaps).buffer), Buffer.from(quantised.buffer), Buffer.from(this.transitions.buffer),
    ]);
    writeFileSync(path, gzipSync(body, { level: 9 }));
  }

  static load(path: string, tags: TagSet): SequenceModel {
    const body = gunzipSync(readFileSync(path));
    if (body.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error(`${path}: not a dyad sequence model`);
    let at = MAGIC.length;
    const headerLen = body.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(body.subarray(at, at + headerLen).toString()) as {
      bits: number; tags: string[]; scale: number; rows: number; meta?: Record<string, unknown>;
    };
    at += headerLen;
    if (header.tags.join() !== tags.names.join()) throw new Error(`${path}: model was trained with other tags`);
    const nt = tags.names.length;
    // Copies keep the typed arrays aligned whatever their offset in the buffer.
    const take = (bytes: number): ArrayBuffer => {
      const b = body.buffer.slice(body.byteOffset + at, body.byteOffset + at + bytes);
      at += bytes;
      return b;
    };
    const gaps = new Uint32Array(take(header.rows * 4));
    const quantised = new Int16Array(take(header.rows * nt * 2));
    const transitions = new Float32Array(take((nt + 1) * nt * 4));
    const rowOf = new Int32Array(1 << header.bits).fill(-1);
    let bucket = 0;
    for (let i = 0; i < header.rows; i++) {
      bucket += gaps[i];
      rowOf[bucket] = i;
    }
    const rows = Float32Array.from(quantised, (q) => q / header.scale);
    return new SequenceModel(tags, header.bits, rowOf, rows, transitions, header.meta ?? {});
  }
}

function legalTable(tags: TagSet): Uint8Array {
  const nt = tags.names.length;
  const legal = new Uint8Array((nt + 1) * nt);
  for (let p = -1; p < nt; p++) for (let t = 0; t < nt; t++) legal[(p + 1) * nt + t] = tags.allowed(p, t) ? 1 : 0;
  return legal;
}

/** The best legal tag sequence given emission and transition scores. */
function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, legal: Uint8Array, nt: number): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * nt);
  const back = new Uint8Array(n * nt);
  for (let t = 0; t < nt; t++) score[t] = legal[t] ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < nt; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < nt; p++) {
        const idx = (p + 1) * nt + t;
        if (!legal[idx]) continue;
        const v = score[(i - 1) * nt + p] + transitions[idx];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * nt + t] = best + emissions[i * nt + t];
      back[i * nt + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < nt; t++) if (score[(n - 1) * nt + t] > score[(n - 1) * nt + arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * nt + arg];
  }
  return out;
}

/** A training example: a sequence and its gold tags. */
export interface Example {
  seq: FeatureSequence;
  gold: Uint8Array;
}

export interface PerceptronOptions {
  tags: TagSet;
  /** log2 of the number of hashed feature buckets. */
  bits: number;
  epochs: number;
  /** Buckets whose weights all stay below this fraction of the largest weight are dropped. */
  prune?: number;
  /** Scores the averaged model after each epoch (higher is better); the best epoch's model is kept. */
  score?: (model: SequenceModel, epoch: number) => number;
}

/** A small deterministic generator, so that training runs are reproducible. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Averaged structured perceptron over shuffled examples; returns the best epoch's averaged model. */
export function trainPerceptron(examples: Example[], options: PerceptronOptions): SequenceModel {
  const { tags, bits } = options;
  const nt = tags.names.length;
  const mask = (1 << bits) - 1;
  const w = new Float32Array((1 << bits) * nt);
  const u = new Float32Array(w.length);
  const trans = new Float32Array((nt + 1) * nt);
  const transU = new Float32Array(trans.length);
  const legal = legalTable(tags);
  const random = rng(11);
  let c = 1;
  let best: { score: number; model: SequenceModel } | null = null;

  const emissions = (seq: FeatureSequence): Float32Array => {
    const n = sequenceLength(seq);
    const out = new Float32Array(n * nt);
    for (let i = 0; i < n; i++) {
      for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
        const base = (seq.hashes[k] & mask) * nt;
        for (let t = 0; t < nt; t++) out[i * nt + t] += w[base + t];
      }
    }
    return out;
  };
  const update = (seq: FeatureSequence, i: number, tag: number, delta: number): void => {
    for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
      const idx = (seq.hashes[k] & mask) * nt + tag;
      w[idx] += delta;
      u[idx] += c * delta;
    }
  };
  const averaged = (): SequenceModel => {
    const avg = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
    const avgTrans = new Float32Array(trans.length);
    for (let i = 0; i < trans.length; i++) avgTrans[i] = trans[i] - transU[i] / c;
    return SequenceModel.fromDense(tags, bits, avg, avgTrans, options.prune ?? 0);
  };

  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const e of order) {
      const { seq, gold } = examples[e];
      const n = sequenceLength(seq);
      const pred = viterbi(emissions(seq), n, trans, legal, nt);
      let prevG = -1;
      let prevP = -1;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          update(seq, i, g, 1);
          update(seq, i, p, -1);
        }
        if (g !== p || prevG !== prevP) {
          trans[(prevG + 1) * nt + g] += 1;
          transU[(prevG + 1) * nt + g] += c;
          trans[(prevP + 1) * nt + p] -= 1;
          transU[(prevP + 1) * nt + p] -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    if (!options.score) continue;
    const model = averaged();
    const s = options.score(model, epoch);
    if (!best || s > best.score) best = { score: s, model };
  }
  return best ? best.model : averaged();
}
