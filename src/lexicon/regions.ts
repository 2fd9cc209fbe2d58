/**
 * Regions and blocs that news treats as actors ("the West warned…"), with the CAMEO region codes
 * that stand in the country slot. Names are matched after nameKey().
 */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  WST: ['the west', 'west', 'western powers', 'western countries', 'western nations', 'western governments', 'western allies'],
  AFR: ['africa', 'african countries', 'african nations', 'african states', 'sub saharan africa'],
  ASA: ['asia', 'asian countries', 'asian nations'],
  EUR: ['europe', 'european countries', 'european nations', 'european governments', 'european powers'],
  MEA: ['middle east', 'mideast', 'middle eastern countries', 'near east', 'arab world', 'arab countries', 'arab states', 'arab nations'],
  LAM: ['latin america', 'latin american countries', 'south and central america'],
  SAM: ['south america', 'south american countries'],
  NMR: ['north america'],
  CAM: ['central america', 'central american countries'],
  CRB: ['caribbean', 'caribbean countries', 'caribbean nations'],
  BLK: ['balkans', 'balkan countries', 'balkan states'],
  CAU: ['caucasus', 'south caucasus'],
  CAS: ['central asia', 'central asian countries', 'central asian states'],
  EEU: ['eastern europe', 'east european countries', 'eastern european countries'],
  EAF: ['east africa', 'east african countries'],
  WAF: ['west africa', 'west african countries', 'west african states'],
  SAF: ['southern africa'],
  NAF: ['north africa', 'maghreb'],
  CFR: ['central africa'],
  SAS: ['south asia', 'subcontinent'],
  SEA: ['southeast asia', 'south east asia'],
  EAS: ['east asia', 'far east'],
  PGS: ['persian gulf', 'gulf states', 'gulf countries', 'gulf arab states'],
  MDT: ['mediterranean'],
  SCN: ['scandinavia', 'nordic countries', 'nordic states'],
  WSA: ['western sahara'],
};
