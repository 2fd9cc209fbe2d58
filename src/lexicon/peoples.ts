import { nameKey, singularsOf } from './name-key.js';

/**
 * Ethnic and national communities named by a word that is not a country's demonym ("Ibo elders",
 * "Kurdish rebels"), with the country the word implies, or null where the people live across
 * borders and the word alone cannot say which country (Kurds: Iraq, Turkey, Syria, Iran). The table
 * is consulted before the country table, so an ambiguous people never takes one country's code.
 * Keys are nameKey() forms, singular; plurals are found by the lookup. Each word has the name news
 * gives its people, the plural noun where there is one.
 */
const ROWS: readonly (readonly [word: string, country: string | null, name: string])[] = [
  // Nigeria
  ['ibo', 'NGA', 'Igbo'], ['igbo', 'NGA', 'Igbo'], ['yoruba', 'NGA', 'Yoruba'], ['ijaw', 'NGA', 'Ijaw'], ['ogoni', 'NGA', 'Ogoni'],
  // Elsewhere in Africa
  ['zulu', 'ZAF', 'Zulus'], ['xhosa', 'ZAF', 'Xhosa'], ['afrikaner', 'ZAF', 'Afrikaners'], ['kikuyu', 'KEN', 'Kikuyu'],
  ['kalenjin', 'KEN', 'Kalenjin'], ['shona', null, 'Shona'], ['ndebele', null, 'Ndebele'], ['amhara', 'ETH', 'Amhara'],
  ['oromo', 'ETH', 'Oromo'], ['tigrayan', 'ETH', 'Tigrayans'], ['dinka', 'SSD', 'Dinka'], ['nuer', 'SSD', 'Nuer'],
  ['darfuri', 'SDN', 'Darfuris'], ['tuareg', null, 'Tuareg'], ['hutu', null, 'Hutu'], ['tutsi', null, 'Tutsi'],
  ['fulani', null, 'Fulani'], ['hausa', null, 'Hausa'],
  // Asia
  ['pashtun', null, 'Pashtuns'], ['baluch', null, 'Baluch'], ['hazara', 'AFG', 'Hazaras'], ['sikh', 'IND', 'Sikhs'],
  ['kashmiri', null, 'Kashmiris'], ['tamil', null, 'Tamils'], ['sinhalese', 'LKA', 'Sinhalese'], ['rohingya', 'MMR', 'Rohingya'],
  ['uighur', 'CHN', 'Uighurs'], ['uyghur', 'CHN', 'Uighurs'], ['tibetan', 'CHN', 'Tibetans'], ['moro', 'PHL', 'Moros'],
  ['acehnese', 'IDN', 'Acehnese'], ['papuan', null, 'Papuans'],
  // Middle East, Caucasus, Europe
  ['kurd', null, 'Kurds'], ['kurdish', null, 'Kurds'], ['druze', null, 'Druze'], ['maronite', 'LBN', 'Maronites'],
  ['chechen', 'RUS', 'Chechens'], ['ingush', 'RUS', 'Ingush'], ['dagestani', 'RUS', 'Dagestanis'], ['tatar', null, 'Tatars'],
  ['abkhaz', 'GEO', 'Abkhaz'], ['ossetian', null, 'Ossetians'], ['basque', null, 'Basques'], ['catalan', 'ESP', 'Catalans'],
  ['corsican', 'FRA', 'Corsicans'], ['flemish', 'BEL', 'Flemish'], ['walloon', 'BEL', 'Walloons'],
];

export const PEOPLES: ReadonlyMap<string, string | null> = new Map(ROWS.map(([word, country]) => [word, country]));

const NAMES: ReadonlyMap<string, string> = new Map(ROWS.map(([word, , name]) => [word, name]));

/**
 * The name of the people a phrase names and nothing more ("Kurdish", "the Kurds", "Kurds" →
 * Kurds): the adjective and the noun of one people are one actor, named alike in every article.
 */
export function peopleName(phrase: string): string | undefined {
  const key = nameKey(phrase).replace(/^the /, '');
  for (const k of [key, ...singularsOf(key)]) {
    const name = NAMES.get(k);
    if (name) return name;
  }
  return undefined;
}
