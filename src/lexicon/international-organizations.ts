/**
 * International organisations by name and acronym, with the code that stands in the country slot:
 * UNO for the United Nations and its organs, EUR for the European Union and its institutions, IGO
 * for every other inter-governmental body. A sector is given where the body has one (a court, a
 * parliament). Names are matched after nameKey().
 */
export interface OrganizationEntry {
  code: 'UNO' | 'EUR' | 'IGO';
  sector: string | null;
  names: readonly string[];
}

export const INTERNATIONAL_ORGANIZATIONS: readonly OrganizationEntry[] = [
  { code: 'UNO', sector: null, names: ['united nations', 'UN', 'the un', 'united nations organization'] },
  { code: 'UNO', sector: null, names: ['security council', 'un security council', 'united nations security council', 'UNSC'] },
  { code: 'UNO', sector: null, names: ['general assembly', 'un general assembly', 'united nations general assembly', 'UNGA'] },
  { code: 'UNO', sector: null, names: ['un secretary general', 'united nations secretary general', 'secretary general of the united nations', 'un chief'] },
  { code: 'UNO', sector: null, names: ['human rights council', 'un human rights council', 'unhrc'] },
  { code: 'UNO', sector: null, names: ['UNHCR', 'un refugee agency', 'united nations high commissioner for refugees'] },
  { code: 'UNO', sector: null, names: ['UNICEF', 'unicef', 'OCHA', 'UNDP', 'UNRWA', 'world food programme', 'WFP', 'UNESCO'] },
  { code: 'UNO', sector: 'MIL', names: ['un peacekeepers', 'un peacekeeping mission', 'un peacekeeping force', 'monusco', 'unifil', 'minusma'] },
  { code: 'UNO', sector: 'JUD', names: ['international court of justice', 'ICJ', 'world court'] },
  { code: 'IGO', sector: 'JUD', names: ['international criminal court', 'ICC'] },
  { code: 'IGO', sector: null, names: ['IAEA', 'international atomic energy agency', 'un nuclear watchdog', 'nuclear watchdog'] },
  { code: 'IGO', sector: 'MED', names: ['world health organization', 'world health organisation', 'WHO'] },
  { code: 'IGO', sector: null, names: ['international monetary fund', 'IMF'] },
  { code: 'IGO', sector: null, names: ['world bank', 'world bank group'] },
  { code: 'IGO', sector: null, names: ['world trade organization', 'world trade organisation', 'WTO'] },
  { code: 'IGO', sector: null, names: ['international labour organization', 'international labor organization', 'international labour office', 'international labor office', 'ILO'] },
  { code: 'IGO', sector: null, names: ['organisation for the prohibition of chemical weapons', 'organization for the prohibition of chemical weapons', 'OPCW'] },
  { code: 'EUR', sector: null, names: ['european union', 'EU', 'the eu', 'brussels'] },
  { code: 'EUR', sector: null, names: ['european community', 'european communities', 'european economic community', 'EEC', 'common market'] },
  { code: 'EUR', sector: null, names: ['european commission', 'EC', 'european council', 'council of the european union', 'eu commission'] },
  { code: 'EUR', sector: 'LEG', names: ['european parliament', 'europarliament', 'eu parliament', 'eu legislature'] },
  { code: 'EUR', sector: 'JUD', names: ['european court of justice', 'court of justice of the european union'] },
  { code: 'EUR', sector: null, names: ['european central bank', 'ECB'] },
  { code: 'IGO', sector: 'JUD', names: ['european court of human rights', 'ECHR'] },
  { code: 'IGO', sector: null, names: ['council of europe'] },
  { code: 'IGO', sector: 'MIL', names: ['NATO', 'nato', 'north atlantic treaty organization', 'north atlantic treaty organisation', 'atlantic alliance', 'western alliance'] },
  { code: 'IGO', sector: 'MIL', names: ['collective security treaty organization', 'collective security treaty organisation', 'CSTO'] },
  { code: 'IGO', sector: null, names: ['organization for security and co operation in europe', 'organisation for security and co operation in europe', 'organization for security and cooperation in europe', 'OSCE'] },
  { code: 'IGO', sector: null, names: ['african union', 'AU', 'organization of african unity', 'OAU'] },
  { code: 'IGO', sector: null, names: ['arab league', 'league of arab states'] },
  { code: 'IGO', sector: null, names: ['gulf cooperation council', 'GCC', 'cooperation council for the arab states of the gulf'] },
  { code: 'IGO', sector: null, names: ['organization of islamic cooperation', 'organisation of islamic cooperation', 'OIC', 'organization of the islamic conference'] },
  { code: 'IGO', sector: null, names: ['association of southeast asian nations', 'ASEAN'] },
  { code: 'IGO', sector: null, names: ['organization of american states', 'organisation of american states', 'OAS'] },
  { code: 'IGO', sector: null, names: ['OPEC', 'organization of the petroleum exporting countries', 'organisation of the petroleum exporting countries', 'opec+'] },
  { code: 'IGO', sector: null, names: ['shanghai cooperation organization', 'shanghai cooperation organisation', 'SCO'] },
  { code: 'IGO', sector: null, names: ['ECOWAS', 'economic community of west african states'] },
  { code: 'IGO', sector: null, names: ['SADC', 'southern african development community'] },
  { code: 'IGO', sector: null, names: ['IGAD', 'intergovernmental authority on development'] },
  { code: 'IGO', sector: null, names: ['eurasian economic union', 'commonwealth of independent states', 'CIS'] },
  { code: 'IGO', sector: null, names: ['commonwealth', 'commonwealth of nations'] },
  { code: 'IGO', sector: null, names: ['G7', 'group of seven', 'G8', 'group of eight', 'G20', 'group of twenty', 'BRICS'] },
  { code: 'IGO', sector: null, names: ['OECD', 'organisation for economic co operation and development', 'organization for economic cooperation and development'] },
  { code: 'IGO', sector: null, names: ['interpol'] },
  { code: 'IGO', sector: null, names: ['mercosur', 'APEC', 'asian development bank', 'african development bank', 'bank for international settlements'] },
  { code: 'IGO', sector: null, names: ['quartet', 'international community'] },
];
