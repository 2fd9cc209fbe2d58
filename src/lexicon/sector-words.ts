/**
 * Sector vocabulary: words and phrases that say what part of society an actor acts for
 * ("minister" → GOV, "rebels" → REB). Phrases are in nameKey() form and singular; regular plurals
 * are found by the lookup. The longest phrase wins ("central bank" over "bank", "state news
 * agency" over "news agency").
 *
 * `generic` marks words that name a position in some body without saying which (president,
 * leader, spokesman): the body's own sector wins when the text names one ("President of the
 * Chadian Human Rights League" → SOC); alone they keep the sector given here.
 */
export interface SectorWord {
  sector: string;
  generic?: boolean;
}

const GOV = ['government', 'govt', 'administration', 'authorities', 'authority', 'regime', 'cabinet', 'ministry', 'minister',
  'prime minister', 'premier', 'deputy prime minister', 'foreign minister', 'defense minister', 'defence minister',
  'interior minister', 'finance minister', 'minister of defense', 'minister of defence', 'defense ministry', 'defence ministry',
  'ministry of defense', 'ministry of defence', 'defense secretary', 'defence secretary', 'secretary of defense',
  'secretary of state', 'foreign secretary', 'home secretary', 'home office', 'foreign office', 'foreign ministry', 'state department',
  'department', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch', 'crown prince', 'royal court',
  'presidency', 'presidential palace', 'vice president', 'governor', 'governorate', 'state government', 'provincial government',
  'local government', 'municipality', 'mayor', 'city council', 'city hall', 'diplomat', 'ambassador', 'envoy', 'embassy', 'consulate',
  'consul', 'foreign service', 'official', 'officials', 'bureaucrat', 'civil servant', 'central bank', 'treasury', 'ombudsman',
  'ombudsperson', 'state news agency', 'official news agency', 'state media', 'state television', 'state tv',
  'regulator', 'customs', 'election commission', 'electoral commission', 'state council', 'politburo', 'junta', 'head of state',
  'head of government', 'attorney general', 'prosecutor general', 'negotiator', 'delegation',
  'national security adviser', 'national security advisor', 'state agency'];
const GOV_GENERIC = ['president', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'deputy secretary', 'adviser', 'advisor',
  'chairman', 'chairwoman', 'chair', 'head', 'leader', 'leadership', 'chief', 'director', 'director general', 'secretary general',
  'commissioner', 'deputy', 'representative', 'office', 'council', 'committee', 'commission', 'member', 'members'];
const UNK_GENERIC = ['group', 'groups', 'organization', 'organisation', 'body', 'team'];
const MIL = ['army', 'military', 'armed forces', 'troops', 'troop', 'soldier', 'soldiers', 'general', 'lieutenant general',
  'major general', 'brigadier general', 'colonel general', 'colonel', 'lieutenant colonel', 'commander', 'admiral', 'navy', 'naval forces',
  'fleet', 'air force', 'warplane', 'fighter jet', 'jets', 'bomber', 'warship', 'destroyer', 'frigate', 'submarine', 'aircraft carrier',
  'marines', 'marine corps', 'infantry', 'brigade', 'battalion', 'regiment', 'division', 'defense forces', 'defence forces',
  'national guard', 'republican guard', 'revolutionary guards', 'special forces', 'paratroopers', 'artillery', 'tanks',
  'military intelligence', 'general staff', 'chief of staff', 'joint chiefs of staff', 'defense department', 'defence department',
  'department of defense', 'pentagon', 'ministry of war', 'forces', 'force', 'military officer', 'officer', 'sailor', 'pilot', 'coast guard',
  'peacekeeping force', 'peacekeeper', 'peacekeepers', 'peacekeeping troops', 'missile forces', 'drone', 'drones'];
const LEG = ['parliament', 'parliamentarian', 'parliamentary', 'legislature', 'legislator', 'lawmaker', 'assembly', 'national assembly',
  'supreme assembly', "supreme people's assembly", 'congress', 'congressman', 'congresswoman', 'congressional', 'senate', 'senator',
  'house of representatives', 'house of commons', 'house of lords', 'mp', 'member of parliament', 'deputies', 'speaker',
  'legislative council', 'duma', 'state duma', 'chief minister'];
const JUD = ['court', 'supreme court', 'high court', 'constitutional court', 'tribunal', 'judge', 'justice', 'chief justice', 'judiciary',
  'prosecutor', 'prosecution', 'lawyer', 'attorney', 'barrister', 'magistrate', 'jury', 'public prosecutor', 'bar association'];
const COP = ['police', 'policeman', 'policemen', 'police officer', 'police station', 'cop', 'gendarmerie', 'gendarme', 'riot police',
  'border guard', 'border police', 'border patrol', 'coast guard officer', 'immigration', 'immigration officer', 'immigration inspector',
  'immigration agent', 'customs officer', 'security forces', 'interior ministry troops', 'law enforcement', 'prison guard', 'jailer', 'sheriff'];
const SPY = ['intelligence', 'intelligence agency', 'intelligence service', 'spy agency', 'spy', 'spies', 'security service', 'secret service',
  'secret police', 'counterintelligence', 'intelligence officer', 'intelligence chief', 'spymaster'];
const REB = ['rebel', 'rebels', 'militant', 'insurgent', 'insurgency', 'guerrilla', 'guerrillas', 'separatist', 'jihadist', 'jihadists',
  'terrorist', 'terrorists', 'extremist', 'extremists', 'rebel group', 'armed group', 'liberation front', 'resistance', 'mujahideen', 'fighter', 'fighters'];
const OPP = ['opposition', 'opposition leader', 'opposition party', 'dissident', 'dissidents', 'opposition figure', 'anti government'];
const PTY = ['party', 'political party', 'candidate', 'hopeful', 'presidential candidate', 'nominee', 'campaign', 'party leader', 'party official', 'democrats',
  'republicans', 'communist party', 'ruling party', 'coalition partner', 'politician'];
const BUS = ['company', 'firm', 'corporation', 'corp', 'business', 'businessman', 'businesswoman', 'businessmen', 'businesspeople', 'bank', 'banker',
  'investor', 'investors', 'trader', 'traders', 'executive', 'ceo', 'chief executive', 'industry', 'manufacturer', 'conglomerate',
  'multinational', 'corporate', 'enterprise', 'chamber of commerce', 'employer', 'shareholders', 'oil company', 'airline', 'retailer',
  'inc', 'ltd', 'plc', 'llc'];
const CVL = ['civilian', 'civilians', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'resident', 'residents', 'citizen', 'citizens',
  'people', 'population', 'public', 'villager', 'villagers', 'tourist', 'tourists', 'prisoner', 'prisoners', 'political prisoner', 'hostage',
  'hostages', 'parent', 'parents', 'child', 'children', 'schoolchildren', 'student', 'students', 'family', 'families', 'crowd', 'mob',
  'voter', 'voters', 'consumer', 'consumers', 'passenger', 'passengers', 'pedestrian', 'inhabitant', 'inhabitants', 'locals', 'youth',
  'women', 'woman', 'victim', 'victims', 'detainee', 'detainees', 'shopkeeper', 'worker', 'workers', 'ordinary people', 'society', 'athlete',
  'fan', 'fans', 'amusement park', 'neighbourhood', 'neighborhood', 'elder', 'elders', 'traditional elders', 'tribal elders',
  'settler', 'settlers', 'miner', 'miners', 'trucker', 'truckers', 'truck driver', 'dockworker', 'dockworkers', 'pensioner', 'pensioners'];
const EDU = ['university', 'college', 'institute', 'think tank', 'professor', 'research fellow', 'senior research fellow', 'fellow',
  'researcher', 'scholar', 'academic', 'academics', 'analyst', 'expert', 'scientist', 'school', 'teacher', 'lecturer', 'academy',
  'school of government', 'research center', 'research centre', 'center for strategic and international studies', 'studies'];
const JRN = ['news agency', 'newspaper', 'journalist', 'reporter', 'correspondent', 'editor', 'media', 'press', 'news', 'broadcaster',
  'television', 'tv', 'radio', 'magazine', 'daily', 'news outlet', 'blogger', 'columnist', 'photographer', 'wire service'];
const MED = ['hospital', 'doctor', 'doctors', 'physician', 'nurse', 'nurses', 'medic', 'medics', 'paramedic', 'health ministry',
  'ministry of health', 'health minister', 'health official', 'health authorities', 'clinic', 'ambulance', 'surgeon', 'red cross',
  'medical', 'health workers', 'epidemiologist'];
const LAB = ['union', 'trade union', 'labor union', 'labour union', 'unionist', 'labor', 'labour', 'strikers', 'workers union'];
const REF = ['refugee', 'refugees', 'displaced', 'displaced people', 'displaced persons', 'internally displaced', 'asylum seeker',
  'asylum seekers', 'migrant', 'migrants', 'evacuees'];
const REL = ['cleric', 'clerics', 'church', 'imam', 'mosque', 'priest', 'pope', 'vatican', 'bishop', 'archbishop', 'rabbi', 'ayatollah',
  'mullah', 'monk', 'monks', 'clergy', 'clergyman', 'muslim', 'muslims', 'christian', 'christians', 'buddhist', 'buddhists', 'hindu',
  'hindus', 'jewish', 'jews', 'catholic', 'catholics', 'religious leader', 'religious leaders', 'sheikh', 'mufti', 'patriarch', 'diocese', 'synagogue', 'temple',
  'fundamentalist', 'fundamentalists', 'islamic fundamentalist', 'moslem', 'moslems'];
const SOC = ['activist', 'activists', 'human rights', 'human rights league', 'civil society', 'campaigner', 'campaigners', 'movement',
  'pro democracy movement', 'environmentalist', 'advocacy group', 'watchdog', 'league', 'association', 'foundation', 'charity'];
const NGO = ['ngo', 'non governmental organization', 'non governmental organisation', 'aid group', 'aid agency', 'aid workers',
  'humanitarian group', 'rights group', 'human rights group', 'red crescent', 'red crescent society', 'red cross society', 'relief agency'];
const AGR = ['farmer', 'farmers', 'peasant', 'peasants', 'herder', 'herders', 'rancher', 'fisherman', 'fishermen', 'growers'];
const CRM = ['criminal', 'criminals', 'gang', 'gangs', 'gang confederation', 'cartel', 'cartels', 'syndicate', 'mafia', 'smuggler', 'smugglers',
  'trafficker', 'traffickers', 'drug lord', 'pirates', 'kidnappers', 'thief', 'thieves', 'robbers', 'car theft syndicate', 'crime group'];
const UAF = ['gunman', 'gunmen', 'mercenary', 'mercenaries', 'attackers', 'assailants', 'armed men', 'militia', 'militias', 'bandits',
  'unidentified gunmen'];
const PRM = ['paramilitary', 'paramilitaries', 'paramilitary organization', 'paramilitary organisation', 'paramilitary force',
  'self defense forces', 'self defence forces', 'self defense group', 'death squad'];
const PRE = ['partially recognized country', 'partially recognised country', 'partially recognized state', 'partially recognised state',
  'breakaway region', 'breakaway republic', 'self proclaimed republic', 'unrecognized state', 'unrecognised state', 'quasi state'];
const UNK = ['man', 'men', 'person', 'persons', 'individual', 'individuals', 'occupiers', 'someone', 'somebody',
  'regions', 'region', 'area', 'areas'];
const ELI = ['former president', 'former minister', 'former prime minister', 'former official', 'former leader', 'ex president',
  'retired general', 'first lady', 'former secretary', 'elder statesman', 'royal family', 'prince', 'princess', 'aristocrat', 'tycoon',
  'oligarch', 'billionaire'];

function table(): Map<string, SectorWord> {
  const map = new Map<string, SectorWord>();
  const add = (words: readonly string[], sector: string, generic = false): void => {
    for (const w of words) map.set(w, generic ? { sector, generic } : { sector });
  };
  add(GOV, 'GOV'); add(GOV_GENERIC, 'GOV', true); add(MIL, 'MIL'); add(LEG, 'LEG'); add(JUD, 'JUD'); add(COP, 'COP');
  add(SPY, 'SPY'); add(REB, 'REB'); add(OPP, 'OPP'); add(PTY, 'PTY'); add(BUS, 'BUS'); add(CVL, 'CVL'); add(EDU, 'EDU');
  add(JRN, 'JRN'); add(MED, 'MED'); add(LAB, 'LAB'); add(REF, 'REF'); add(REL, 'REL'); add(SOC, 'SOC'); add(NGO, 'NGO');
  add(AGR, 'AGR'); add(CRM, 'CRM'); add(UAF, 'UAF'); add(PRM, 'PRM'); add(PRE, 'PRE'); add(UNK, 'UNK'); add(UNK_GENERIC, 'UNK', true); add(ELI, 'ELI');
  return map;
}

export const SECTOR_WORDS: ReadonlyMap<string, SectorWord> = table();

/**
 * Words before a role that change its sector (a Map, so that words like "constructor" are not
 * read from Object's prototype): a former minister is an elite (ELI), not the
 * government; "ordinary Kazakhs" are civilians whatever else the phrase says.
 */
export const SECTOR_MODIFIERS: ReadonlyMap<string, { sector: string; from: readonly string[] | 'any' }> = new Map(Object.entries({
  former: { sector: 'ELI', from: ['GOV', 'LEG', 'MIL', 'JUD', 'COP', 'SPY', 'PTY'] },
  ex: { sector: 'ELI', from: ['GOV', 'LEG', 'MIL', 'JUD', 'COP', 'SPY', 'PTY'] },
  retired: { sector: 'ELI', from: ['GOV', 'LEG', 'MIL', 'JUD', 'COP', 'SPY'] },
  ordinary: { sector: 'CVL', from: 'any' },
  official: { sector: 'GOV', from: ['JRN'] },
  state: { sector: 'GOV', from: ['JRN'] },
}));

/**
 * Sectors that say whose side an actor is on or what has become of them; they outrank the function
 * a word names ("rebel commander" → REB, "displaced families" → REF).
 */
export const AFFILIATION_SECTORS: ReadonlySet<string> = new Set(['REB', 'OPP', 'ELI', 'REF']);

/** Pronouns: an actor that is only a pronoun is UNK until coreference says more. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'we', 'i', 'you']);
