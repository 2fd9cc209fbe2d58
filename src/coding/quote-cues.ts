import type { CueClass } from '../model/index.js';
import { CUE_VERBS, type CueFrame } from '../lexicon/cue-verbs.js';

/**
 * Cue verbs (by the first form of their row) whose object is always who listened ("told the Guardian", "assured voters"): the
 * phrase after them is never their inverted subject, as it is after "said" or "asked" ("“Why
 * now?” asked Sen. Mikulski").
 */
const LISTENER_LEMMAS = ['tell', 'inform', 'assure', 'remind'];
export const LISTENER_VERBS: ReadonlySet<string> = new Set(
  CUE_VERBS.map((v) => v.forms.split(' ')).filter((forms) => LISTENER_LEMMAS.includes(forms[0])).flat(),
);

/** Two-word cues that work as a preposition: "according to X, …" / "…, according to X". */
export const CUE_PREPOSITIONS: readonly string[] = ['according to'];

/**
 * Participles that report hearsay about their subject before "to be" / "to have" ("Iraqis thought
 * to be in the camps", "two men alleged to have fought"): the subject is what is reported on,
 * not who reports it, with or without "is" before the participle.
 */
const HEARSAY_PARTICIPLES = new Set(['said', 'thought', 'believed', 'reported', 'alleged', 'rumoured', 'rumored', 'understood', 'known', 'feared', 'presumed', 'estimated']);
const HEARSAY_INFINITIVES = new Set(['be', 'have']);

/** Whether the word at `i` of `lower` (lower-case words) is a hearsay participle before "to be" / "to have". */
export function isHearsayParticiple(lower: (i: number) => string | undefined, i: number): boolean {
  return HEARSAY_PARTICIPLES.has(lower(i) ?? '') && lower(i + 1) === 'to' && HEARSAY_INFINITIVES.has(lower(i + 2) ?? '');
}

/**
 * Participles that after "is", "are" say how their subject stands, not what was done to it ("voters
 * are divided on", "he is worried about", "Braynard is quoted as saying"): the subject holds the view.
 */
export const STATE_PARTICIPLES: ReadonlySet<string> = new Set([
  'worried', 'concerned', 'divided', 'split', 'focused', 'focussed', 'convinced', 'determined', 'committed', 'opposed', 'satisfied',
  'dissatisfied', 'pleased', 'displeased', 'disappointed', 'frustrated', 'interested', 'inclined', 'prepared', 'drawn', 'quoted',
  'heard', 'united', 'torn', 'annoyed', 'angered', 'alarmed', 'troubled', 'encouraged', 'dismayed', 'resigned', 'persuaded', 'unconvinced',
  'thrilled', 'delighted', 'excited', 'impressed', 'unimpressed', 'rattled', 'upset', 'outraged', 'offended', 'surprised', 'shocked', 'stunned',
]);

/**
 * Verbs that say how something looks to the writer ("Trump seems to understand …", "The laws
 * appear to be vague"): PolNeAR marks them as cues whose source is the writer, and their subject
 * is what is described, not a speaker.
 */
const IMPRESSION_VERBS = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing']);

/** Whether the word at `i` of `lower` speaks about its subject rather than for it: hearsay or an impression. */
export function isAboutSubject(lower: (i: number) => string | undefined, i: number): boolean {
  return isHearsayParticiple(lower, i) || IMPRESSION_VERBS.has(lower(i) ?? '');
}

/**
 * Set phrases that open a sentence with a cue verb but attribute nothing: "That said, Cruz
 * cannot …", "All told, up to 5 million …", "Needless to say, …".
 */
export const NOT_ATTRIBUTIONS: readonly string[] = ['that said', 'all told', 'needless to say'];

/**
 * What a speaker asks for when they ask not to be named ("…, who asked not to be named", "who
 * spoke on condition of anonymity"): a condition of the quote, not a statement of its own.
 */
export const ANONYMITY_REQUESTS: readonly string[] = [
  'not to be named', 'not to be identified', 'not to be quoted', 'to remain anonymous', 'anonymity', 'on condition of anonymity',
  'on the condition of anonymity', 'to be known only', 'to be identified only', 'to be known by', 'to be identified by',
];

/** Cues that are a mark alone: the colon after a name that opens a quotation ("TAPPER: …", "Jones: “…”"). */
export const CUE_MARKS: readonly string[] = [':'];

/** The class of attribution each frame's verbs report: speech, a belief or finding, a stance. */
const FRAME_CLASS: Readonly<Record<CueFrame, CueClass>> = {
  clause: 'speech', addressee: 'speech', quoting: 'speech', belief: 'belief', stance: 'stance',
};

/** Every form of the cue verbs with its frame ("said" → clause). */
export const CUE_FORM_FRAMES: ReadonlyMap<string, CueFrame> = new Map(CUE_VERBS.flatMap((v) => v.forms.split(' ').map((f): [string, CueFrame] => [f, v.frame])));

/**
 * The class of a cue (its text): that of its first word in the cue table ("has long argued" →
 * speech), speech for "according to" and a colon, `other` when no word of it is in the table ("met").
 */
export function cueClassOf(cue: string): CueClass {
  const lower = cue.toLowerCase().replace(/’/g, "'");
  if (CUE_PREPOSITIONS.some((p) => lower.includes(p)) || CUE_MARKS.includes(lower.trim())) return 'speech';
  for (const w of lower.split(/[^\p{L}'-]+/u)) {
    const frame = CUE_FORM_FRAMES.get(w);
    if (frame) return FRAME_CLASS[frame];
  }
  return 'other';
}
