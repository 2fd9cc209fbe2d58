/**
 * Non-governmental organisations that act across borders (Amnesty International, the Red Cross).
 * They belong to no country; the PLOVER gold-standard records write IGO in the country slot for
 * them as for inter-governmental bodies, and the sector says what they are (NGO, or MED for the
 * medical relief bodies). National societies ("the Iranian Red Crescent") are coded by their
 * country through the sector words instead. Names are matched after nameKey().
 */
export interface NgoEntry {
  sector: string;
  names: readonly string[];
}

export const TRANSNATIONAL_NGOS: readonly NgoEntry[] = [
  { sector: 'NGO', names: ['amnesty international'] },
  { sector: 'NGO', names: ['human rights watch', 'HRW'] },
  { sector: 'NGO', names: ['reporters without borders', 'reporters sans frontieres', 'RSF', 'committee to protect journalists', 'CPJ'] },
  { sector: 'NGO', names: ['international crisis group', 'transparency international', 'oxfam', 'greenpeace', 'save the children', 'care international'] },
  { sector: 'NGO', names: ['physicians for human rights', 'international federation for human rights', 'FIDH'] },
  { sector: 'MED', names: ['red cross', 'international red cross', 'international committee of the red cross', 'ICRC'] },
  { sector: 'MED', names: ['international federation of red cross and red crescent societies', 'IFRC'] },
  { sector: 'MED', names: ['medecins sans frontieres', 'doctors without borders', 'MSF'] },
];
