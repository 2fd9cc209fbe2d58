import { readFileSync } from 'node:fs';
import { UserError } from '../cli/command.js';
import { isCountryCode, splitCameoCode } from '../lexicon/cameo-codes.js';
import { PLOVER_TYPES, type PloverType } from '../model/index.js';

/** One gold event: a text, its publication date, the PLOVER type and the parties' country codes. */
export interface PloverGold {
  id: string;
  text: string;
  date?: string;
  type: PloverType;
  /** Actor (source) countries; null when the record gives none (then not scored). */
  source: string[] | null;
  /** Recipient (target) countries; null when the record gives none. */
  target: string[] | null;
}

/**
 * Category names of older PLOVER drafts → today's. INVESTIGATE has no type of its own in PLOVER
 * 2021: the 2021 CAMEO–PLOVER correspondence codes 090–094 as ACCUSE with mode investigate.
 */
const OLD_NAMES: Readonly<Record<string, PloverType>> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE',
};

/** Codes the CAMEO-era records use that are not ISO 3166-1 alpha-3. */
const RECORD_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

/**
 * The party a gold or predicted code stands for when scoring: a country's ISO3, or IGO for any
 * inter-governmental body (the records write IGO for the UN and the EU alike).
 */
export function partyCode(code: string): string {
  const head = code.replace(/~/g, '').slice(0, 3);
  const iso = RECORD_CODES[head] ?? head;
  if (iso === 'UNO' || iso === 'EUR' || iso === 'IGO') return 'IGO';
  return splitCameoCode(iso + code.slice(3), 'cameo', isCountryCode).country ?? iso;
}

function parties(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const codes = value.map((p) => (p && typeof p === 'object' && typeof p.code === 'string' ? partyCode(p.code) : null));
  const known = codes.filter((c): c is string => !!c);
  return known.length ? [...new Set(known)] : null;
}

/** Reads a PLOVER gold-standard JSON array (PLOVER_GSR_CAMEO.txt); DOCUMENT records are skipped. */
export function readPloverGold(path: string): PloverGold[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON (${(e as Error).message})`}`);
  }
  if (!Array.isArray(raw)) throw new UserError(`${path}: expected a JSON array of PLOVER records`);
  const out: PloverGold[] = [];
  raw.forEach((r, i) => {
    if (!r || typeof r !== 'object' || r.event === 'DOCUMENT') return;
    if (typeof r.text !== 'string' || typeof r.event !== 'string') throw new UserError(`${path}: record ${i + 1}: no text or event`);
    const type = OLD_NAMES[r.event] ?? r.event;
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new UserError(`${path}: record ${i + 1}: unknown event type ${r.event}`);
    out.push({
      id: typeof r.id === 'string' ? r.id : String(i + 1),
      text: r.text,
      ...(typeof r.date === 'string' && { date: r.date }),
      type,
      source: parties(r.source),
      target: parties(r.target),
    });
  });
  return out;
}
