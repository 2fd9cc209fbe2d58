import type {
  Actor, Article, DateMention, DocumentJSON, Entity, EventRecord, MentionCluster, Quote, Sentence, Span, Token,
} from './model/index.js';

/** Sentence kinds that are not story text. */
const NOT_STORY: ReadonlySet<Sentence['kind']> = new Set(['caption', 'dateline', 'credit', 'note']);

/**
 * One article on its way through the pipeline. Each stage fills one layer; a stage reads only
 * the layers filled before it. All offsets refer to `text`, which never changes after reading.
 */
export class Doc {
  readonly article: Article;
  readonly text: string;
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  /**
   * Per token, its text (`text.slice(start, end)`) as the tokenizer gave it: the same string
   * object for a known word in every document, which makes word-keyed lookups cheap. Filled by
   * the sentence stage; use `word(i)`, which also serves tokens set without it.
   */
  words: string[] = [];
  entities: Entity[] = [];
  clusters: MentionCluster[] = [];
  dates: DateMention[] = [];
  actors: Actor[] = [];
  events: EventRecord[] = [];
  quotes: Quote[] = [];
  /** Why a stage skipped or degraded its work (for example "language: not English (ru)"). */
  notes: string[] = [];

  constructor(article: Article) {
    this.article = article;
    this.text = article.text;
  }

  /** The text of token i. */
  word(i: number): string {
    return this.words[i] ?? this.slice(this.tokens[i]);
  }

  /** The index of the last token starting at or before character `pos` (binary search; 0 before the first). */
  tokenAt(pos: number): number {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (toks[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether token i is the first of its sentence (where a capital says nothing of a name). */
  opensSentence(i: number): boolean {
    return i === 0 || this.tokens[i - 1].sentence !== this.tokens[i].sentence;
  }

  /** The index of the sentence of the token at or before character `pos`. */
  sentenceAt(pos: number): number {
    return this.tokens[this.tokenAt(pos)].sentence;
  }

  /** The text a span covers. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Whether a span lies inside a caption (photo credit, name under a picture): not story text. */
  inCaption(span: Span): boolean {
    const captions = this.article.captions;
    return captions !== undefined && captions.some((c) => span.start >= c.start && span.end <= c.end);
  }

  /** Whether a sentence is story text, from which quotes and events are read (a headline is). */
  isStory(sentence: Sentence): boolean {
    return !NOT_STORY.has(sentence.kind) && !this.inCaption(sentence);
  }

  /** Whether a span lies in story text: not in a caption, a dateline, a closing sign-off or an editor's note. */
  inStory(span: Span): boolean {
    return !this.inCaption(span) && !this.sentences.some((x) => NOT_STORY.has(x.kind) && x.start <= span.start && span.end <= x.end);
  }

  toJSON(): DocumentJSON {
    const a = this.article;
    const out: DocumentJSON = {
      id: a.id,
      ...(a.url !== undefined && { url: a.url }),
      ...(a.title !== undefined && { title: a.title }),
      ...(a.published !== undefined && { published: a.published }),
      ...(a.source !== undefined && { source: a.source }),
      ...(a.language !== undefined && { language: a.language }),
      ...(a.duplicateOf !== undefined && { duplicateOf: a.duplicateOf }),
      text: this.text,
      sentences: this.sentences,
      entities: this.entities,
      actors: this.actors,
      events: this.events,
      quotes: this.quotes,
      dates: this.dates,
    };
    if (a.captions?.length) out.captions = a.captions;
    return out;
  }
}
