// PLOVER sector → the CAMEO role code GDELT writes after the country (USAGOV, IRNMIL). Sectors
// CAMEO has no role for (parties, religion as a sector, civil society, unknown) add nothing.

export const CAMEO_ROLES: Readonly<Record<string, string>> = {
  GOV: 'GOV', MIL: 'MIL', LEG: 'LEG', JUD: 'JUD', COP: 'COP', SPY: 'SPY', REB: 'REB', OPP: 'OPP',
  BUS: 'BUS', CVL: 'CVL', EDU: 'EDU', ELI: 'ELI', JRN: 'MED', MED: 'HLH', LAB: 'LAB', REF: 'REF',
  NGO: 'NGO', AGR: 'AGR', CRM: 'CRM', UAF: 'UAF',
};
