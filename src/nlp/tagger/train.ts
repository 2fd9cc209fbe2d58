import { LegalTransitions, type TagSet, viterbi } from './decode.js';
import { type ExtraFeatures, type FeatureSequence, SequenceModel, sequenceLength } from './model.js';

/** A training example: a sequence and its gold tags. */
export interface Example {
  seq: FeatureSequence;
  gold: Uint8Array;
}

/** Per-document state of a feature drawn from the tagger's own earlier predictions, as at run time. */
export interface Feedback {
  /** The extra feature of the document's example `s`, given the predictions recorded so far. */
  extra(s: number): ExtraFeatures;
  /** Records the tags predicted for example `s`. */
  add(s: number, predicted: Uint8Array): void;
}

export interface PerceptronOptions {
  tags: TagSet;
  /** log2 of the number of hashed feature buckets. */
  bits: number;
  epochs: number;
  /** Seed of the shuffle, so that training runs are reproducible. */
  seed: number;
  /** Buckets whose weights all stay below this fraction of the largest weight are dropped. */
  prune?: number;
  /** Scores the averaged model after each epoch (higher is better); the best epoch's model is kept. */
  score?: (model: SequenceModel, epoch: number) => number;
  /** Called after each epoch with its score (null without `score`). */
  onEpoch?: (epoch: number, score: number | null) => void;
  /** Fresh feedback state for document `d` in each epoch. */
  feedback?: (d: number) => Feedback;
}

/** A small deterministic generator. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/**
 * Averaged structured perceptron (Collins 2002) with Viterbi decoding over legal transitions.
 * Documents are shuffled; the examples of one document are read in order, so that `feedback`
 * sees the model's earlier predictions. Returns the best epoch's averaged model (the last without `score`).
 */
export function trainPerceptron(docs: readonly (readonly Example[])[], options: PerceptronOptions): SequenceModel {
  const { tags, bits } = options;
  const nt = tags.names.length;
  const mask = (1 << bits) - 1;
  const w = new Float32Array((1 << bits) * nt);
  const u = new Float64Array(w.length);
  const trans = new Float32Array((nt + 1) * nt);
  const transU = new Float64Array(trans.length);
  const rules = new LegalTransitions(tags);
  const random = rng(options.seed);
  let c = 1;
  let best: { score: number; model: SequenceModel } | null = null;

  // Each token's hashes, then its extra feature when it has one.
  const forEachHash = (seq: FeatureSequence, extra: ExtraFeatures | undefined, i: number, f: (h: number) => void): void => {
    for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) f(seq.hashes[k]);
    if (extra && extra[i] !== -1) f(extra[i]);
  };
  const emissions = (seq: FeatureSequence, extra: ExtraFeatures | undefined): Float32Array => {
    const n = sequenceLength(seq);
    const out = new Float32Array(n * nt);
    for (let i = 0; i < n; i++) {
      forEachHash(seq, extra, i, (h) => {
        const base = (h & mask) * nt;
        for (let t = 0; t < nt; t++) out[i * nt + t] += w[base + t];
      });
    }
    return out;
  };
  const update = (seq: FeatureSequence, extra: ExtraFeatures | undefined, i: number, tag: number, delta: number): void => {
    forEachHash(seq, extra, i, (h) => {
      const idx = (h & mask) * nt + tag;
      w[idx] += delta;
      u[idx] += c * delta;
    });
  };
  const averaged = (): SequenceModel => {
    const avg = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
    const avgTrans = new Float32Array(trans.length);
    for (let i = 0; i < trans.length; i++) avgTrans[i] = trans[i] - transU[i] / c;
    return SequenceModel.fromDense(tags, bits, avg, avgTrans, options.prune ?? 0);
  };

  const order = docs.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const d of order) {
      const feedback = options.feedback?.(d);
      docs[d].forEach(({ seq, gold }, s) => {
        const extra = feedback?.extra(s);
        const n = sequenceLength(seq);
        const pred = viterbi(emissions(seq, extra), n, trans, rules);
        let prevG = -1;
        let prevP = -1;
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = pred[i];
          if (g !== p) {
            update(seq, extra, i, g, 1);
            update(seq, extra, i, p, -1);
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
        feedback?.add(s, pred);
        c++;
      });
    }
    if (!options.score) {
      options.onEpoch?.(epoch, null);
      continue;
    }
    const model = averaged();
    const s = options.score(model, epoch);
    options.onEpoch?.(epoch, s);
    if (!best || s > best.score) best = { score: s, model };
  }
  return best ? best.model : averaged();
}
