import { viterbi } from './decode.js';
import { documentContext, sentenceFeatures, type SentenceFeatures } from './features.js';
import { PredictionHistory } from './history.js';
import { NerModel } from './model.js';
import { bilouFromSpans, spansFromBilou, TAG_COUNT, type TokenSpan } from './tags.js';

const NT = TAG_COUNT;

/** A training or development document: sentences of words with their gold spans. */
export interface LabelledDocument {
  sentences: Array<{ words: string[]; spans: TokenSpan[] }>;
}

export interface TrainOptions {
  /** Passes over the training documents; the best one on `dev` is kept when `dev` is given. */
  epochs: number;
  /** log2 of the number of hashed feature buckets. */
  bits: number;
  dev?: LabelledDocument[];
  /** Called after each epoch with its number and, when `dev` is given, the dev F1. */
  onEpoch?: (epoch: number, devF1: number | null) => void;
}

interface Prepared {
  feats: SentenceFeatures[];
  words: string[][];
  gold: Uint8Array[];
}

function prepare(docs: LabelledDocument[]): Prepared[] {
  return docs.map((d) => {
    const words = d.sentences.map((s) => s.words);
    const ctx = documentContext(words);
    return {
      words,
      feats: words.map((_, s) => sentenceFeatures(ctx, s)),
      gold: d.sentences.map((s) => bilouFromSpans(s.spans, s.words.length)),
    };
  });
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

/**
 * Averaged structured perceptron (Collins 2002) over BILOU tags with Viterbi decoding. Documents are
 * read in order within themselves so that the prediction-history feature sees the model's own
 * earlier predictions, as at run time.
 */
export function trainModel(docs: LabelledDocument[], options: TrainOptions): NerModel {
  const size = 1 << options.bits;
  const mask = size - 1;
  const w = new Float32Array(size * NT);
  const u = new Float64Array(size * NT);
  const trans = new Float32Array((NT + 1) * NT);
  const transU = new Float64Array((NT + 1) * NT);
  const train = prepare(docs);
  const dev = options.dev ? prepare(options.dev) : null;
  const random = rng(7);
  let c = 1;
  let best: { f1: number; model: NerModel } | null = null;

  const emissions = (f: SentenceFeatures, extra: Int32Array, weights: Float32Array): Float32Array => {
    const n = f.offsets.length - 1;
    const out = new Float32Array(n * NT);
    for (let i = 0; i < n; i++) {
      const o = i * NT;
      for (let k = f.offsets[i]; k <= f.offsets[i + 1]; k++) {
        const h = k < f.offsets[i + 1] ? f.hashes[k] : extra[i];
        if (k === f.offsets[i + 1] && h === -1) break;
        const base = (h & mask) * NT;
        for (let t = 0; t < NT; t++) out[o + t] += weights[base + t];
      }
    }
    return out;
  };
  const update = (f: SentenceFeatures, extra: Int32Array, i: number, tag: number, delta: number): void => {
    for (let k = f.offsets[i]; k <= f.offsets[i + 1]; k++) {
      const h = k < f.offsets[i + 1] ? f.hashes[k] : extra[i];
      if (k === f.offsets[i + 1] && h === -1) break;
      const idx = (h & mask) * NT + tag;
      w[idx] += delta;
      u[idx] += c * delta;
    }
  };
  const averaged = (): NerModel => {
    const avg = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
    const avgTrans = new Float32Array(trans.length);
    for (let i = 0; i < trans.length; i++) avgTrans[i] = trans[i] - transU[i] / c;
    return NerModel.fromDense(options.bits, avg, avgTrans);
  };

  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const d of order) {
      const doc = train[d];
      const history = new PredictionHistory();
      doc.feats.forEach((f, s) => {
        const words = doc.words[s];
        const extra = history.features(words);
        const gold = doc.gold[s];
        const pred = viterbi(emissions(f, extra, w), words.length, trans);
        let prevG = -1;
        let prevP = -1;
        for (let i = 0; i < words.length; i++) {
          const g = gold[i];
          const p = pred[i];
          if (g !== p) {
            update(f, extra, i, g, 1);
            update(f, extra, i, p, -1);
          }
          if (g !== p || prevG !== prevP) {
            trans[(prevG + 1) * NT + g] += 1;
            transU[(prevG + 1) * NT + g] += c;
            trans[(prevP + 1) * NT + p] -= 1;
            transU[(prevP + 1) * NT + p] -= c;
          }
          prevG = g;
          prevP = p;
        }
        history.add(words, spansFromBilou(pred));
        c++;
      });
    }
    if (!dev) {
      options.onEpoch?.(epoch, null);
      continue;
    }
    const model = averaged();
    const f1 = devF1(model, dev);
    options.onEpoch?.(epoch, f1);
    if (!best || f1 > best.f1) best = { f1, model };
  }
  return best ? best.model : averaged();
}

/** Exact-span F1 of a model on prepared documents. */
function devF1(model: NerModel, docs: Prepared[]): number {
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const doc of docs) {
    const history = new PredictionHistory();
    doc.feats.forEach((f, s) => {
      const words = doc.words[s];
      const spans = spansFromBilou(viterbi(model.emissions(f, history.features(words)), words.length, model.transitions));
      history.add(words, spans);
      const goldSpans = spansFromBilou(doc.gold[s]);
      const keys = new Set(goldSpans.map((x) => `${x.start}:${x.end}:${x.type}`));
      gold += goldSpans.length;
      predicted += spans.length;
      for (const x of spans) if (keys.has(`${x.start}:${x.end}:${x.type}`)) correct++;
    });
  }
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
