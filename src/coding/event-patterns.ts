import type { PloverType } from '../model/index.js';
import { baseForms } from './event-lemmas.js';

/** Which word class a trigger is: verb, noun, or adjective ("cooperative"). */
export type TriggerClass = 'V' | 'N' | 'A';

/** Where "of X" puts X: the doer ("the visit of the president") or the done-to ("the arrest of X"). */
export type OfRole = 'actor' | 'recipient';

export interface TriggerPattern {
  lemma: string;
  cls: TriggerClass;
  cameo: string;
  /** Words that must follow within a few tokens, in order (particles, objects): each a set of alternatives. */
  after: string[][];
  /** Modifiers one of which must stand right before the trigger ("air" strike). */
  before: string[];
  of: OfRole;
  /** Where "from X" after the noun puts X: the giver ("aid from Japan") or the place left ("withdrawal from Lebanon"). */
  from: OfRole;
  /** Symmetric events (meet, talks, cooperate): a lone coordinated subject is actors on both sides. */
  symmetric: boolean;
  /**
   * A modal of obligation in reported speech ("Russia said Sudan must return …"): the clause's
   * subject is the recipient and whoever says it the actor.
   */
  speaker: boolean;
  /** Overrides of the CAMEO table's PLOVER reading. */
  type?: PloverType;
  mode?: string;
  contexts?: string[];
}

/**
 * The trigger table. One row per pattern: `lemma class cameo [+w|w …] [<w|w] [of=actor] [from=recipient] [sym]
 * [type=T] [mode=m] [ctx=a,b] [speaker]`. `+` words must follow the trigger within a few tokens ("cut ties",
 * "call for", "step down"); `<` words must precede it ("air strike"). A more specific row wins
 * over a bare one. The CAMEO code gives type, mode and contexts unless the row overrides them;
 * the code `-` marks a use that is no event at all ("meet targets", "occupy office space").
 */
const ROWS = `
agree V 030 sym
agree V 057 +deal|agreement|accord|treaty|pact sym
agreement N 057 sym
deal N 057 sym
accord N 057 sym
treaty N 057 sym
pledge V 030
pledge N 030
promise V 030
vow V 030
offer V 030
offer V 039 +mediate|mediation
offer V 033 +aid|assistance
commit V 030 +to
willing A 030 +to
ready A 030 +to
prepared A 030 +to
accept V 030 +formula|proposal|plan|offer|invitation|terms
accept V 030
reach V 030 +consensus|understanding sym
must V 100 speaker
should V 100 speaker
sign V 057 sym
consult V 040 sym
meet V 040 sym
meeting N 040 sym of=actor
summit N 040 sym of=actor
talk V 040 +with sym
talk N 046 sym of=actor
negotiate V 046 sym
negotiation N 046 sym of=actor
discuss V 040 sym
visit V 042
visit N 042 of=actor
trip N 042 +to of=actor
travel V 042 +to
arrive V 042 +in|to
host V 043
phone V 041
telephone V 041
call N 041 <phone|telephone sym of=actor
mediate V 045
mediation N 045 of=actor
praise V 051
endorse V 051
welcome V 051
congratulate V 051
thank V 051
support V 051
back V 051 +the|a|an|their|its|his|her
defend V 052 +decision|policy|right|stance
apologize V 055
apologise V 055
apology N 055 of=actor
forgive V 056
recognize V 054 +independence|sovereignty|government
recognise V 054 +independence|sovereignty|government
cooperate V 060 sym
cooperation N 060 sym of=actor
cooperation N 062 <military|defense|defence|security sym of=actor
cooperation N 061 <economic|trade sym of=actor
cooperation N 064 <intelligence sym of=actor
cooperative A 060 sym
tie N 060 sym of=actor
tie N 062 <military|defense|defence|security sym of=actor
tie N 061 <economic|trade sym of=actor
game N 062 <war sym of=actor
upgrade V 050 +ties|relations sym
establish V 050 +ties|relations sym
exercise N 062 <joint sym of=actor
drill N 062 <joint sym of=actor
extradite V 063
share V 064 +intelligence|information|evidence sym
aid N 070
aid N 072 <military
aid N 073 <humanitarian|food|emergency
aid N 071 <economic|financial
assistance N 070
assistance N 072 <military
assistance N 073 <humanitarian
donate V 071
give V 070 +aid|assistance|money|grant|dollars|loan
provide V 070 +aid|assistance|money|funds|loans
provide V 072 +weapons|arms|intelligence|training
send V 072 +arms|weapons
send V 070 +aid|assistance|supplies
deliver V 070 +aid|assistance|supplies|medicine|food
grant V 075 +asylum
loan N 071
ease V 081 +restrictions|curfew|ban|measures
lift V 085 +sanctions|embargo
lift V 081 +ban|restrictions|curfew|emergency|law
lift V 0872 +blockade|siege
shorten V 081 +curfew
cancel V 081 +restrictions|ban|curfew
accept V 083 +demands|demand
allow V 080
call V 080 +off
open V 086 +border|borders
reopen V 086 +border|borders
re-open V 086 +border|borders
evacuate V 087 +settlements|troops|forces|bases
evacuate V 073 +wounded|civilians|refugees
contribute V 074 +troops|peacekeepers|soldiers
concede V 080
concession N 080 of=actor
release V 0841
release N 0841
free V 0841 +the|a|an|prisoners|hostages|detainees|activists
withdraw V 087
withdraw V 0872 +troops|forces|soldiers
withdraw V 166 +inspectors|observers|monitors|peacekeepers|ambassador|envoy
withdrawal N 087 of=actor from=recipient
pull V 087 +out|back
ceasefire N 0871 of=actor sym
truce N 0871 of=actor sym
surrender V 0874
disarm V 0873
demobilize V 0873
demobilise V 0873
resign V 0831
resignation N 0831 of=actor
step V 0831 +down
investigate V 090
investigation N 090
probe N 090
probe V 090
put V 090 +under +investigation
dispatch V 090 +inspectors|investigators|monitors|observers
send V 090 +inspectors|investigators|monitors|observers
inspect V 090
urge V 100
demand V 100
demand N 100 of=actor
call V 100 +for
call V 100 +on|upon
appeal V 100 +to|for
request V 100
request N 100 of=actor
ask V 100 +to
press V 100 +for
push V 100 +for
insist V 100 +on
pressure V 100
criticize V 111
criticise V 111
criticism N 111 of=actor
condemn V 111
condemnation N 111 of=actor
denounce V 111
slam V 111
rebuke V 111
blame V 112
accuse V 112
accusation N 112 of=actor
allege V 112
complain V 114
lodge V 114 +protest|complaint
indict V 112
charge V 112 +with
complaint N 114 of=actor
sue V 115
lawsuit N 115 of=actor
convict V 116
reject V 120
refuse V 120
decline V 120 +to
fail V 120 +to
dismiss V 120 +appeal|call|calls|offer|proposal|demand|demands|request|plan
renege V 120
rebuff V 120
defy V 128
veto V 129
veto N 129 of=actor
threaten V 130
threaten V 138 +attack|strike|force|war|military|invade|invasion
threaten V 1312 +sanctions|embargo|boycott
threat N 130 of=actor
warn V 130
ultimatum N 139 of=actor
protest V 140
protest N 140 of=actor
demonstrate V 141 +against|in
demonstration N 141 of=actor
rally N 141 of=actor
march N 141 of=actor
strike N 143 <general|labor|labour|workers of=actor
strike V 143 +over|for
go V 143 +on +strike
strike N 142 <hunger of=actor
boycott V 143
boycott N 143 of=actor
blockade V 191
blockade N 191
block V 144 +road|roads|highway|access
riot N 145 of=actor
riot V 145
deploy V 154
deployment N 154
mobilize V 154
mobilise V 154
mobilization N 154
send V 154 +troops|soldiers|forces|warships
mass V 154 +troops|forces
buildup N 154 of=actor
alert N 152 <high|full|maximum|on
strengthen V 154 +forces|troops|presence
sanction V 163
sanction N 163
embargo N 163
embargo V 163
cut V 161 +ties|relations
sever V 161 +ties|relations
break V 161 +ties|relations
downgrade V 161 +ties|relations
recall V 161 +ambassador|envoy
cut V 162 +aid|assistance|funding
suspend V 162 +aid|assistance|funding
suspend V 164 +talks|negotiations
halt V 162 +aid|assistance|funding|deliveries
reduce V 162 +aid|assistance|supplies|funding
suspension N 161 +of +links|flights|relations|ties
halt V 164 +talks|negotiations
expel V 174
expel V 166 +ambassador|envoy|diplomat|diplomats|inspectors|observers
expulsion N 174 from=recipient
deport V 174
deportation N 174 from=recipient
arrest V 173
arrest N 173
detain V 173
detention N 173
jail V 173
imprison V 173
ban V 172
ban N 172
outlaw V 1722
prevent V 172 +demonstration|rally|protest|march|meeting
disperse V 175 +demonstrators|protesters|crowd|crowds|protest|rally type=COERCE mode=repression ctx=repression
ban V 1722 +party|parties|opposition
censor V 1721
curfew N 1723
impose V 1724 +martial|emergency
crackdown N 175 type=COERCE mode=repression ctx=repression
crack V 175 +down type=COERCE mode=repression ctx=repression
repress V 175 type=COERCE mode=repression ctx=repression
repression N 175 type=COERCE mode=repression ctx=repression
seize V 171
seizure N 171
confiscate V 1711
occupy V 192
occupation N 192
attack V 190
retake V 190
capture V 190 +town|city|village|stronghold|territory|base|positions|part
gunbattle N 190 sym of=actor
cleansing N 203 <ethnic
wound V 190
beat V 182 +up
abuse V 182
blow V 183 +up
explosion N 183 <bomb
set V 171 +fire
deface V 171
attack N 190
assault N 190
raid V 190
raid N 190
invade V 190
invasion N 190
fight V 190 sym
fighting N 190 sym of=actor
clash V 190 sym
clash N 190 sym of=actor
bomb V 195
bombing N 183
bombardment N 194
shell V 194
shelling N 194
airstrike N 195
strike N 195 <air|missile|drone|rocket
strike V 195 +targets|positions|bases
fire V 175 +tear|teargas|rubber|water
fire V 195 +rockets|missiles|rocket|missile|shells
fire V 193 +on|at
fire N 193 <open
open V 193 +fire
shoot V 193
kill V 1823
demolish V 171
destroy V 171 +homes|houses|buildings|property
hack V 170 type=COERCE ctx=cyber
suspend V 161 +links|flights|relations|ties
prohibit V 172
withhold V 162 +aid|assistance|funds|payments
assassinate V 186
assassination N 186
abduct V 181
kidnap V 181
hijack V 181
torture V 1822
torture N 1822
massacre V 202
massacre N 202
meet V 083 +demands
decline V - +to +comment|elaborate|say|disclose|specify|identify|confirm|give|discuss|name|speculate|reveal|answer
refuse V - +to +comment|elaborate|say|disclose|specify|identify|confirm|give|discuss|name|speculate|reveal|answer
call V - +tender|tenders|election|elections|vote|referendum|meeting
call V 143 +strike|strikes|walkout
offer V - +notes|shares|bonds|stock|securities|certificates|debentures|price|prices|discount|dividend|yield|yields|units
meet V - +target|targets|needs|need|demand|requirements|requirement|deadline|deadlines|criteria|obligations|expectations|hopes|goals|goal|costs|payments|standards|conditions
occupy V - +feet|space|office|offices|floor|floors|seat|seats|post|position|role|place|premises
release V - +results|figures|data|earnings|statement|report|details|forecast|forecasts|profit|profits|product|products
free V - +up
seize V - +opportunity|chance|initiative|moment
attack V - +problem|problems|deficit|inflation|issue|issues
strike V 057 +deal|agreement|accord|bargain sym
ink V 057 +deal|agreement|accord|pact|treaty sym
press V 100 +to
use V 175 +tear|teargas|batons|truncheons
besiege V 191
shoot V 190 +down
swear V 030 +to
prepare V 030 +to
consent V 030 +to
undertake V 030 +to
confer V 040 +with sym
dialogue N 040 sym of=actor
consultation N 040 sym of=actor
receive V 043 +delegation|envoy|minister|president|counterpart|visitor|visitors
welcome N 043 <warm|cordial|red-carpet|official
tour V 042
tour N 042 of=actor
fly V 042 +to
broker V 045
hail V 051
applaud V 051
commend V 051
laud V 051
defend V 052
normalize V 050 +ties|relations
normalise V 050 +ties|relations
restore V 050 +ties|relations
resume V 050 +ties|relations
ratify V 057
collaborate V 060 sym
partnership N 060 sym of=actor
share V 060 +expertise|technology|know-how|experience|resources
hand V 070 +over +aid|medicine|medicines|supplies|food|equipment
hand V 0841 +over
ship V 070 +aid|food|supplies|medicine|medicines|grain
airlift V 073
airlift N 073
fund V 071
lend V 071
pardon V 0841
amnesty N 0841 of=actor
grant V 0841 +amnesty|pardon
return V 084 +weapons|equipment|property|land|territory|bodies|remains|assets
pay V 0842 +compensation|reparations
open V 086 +bridge|crossing|crossings|airspace|port|ports|corridor|airport
allow V 086 +access|inspectors|observers|monitors
relax V 081 +restrictions|curfew|ban|rules|controls
loosen V 081 +restrictions|controls|curfew
retreat V 087
retreat N 087 of=actor from=recipient
pullout N 087 of=actor from=recipient
disband V 0873
cease-fire N 0871 of=actor sym
armistice N 0871 of=actor sym
abdicate V 0831
quit V 0831 +post|office|presidency|premiership
inquiry N 090
hearing N 090 +into
receive V 043 +mission|delegations|visitors
blast V 111
chide V 111
castigate V 111
decry V 111
deplore V 111
lambaste V 111
assail V 111
censure V 111
censure N 111 of=actor
allegation N 112 of=actor
summon V 114 +ambassador|envoy|diplomat|charge
prosecute V 115
sentence V 116 +to
appeal N 100 of=actor
call N 100 +for of=actor
plea N 100 of=actor
implore V 100
exhort V 100
seek V 100 +help|assistance|aid|support|refuge|asylum|extradition|release
ask V 100 +for
oppose V 120 +to
oppose V 120
opposed A 120 +to
deny V 120 +request|permission|access|application|allocation
deny V 163 +entry|visa|visas|admission|landing
refusal N 120 of=actor
rejection N 120 of=actor
spurn V 120
turn V 120 +down
violate V 196 +ceasefire|cease-fire|truce|armistice
breach V 196 +ceasefire|cease-fire|truce|armistice
violate V 128
flout V 128
block V 129 +resolution|bill|proposal|plan|measure
warning N 130 of=actor
march V 141
rally V 141
picket V 141
sit-in N 141 of=actor
walkout N 143 of=actor
walk V 143 +out
stop V 143 +work
shun V 143 +work
block V 144 +bridge|street|streets|traffic|transport|railway|entrance|border|crossing
rioting N 145 of=actor
alert A 152 <on|high|full|maximum
patrol V 153
patrol N 153
reinforce V 154 +troops|forces|positions|presence|garrison|units|defences|defenses
reinforcement N 154
move V 154 +troops|forces|tanks|soldiers
halt V 164 +mediation|dialogue|contacts
end V 164 +mediation
cancel V 161 +visit|trip
freeze V 163 +assets|accounts|funds
freeze V 162 +aid|assistance|funding|loans
blacklist V 163
prohibit V 162 +aid|assistance|funding
ban V 163 +imports|exports|trade|flights
withdraw V 161 +recognition
declare V 1724 +emergency|siege|martial
impose V 1724 +siege
impose V 172 +restrictions|curbs|limits|controls|restraints|quotas
impose V 163 +tariffs|duties|embargo|embargoes
force V 174 +out
evict V 174
round V 173 +up
roundup N 173
bulldoze V 171
suspend V 1721 +publication|broadcasts|broadcasting
fire N 194 <artillery|rocket|mortar|tank
fire N 193 <gun|sniper|machine-gun
ambush V 190
ambush N 190
storm V 190
strafe V 195
pound V 194
overrun V 190
offensive N 190 of=actor
incursion N 190
skirmish N 190 sym of=actor
battle N 190 sym of=actor
battle V 190 sym
murder V 1823
behead V 1823
stab V 182
slay V 1823
abduction N 181
kidnapping N 181
take V 181 +hostage|hostages
gun V 193 +down
explode V 183 +bomb|bombs|device|devices|grenade|grenades
`;

const DEFAULT_OF: TriggerPattern['of'] = 'recipient';

function parseRow(line: string): TriggerPattern {
  const [lemma, cls, cameo, ...rest] = line.trim().split(/\s+/);
  // Every field set, even to undefined: patterns then share one object shape, which V8 compiles the trigger code for once.
  const p: TriggerPattern = {
    lemma, cls: cls as TriggerClass, cameo, after: [], before: [], of: DEFAULT_OF, from: 'actor', symmetric: false, speaker: false,
    type: undefined, mode: undefined, contexts: undefined,
  };
  for (const item of rest) {
    if (item.startsWith('+')) p.after.push(item.slice(1).split('|'));
    else if (item.startsWith('<')) p.before = item.slice(1).split('|');
    else if (item === 'sym') p.symmetric = true;
    else if (item === 'speaker') p.speaker = true;
    else if (item === 'of=actor') p.of = 'actor';
    else if (item === 'from=recipient') p.from = 'recipient';
    else if (item.startsWith('type=')) p.type = item.slice(5) as PloverType;
    else if (item.startsWith('mode=')) p.mode = item.slice(5);
    else if (item.startsWith('ctx=')) p.contexts = item.slice(4).split(',');
    else throw new Error(`event-patterns.ts: ${line.trim()}: unknown column "${item}"`);
  }
  return p;
}

let index: Map<string, TriggerPattern[]> | undefined;

/** Patterns by lemma, the most specific first (more required words before fewer). */
export function patternsFor(lemma: string): readonly TriggerPattern[] | undefined {
  if (!index) {
    index = new Map();
    for (const line of ROWS.split('\n')) {
      if (!line.trim()) continue;
      const p = parseRow(line);
      const list = index.get(p.lemma) ?? [];
      list.push(p);
      index.set(p.lemma, list);
    }
    const weight = (p: TriggerPattern) => p.after.length + (p.before.length ? 1 : 0);
    // Between rows as specific, the one that says "no event" wins ("called elections for").
    const none = (p: TriggerPattern) => (p.cameo === NOT_AN_EVENT ? 1 : 0);
    for (const list of index.values()) list.sort((a, b) => weight(b) - weight(a) || none(b) - none(a));
  }
  return index.get(lemma);
}

const NONE: readonly TriggerPattern[] = [];
// Most words of a text are no trigger: one lookup per surface form answers that (bounded, cleared when full).
const WORD_MEMO_LIMIT = 50_000;
const byWord = new Map<string, readonly TriggerPattern[]>();

/** The patterns an inflected word may be a trigger for: those of each base form it could have, most likely form first. */
export function patternsForWord(word: string): readonly TriggerPattern[] {
  let hit = byWord.get(word);
  if (!hit) {
    if (byWord.size >= WORD_MEMO_LIMIT) byWord.clear();
    const found = baseForms(word).flatMap((l) => patternsFor(l) ?? []);
    hit = found.length ? found : NONE;
    byWord.set(word, hit);
  }
  return hit;
}

/** The code of a row that names a use of a trigger word that is no event ("release earnings"). */
export const NOT_AN_EVENT = '-';

/** Every pattern in the table (for tests and documentation). */
export function allPatterns(): TriggerPattern[] {
  patternsFor('');
  return [...index!.values()].flat();
}

/**
 * Verbs whose object noun is an event the verb's subject carries out ("imposed sanctions",
 * "held talks", "launched an attack", "began a visit").
 */
export const LIGHT_VERBS = new Set([
  'impose', 'launch', 'carry', 'conduct', 'hold', 'begin', 'start', 'pay', 'make', 'stage', 'announce', 'issue',
  'deliver', 'send', 'provide', 'give', 'offer', 'extend', 'grant', 'mount', 'order', 'unleash', 'continue',
  'resume', 'renew', 'undertake', 'open', 'declare', 'slap', 'lead', 'organize', 'organise', 'end', 'expand',
  'tighten', 'approve', 'initiate', 'step', 'intensify', 'escalate', 'pledge', 'promise', 'seek', 'sign', 'reach',
  'file', 'level', 'lodge', 'call', 'pursue', 'speed', 'accelerate', 'complete', 'engage', 'involve', 'participate', 'join', 'reimpose', 'enforce', 'maintain', 'broaden', 'ratchet', 'widen',
]);

/** Verbs whose subject undergoes the event their object noun names ("Iran faces new sanctions"). */
export const UNDERGOER_VERBS = new Set(['face', 'receive', 'suffer', 'endure', 'undergo', 'get', 'accept']);

/**
 * Verbs under which an event noun is a perception, opinion or topic rather than an act
 * ("feel a serious threat", "pose a threat", "counter sanctions", "discuss sanctions").
 */
export const NOT_AN_ACT_VERBS = new Set([
  'feel', 'see', 'perceive', 'pose', 'consider', 'regard', 'view', 'fear', 'counter', 'evade', 'avoid', 'circumvent',
  'discuss', 'debate', 'study', 'weigh', 'risk', 'worry', 'dread', 'survive', 'escape', 'describe', 'mention',
]);

/**
 * Verbs of intent, demand, refusal and threat that take another event as their complement
 * ("agreed to meet", "urged Iran to release", "threatened sanctions"): the complement is not an
 * event of its own but makes the outer code precise. Outer type → inner CAMEO code or inner type → code.
 */
export const COMPLEMENT_CODES: Readonly<Partial<Record<PloverType, Readonly<Record<string, string>>>>> = {
  AGREE: {
    '0841': '0353', '085': '0354', '087': '0356', '0872': '0356', '045': '039',
    CONSULT: '036', COOPERATE: '031', AID: '033', SUPPORT: '032', RETREAT: '035', CONCEDE: '035', AGREE: '030',
  },
  REQUEST: {
    '0841': '1053', '085': '1054', '087': '1056', '0872': '1056',
    CONSULT: '106', COOPERATE: '101', AID: '103', RETREAT: '105', CONCEDE: '105', SUPPORT: '100',
  },
  REJECT: { CONSULT: '125', COOPERATE: '121', AID: '122', RETREAT: '124', CONCEDE: '124', AGREE: '127' },
  THREATEN: { '161': '1313', ASSAULT: '138', MOBILIZE: '138', SANCTION: '1312', COERCE: '137' },
};

/** Words near a trigger that name what the event is about: PLOVER context. */
export const CONTEXT_WORDS: Readonly<Record<string, string>> = {
  military: 'military', missile: 'military', missiles: 'military', weapons: 'military', arms: 'military',
  defense: 'military', defence: 'military', troops: 'military', army: 'military', naval: 'military',
  nuclear: 'cbrn', chemical: 'cbrn', uranium: 'cbrn',
  trade: 'economic', economic: 'economic', economy: 'economic', investment: 'economic', oil: 'economic',
  humanitarian: 'humanitarian', food: 'humanitarian', medicine: 'humanitarian', medical: 'humanitarian', refugees: 'migration', migrants: 'migration', asylum: 'asylum',
  election: 'election', elections: 'election', vote: 'election', corruption: 'corruption', terrorism: 'terrorism',
  terrorist: 'terrorism', intelligence: 'intelligence', cyber: 'cyber', peacekeeping: 'peacekeeping',
};

/** A generic code made precise by a context ("cooperate" + missiles → cooperate militarily). */
export const CONTEXT_CODES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '060': { military: '062', economic: '061', intelligence: '064' },
  '070': { military: '072', economic: '071', humanitarian: '073', peacekeeping: '074' },
  '030': { military: '0312', economic: '0311' },
};

/**
 * PLOVER types that need a recipient (PLOVER manual): without one the event is not coded. A
 * consultation is with someone: "travelled with friends to join …" alone is no CONSULT.
 */
export const NEEDS_RECIPIENT: ReadonlySet<PloverType> = new Set(['COOPERATE', 'AID', 'SANCTION', 'CONSULT']);
