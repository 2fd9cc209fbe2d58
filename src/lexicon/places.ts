import { nameKey } from './name-key.js';
import { PLACE_HEADS } from './place-heads.js';

/**
 * Cities and first-level subdivisions that news names without their country ("Shanghai
 * authorities", "Kano State government", "Sydney"): the largest and the most reported, beyond
 * the capitals the country table knows. Names are in nameKey() form, `|`-separated. Left out:
 * names shared by two countries (Punjab, Valencia, Cordoba), by a country (Georgia) or common as
 * people's names (Victoria, Florence, Austin, Houston, Jackson).
 */
const PLACES: Readonly<Record<string, string>> = {
  USA: 'new york|new york city|los angeles|chicago|san francisco|boston|philadelphia|miami|seattle|atlanta|detroit|dallas|'
    + 'denver|las vegas|phoenix|san diego|new orleans|baltimore|pittsburgh|minneapolis|cleveland|st louis|'
    + 'california|texas|florida|new jersey|pennsylvania|ohio|michigan|illinois|arizona|nevada|virginia|'
    + 'north carolina|south carolina|alabama|mississippi|louisiana|tennessee|kentucky|missouri|iowa|wisconsin|'
    + 'minnesota|colorado|utah|oregon|idaho|montana|wyoming|nebraska|kansas|oklahoma|arkansas|indiana|'
    + 'massachusetts|connecticut|maryland|delaware|vermont|new hampshire|maine|alaska|hawaii|new mexico|'
    + 'north dakota|south dakota|west virginia|rhode island',
  CAN: 'toronto|montreal|vancouver|calgary|edmonton|winnipeg|quebec|ontario|british columbia|alberta|manitoba|'
    + 'saskatchewan|nova scotia|new brunswick|newfoundland',
  MEX: 'guadalajara|monterrey|tijuana|ciudad juarez|juarez|acapulco|cancun|culiacan|puebla|sinaloa|sonora|chihuahua|'
    + 'jalisco|michoacan|tamaulipas|baja california|oaxaca|chiapas|veracruz|nuevo leon|zacatecas|guanajuato',
  BRA: 'sao paulo|rio de janeiro|belo horizonte|manaus|recife|porto alegre|curitiba|fortaleza|'
    + 'minas gerais|bahia|amazonia|parana|rio grande do sul',
  ARG: 'patagonia',
  COL: 'medellin|cali|cartagena|barranquilla|santa marta|antioquia|cauca|choco|narino|catatumbo',
  VEN: 'maracaibo|zulia',
  PER: 'arequipa|cusco|cuzco|puno|ayacucho',
  CHL: 'valparaiso|araucania',
  BOL: 'santa cruz de la sierra|cochabamba',
  ECU: 'guayaquil',
  GBR: 'manchester|birmingham|liverpool|glasgow|edinburgh|belfast|cardiff|leeds|sheffield|bristol|scotland|wales|'
    + 'northern ireland|england',
  FRA: 'marseille|lyon|toulouse|bordeaux|lille|strasbourg|nantes|corsica|normandy',
  DEU: 'hamburg|munich|frankfurt|cologne|stuttgart|dusseldorf|leipzig|dresden|bavaria|saxony',
  ITA: 'milan|naples|turin|venice|genoa|palermo|bologna|sicily|sardinia|lombardy|lampedusa',
  ESP: 'barcelona|seville|bilbao|malaga|catalonia|basque country|andalusia|galicia|canary islands',
  NLD: 'rotterdam|the hague',
  BEL: 'antwerp|flanders|wallonia',
  CHE: 'geneva|zurich|davos|lausanne',
  AUT: 'salzburg|graz',
  POL: 'krakow|gdansk|wroclaw',
  UKR: 'kharkiv|kharkov|odesa|odessa|lviv|dnipro|mariupol|donetsk|luhansk|lugansk|kherson|zaporizhzhia|'
    + 'zaporizhia|bakhmut|avdiivka|kramatorsk|sumy|chernihiv|mykolaiv|donbas|donbass|bucha|irpin',
  RUS: 'st petersburg|saint petersburg|vladivostok|novosibirsk|yekaterinburg|kazan|sochi|murmansk|kaliningrad|'
    + 'chechnya|dagestan|ingushetia|siberia|belgorod|kursk|rostov|rostov on don|volgograd|grozny',
  TUR: 'istanbul|izmir|antalya|diyarbakir|gaziantep|incirlik',
  GRC: 'thessaloniki|lesbos|crete',
  CHN: 'shanghai|guangzhou|shenzhen|wuhan|chengdu|chongqing|tianjin|nanjing|hangzhou|xian|harbin|dalian|'
    + 'qingdao|urumqi|lhasa|xinjiang|tibet|guangdong|fujian|zhejiang|jiangsu|sichuan|yunnan|hubei|hunan|'
    + 'henan|hebei|shandong|shanxi|shaanxi|liaoning|jilin|heilongjiang|inner mongolia|guangxi|hainan|gansu|'
    + 'qinghai|ningxia|anhui|jiangxi|guizhou',
  TWN: 'kaohsiung|taichung|tainan',
  JPN: 'osaka|yokohama|kyoto|nagoya|kobe|sapporo|fukuoka|hiroshima|nagasaki|okinawa|fukushima|hokkaido',
  KOR: 'busan|pusan|incheon|daegu|gwangju',
  PRK: 'yongbyon|kaesong|hamhung|wonsan|punggye ri|sohae',
  IND: 'mumbai|bombay|delhi|kolkata|calcutta|chennai|madras|bengaluru|bangalore|hyderabad|ahmedabad|pune|'
    + 'jaipur|lucknow|kanpur|patna|srinagar|jammu|amritsar|chandigarh|bhopal|guwahati|'
    + 'uttar pradesh|maharashtra|bihar|west bengal|tamil nadu|karnataka|kerala|gujarat|rajasthan|'
    + 'madhya pradesh|andhra pradesh|telangana|odisha|orissa|assam|manipur|nagaland|mizoram|tripura|'
    + 'meghalaya|jharkhand|chhattisgarh|uttarakhand|himachal pradesh|haryana|goa|sikkim|arunachal pradesh|ladakh',
  PAK: 'karachi|lahore|peshawar|quetta|rawalpindi|faisalabad|multan|sindh|balochistan|baluchistan|'
    + 'khyber pakhtunkhwa|waziristan|north waziristan|south waziristan|azad kashmir',
  BGD: "chittagong|chattogram|cox's bazar|sylhet",
  AFG: 'kandahar|herat|mazar i sharif|jalalabad|kunduz|helmand|nangarhar|ghazni|panjshir|bagram|khost|'
    + 'kunar|badakhshan|uruzgan|zabul|paktia|paktika|faryab|balkh',
  IRN: 'isfahan|mashhad|tabriz|shiraz|qom|natanz|fordow|bushehr|ahvaz|khuzestan|sistan baluchestan',
  IRQ: 'mosul|basra|kirkuk|erbil|irbil|fallujah|ramadi|tikrit|najaf|karbala|anbar|nineveh|sulaimaniyah|'
    + 'dohuk|samarra|diyala|salahuddin|iraqi kurdistan',
  SYR: 'aleppo|homs|hama|idlib|raqqa|deir ez zor|deir el zor|daraa|latakia|tartus|palmyra|kobani|ghouta|'
    + 'eastern ghouta|qamishli|afrin|manbij',
  LBN: 'sidon|baalbek|bekaa',
  ISR: 'haifa|eilat|ashkelon|ashdod|sderot|beersheba|negev',
  PSE: 'ramallah|hebron|nablus|jenin|bethlehem|khan younis|rafah|jabalia|gaza city|tulkarm',
  JOR: 'zarqa|irbid|aqaba',
  EGY: 'alexandria|giza|luxor|aswan|port said|suez|sinai|north sinai|ismailia|sharm el sheikh',
  LBY: 'benghazi|misrata|sirte|derna|tobruk|sabha|cyrenaica|tripolitania|fezzan',
  TUN: 'sfax|sousse|sidi bouzid',
  DZA: 'oran',
  MAR: 'casablanca|marrakesh|marrakech|tangier|fez',
  SAU: 'jeddah|mecca|dammam|dhahran|jizan|najran',
  YEM: 'aden|hodeidah|taiz|marib|saada|mukalla|hadramout',
  ARE: 'dubai|abu dhabi|sharjah',
  SDN: 'darfur|north darfur|south darfur|west darfur|omdurman|port sudan|el fasher|kordofan|blue nile',
  SSD: 'malakal|bentiu',
  ETH: 'tigray|amhara|oromia|mekelle|bahir dar|gondar',
  SOM: 'kismayo|baidoa|puntland|somaliland|jubaland|beledweyne|galkayo',
  KEN: 'mombasa|kisumu|garissa|lamu',
  NGA: 'lagos|kano|kaduna|maiduguri|borno|yobe|adamawa|zamfara|katsina|sokoto|port harcourt|ibadan|'
    + 'enugu|benue|niger delta|kogi|kebbi|bauchi|gombe|taraba',
  COD: 'goma|bukavu|lubumbashi|kisangani|north kivu|south kivu|ituri|kasai|katanga',
  ZAF: 'johannesburg|durban|soweto|kwazulu natal|gauteng',
  MLI: 'timbuktu|gao|kidal|mopti|menaka',
  BFA: 'ouahigouya|djibo',
  NER: 'agadez|diffa|tillaberi',
  CMR: 'douala|bamenda|buea',
  MOZ: 'cabo delgado|beira|nampula',
  MMR: 'yangon|rangoon|mandalay|rakhine|kachin|sagaing|karen state',
  THA: 'chiang mai|phuket|pattani|narathiwat',
  PHL: 'cebu|davao|mindanao|marawi|quezon city|sulu|basilan',
  IDN: 'surabaya|bandung|medan|bali|aceh|papua|west papua|sulawesi|sumatra',
  MYS: 'penang|sarawak|johor',
  VNM: 'ho chi minh city|saigon|haiphong|da nang',
  AUS: 'sydney|melbourne|brisbane|perth|hobart|new south wales|queensland|tasmania|'
    + 'western australia|south australia|northern territory',
  NZL: 'auckland|christchurch',
};

let index: Map<string, string> | undefined;

function placeIndex(): Map<string, string> {
  if (!index) {
    index = new Map();
    for (const [country, names] of Object.entries(PLACES)) for (const n of names.split('|')) index.set(nameKey(n), country);
  }
  return index;
}

/** Every city and subdivision name, in nameKey() form. */
export function placeNames(): Iterable<string> {
  return placeIndex().keys();
}

/**
 * The country of a city or subdivision, by its name as written in nameKey() form ("kano" → NGA),
 * with or without a subdivision's head word ("kano state").
 */
export function placeCountry(key: string): string | null {
  const places = placeIndex();
  const hit = places.get(key);
  if (hit) return hit;
  const head = PLACE_HEADS.find((h) => key.endsWith(` ${h}`));
  return head ? places.get(key.slice(0, -head.length - 1)) ?? null : null;
}
