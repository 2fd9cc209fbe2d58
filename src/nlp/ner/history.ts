import type { EntityType } from '../../model/index.js';
import { hash, type WordForm } from './features.js';
import type { TokenSpan } from './tags.js';

const LABELS = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const HASHES = LABELS.map((l) => hash('hist=' + l));

/**
 * Extended prediction history (Ratinov & Roth 2009): how the tagger labelled each capitalised word
 * earlier in the same document. "Kim" tagged PER in one sentence makes "Kim" alone likely PER later.
 */
export class PredictionHistory {
  private readonly counts = new Map<string, number[]>();

  /** Records the labels given to the capitalised words of one decoded sentence. */
  add(words: readonly WordForm[], spans: readonly TokenSpan[]): void {
    const label = new Array<number>(words.length).fill(0);
    for (const s of spans) for (let i = s.start; i < s.end; i++) label[i] = LABELS.indexOf(s.type as EntityType);
    words.forEach((w, i) => {
      if (!w.capital) return;
      let c = this.counts.get(w.lower);
      if (!c) this.counts.set(w.lower, (c = new Array<number>(LABELS.length).fill(0)));
      c[label[i]]++;
    });
  }

  /** Per token, the hashed history feature (the most frequent earlier label), or -1 when none. */
  features(words: readonly WordForm[]): Int32Array {
    const out = new Int32Array(words.length).fill(-1);
    words.forEach((w, i) => {
      if (!w.capital) return;
      const c = this.counts.get(w.lower);
      if (!c) return;
      let best = 0;
      for (let k = 1; k < c.length; k++) if (c[k] > c[best]) best = k;
      out[i] = HASHES[best];
    });
    return out;
  }
}
