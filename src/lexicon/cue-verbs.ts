// Attribution cues as data: the words that introduce what someone said, reported or holds true.
// Each row lists every inflected form (wink's tokens carry no lemma we rely on) and how the verb
// takes its content. The quote stage reads the table to find and classify cues; the entity
// recogniser reads its verbs of saying to tell a speaking name from a place.

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

/** Frames of the verbs of saying (not of beliefs or stances). */
const SPEECH_FRAMES: ReadonlySet<CueFrame> = new Set(['clause', 'addressee', 'quoting']);

/** Every form of the verbs of saying ("said", "tells", "added"), lower case. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(CUE_VERBS.filter((v) => SPEECH_FRAMES.has(v.frame)).flatMap((v) => v.forms.split(' ')));
