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
 * The eight ActionGeo fields from an event location: a country (type 1) or a named place in one
 * (type 4). A country-level row carries, as GDELT's do, the country's FIPS code as its ADM1 code
 * and feature id and the country's centroid; a place's coordinates and ADM1 are left blank, as
 * we have no gazetteer of place coordinates.
 */
function actionGeo(location: ExportedEvent['event']['location']): string[] {
  const country = location?.country;
  if (!country) return Array(8).fill('');
  const name = countryName(country) ?? country;
  const fips = fipsOf(country) ?? '';
  const place = location.name && location.name !== name ? location.name : undefined;
  if (place) return ['4', `${place}, ${name}`, fips, '', '', '', '', ''];
  const centroid = countryCentroid(country);
  return ['1', name, fips, fips, '', centroid ? String(centroid[0]) : '', centroid ? String(centroid[1]) : '', fips];
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
  const row = [
    String(id),
    date ? compactDate(date) : '',
    date ? compactDate(date).slice(0, 6) : '',
    date ? String(year) : '',
    // GDELT's own approximation: (month × 30 + day) / 365.
    date ? (year + (month * 30 + day) / 365).toFixed(4) : '',
    ...actorFields(pick(e.actors)),
    ...actorFields(pick(e.recipients)),
    '',
    e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), String(e.quad), String(e.goldstein),
    '1', '1', '1', '',
    ...Array(8).fill(''),
    ...Array(8).fill(''),
    ...actionGeo(e.location),
    x.addedAt.replace(/\D/g, '').slice(0, 14),
    x.url ?? '',
  ];
  if (row.length !== GDELT_COLUMNS.length) throw new Error(`gdelt.ts: built ${row.length} fields, expected ${GDELT_COLUMNS.length}`);
  // Tabs and newlines inside a field would shift every column after it.
  return row.map((f) => f.replace(/[\t\r\n]+/g, ' '));
}
