/**
 * Head words of organisation names ("Institute for National Security Studies", "Tel Aviv University").
 * Lower-case; plural forms are listed where names use them ("Industries", "Studies").
 */
const ORG_HEADS = new Set([
  'institute', 'institution', 'university', 'college', 'school', 'academy', 'ministry', 'department',
  'agency', 'party', 'council', 'bank', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'co', 'company', 'group',
  'association', 'federation', 'union', 'league', 'committee', 'commission', 'organisation', 'organization',
  'foundation', 'fund', 'authority', 'board', 'bureau', 'office', 'service', 'services', 'court', 'parliament',
  'assembly', 'congress', 'senate', 'army', 'navy', 'force', 'forces', 'police', 'guard', 'front', 'movement',
  'alliance', 'coalition', 'club', 'society', 'center', 'centre', 'industries', 'holdings', 'airlines',
  'airways', 'news', 'times', 'post', 'journal', 'press', 'television', 'radio', 'exchange', 'tribunal',
  'brigade', 'brigades', 'militia', 'network', 'trust', 'charity', 'cabinet', 'government', 'administration', 'gmbh',
  'ag', 'sa', 'nv', 'bv', 'llc', 'limited', 'bancorp', 'securities', 'partners', 'motors', 'systems',
]);

/** Whether the word is the head of an organisation name. */
export function isOrgHead(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_HEADS.has(w.endsWith('.') ? w.slice(0, -1) : w);
}
