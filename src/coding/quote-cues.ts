// Attribution cues as data: the words that introduce what someone said, reported or holds true.
// Each row lists every inflected form the stage matches (wink's tokens carry no lemma we rely on),
// and how the verb takes its content.

/**
 * - `clause`: the content follows directly ("X said (that) …", "X warned …").
 * - `addressee`: a listener may stand between cue and content ("X told Reuters (that) …").
 */
export type CueFrame = 'clause' | 'addressee';

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
  { forms: 'continue continues continued', frame: 'clause' },
  { forms: 'reply replies replied replying', frame: 'clause' },
  { forms: 'respond responds responded', frame: 'clause' },
  { forms: 'answer answers answered', frame: 'clause' },
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
  { forms: 'joke jokes joked joking', frame: 'clause' },
  { forms: 'quip quips quipped', frame: 'clause' },
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
  { forms: 'find finds found', frame: 'clause' },
  { forms: 'show shows showed shown', frame: 'clause' },
  { forms: 'believe believes believed believing', frame: 'clause' },
  { forms: 'think thinks thought', frame: 'clause' },
  { forms: 'feel feels felt', frame: 'clause' },
  { forms: 'fear fears feared fearing', frame: 'clause' },
  { forms: 'hope hopes hoped hoping', frame: 'clause' },
  { forms: 'expect expects', frame: 'clause' },
  { forms: 'know knows knew', frame: 'clause' },
  { forms: 'learn learns learned learnt', frame: 'clause' },
  { forms: 'worry worries worried', frame: 'clause' },
  { forms: 'agree agrees agreed', frame: 'clause' },
];

/** Two-word cues that work as a preposition: "according to X, …" / "…, according to X". */
export const CUE_PREPOSITIONS: readonly string[] = ['according to'];
