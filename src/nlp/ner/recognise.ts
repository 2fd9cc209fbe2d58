import type { SequenceModel } from '../tagger/model.js';
import { documentContext, sentenceFeatures } from './features.js';
import { PredictionHistory } from './history.js';
import { defaultModel } from './model.js';
import { spansFromBilou, type TokenSpan } from './tags.js';

/**
 * Named entities of one document given as sentences of words. Sentences are tagged in order so
 * that later ones see how earlier ones were labelled. Returns, per sentence, token-index spans.
 */
export function recogniseDocument(sentences: string[][], model: SequenceModel = defaultModel()): TokenSpan[][] {
  const ctx = documentContext(sentences);
  const history = new PredictionHistory();
  return sentences.map((words, s) => {
    const spans = spansFromBilou(model.decode(sentenceFeatures(ctx, s), { extra: history.features(words) }));
    history.add(words, spans);
    return spans;
  });
}
