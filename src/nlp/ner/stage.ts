import type { Doc } from '../../doc.js';
import type { Entity, Token } from '../../model/index.js';
import type { Stage } from '../../pipeline.js';
import { hyphenatedNames } from './hyphenated-names.js';
import { recogniseDocument } from './recognise.js';

/**
 * Named entities (PER, ORG, LOC, MISC) from the sentence stage's tokens. Caption tokens are left
 * out, so a name under a photo is not an entity of the story.
 */
export function entityStage(): Stage {
  return {
    name: 'entities',
    run(doc: Doc) {
      const sentences: Token[][] = [];
      const words: string[][] = [];
      doc.tokens.forEach((token, i) => {
        if (doc.inCaption(token)) return;
        (sentences[token.sentence] ??= []).push(token);
        (words[token.sentence] ??= []).push(doc.word(i));
      });
      const kept = sentences.filter((s) => s && s.length);
      const keptWords = words.filter((s) => s && s.length);
      // Whether a word touches both its neighbours ("Perkins-Ferreira"), which the words alone do not tell.
      const glued = (s: number, i: number): boolean => i > 0 && i + 1 < kept[s].length && kept[s][i - 1].end === kept[s][i].start && kept[s][i].end === kept[s][i + 1].start;
      const found = hyphenatedNames(keptWords, recogniseDocument(keptWords), glued);
      const entities: Entity[] = [];
      kept.forEach((tokens, s) => {
        for (const span of found[s]) {
          const start = tokens[span.start].start;
          const end = tokens[span.end - 1].end;
          entities.push({ id: `e${entities.length + 1}`, text: doc.text.slice(start, end), type: span.type, start, end });
        }
      });
      doc.entities = entities;
    },
  };
}
