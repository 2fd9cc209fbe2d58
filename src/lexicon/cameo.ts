import type { PloverType } from '../model/index.js';
import { PLOVER_TYPES } from '../model/index.js';

/** One CAMEO event code with its PLOVER reading and the scores GDELT-style exports carry. */
export interface CameoCode {
  code: string;
  type: PloverType;
  mode?: string;
  contexts: string[];
  /** QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
  /** Goldstein conflict–cooperation score, −10 … +10 (CAMEO's published values). */
  goldstein: number;
  label: string;
}

/**
 * CAMEO code → PLOVER type, mode and contexts (after the 2021 CAMEO–PLOVER correspondence),
 * Goldstein score (CAMEO's published scale) and label. Columns: code | type | mode | contexts | goldstein | label.
 * Departures from the correspondence, on purpose: 163 (sanctions, embargo) stays SANCTION as in the
 * older table and the PLOVER manual's SANCTION chapter; 09x (investigate) is ACCUSE with mode
 * investigate, as PLOVER 2021 folds INVESTIGATE into ACCUSE; 0831 (resign) is RETREAT, mode resign.
 */
const ROWS = `
030|AGREE||diplomatic|4.0|Express intent to cooperate
031|AGREE||diplomatic|5.2|Express intent to engage in material cooperation
0311|AGREE||economic|5.2|Express intent to cooperate economically
0312|AGREE||military|5.2|Express intent to cooperate militarily
032|AGREE||diplomatic|4.5|Express intent to provide diplomatic cooperation
033|AGREE||diplomatic|5.2|Express intent to provide material aid
0331|AGREE||economic|5.2|Express intent to provide economic aid
0332|AGREE||military|5.2|Express intent to provide military aid
0333|AGREE||humanitarian|5.2|Express intent to provide humanitarian aid
034|AGREE||political_institutions|7.0|Express intent to institute political reform
035|AGREE|||7.0|Express intent to yield
0353|AGREE||rights_freedoms|7.0|Express intent to release persons or property
0354|AGREE||economic|7.0|Express intent to ease economic sanctions
0356|AGREE||military|7.0|Express intent to de-escalate military engagement
036|AGREE||diplomatic|4.0|Express intent to meet or negotiate
037|AGREE||diplomatic|5.0|Express intent to settle dispute
038|AGREE||diplomatic|7.0|Express intent to accept mediation
039|AGREE||diplomatic|5.0|Express intent to mediate
040|CONSULT|||1.0|Consult
041|CONSULT|phone||1.0|Discuss by telephone
042|CONSULT|visit||1.9|Make a visit
043|CONSULT|host||2.8|Host a visit
044|CONSULT|third-party||2.5|Meet at a third location
045|CONSULT||diplomatic|5.0|Engage in mediation
046|CONSULT||diplomatic|7.0|Engage in negotiation
050|SUPPORT||diplomatic|3.5|Engage in diplomatic cooperation
051|SUPPORT||diplomatic|3.4|Praise or endorse
052|SUPPORT||diplomatic|3.5|Defend verbally
053|SUPPORT||diplomatic|3.8|Rally support on behalf of
054|SUPPORT||diplomatic|6.0|Grant diplomatic recognition
055|SUPPORT||diplomatic|7.0|Apologize
056|SUPPORT||diplomatic|7.0|Forgive
057|SUPPORT||diplomatic|8.0|Sign formal agreement
060|COOPERATE|||6.0|Engage in material cooperation
061|COOPERATE||economic|6.4|Cooperate economically
062|COOPERATE||military|7.4|Cooperate militarily
063|COOPERATE||legal|7.4|Engage in judicial cooperation
064|COOPERATE||intelligence|7.0|Share intelligence or information
070|AID|||7.0|Provide aid
071|AID||economic|7.4|Provide economic aid
072|AID||military|8.3|Provide military aid
073|AID||humanitarian|7.4|Provide humanitarian aid
074|AID||peacekeeping|8.5|Provide military protection or peacekeeping
075|AID||asylum|7.0|Grant asylum
080|CONCEDE|||5.0|Yield
081|CONCEDE||legal|5.0|Ease administrative sanctions
0811|CONCEDE||pro_democracy|5.0|Ease restrictions on political freedoms
082|CONCEDE||pro_democracy|5.0|Ease political dissent
083|CONCEDE||political_institutions|5.0|Accede to requests or demands for political reform
0831|RETREAT|resign|political_institutions|5.0|Accede to demands for change in leadership
0832|CONCEDE||executive|5.0|Accede to demands for change in policy
084|RETREAT|release||7.0|Return, release
0841|RETREAT|release|legal|7.0|Return, release persons
0842|RETREAT|return|legal|7.0|Return, release property
085|RETREAT|ease|economic|7.0|Ease economic sanctions, boycott, embargo
086|RETREAT|access|diplomatic|9.0|Allow international involvement
0871|RETREAT|ceasefire|military|9.0|Declare truce, ceasefire
0872|RETREAT|withdraw|military|9.0|Ease military blockade
0873|RETREAT|disarm|military|9.0|Demobilize armed forces
0874|RETREAT|disarm|military|10.0|Retreat or surrender militarily
087|RETREAT|withdraw|military|9.0|De-escalate military engagement
0813|RETREAT||legal|5.0|Ease curfew
0814|RETREAT||legal|5.0|Ease state of emergency or martial law
090|ACCUSE|investigate||-2.0|Investigate
091|ACCUSE|investigate|crime; corruption|-2.0|Investigate crime, corruption
092|ACCUSE|investigate|human_rights|-2.0|Investigate human rights abuses
093|ACCUSE|investigate|military|-2.0|Investigate military action
100|REQUEST|||-5.0|Make a demand or request
101|REQUEST|assist||-5.0|Demand material cooperation
103|REQUEST|assist||-5.0|Demand aid
1033|REQUEST|assist|humanitarian|-5.0|Demand humanitarian aid
104|REQUEST|change|political_institutions|-5.0|Demand political reform
1041|REQUEST|change|executive|-5.0|Demand change in leadership
105|REQUEST|change|legal|-5.0|Demand that target yields
1053|REQUEST|yield|legal|-5.0|Demand release of persons or property
1054|REQUEST|yield|economic|-5.0|Demand easing of economic sanctions
1056|REQUEST|yield|military|-5.0|Demand de-escalation of military engagement
106|REQUEST|meet|diplomatic|-5.0|Demand meeting, negotiation
110|ACCUSE|disapprove||-2.0|Disapprove
111|ACCUSE|disapprove||-2.0|Criticize or denounce
112|ACCUSE|disapprove||-2.0|Accuse
1121|ACCUSE|allege|crime; corruption|-2.0|Accuse of crime, corruption
1122|ACCUSE|allege|human_rights|-2.0|Accuse of human rights abuses
1123|ACCUSE|allege|military|-2.0|Accuse of aggression
1125|ACCUSE|allege|legal|-2.0|Accuse of espionage, treason
114|ACCUSE|allege|diplomatic|-2.0|Complain officially
115|ACCUSE|allege|legal|-2.0|Bring lawsuit against
116|ACCUSE|disapprove|legal|-2.0|Find guilty or liable
120|REJECT|||-4.0|Reject
121|REJECT|assist||-4.0|Reject material cooperation
122|REJECT|assist||-4.0|Reject request for material aid
123|REJECT|change|political_institutions|-4.0|Reject request for political reform
124|REJECT|change||-5.0|Decline to yield
125|REJECT|meet|diplomatic|-5.0|Reject proposal to meet, discuss, negotiate
127|REJECT|meet|diplomatic|-5.0|Reject plan, agreement to settle dispute
128|REJECT|yield|legal|-5.0|Defy norms, law
129|REJECT|yield|diplomatic|-5.0|Veto
130|THREATEN|||-4.4|Threaten
131|THREATEN|||-5.8|Threaten non-force
1312|THREATEN|restrict|economic|-5.8|Threaten to boycott, embargo, or sanction
1313|THREATEN|relations|diplomatic|-5.8|Threaten to reduce or break relations
137|THREATEN|violence|pro_autocracy|-7.0|Threaten with violent repression
138|THREATEN|violence|military|-7.0|Threaten with military force
139|THREATEN|relations|diplomatic|-7.0|Give ultimatum
140|PROTEST|||-6.5|Engage in political dissent
141|PROTEST|demo||-6.5|Demonstrate or rally
142|PROTEST|hunger||-6.5|Conduct hunger strike
143|PROTEST|boycott||-6.5|Conduct strike or boycott
144|PROTEST|obstruct||-7.5|Obstruct passage, block
145|PROTEST|riot||-7.5|Protest violently, riot
150|MOBILIZE|||-7.2|Demonstrate military or police power
151|MOBILIZE|police||-7.2|Increase police alert status
152|MOBILIZE|troops|military|-7.2|Increase military alert status
153|MOBILIZE|police||-7.2|Mobilize or increase police power
154|MOBILIZE|troops|military|-7.2|Mobilize or increase armed forces
160|SANCTION|||-4.0|Reduce relations
161|SANCTION|withdraw|diplomatic|-4.0|Reduce or break diplomatic relations
162|SANCTION|discontinue|human_security|-5.6|Reduce or stop aid
1621|SANCTION|discontinue|economic|-5.6|Reduce or stop economic assistance
1622|SANCTION|discontinue|military|-5.6|Reduce or stop military assistance
163|SANCTION|restrict|economic|-8.0|Impose embargo, boycott, or sanctions
164|SANCTION|withdraw|diplomatic|-7.0|Halt negotiations
166|SANCTION|expel|diplomatic|-7.0|Expel or withdraw
170|COERCE|||-7.0|Coerce
171|COERCE|seize|human_security|-9.2|Seize or damage property
1711|COERCE|seize|human_security|-9.2|Confiscate property
172|COERCE|restrict|executive|-5.0|Impose administrative sanctions
1721|COERCE|censor|rights_freedoms|-5.0|Impose restrictions on freedoms of speech and expression
1722|COERCE|ban|pro_autocracy|-5.0|Ban political parties or politicians
1723|COERCE|curfew|pro_autocracy|-5.0|Impose curfew
1724|COERCE|martial-law|pro_autocracy|-5.0|Impose state of emergency or martial law
173|COERCE|arrest|legal|-5.0|Arrest, detain, or charge with legal action
174|COERCE|deport|legal|-5.0|Expel or deport individuals
175|COERCE||repression|-9.0|Use tactics of violent repression
191|COERCE|restrict|military|-9.5|Impose blockade, restrict movement
192|COERCE|seize|military|-9.5|Occupy territory
180|ASSAULT|||-9.0|Use unconventional violence
181|ASSAULT|abduct||-9.0|Abduct, hijack, or take hostage
182|ASSAULT|beat||-9.5|Physically assault
1822|ASSAULT|torture||-9.5|Torture
1823|ASSAULT|||-9.5|Kill by physical assault
183|ASSAULT|explosives||-10.0|Conduct suicide, car, or other non-military bombing
1831|ASSAULT|suicide-attack||-10.0|Carry out suicide bombing
1832|ASSAULT|explosives||-10.0|Carry out car bombing
185|ASSAULT|assassinate||-8.0|Attempt to assassinate
186|ASSAULT|assassinate||-10.0|Assassinate
190|ASSAULT||military|-10.0|Use conventional military force
193|ASSAULT|firearms|military|-10.0|Fight with small arms and light weapons
194|ASSAULT|heavy-weapons|military|-10.0|Fight with artillery and tanks
195|ASSAULT|aerial|military|-10.0|Employ aerial weapons
196|ASSAULT||legal; military|-9.5|Violate ceasefire
202|ASSAULT|massacre|religion_ethnicity|-10.0|Engage in mass killings
203|ASSAULT|cleansing|religion_ethnicity|-10.0|Engage in ethnic cleansing
204|ASSAULT|unconventional|cbrn|-10.0|Use weapons of mass destruction
`;

/** CAMEO's QuadClass by two-digit root, as GDELT exports it. */
function quadOf(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

let table: Map<string, CameoCode> | undefined;

function load(): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  for (const line of ROWS.split('\n')) {
    if (!line.trim()) continue;
    const [code, type, mode, contexts, goldstein, label] = line.split('|');
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`cameo.ts: ${code}: unknown PLOVER type ${type}`);
    out.set(code, {
      code,
      type: type as PloverType,
      ...(mode && { mode }),
      contexts: contexts ? contexts.split(';').map((c) => c.trim()) : [],
      quad: quadOf(code),
      goldstein: Number(goldstein),
      label,
    });
  }
  return out;
}

/** The entry for a CAMEO code, or undefined when the table does not know it. */
export function cameoCode(code: string): CameoCode | undefined {
  table ??= load();
  return table.get(code);
}

/** Every code in the table. */
export function cameoCodes(): CameoCode[] {
  table ??= load();
  return [...table.values()];
}
