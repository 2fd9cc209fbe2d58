import { isCountryCode, type SectorConvention, splitCameoCode } from './cameo-codes.js';
import type { DatedCode, DictionaryEntry, ImportProblem, ParsedDictionary } from './dictionary-entry.js';
import { readDateRange } from './dictionary-entry.js';
import { nameKey } from './name-key.js';

/**
 * Reads a PETRARCH/TABARI dictionary: actor files (a name line, `+` synonyms or further name lines, then `[CODE]`,
 * `[CODE >date]`, `[CODE <date]`, `[CODE date-date]` on the name line or the lines below) and agent
 * files (`WORD_ {PLURAL} [~CODE]`, with `!SET! = A, B` substitution sets). `#` starts a comment.
 *
 * Files that use PLOVER's JRN code are read in PLOVER's sense of MED (health); others in CAMEO's
 * (MED = media, HLH = health).
 */
export function parsePetrarchDictionary(text: string): ParsedDictionary {
  const convention: SectorConvention = /\[~?[A-Z]*JRN/.test(text) ? 'plover' : 'cameo';
  const entries: DictionaryEntry[] = [];
  const problems: ImportProblem[] = [];
  const sets = new Map<string, string[]>();
  let block: DictionaryEntry | undefined;
  let blockNull = false;

  const close = (): void => {
    if (block && block.codes.length === 0 && !blockNull) {
      problems.push({ line: block.line, problem: `${block.label}: name without a code` });
    } else if (block && block.codes.length > 0) {
      entries.push(block);
    }
    block = undefined;
    blockNull = false;
  };

  const readCodes = (part: string, line: number): { codes: DatedCode[]; nullCode: boolean; agent: boolean } | null => {
    const opens = (part.match(/\[/g) ?? []).length;
    const closes = (part.match(/\]/g) ?? []).length;
    if (opens !== closes) {
      problems.push({ line, problem: `unbalanced brackets in "${part.trim()}"` });
      return null;
    }
    const codes: DatedCode[] = [];
    let nullCode = false;
    let agent = false;
    for (const m of part.matchAll(/\[([^\]]*)\]/g)) {
      const inner = m[1].trim();
      if (inner === '---') {
        nullCode = true;
        continue;
      }
      const cm = /^(~?[A-Z][A-Z0-9]*~?)\s*(.*)$/.exec(inner);
      const range = cm ? readDateRange(cm[2]) : null;
      if (!cm || !range) {
        problems.push({ line, problem: `unreadable code [${inner}]` });
        return null;
      }
      if (cm[1].includes('~')) agent = true;
      codes.push({ code: cm[1], ...splitCameoCode(cm[1], convention, isCountryCode), ...range });
    }
    return { codes, nullCode, agent };
  };

  /** Expands `!SET!` substitutions and `{…}` alternative forms into lookup keys. */
  const keysOf = (name: string, line: number): string[] | null => {
    const alternatives = [...name.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    const base = name.replace(/\{[^}]*\}/g, '');
    if (/[{}]/.test(base)) {
      problems.push({ line, problem: `unbalanced braces in "${name.trim()}"` });
      return null;
    }
    let forms = [base, ...alternatives.filter((a) => a.trim() !== '')];
    for (const m of name.matchAll(/!([A-Z]+)!/g)) {
      const values = sets.get(m[1]);
      if (!values) {
        problems.push({ line, problem: `unknown substitution set !${m[1]}!` });
        return null;
      }
      forms = forms.flatMap((f) => (f.includes(m[0]) ? values.map((v) => f.replace(m[0], v)) : [f]));
    }
    const keys = [...new Set(forms.map(nameKey).filter((k) => k !== ''))];
    if (keys.length === 0) {
      problems.push({ line, problem: 'empty name' });
      return null;
    }
    return keys;
  };

  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i];
    if (/[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(raw)) {
      problems.push({ line, problem: 'control character in line' });
      continue;
    }
    const body = raw.replace(/#.*$/, '');
    if (body.trim() === '') continue;
    const set = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(body.trim());
    if (set) {
      sets.set(set[1], set[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    if (body.startsWith('+')) {
      if (!block) {
        problems.push({ line, problem: 'synonym without a name above it' });
        continue;
      }
      const bracket = body.indexOf('[');
      const names = (bracket < 0 ? body : body.slice(0, bracket)).slice(1).split('+');
      for (const n of names) {
        const keys = keysOf(n, line);
        if (keys) block.keys.push(...keys);
      }
      if (bracket >= 0) {
        const read = readCodes(body.slice(bracket), line);
        if (read) block.codes.push(...read.codes);
      }
      continue;
    }
    if (/^\s/.test(body) || body.startsWith('[')) {
      if (!block) {
        problems.push({ line, problem: 'code without a name above it' });
        continue;
      }
      const read = readCodes(body, line);
      if (read) {
        block.codes.push(...read.codes);
        blockNull ||= read.nullCode;
      }
      continue;
    }
    const bracket = body.search(/[[\]]/);
    const name = bracket < 0 ? body : body.slice(0, bracket);
    // Name lines in a row with no codes yet share the codes below them (IVO_JOSIPOVIC_,
    // PRESIDENT_JOSIPOVIC_, JOSIPOVIC_, then [HRVGOV …]): the later ones are synonyms.
    if (bracket < 0 && block && block.codes.length === 0 && !blockNull) {
      const keys = keysOf(name, line);
      if (keys) block.keys.push(...keys.filter((k) => !block!.keys.includes(k)));
      continue;
    }
    close();
    const keys = keysOf(name, line);
    const read = bracket < 0 ? { codes: [], nullCode: false, agent: false } : readCodes(body.slice(bracket), line);
    if (!keys || !read) continue;
    const label = name.trim();
    if (read.agent) {
      entries.push({ kind: 'agent', label, keys, codes: read.codes, line });
      continue;
    }
    block = { kind: 'actor', label, keys, codes: read.codes, line };
    blockNull = read.nullCode;
  }
  close();
  return { entries, problems };
}
