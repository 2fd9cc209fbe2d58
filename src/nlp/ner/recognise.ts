import { viterbi } from './decode.js';
import { documentContext, sentenceFeatures } from './features.js';
import { PredictionHistory } from './history.js';
import { defaultModel, type NerModel } from './model.js';
import { spansFromBilou, type TokenSpan } from './tags.js';

/**
 * Named entities of one document given as sentences of words. Sentences are tagged in order so
 * that later ones see how earlier ones were labelled. Returns, per sentence, token-index spans.
 */
export function recogniseDocument(sentences: string[][], model: NerModel = defaultModel()): TokenSpan[][] {
  const ctx = documentContext(sentences);
  const history = new PredictionHistory();
  return sentences.map((words, s) => {
    const em = model.emissions(sentenceFeatures(ctx, s), history.features(words));
    const spans = spansFromBilou(viterbi(em, words.length, model.transitions));
    history.add(words, spans);
    return spans;
  });
}
