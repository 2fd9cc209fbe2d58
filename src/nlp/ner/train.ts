import type { SequenceModel } from '../tagger/model.js';
import { type Example, trainPerceptron } from '../tagger/train.js';
import { documentContext, sentenceFeatures, type WordForm } from './features.js';
import { PredictionHistory } from './history.js';
import { bilouFromSpans, ENTITY_TAGS, spansFromBilou, type TokenSpan } from './tags.js';

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
  words: WordForm[][];
  examples: Example[];
}

function prepare(docs: LabelledDocument[]): Prepared[] {
  return docs.map((d) => {
    const ctx = documentContext(d.sentences.map((s) => s.words));
    return {
      words: ctx.forms,
      examples: d.sentences.map((s, i) => ({ seq: sentenceFeatures(ctx, i), gold: bilouFromSpans(s.spans, s.words.length) })),
    };
  });
}

/**
 * The entity tagger trained over BILOU tags. Each document's sentences are read in order so that
 * the prediction-history feature sees the model's own earlier predictions, as at run time.
 */
export function trainModel(docs: LabelledDocument[], options: TrainOptions): SequenceModel {
  const train = prepare(docs);
  const dev = options.dev ? prepare(options.dev) : null;
  return trainPerceptron(train.map((d) => d.examples), {
    tags: ENTITY_TAGS,
    bits: options.bits,
    epochs: options.epochs,
    seed: 7,
    score: dev ? (model) => devF1(model, dev) : undefined,
    onEpoch: options.onEpoch,
    feedback: (d) => {
      const { words } = train[d];
      const history = new PredictionHistory();
      return {
        extra: (s) => history.features(words[s]),
        add: (s, predicted) => history.add(words[s], spansFromBilou(predicted)),
      };
    },
  });
}

/** Exact-span F1 of a model on prepared documents. */
function devF1(model: SequenceModel, docs: Prepared[]): number {
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const doc of docs) {
    const history = new PredictionHistory();
    doc.examples.forEach(({ seq, gold: tags }, s) => {
      const words = doc.words[s];
      const spans = spansFromBilou(model.decode(seq, { extra: history.features(words) }));
      history.add(words, spans);
      const goldSpans = spansFromBilou(tags);
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
