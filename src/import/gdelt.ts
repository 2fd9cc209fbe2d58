import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { GDELT_COLUMN as C, GDELT_COLUMNS } from '../export/gdelt-columns.js';
import { isoOfFips } from '../export/fips.js';
import { GDELT_ARTICLE_PREFIX } from '../graph/relations.js';
import { cameoCode } from '../lexicon/cameo.js';
import { isCountryCode, splitCameoCode } from '../lexicon/cameo-codes.js';
import type { Actor, DocumentJSON, EventRecord } from '../model/index.js';
import { readZip } from './zip.js';

/** One GDELT row read: the event and the URL of the article it was coded from. */
interface GdeltRow {
  url: string;
  added: string;
  actors: (Omit<Actor, 'id' | 'mentions'> | undefined)[];
  event: Omit<EventRecord, 'actors' | 'recipients'> & { gdeltId: number };
}

const day = (yyyymmdd: string) => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

function actorOf(f: string[], n: 1 | 2): Omit<Actor, 'id' | 'mentions'> | undefined {
  const code = f[C[`Actor${n}Code`]];
  if (!code) return undefined;
  const coded = splitCameoCode(code, 'cameo', isCountryCode);
  const country = coded.country ?? (f[C[`Actor${n}CountryCode`]] || null);
  const name = f[C[`Actor${n}Name`]] || code;
  const kind = coded.sector === null && country === code ? 'country' : 'organization';
  return { name, kind, country, sector: coded.sector };
}

/** Reads one tab-separated GDELT 2.0 event line; a string is the problem with it. */
export function parseGdeltLine(line: string): GdeltRow | string {
  const f = line.split('\t');
  if (f.length !== GDELT_COLUMNS.length) return `expected ${GDELT_COLUMNS.length} tab-separated columns, found ${f.length}`;
  const id = Number(f[C.GLOBALEVENTID]);
  if (!Number.isInteger(id)) return `GLOBALEVENTID "${f[C.GLOBALEVENTID]}" is not a number`;
  const date = f[C.SQLDATE];
  if (!/^\d{8}$/.test(date)) return `SQLDATE "${date}" is not YYYYMMDD`;
  const code = f[C.EventCode];
  const entry = cameoCode(code) ?? cameoCode(f[C.EventBaseCode]) ?? cameoCode(`${f[C.EventRootCode]}0`);
  if (!entry) return `EventCode "${code}" is not a CAMEO code we know`;
  const quad = Number(f[C.QuadClass]);
  const goldstein = Number(f[C.GoldsteinScale]);
  const fips = f[C.ActionGeo_CountryCode];
  const where = fips ? isoOfFips(fips) ?? null : null;
  return {
    url: f[C.SOURCEURL],
    added: /^\d{8}/.test(f[C.DATEADDED]) ? day(f[C.DATEADDED]) : day(date),
    actors: [actorOf(f, 1), actorOf(f, 2)],
    event: {
      id: `g${id}`,
      gdeltId: id,
      type: entry.type,
      ...(entry.mode && { mode: entry.mode }),
      contexts: entry.contexts,
      cameo: code,
      quad: quad >= 1 && quad <= 4 ? (quad as EventRecord['quad']) : entry.quad,
      goldstein: Number.isFinite(goldstein) && f[C.GoldsteinScale] !== '' ? goldstein : entry.goldstein,
      date: day(date),
      ...((where || f[C.ActionGeo_FullName]) && { location: { country: where, ...(f[C.ActionGeo_FullName] && { name: f[C.ActionGeo_FullName] }) } }),
      modality: 'asserted',
      trigger: { start: 0, end: 0 },
      evidence: { start: 0, end: 0 },
      confidence: 1,
    },
  };
}

/**
 * GDELT rows as stored documents: one per source URL (GDELT codes several events from one
 * article), publisher `gdelt`, no text; the id hashes the URL and its event ids, so importing the
 * same file again adds nothing.
 */
export function gdeltDocuments(rows: GdeltRow[]): DocumentJSON[] {
  const byUrl = new Map<string, GdeltRow[]>();
  for (const r of rows) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r]);
  return [...byUrl.entries()].map(([url, group]) => {
    const ids = group.map((r) => r.event.gdeltId).sort((a, b) => a - b);
    const hash = createHash('sha1').update(`${url}\n${ids.join(',')}`).digest('hex').slice(0, 16);
    const actors: Actor[] = [];
    const actorId = (a: Omit<Actor, 'id' | 'mentions'> | undefined): string[] => {
      if (!a) return [];
      let found = actors.find((x) => x.name === a.name && x.country === a.country && x.sector === a.sector);
      if (!found) {
        found = { id: `a${actors.length + 1}`, ...a, mentions: [] };
        actors.push(found);
      }
      return [found.id];
    };
    const events = group.map((r) => ({ ...r.event, actors: actorId(r.actors[0]), recipients: actorId(r.actors[1]) }));
    return {
      id: GDELT_ARTICLE_PREFIX + hash,
      ...(url && { url }),
      published: group[0].added,
      source: 'gdelt',
      text: '',
      sentences: [],
      entities: [],
      actors,
      events,
      quotes: [],
    };
  });
}

/** The text lines of a GDELT export file, unzipping a .zip first (every entry in it). */
export async function* gdeltFileLines(path: string): AsyncGenerator<{ where: string; line: string }> {
  const buf = await readFile(path);
  const parts = buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50
    ? readZip(buf).map((e) => ({ where: `${path}!${e.name}`, text: e.data.toString('utf8') }))
    : [{ where: path, text: buf.toString('utf8') }];
  for (const { where, text } of parts) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/\r$/, '');
      if (line) yield { where: `${where}:${i + 1}`, line };
    }
  }
}
