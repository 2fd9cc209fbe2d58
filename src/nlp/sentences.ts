import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { ItemSentence } from 'wink-nlp';
import { wink } from './wink.js';

/**
 * Sentences and tokens from wink-nlp, with character offsets into the clean text.
 * Token offsets are recovered by finding each token's surface form from a running cursor,
 * because wink reports token values, not positions.
 */
export function sentenceStage(): Stage {
  return {
    name: 'sentences',
    run(doc: Doc) {
      const nlp = wink();
      const its = nlp.its;
      const text = doc.text;
      const w = nlp.readDoc(text);
      const values = w.tokens().out();
      const pos = w.tokens().out(its.pos) as string[];
      const starts: number[] = new Array(values.length);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const at = text.indexOf(values[i], cursor);
        starts[i] = at < 0 ? cursor : at;
        if (at >= 0) cursor = at + values[i].length;
      }
      w.sentences().each((s: ItemSentence) => {
        const [first, last] = s.out(its.span) as unknown as [number, number];
        const index = doc.sentences.length;
        doc.sentences.push({ start: starts[first], end: starts[last] + values[last].length });
        for (let i = first; i <= last; i++) {
          doc.tokens.push({ start: starts[i], end: starts[i] + values[i].length, pos: pos[i], sentence: index });
        }
      });
    },
  };
}
