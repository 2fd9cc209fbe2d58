import { Doc } from './doc.js';
import type { Article } from './model/index.js';
import { actorStage } from './coding/actors.js';
import { resolveActor } from './coding/resolve-actor.js';
import { eventStage } from './coding/events.js';
import { quoteStage } from './coding/quotes.js';
import { dateStage } from './nlp/dates.js';
import { languageStage } from './nlp/language.js';
import { mentionStage } from './nlp/mentions.js';
import { entityStage } from './nlp/ner/stage.js';
import { sentenceStage } from './nlp/sentences.js';
import type { DictionaryStore } from './lexicon/dictionary-store.js';

/** A named step that adds one layer to the Doc. */
export interface Stage {
  readonly name: string;
  /** Languages the stage understands (ISO 639-1); other documents pass it by. Unset: any language. */
  readonly languages?: readonly string[];
  run(doc: Doc): void;
}

/** Ordered stages; one Doc flows through them. Keeps per-stage wall and CPU time for `dyad bench`. */
export class Pipeline {
  readonly stages: readonly Stage[];
  /** Milliseconds of wall time spent in each stage since construction. */
  readonly timings: Record<string, number> = {};
  /** Milliseconds of process CPU time (user + system) spent in each stage since construction. */
  readonly cpuTimings: Record<string, number> = {};

  constructor(stages: readonly Stage[]) {
    this.stages = stages;
    for (const s of stages) {
      this.timings[s.name] = 0;
      this.cpuTimings[s.name] = 0;
    }
  }

  process(article: Article): Doc {
    const doc = new Doc(article);
    // One clock reading between stages serves as the end of one and the start of the next.
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    for (const stage of this.stages) {
      if (stage.languages && !stage.languages.includes(doc.article.language ?? 'en')) continue;
      stage.run(doc);
      const t1 = performance.now();
      const c1 = process.cpuUsage();
      this.timings[stage.name] += t1 - t0;
      this.cpuTimings[stage.name] += (c1.user - c0.user + c1.system - c0.system) / 1000;
      t0 = t1;
      c0 = c1;
    }
    return doc;
  }
}

export interface PipelineOptions {
  /** Stop after the stage of this name (for evaluations and tests). */
  until?: string;
  /** Imported dictionaries (dyad dict import) the actor stage consults, with the article's date. */
  dictionary?: DictionaryStore;
}

/** The default English pipeline, in the order the layers depend on each other. */
export function defaultStages(options: Pick<PipelineOptions, 'dictionary'> = {}): Stage[] {
  const english = ['en'];
  const { dictionary } = options;
  return [
    languageStage(),
    sentenceStage(),
    { ...entityStage(), languages: english },
    { ...mentionStage(), languages: english },
    { ...dateStage(), languages: english },
    { ...actorStage(dictionary ? (text, o) => resolveActor(text, { ...o, db: dictionary }) : resolveActor), languages: english },
    { ...quoteStage(), languages: english },
    { ...eventStage(), languages: english },
  ];
}

/** The default pipeline, or its first stages up to and including `until` (for evaluations and tests). */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const stages = defaultStages(options);
  const last = options.until === undefined ? stages.length - 1 : stages.findIndex((s) => s.name === options.until);
  if (last < 0) throw new Error(`no pipeline stage named "${options.until}"`);
  return new Pipeline(stages.slice(0, last + 1));
}
