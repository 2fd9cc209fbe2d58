import type { CueClass } from '../model/index.js';

// Attribution cues as data: the words that introduce what someone said, reported or holds true.
// Each row lists every inflected form the stage matches (wink's tokens carry no lemma we rely on),
// and how the verb takes its content.

/**
 * - `clause`: the content follows directly ("X said (that) …", "X warned …").
 * - `addressee`: a listener may stand between cue and content ("X told Reuters (that) …").
 * - `belief`: the content must be a clause ("X believes (that) he …"), since these verbs also
 *   take plain objects ("find jobs", "know the way").
 * - `quoting`: introduces only a quotation or what precedes it ("“…,” he replied"), since
 *   these verbs mean something else with a plain object ("continue the work").
 * - `stance`: a stance toward an object or a plan, whose content runs to the end of the clause
 *   ("X criticized the plan", "X called for a ban", "X wants to run").
 */
export type CueFrame = 'clause' | 'addressee' | 'belief' | 'quoting' | 'stance';

export interface CueVerb {
  forms: string;
  frame: CueFrame;
}

export const CUE_VERBS: readonly CueVerb[] = [
  // speech
  { forms: 'say says said saying', frame: 'clause' },
  { forms: 'add adds added adding', frame: 'clause' },
  { forms: 'state states stated stating', frame: 'clause' },
  { forms: 'announce announces announced announcing', frame: 'clause' },
  { forms: 'declare declares declared declaring', frame: 'clause' },
  { forms: 'insist insists insisted insisting', frame: 'clause' },
  { forms: 'deny denies denied denying', frame: 'clause' },
  { forms: 'claim claims claimed claiming', frame: 'clause' },
  { forms: 'argue argues argued arguing', frame: 'clause' },
  { forms: 'note notes noted noting', frame: 'clause' },
  { forms: 'explain explains explained explaining', frame: 'clause' },
  { forms: 'report reports reported reporting', frame: 'clause' },
  { forms: 'write writes wrote writing', frame: 'clause' },
  { forms: 'tweet tweets tweeted tweeting', frame: 'clause' },
  { forms: 'suggest suggests suggested suggesting', frame: 'clause' },
  { forms: 'acknowledge acknowledges acknowledged acknowledging', frame: 'clause' },
  { forms: 'admit admits admitted admitting', frame: 'clause' },
  { forms: 'concede concedes conceded conceding', frame: 'clause' },
  { forms: 'confirm confirms confirmed confirming', frame: 'clause' },
  { forms: 'continue continues continued', frame: 'quoting' },
  { forms: 'reply replies replied replying', frame: 'quoting' },
  { forms: 'respond responds responded', frame: 'quoting' },
  { forms: 'answer answers answered', frame: 'quoting' },
  { forms: 'recall recalls recalled recalling', frame: 'clause' },
  { forms: 'predict predicts predicted predicting', frame: 'clause' },
  { forms: 'promise promises promised promising', frame: 'clause' },
  { forms: 'pledge pledges pledged pledging', frame: 'clause' },
  { forms: 'vow vows vowed vowing', frame: 'clause' },
  { forms: 'stress stresses stressed stressing', frame: 'clause' },
  { forms: 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised', frame: 'clause' },
  { forms: 'reiterate reiterates reiterated reiterating', frame: 'clause' },
  { forms: 'contend contends contended contending', frame: 'clause' },
  { forms: 'maintain maintains maintained', frame: 'clause' },
  { forms: 'assert asserts asserted asserting', frame: 'clause' },
  { forms: 'allege alleges alleged alleging', frame: 'clause' },
  { forms: 'charge charges charged', frame: 'clause' },
  { forms: 'complain complains complained complaining', frame: 'clause' },
  { forms: 'joke jokes joked joking', frame: 'quoting' },
  { forms: 'quip quips quipped', frame: 'quoting' },
  { forms: 'boast boasts boasted boasting', frame: 'clause' },
  { forms: 'concluded conclude concludes concluding', frame: 'clause' },
  { forms: 'estimate estimates estimated estimating', frame: 'clause' },
  { forms: 'indicate indicates indicated indicating', frame: 'clause' },
  { forms: 'reveal reveals revealed revealing', frame: 'clause' },
  { forms: 'disclose discloses disclosed', frame: 'clause' },
  { forms: 'observe observes observed', frame: 'clause' },
  { forms: 'warn warns warned warning', frame: 'addressee' },
  { forms: 'tell tells told telling', frame: 'addressee' },
  { forms: 'assure assures assured assuring', frame: 'addressee' },
  { forms: 'remind reminds reminded reminding', frame: 'addressee' },
  { forms: 'inform informs informed informing', frame: 'addressee' },
  { forms: 'accuse accuses accused accusing', frame: 'addressee' },
  { forms: 'ask asks asked asking', frame: 'addressee' },
  { forms: 'urge urges urged urging', frame: 'addressee' },
  // findings and beliefs (PolNeAR and PARC count them as attributions too)
  { forms: 'find finds found', frame: 'belief' },
  { forms: 'show shows showed shown', frame: 'belief' },
  { forms: 'believe believes believed believing', frame: 'belief' },
  { forms: 'think thinks thought', frame: 'belief' },
  { forms: 'feel feels felt', frame: 'belief' },
  { forms: 'fear fears feared fearing', frame: 'belief' },
  { forms: 'hope hopes hoped hoping', frame: 'belief' },
  { forms: 'expect expects', frame: 'belief' },
  { forms: 'know knows knew', frame: 'belief' },
  { forms: 'learn learns learned learnt', frame: 'belief' },
  { forms: 'worry worries worried', frame: 'belief' },
  { forms: 'agree agrees agreed', frame: 'belief' },
  // stances toward people, plans and objects
  { forms: 'call calls called calling', frame: 'stance' },
  { forms: 'support supports supported supporting', frame: 'stance' },
  { forms: 'criticize criticizes criticized criticizing criticise criticises criticised criticising', frame: 'stance' },
  { forms: 'endorse endorses endorsed endorsing', frame: 'stance' },
  { forms: 'describe describes described describing', frame: 'stance' },
  { forms: 'want wants wanted wanting', frame: 'stance' },
  { forms: 'plan plans planned planning', frame: 'stance' },
  { forms: 'seek seeks sought seeking', frame: 'stance' },
  { forms: 'propose proposes proposed proposing', frame: 'stance' },
  { forms: 'praise praises praised praising', frame: 'stance' },
  { forms: 'attack attacks attacked attacking', frame: 'stance' },
  { forms: 'defend defends defended defending', frame: 'stance' },
  { forms: 'reject rejects rejected rejecting', frame: 'stance' },
  { forms: 'oppose opposes opposed opposing', frame: 'stance' },
  { forms: 'question questions questioned questioning', frame: 'stance' },
  { forms: 'cite cites cited citing', frame: 'stance' },
  { forms: 'mention mentions mentioned mentioning', frame: 'stance' },
  { forms: 'refuse refuses refused refusing', frame: 'stance' },
  { forms: 'decline declines declined declining', frame: 'stance' },
  { forms: 'blame blames blamed blaming', frame: 'stance' },
  { forms: 'slam slams slammed slamming', frame: 'stance' },
  { forms: 'blast blasts blasted blasting', frame: 'stance' },
  { forms: 'condemn condemns condemned condemning', frame: 'stance' },
  { forms: 'denounce denounces denounced denouncing', frame: 'stance' },
  { forms: 'dismiss dismisses dismissed dismissing', frame: 'stance' },
  { forms: 'mock mocks mocked mocking', frame: 'stance' },
  { forms: 'thank thanks thanked thanking', frame: 'stance' },
  { forms: 'back backs backed backing', frame: 'stance' },
  { forms: 'favor favors favored favoring favour favours favoured favouring', frame: 'stance' },
  { forms: 'prefer prefers preferred preferring', frame: 'stance' },
  { forms: 'discuss discusses discussed discussing', frame: 'stance' },
  { forms: 'express expresses expressed expressing', frame: 'stance' },
  { forms: 'decide decides decided deciding', frame: 'stance' },
  { forms: 'consider considers considered considering', frame: 'stance' },
  { forms: 'recommend recommends recommended recommending', frame: 'stance' },
  { forms: 'demand demands demanded demanding', frame: 'stance' },
];

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
