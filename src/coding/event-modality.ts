import type { Modality } from '../model/index.js';

/**
 * Cue words that set an event's modality, as data. Each cue is a word sequence (lower case);
 * `near` cues count only in the few tokens before the trigger (they attach to its verb group),
 * `sentence` cues anywhere earlier in the sentence (they frame everything after them).
 */
interface CueSet {
  near: string[][];
  sentence: string[][];
}

const cues = (near: string, sentence = ''): CueSet => ({
  near: near.split(',').map((c) => c.trim().split(' ')).filter((c) => c[0]),
  sentence: sentence.split(',').map((c) => c.trim().split(' ')).filter((c) => c[0]),
});

const CUES: Readonly<Record<Exclude<Modality, 'asserted' | 'reported'>, CueSet>> = {
  negated: cues(
    "not, n't, never, no, without, failed to, refused to, declined to, denied, deny, denies, cancelled, canceled, called off",
  ),
  future: cues(
    "will, 'll, shall, plans to, plan to, planning to, planned, is to, are to, scheduled to, scheduled, set to, going to, intends to, intend to, upcoming, expected to",
  ),
  hedged: cues(
    'could, may, might, would, should, possible, possibly, likely, potential, suspected, alleged, apparently',
    'reportedly, allegedly, seen as, seen by, signals, signal, signaled, signalled, appear to, appears to, appear, seem to, seems to, believed to, thought to, rumored, rumoured, speculation, suspect, suspects, if, whether, could mean',
  ),
  historical: cues(
    'have been, has been, had been, used to, had',
    'in the past, previously, formerly, once, ago, history, historically, for years, for decades, earlier generations, early generations',
  ),
};

/** Verbs of saying after which "would" is a future in the past ("said it would withdraw"), not a hedge. */
const SPEECH_WORDS = new Set(['said', 'says', 'announced', 'told', 'declared', 'stated', 'confirmed', 'added', 'insisted', 'indicated', 'vowed']);

/** Cues that mark an event as told by a source rather than by the writer. */
const REPORTED_CUES = cues('', 'according to, reportedly said, quoted');

/** How many tokens before the trigger a `near` cue may stand. */
const NEAR_WINDOW = 4;

/** The order in which cues win when several apply: a negation undoes everything else. */
const ORDER: readonly Exclude<Modality, 'asserted' | 'reported'>[] = ['negated', 'future', 'hedged', 'historical'];

/**
 * "had" + participle is a past perfect (background); "have been" + participle is a passive
 * ("has been arrested": news), so it marks background only before a noun or adjective
 * ("have been very cooperative").
 */
function perfectFits(seq: readonly string[], triggerPos: string): boolean {
  if (seq.length === 1) return triggerPos === 'VERB';
  return seq[0] === 'had' || triggerPos !== 'VERB';
}

function endsWithSequence(words: readonly string[], end: number, seq: readonly string[]): boolean {
  if (end - seq.length < 0) return false;
  for (let k = 0; k < seq.length; k++) if (words[end - seq.length + k] !== seq[k]) return false;
  return true;
}

export interface ModalityInput {
  /** Lower-cased words of the sentence. */
  words: readonly string[];
  /** Parts of speech of the same tokens. */
  pos: readonly string[];
  /** Index of the trigger's first token. */
  trigger: number;
  /** Index of the first token of the trigger's clause: `near` cues do not cross it. */
  clauseStart: number;
  /** Whether the trigger lies inside a quotation or reported speech. */
  quoted: boolean;
  /** Days between the event's date and publication (negative: before), when both are known. */
  daysFromPublication: number | null;
}

/** Days before publication beyond which a dated event is background, not news. */
const HISTORICAL_DAYS = 365;

/** The event's modality from cue words around its trigger, its quote and its date. */
export function modalityOf(m: ModalityInput): Modality {
  const nearFrom = Math.max(m.clauseStart, m.trigger - NEAR_WINDOW);
  for (const kind of ORDER) {
    const set = CUES[kind];
    for (let end = m.trigger; end > nearFrom; end--) {
      for (const seq of set.near) {
        if (!endsWithSequence(m.words, end, seq) || end - seq.length < nearFrom) continue;
        if (kind === 'historical' && !perfectFits(seq, m.pos[m.trigger])) continue;
        if (seq[0] === 'would' && m.words.slice(0, end - 1).some((w) => SPEECH_WORDS.has(w))) return 'future';
        return kind;
      }
    }
    for (let end = m.trigger; end > 0; end--) {
      for (const seq of set.sentence) if (endsWithSequence(m.words, end, seq)) return kind;
    }
  }
  if (m.daysFromPublication !== null) {
    if (m.daysFromPublication < -HISTORICAL_DAYS) return 'historical';
    if (m.daysFromPublication > 0) return 'future';
  }
  if (m.quoted) return 'reported';
  for (let end = m.words.length; end > 0; end--) {
    for (const seq of REPORTED_CUES.sentence) if (endsWithSequence(m.words, end, seq)) return 'reported';
  }
  return 'asserted';
}
