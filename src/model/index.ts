// The output contract (ARCHITECTURE.md). Every part of dyad reads and writes these types;
// field names are the contract with the CLI, the API, the dashboard and outside users.

/** A half-open character range into `Doc.text`: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** What a reader produces: one news article with its clean text. */
export interface Article {
  id: string;
  url?: string;
  title?: string;
  /** Publication date, `YYYY-MM-DD`. */
  published?: string;
  source?: string;
  /** Clean text; every offset downstream refers to it. */
  text: string;
  /** Spans of `text` that are not story text (photo captions). */
  captions?: Span[];
  /** ISO 639-1 language code, when detected. */
  language?: string;
  /** Where the article was read from (file path, path:line, URL); not part of its identity. */
  origin?: string;
  /** Id of the first stored copy when this article is a near-duplicate of it. */
  duplicateOf?: string;
}

export interface Sentence extends Span {
  /**
   * Set for units that are not running story text; `credit` is a closing sign-off ("Additional
   * reporting: …"), `note` an editor's note or a correction about the story.
   */
  kind?: 'headline' | 'dateline' | 'caption' | 'credit' | 'note';
}

export interface Token extends Span {
  /** Part of speech (Universal POS tags, as wink-nlp gives them). */
  pos: string;
  /** Index into `sentences`. */
  sentence: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity extends Span {
  id: string;
  text: string;
  type: EntityType;
  /** Id of the mention cluster this entity belongs to (same referent within the document). */
  cluster?: string;
}

/** A group of mentions that refer to the same thing within one document. */
export interface MentionCluster {
  id: string;
  /** The most complete name among the mentions. */
  name: string;
  type: EntityType;
  mentions: Span[];
}

export interface DateMention extends Span {
  text: string;
  /**
   * Normalised value. Calendar precisions: `YYYY-MM-DD` (day), `YYYY-MM` (month), `YYYY` (year),
   * or a range `A/B` of two such values (weeks, weekends, quarters, seasons, decades, centuries).
   * Precision 'reference' holds a TimeML TIMEX3 reference value instead: `PRESENT_REF` ("now",
   * "currently"), `PAST_REF` ("recently", "the past"), `FUTURE_REF` ("soon", "the future"): no calendar
   * period, so never an event's date.
   */
  value: string;
  precision: 'day' | 'month' | 'year' | 'range' | 'reference';
}

export type ActorKind = 'person' | 'organization' | 'country' | 'group';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-3, or IGO / UNO / EUR / WST …; null if unknown. */
  country: string | null;
  /** PLOVER sector (GOV MIL LEG …), or null if unknown. */
  sector: string | null;
  title?: string;
  /** Actor id of the organization a person speaks for. */
  affiliation?: string;
  mentions: Span[];
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const MODALITIES = ['asserted', 'hedged', 'negated', 'future', 'historical', 'reported'] as const;
export type Modality = (typeof MODALITIES)[number];

export interface EventRecord {
  id: string;
  type: PloverType;
  mode?: string;
  contexts: string[];
  cameo: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  actors: string[];
  recipients: string[];
  /** `YYYY-MM-DD`, or null when it cannot be known. */
  date: string | null;
  location?: { country: string | null; name?: string };
  modality: Modality;
  trigger: Span;
  evidence: Span;
  confidence: number;
}

/**
 * What a quote's cue says the speaker did: `speech` (said, told, warned, according to), `belief`
 * (believes, found, fears), `stance` (criticised, called for, wants); `other` for a cue outside
 * dyad's cue table that PolNeAR-style attribution takes in ("met", "has the backing of").
 */
export type CueClass = 'speech' | 'belief' | 'stance' | 'other';

export interface Quote {
  id: string;
  kind: 'direct' | 'indirect';
  content: Span;
  text: string;
  speaker: string | null;
  speakerText: string | null;
  /** Where the speaker is named in the text (the attribution's source span), when known. */
  speakerSpan?: Span;
  cue: Span | null;
  cueText: string | null;
  /** What the cue says the speaker did; absent without a cue. */
  cueClass?: CueClass;
}

/** One extracted article: what `dyad extract` prints and `dyad show` returns. */
export interface DocumentJSON {
  id: string;
  url?: string;
  title?: string;
  published?: string;
  source?: string;
  language?: string;
  duplicateOf?: string;
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  actors: Actor[];
  events: EventRecord[];
  quotes: Quote[];
  dates?: DateMention[];
  captions?: Span[];
}
