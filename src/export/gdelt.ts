import { createHash } from 'node:crypto';
import { isCountryCode } from '../lexicon/cameo-codes.js';
import type { Actor } from '../model/index.js';
import type { ExportedEvent } from '../store/store.js';
import { CAMEO_ROLES } from './cameo-roles.js';
import { countryCentroid, countryName } from './country-names.js';
import { fipsOf } from './fips.js';
import { GDELT_COLUMNS } from './gdelt-columns.js';

/** GDELT's own GLOBALEVENTID for imported rows, kept on the event (stored with its extra fields). */
export interface GdeltEventExtra {
  gdeltId?: number;
}

/** A stable GLOBALEVENTID for one of our events: 52 bits of a hash of article and event id. */
export function globalEventId(articleId: string, eventId: string): number {
  return parseInt(createHash('sha1').update(`${articleId}/${eventId}`).digest('hex').slice(0, 13), 16);
}

/** The ten actor fields: CAMEO code (country + role), name, country, known group, …, type codes. */
function actorFields(a: Actor | undefined): string[] {
  if (!a) return Array(10).fill('');
  const country = a.country ?? '';
  const role = a.sector ? (CAMEO_ROLES[a.sector] ?? '') : '';
  const isCountry = country !== '' && isCountryCode(country);
  return [
    country + role,
    a.name.toUpperCase(),
    isCountry ? country : '',
    country === 'UNO' ? 'UNO' : '',
    '', '', '',
    role, '', '',
  ];
}

/**
 * The eight geo fields of a country (type 1), as GDELT writes them: the country's FIPS code as its
 * code, ADM1 code and feature id, and the country's centroid.
 */
function countryGeo(country: string): string[] {
  const fips = fipsOf(country) ?? '';
  const centroid = countryCentroid(country);
  return ['1', countryName(country) ?? country, fips, fips, '', centroid ? String(centroid[0]) : '', centroid ? String(centroid[1]) : '', fips];
}

/**
 * The ActionGeo fields from an event location: a country (type 1) or a named place in one
 * (type 4). A place's coordinates and ADM1 are left blank, as we have no gazetteer of place
 * coordinates.
 */
function actionGeo(location: ExportedEvent['event']['location']): string[] {
  const country = location?.country;
  if (!country) return Array(8).fill('');
  const name = countryName(country) ?? country;
  const place = location.name && location.name !== name ? location.name : undefined;
  if (place) return ['4', `${place}, ${name}`, fipsOf(country) ?? '', '', '', '', '', ''];
  return countryGeo(country);
}

/**
 * An actor's geo fields: the country it belongs to, at country level ("Iranian officers" → Iran),
 * as GDELT places most actors; blank for actors of no country and for bodies such as the UN.
 */
function actorGeo(a: Actor | undefined): string[] {
  return a?.country && isCountryCode(a.country) ? countryGeo(a.country) : Array(8).fill('');
}

const compactDate = (d: string) => d.slice(0, 10).replace(/-/g, '');

/** One event as a GDELT 2.0 row: 61 fields, blank where we have nothing. */
export function gdeltRow(x: ExportedEvent): string[] {
  const e = x.event;
  const byId = new Map(x.actors.map((a) => [a.id, a]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).find((a) => a?.country != null) ?? byId.get(ids[0]);
  const date = e.date ?? x.published?.slice(0, 10) ?? '';
  const [year, month, day] = date ? date.split('-').map(Number) : [0, 0, 0];
  const id = (e as GdeltEventExtra).gdeltId ?? globalEventId(x.articleId, e.id);
  const actor1 = pick(e.actors);
  const actor2 = pick(e.recipients);
  const row = [
    String(id),
    date ? compactDate(date) : '',
    date ? compactDate(date).slice(0, 6) : '',
    date ? String(year) : '',
    // GDELT's own approximation: (month × 30 + day) / 365.
    date ? (year + (month * 30 + day) / 365).toFixed(4) : '',
    ...actorFields(actor1),
    ...actorFields(actor2),
    '',
    e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), String(e.quad), String(e.goldstein),
    '1', '1', '1', '',
    ...actorGeo(actor1),
    ...actorGeo(actor2),
    ...actionGeo(e.location),
    x.addedAt.replace(/\D/g, '').slice(0, 14),
    x.url ?? '',
  ];
  if (row.length !== GDELT_COLUMNS.length) throw new Error(`gdelt.ts: built ${row.length} fields, expected ${GDELT_COLUMNS.length}`);
  // Tabs and newlines inside a field would shift every column after it.
  return row.map((f) => f.replace(/[\t\r\n]+/g, ' '));
}
