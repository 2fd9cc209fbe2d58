import type { SequenceModel } from '../tagger/model.js';
import {
  AFTER, BEFORE, contextFeatures, type DocumentContext, documentContext, NEIGHBOURS, neighbourFeatures,
  ownFeatures, sentenceContext, type SentenceContext, WordForm,
} from './features.js';
import { PredictionHistory } from './history.js';
import { defaultModel } from './model.js';
import { withKnownBodies } from './known-bodies.js';
import { joinParticleNames } from './particle-names.js';
import { speakingNames } from './speaking-names.js';
import { titledNames } from './titled-names.js';
import { spansFromBilou, type TokenSpan } from './tags.js';

/**
 * Named entities of one document given as sentences of words. Sentences are tagged in order so
 * that later ones see how earlier ones were labelled. Returns, per sentence, token-index spans.
 */
export function recogniseDocument(sentences: string[][], model: SequenceModel = defaultModel()): TokenSpan[][] {
  const scorer = scorerFor(model);
  const ctx = documentContext(sentences, scorer.form);
  const history = new PredictionHistory();
  return speakingNames(sentences, ctx.forms.map((forms, s) => {
    const scores = scorer.sentence(ctx, s);
    const extra = history.features(forms);
    for (let i = 0; i < forms.length; i++) if (extra[i] !== -1) model.addFeature(scores, i * model.nt, extra[i]);
    const spans = joinParticleNames(sentences[s], titledNames(sentences[s], withKnownBodies(sentences[s], spansFromBilou(model.best(scores)))));
    history.add(forms, spans);
    return spans;
  }));
}

/**
 * A word form with the summed weights of the features it brings wherever it stands: its own
 * (per line kind) and those it gives each neighbour. Most of a token's ~35 features are of these
 * kinds, so a word seen before costs a few additions of rows instead of a hash lookup per feature.
 */
class ScoredForm extends WordForm {
  capsScored = false;

  /**
   * @param rows the slab holding this form's rows from `base`: own features in a line of kind ''
   *   and of kind 'caps' (filled on first use), then one row per NEIGHBOURS offset
   */
  constructor(raw: string, readonly rows: Float32Array, readonly base: number) {
    super(raw);
  }
}

const ROWS_PER_FORM = 2 + NEIGHBOURS.length;
// Forms' rows are carved from shared slabs: one typed array per form would be thousands of small
// buffers for the garbage collector to track.
const FORMS_PER_SLAB = 1024;
// Bounded so a long stream of rare words cannot grow the process: past this, the cache starts over.
const MAX_FORMS = 60 * FORMS_PER_SLAB;
const MAX_KEPT_SCORES = 1 << 16;

class Scorer {
  private readonly forms = new Map<string, ScoredForm>();
  private slab = new Float32Array(0);
  private used = 0;
  /** Summed weights the sentence boundaries give their neighbours, laid out as a form's rows. */
  private readonly before: ScoredForm;
  private readonly after: ScoredForm;
  /** Tag scores of the sentence being decoded, reused from one sentence to the next. */
  private scores = new Float32Array(0);

  constructor(private readonly model: SequenceModel) {
    this.before = this.score(BEFORE.raw, BEFORE);
    this.after = this.score(AFTER.raw, AFTER);
  }

  /** A new form of `raw` with its rows filled from the features of `like` (the boundaries' stand-ins) or its own. */
  private score(raw: string, like?: WordForm): ScoredForm {
    const nt = this.model.nt;
    const size = ROWS_PER_FORM * nt;
    if (this.used + size > this.slab.length) {
      this.slab = new Float32Array(FORMS_PER_SLAB * size);
      this.used = 0;
    }
    const f = new ScoredForm(raw, this.slab, this.used);
    const w = like ?? f;
    this.used += size;
    ownFeatures(w, '', (h) => this.model.addFeature(f.rows, f.base, h));
    NEIGHBOURS.forEach((d, k) => neighbourFeatures(w, d, (h) => this.model.addFeature(f.rows, f.base + (2 + k) * nt, h)));
    return f;
  }

  readonly form = (raw: string): ScoredForm => {
    let f = this.forms.get(raw);
    if (!f) {
      if (this.forms.size >= MAX_FORMS) this.forms.clear();
      f = this.score(raw);
      this.forms.set(raw, f);
    }
    return f;
  };

  /**
   * Tag scores of sentence s, the prediction-history feature aside. The array is the scorer's
   * own and is overwritten by the next call.
   */
  sentence(ctx: DocumentContext, s: number): Float32Array {
    const nt = this.model.nt;
    const sc = sentenceContext(ctx, s);
    const n = sc.forms.length;
    // A sentence far longer than any real one (a table read as one) gets an array of its own.
    if (n * nt > MAX_KEPT_SCORES) return this.fill(ctx, sc, new Float32Array(n * nt));
    if (this.scores.length < n * nt) this.scores = new Float32Array(2 * n * nt);
    const out = this.scores.subarray(0, n * nt);
    out.fill(0);
    return this.fill(ctx, sc, out);
  }

  private fill(ctx: DocumentContext, sc: SentenceContext, out: Float32Array): Float32Array {
    const { model } = this;
    const nt = model.nt;
    const forms = sc.forms as ScoredForm[];
    const n = forms.length;
    const caps = sc.kind === 'caps';
    let at = 0;
    const sink = (h: number): void => model.addFeature(out, at, h);
    for (let i = 0; i < n; i++) {
      at = i * nt;
      const w = forms[i];
      if (caps && !w.capsScored) {
        ownFeatures(w, 'caps', (h) => model.addFeature(w.rows, w.base + nt, h));
        w.capsScored = true;
      }
      addRow(out, at, w.rows, w.base + (caps ? nt : 0), nt);
      for (let k = 0; k < NEIGHBOURS.length; k++) {
        const j = i + NEIGHBOURS[k];
        const other = j < 0 ? this.before : j >= n ? this.after : forms[j];
        addRow(out, at, other.rows, other.base + (2 + k) * nt, nt);
      }
      contextFeatures(ctx, sc, i, sink);
    }
    return out;
  }
}

function addRow(out: Float32Array, at: number, rows: Float32Array, from: number, nt: number): void {
  for (let t = 0; t < nt; t++) out[at + t] += rows[from + t];
}

const scorers = new WeakMap<SequenceModel, Scorer>();

function scorerFor(model: SequenceModel): Scorer {
  let s = scorers.get(model);
  if (!s) scorers.set(model, (s = new Scorer(model)));
  return s;
}
