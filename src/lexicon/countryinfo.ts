import { isCountryCode, LEGACY_COUNTRY_CODES, splitCameoCode } from './cameo-codes.js';
import type { DatedCode, DictionaryEntry, EntryKind, ImportProblem, ParsedDictionary } from './dictionary-entry.js';
import { readDateRange } from './dictionary-entry.js';
import { nameKey } from './name-key.js';

/** Name sections of a <Country> block and the kind of entry each gives. */
const NAME_SECTIONS: Readonly<Record<string, EntryKind>> = {
  Nationality: 'country',
  Capital: 'capital',
  MajorCities: 'place',
  Regions: 'place',
  GeogFeatures: 'place',
};

/** Decodes the file as UTF-8, or as Latin-1 when it is not valid UTF-8. */
export function decodeDictionary(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Names of one person: `{A}{B}` lists spellings, else the whole text is one name. */
function personKeys(names: string): string[] {
  const braced = [...names.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  return [...new Set((braced.length ? braced : [names]).map(nameKey).filter(Boolean))];
}

/**
 * Reads CountryInfo.txt: per <Country>, its names and nationality forms, capital, major cities and
 * regions, the heads of state and government in <Leaders> (sub-tags per office, `[date - date]`,
 * `[>date]`) and the office-holders in <Government> (`NAME [CODE date - date]… # title`). A leader
 * is coded GOV while in office and ELI outside it.
 */
export function parseCountryInfo(text: string): ParsedDictionary {
  const entries: DictionaryEntry[] = [];
  const problems: ImportProblem[] = [];
  const lines = text.split(/\r?\n/);
  let country: { iso: string | null; alpha3: string | null; code: string | null; name: string | null; line: number } | null = null;
  let section: string | null = null;
  let inComment = false;

  const iso = (line: number): string | null => {
    if (!country) return null;
    if (country.iso === null) {
      const candidates = [country.alpha3, country.code].filter((c): c is string => !!c && /^[A-Z]{3}$/.test(c));
      const found = candidates.map((c) => LEGACY_COUNTRY_CODES[c] ?? c).find(isCountryCode);
      if (!found) {
        problems.push({ line, problem: `unknown country code ${candidates.join('/') || '(none)'}` });
        country.iso = '';
      } else {
        country.iso = found;
        if (country.name) {
          const name = country.name;
          entries.push({ kind: 'country', label: name, keys: [nameKey(name)], codes: [{ code: found, country: found, sector: null, start: null, end: null }], line: country.line });
        }
      }
    }
    return country.iso || null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i];
    if (inComment) {
      if (/-->|<\/Comment>/.test(raw)) inComment = false;
      continue;
    }
    if (/^\s*<!--/.test(raw)) {
      inComment = !raw.includes('-->');
      continue;
    }
    if (/^\s*<Comment>/.test(raw)) {
      inComment = !raw.includes('</Comment>');
      continue;
    }
    if (/[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(raw)) {
      problems.push({ line, problem: 'control character in line' });
      continue;
    }
    const body = raw.replace(/#.*$/, '').trim();
    if (body === '') continue;
    const field = /^<(CountryCode|ISO3166-alpha3|CountryName)>(.*)<\/\1>$/.exec(body);
    if (body === '<Country>') {
      country = { iso: null, alpha3: null, code: null, name: null, line };
      section = null;
      continue;
    }
    if (body === '</Country>') {
      iso(line);
      country = null;
      section = null;
      continue;
    }
    if (!country) continue;
    if (field) {
      if (field[1] === 'CountryCode') country.code = field[2].trim();
      else if (field[1] === 'ISO3166-alpha3') country.alpha3 = field[2].trim();
      else country.name = field[2].trim();
      continue;
    }
    const open = /^<([^/][^>]*)>$/.exec(body);
    const close = /^<\/([^>]+)>$/.exec(body);
    if (open && (NAME_SECTIONS[open[1]] || open[1] === 'Leaders' || open[1] === 'Government')) {
      section = open[1];
      continue;
    }
    if (close && close[1] === section) {
      section = null;
      continue;
    }
    if (body.startsWith('<')) {
      if (!open && !close && !/^<[^>]*>.*<\/[^>]*>$/.test(body)) problems.push({ line, problem: `malformed tag "${body}"` });
      continue;
    }
    if (!section) continue;
    const code = iso(line);
    if (!code) continue;
    const kind = NAME_SECTIONS[section];
    if (kind) {
      const key = nameKey(body);
      if (!key) continue;
      entries.push({ kind, label: body, keys: [key], codes: [{ code, country: code, sector: null, start: null, end: null }], line });
      continue;
    }
    const bracket = body.indexOf('[');
    if (bracket <= 0) {
      problems.push({ line, problem: `no date range in "${body}"` });
      continue;
    }
    const keys = personKeys(body.slice(0, bracket));
    if (keys.length === 0) {
      problems.push({ line, problem: 'empty name' });
      continue;
    }
    const codes: DatedCode[] = [];
    let bad = false;
    for (const m of body.slice(bracket).matchAll(/\[([^\]]*)\]/g)) {
      const inner = m[1].trim();
      if (/^[BD]:/.test(inner)) continue;
      const coded = /^([A-Z][A-Z0-9]*)\s+(.*)$/.exec(inner);
      const range = readDateRange(section === 'Government' && coded ? coded[2] : inner);
      if (!range || (section === 'Government' && !coded)) {
        problems.push({ line, problem: `unreadable [${inner}]` });
        bad = true;
        break;
      }
      if (section === 'Government' && coded) {
        codes.push({ code: coded[1], ...splitCameoCode(coded[1], 'cameo', isCountryCode), ...range });
      } else {
        codes.push({ code: `${code}GOV`, country: code, sector: 'GOV', ...range });
      }
    }
    if (bad || codes.length === 0) continue;
    if (section === 'Leaders') codes.push({ code: `${code}ELI`, country: code, sector: 'ELI', start: null, end: null });
    entries.push({ kind: 'actor', label: body.slice(0, bracket).trim(), keys, codes, line });
  }
  return { entries, problems };
}
