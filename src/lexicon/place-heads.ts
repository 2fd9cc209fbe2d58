/**
 * Words that end the official name of a country's subdivision ("Rakhine State", "Helmand Province"):
 * news often drops them, so a place a dictionary lists only with its head is found without it.
 */
export const PLACE_HEADS: readonly string[] = ['state', 'province', 'region', 'district', 'governorate', 'prefecture', 'county', 'oblast'];
