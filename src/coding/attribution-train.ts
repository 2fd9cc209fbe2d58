import { Doc } from '../doc.js';
import type { BratAttribution, BratDocument } from '../eval/brat.js';
import { quotesAsAttributions, scoreAttributions, type QuoteScores } from '../eval/quotes.js';
import type { SequenceModel } from '../nlp/tagger/model.js';
import { type Example, type PerceptronOptions, trainPerceptron } from '../nlp/tagger/train.js';
import type { Stage } from '../pipeline.js';
import { cueWord, documentFeatures } from './attribution-features.js';
import { ATTRIBUTION_TAGS, type Role, tagsFromSpans } from './attribution-tags.js';
import { findQuotations } from './quote-marks.js';
import { ruleFrames } from './quote-rules.js';
import { findQuotes } from './quotes.js';

/** A gold document with the layers the quote stage reads already added. */
export interface GoldDocument {
  doc: Doc;
  attributions: BratAttribution[];
}

/** Runs `stages` (those the pipeline runs before quotes) over each gold text. */
export function annotateGold(docs: BratDocument[], stages: readonly Stage[], tick: () => void = () => {}): GoldDocument[] {
  return docs.map((d) => {
    const doc = new Doc({ id: d.name, text: d.text });
    for (const s of stages) s.run(doc);
    tick();
    return { doc, attributions: d.attributions };
  });
}

/** Training sequences of one document: its paragraphs' features with their gold tags. */
export function examplesOf({ doc, attributions }: GoldDocument, anchors?: ReadonlySet<string>): Example[] {
  const fragments: { role: Role; span: { start: number; end: number } }[] = [];
  for (const a of attributions) {
    for (const role of ['source', 'cue', 'content'] as const) for (const span of a[role] ?? []) fragments.push({ role, span });
  }
  const quotations = findQuotations(doc.text);
  return documentFeatures(doc, { quotations, rules: ruleFrames(doc, quotations.filter((q) => !doc.inCaption(q))), anchors }).map((p) => ({
    seq: p.seq,
    gold: tagsFromSpans(doc.tokens.slice(p.from, p.to), fragments),
  }));
}

/** The quote stage's scores with `model` on gold documents. */
export function scoreModel(model: SequenceModel, docs: GoldDocument[]): QuoteScores {
  return scoreAttributions(docs.map(({ doc, attributions }) => ({
    text: doc.text,
    gold: attributions,
    predicted: quotesAsAttributions(findQuotes(doc, model)),
  })));
}

export interface AttributionTraining {
  epochs: number;
  bits: number;
  /** Buckets whose weights all stay below this fraction of the largest are left out of the model. */
  prune: number;
  onEpoch?: (epoch: number, heldOut: QuoteScores) => void;
  /** Called when a role's bias improves the held-out score. */
  onBias?: (role: Role, bias: number, heldOut: QuoteScores) => void;
}

/**
 * Trains the attribution tagger: the epoch count and the role biases are chosen by training on
 * `train` and scoring on `heldOut` (documents kept out of `train`, not the dev set the stage is
 * reported on) by source and content overlap F1, the measures the stage is judged by; the model
 * is then trained again on both with those settings.
 */
export function trainAttributionModel(train: GoldDocument[], heldOut: GoldDocument[], options: AttributionTraining): SequenceModel {
  const chosen = chooseSettings(train, heldOut, options);
  // The final model learns from the held-out documents too, with the epochs and biases chosen without them.
  const { meta, examples } = examplesWithVocabulary([...train, ...heldOut]);
  const model = trainParagraphs(examples, { bits: options.bits, epochs: chosen.epoch, prune: options.prune });
  model.meta = meta;
  const unit = transitionUnit(model);
  chosen.biases.forEach((bias, role) => shiftRole(model, role, bias * unit));
  return model;
}

/**
 * The cue vocabulary of `docs` and their training sequences, whose features read its anchors as
 * cues beyond the verb table ("bristled", "vowed").
 */
function examplesWithVocabulary(docs: GoldDocument[]): { meta: ReturnType<typeof cueVocabulary>; examples: Example[] } {
  const meta = cueVocabulary(docs);
  const anchors = new Set(meta.cueAnchors);
  return { meta, examples: docs.flatMap((d) => examplesOf(d, anchors)) };
}

/** The best epoch and per-role biases (in units of the largest transition weight) of a model trained on `train`, scored on `heldOut`. */
function chooseSettings(train: GoldDocument[], heldOut: GoldDocument[], options: AttributionTraining): { epoch: number; biases: number[] } {
  const { meta, examples } = examplesWithVocabulary(train);
  let best = { epoch: 1, score: -Infinity };
  const model = trainParagraphs(examples, {
    bits: options.bits,
    epochs: options.epochs,
    prune: options.prune,
    score: (model, epoch) => {
      // Scored as it will run: with the cue vocabulary its decoding uses.
      model.meta = meta;
      const s = scoreModel(model, heldOut);
      options.onEpoch?.(epoch, s);
      if (objective(s) > best.score) best = { epoch, score: objective(s) };
      return objective(s);
    },
  });
  model.meta = meta;
  return { epoch: best.epoch, biases: tuneBiases(model, heldOut, options.onBias) };
}

/** The tagger trained on paragraphs as independent sequences, shuffled one by one. */
const trainParagraphs = (examples: Example[], options: Omit<PerceptronOptions, 'tags' | 'seed'>): SequenceModel =>
  trainPerceptron(examples.map((e) => [e]), { ...options, tags: ATTRIBUTION_TAGS, seed: 11 });

const transitionUnit = (model: SequenceModel): number => model.transitions.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** Adds `by` to every transition into role `role`'s tags (B and I). */
function shiftRole(model: SequenceModel, role: number, by: number): void {
  const nt = model.nt;
  for (const t of [1 + 2 * role, 2 + 2 * role]) for (let p = 0; p <= nt; p++) model.transitions[p * nt + t] += by;
}

/**
 * Share of a word's occurrences that must stand in a cue, and how often, for the word to anchor
 * one: 10% and twice keep the sentences holding 99% of the training attributions' tokens while the
 * tagger skips 8% of Reuters' tokens (at 2%, "a" and "the" anchored cues and it skipped 3%).
 */
const ANCHOR_SHARE = 0.1;
const ANCHOR_MIN = 2;

/**
 * The cue vocabulary of the training data, lower-cased and sorted: `cueWords`, every word that is
 * part of a cue somewhere; `cueAnchors`, those of them that stand in a cue at least ANCHOR_MIN
 * times and ANCHOR_SHARE of the times they occur ("said", "according", not "the" or ",").
 */
function cueVocabulary(docs: GoldDocument[]): { cueWords: string[]; cueAnchors: string[] } {
  const inCue = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const { doc, attributions } of docs) {
    for (const t of doc.tokens) {
      const w = cueWord(doc.slice(t));
      seen.set(w, (seen.get(w) ?? 0) + 1);
    }
    for (const a of attributions) {
      for (const c of a.cue ?? []) {
        for (const t of doc.tokens) {
          if (t.start < c.start || t.end > c.end) continue;
          const w = cueWord(doc.slice(t));
          inCue.set(w, (inCue.get(w) ?? 0) + 1);
        }
      }
    }
  }
  const cueWords = [...inCue.keys()].sort();
  return { cueWords, cueAnchors: cueWords.filter((w) => inCue.get(w)! >= Math.max(ANCHOR_MIN, ANCHOR_SHARE * (seen.get(w) ?? 1))) };
}

const objective = (s: QuoteScores): number => s.source.overlap.f1 + s.content.overlap.f1;

/** Bias steps tried per role, in units of the largest transition weight. */
const BIAS_STEPS = [-0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5];

/**
 * A perceptron trained on sparse attributions is cautious: it leaves out more than it adds.
 * A per-role bias on entering that role's tags trades precision for recall; each role's bias
 * is chosen on held-out documents in turn (a bias on the tag is the same as one on every
 * transition into it).
 */
function tuneBiases(model: SequenceModel, heldOut: GoldDocument[], report?: (role: Role, bias: number, heldOut: QuoteScores) => void): number[] {
  const unit = transitionUnit(model);
  let best = objective(scoreModel(model, heldOut));
  return (['source', 'cue', 'content'] as const).map((role, r) => {
    let kept = 0;
    let applied = 0;
    for (const step of BIAS_STEPS) {
      shiftRole(model, r, (step - applied) * unit);
      applied = step;
      const s = scoreModel(model, heldOut);
      if (objective(s) > best) {
        best = objective(s);
        kept = applied;
        report?.(role, step, s);
      }
    }
    shiftRole(model, r, (kept - applied) * unit);
    return kept;
  });
}
