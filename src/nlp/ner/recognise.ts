import type { SequenceModel } from '../tagger/model.js';
import {
  AFTER, BEFORE, contextFeatures, type DocumentContext, documentContext, NEIGHBOURS, neighbourFeatures,
  ownFeatures, sentenceContext, WordForm,
} from './features.js';
import { PredictionHistory } from './history.js';
import { defaultModel } from './model.js';
import { spansFromBilou, type TokenSpan } from './tags.js';

/**
 * Named entities of one document given as sentences of words. Sentences are tagged in order so
 * that later ones see how earlier ones were labelled. Returns, per sentence, token-index spans.
 */
export function recogniseDocument(sentences: string[][], model: SequenceModel = defaultModel()): TokenSpan[][] {
  const scorer = scorerFor(model);
  const ctx = documentContext(sentences, scorer.form);
  const history = new PredictionHistory();
  return ctx.forms.map((forms, s) => {
    const scores = scorer.sentence(ctx, s);
    const extra = history.features(forms);
    for (let i = 0; i < forms.length; i++) if (extra[i] !== -1) model.addFeature(scores, i * model.nt, extra[i]);
    const spans = spansFromBilou(model.best(scores));
    history.add(forms, spans);
    return spans;
  });
}

/**
 * A word form with the summed weights of the features it brings wherever it stands: its own
 * (per line kind) and those it gives each neighbour. Most of a token's ~35 features are of these
 * kinds, so a word seen before costs a few additions of rows instead of a hash lookup per feature.
 */
class ScoredForm extends WordForm {
  /** Own features in a line of kind '' and 'caps' (filled on first use), then one row per NEIGHBOURS offset. */
  readonly rows: Float32Array;
  capsScored = false;

  constructor(raw: string, model: SequenceModel) {
    super(raw);
    const nt = model.nt;
    this.rows = new Float32Array((2 + NEIGHBOURS.length) * nt);
    ownFeatures(this, '', (h) => model.addFeature(this.rows, 0, h));
    NEIGHBOURS.forEach((d, k) => neighbourFeatures(this, d, (h) => model.addFeature(this.rows, (2 + k) * nt, h)));
  }
}

// Bounded so a long stream of rare words cannot grow the process: past this, the cache starts over.
const MAX_FORMS = 60_000;

class Scorer {
  private readonly forms = new Map<string, ScoredForm>();
  /** Summed weights the sentence boundaries give their neighbours, laid out as ScoredForm.rows. */
  private readonly before: Float32Array;
  private readonly after: Float32Array;

  constructor(private readonly model: SequenceModel) {
    this.before = this.boundaryRows(BEFORE);
    this.after = this.boundaryRows(AFTER);
  }

  private boundaryRows(w: WordForm): Float32Array {
    const nt = this.model.nt;
    const rows = new Float32Array((2 + NEIGHBOURS.length) * nt);
    NEIGHBOURS.forEach((d, k) => neighbourFeatures(w, d, (h) => this.model.addFeature(rows, (2 + k) * nt, h)));
    return rows;
  }

  readonly form = (raw: string): ScoredForm => {
    let f = this.forms.get(raw);
    if (!f) {
      if (this.forms.size >= MAX_FORMS) this.forms.clear();
      f = new ScoredForm(raw, this.model);
      this.forms.set(raw, f);
    }
    return f;
  };

  /** Tag scores of sentence s, the prediction-history feature aside. */
  sentence(ctx: DocumentContext, s: number): Float32Array {
    const { model } = this;
    const nt = model.nt;
    const sc = sentenceContext(ctx, s);
    const forms = sc.forms as ScoredForm[];
    const n = forms.length;
    const caps = sc.kind === 'caps';
    const out = new Float32Array(n * nt);
    let at = 0;
    const sink = (h: number): void => model.addFeature(out, at, h);
    for (let i = 0; i < n; i++) {
      at = i * nt;
      const w = forms[i];
      if (caps && !w.capsScored) {
        ownFeatures(w, 'caps', (h) => model.addFeature(w.rows, nt, h));
        w.capsScored = true;
      }
      addRow(out, at, w.rows, caps ? nt : 0, nt);
      for (let k = 0; k < NEIGHBOURS.length; k++) {
        const j = i + NEIGHBOURS[k];
        const rows = j < 0 ? this.before : j >= n ? this.after : forms[j].rows;
        addRow(out, at, rows, (2 + k) * nt, nt);
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
