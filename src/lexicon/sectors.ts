/**
 * PLOVER actor sectors: what part of a society an actor acts for. The country is kept apart
 * (ISO 3166-1 alpha-3 or a region/organisation code); the sector is one of these.
 */
export const SECTORS: Readonly<Record<string, string>> = {
  GOV: 'government, executive',
  MIL: 'military',
  LEG: 'legislature',
  JUD: 'judiciary, lawyers',
  COP: 'police, border and immigration enforcement',
  SPY: 'intelligence services',
  REB: 'rebels, insurgents',
  OPP: 'political opposition',
  PTY: 'political parties, candidates',
  BUS: 'business',
  CVL: 'civilians',
  EDU: 'education, research',
  ELI: 'elites, former office-holders',
  JRN: 'journalists, news media',
  MED: 'health, medical',
  LAB: 'labour',
  REF: 'refugees, displaced people',
  REL: 'religion',
  SOC: 'civil society, social movements',
  NGO: 'non-governmental organisations',
  AGR: 'agriculture',
  CRM: 'criminals',
  UAF: 'unidentified armed forces',
  PRM: 'paramilitaries, militias',
  PRE: 'partially recognised states',
  UNK: 'unknown, unspecified',
};

/**
 * CAMEO role codes whose PLOVER reading differs or is folded into a broader sector. CAMEO's MED is
 * the media (PLOVER JRN) and HLH is health (PLOVER MED); religions become REL.
 */
export const CAMEO_SECTOR_TO_PLOVER: Readonly<Record<string, string>> = {
  MED: 'JRN',
  HLH: 'MED',
  MUS: 'REL', CHR: 'REL', JEW: 'REL', BUD: 'REL', HIN: 'REL', CTH: 'REL', PRO: 'REL', MOS: 'REL',
  HRI: 'NGO',
  IRC: 'NGO',
  INS: 'REB',
  SEP: 'REB',
  RAD: 'REB',
  MOD: 'OPP',
  PPL: 'CVL',
  ENV: 'SOC',
  DEV: 'NGO',
};

export function isSector(code: string): boolean {
  return Object.hasOwn(SECTORS, code);
}
