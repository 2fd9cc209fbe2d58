/**
 * Ethnic and national communities named by a word that is not a country's demonym ("Ibo elders",
 * "Kurdish rebels"), with the country the word implies, or null where the people live across
 * borders and the word alone cannot say which country (Kurds: Iraq, Turkey, Syria, Iran). The table
 * is consulted before the country table, so an ambiguous people never takes one country's code.
 * Keys are nameKey() forms, singular; plurals are found by the lookup.
 */
export const PEOPLES: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  // Nigeria
  ['ibo', 'NGA'], ['igbo', 'NGA'], ['yoruba', 'NGA'], ['ijaw', 'NGA'], ['ogoni', 'NGA'],
  // Elsewhere in Africa
  ['zulu', 'ZAF'], ['xhosa', 'ZAF'], ['afrikaner', 'ZAF'], ['kikuyu', 'KEN'], ['kalenjin', 'KEN'],
  ['shona', null], ['ndebele', null], ['amhara', 'ETH'], ['oromo', 'ETH'], ['tigrayan', 'ETH'], ['dinka', 'SSD'], ['nuer', 'SSD'],
  ['darfuri', 'SDN'], ['tuareg', null], ['hutu', null], ['tutsi', null], ['fulani', null], ['hausa', null],
  // Asia
  ['pashtun', null], ['baluch', null], ['hazara', 'AFG'], ['sikh', 'IND'], ['kashmiri', null], ['tamil', null],
  ['sinhalese', 'LKA'], ['rohingya', 'MMR'], ['uighur', 'CHN'], ['uyghur', 'CHN'],
  ['tibetan', 'CHN'], ['moro', 'PHL'], ['acehnese', 'IDN'], ['papuan', null],
  // Middle East, Caucasus, Europe
  ['kurd', null], ['kurdish', null], ['druze', null], ['maronite', 'LBN'], ['chechen', 'RUS'], ['ingush', 'RUS'],
  ['dagestani', 'RUS'], ['tatar', null], ['abkhaz', 'GEO'], ['ossetian', null], ['basque', null],
  ['catalan', 'ESP'], ['corsican', 'FRA'], ['flemish', 'BEL'], ['walloon', 'BEL'],
]);
