import { readFileSync } from 'node:fs';
import { type ParsedArgs, str, UserError } from '../cli/command.js';
import type { EvalKind } from './kind.js';

/** One line of an actor-resolution gold file (NGEC's format). */
export interface ActorCase {
  actor: string;
  context: string;
  date: string;
  country: string | null;
  sector: string | null;
  line: number;
}

export interface ActorScores {
  countryAccuracy: number;
  sectorAccuracy: number;
  bothAccuracy: number;
  n: number;
  /** Cases whose gold sector is given (a null gold sector is not scored). */
  sectorN: number;
}

export interface ActorFailure extends ActorCase {
  got: { country: string | null; sector: string | null };
}

/**
 * Reads the cases. Gold "" and null country both mean "no country". A gold sector of null is not
 * scored; "" means the actor has no sector (a country named on its own). "Today" and "" dates mean
 * the present.
 */
export function readActorCases(text: string, file: string): ActorCase[] {
  const cases: ActorCase[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new UserError(`${file}:${i + 1}: not a JSON object`);
    }
    if (typeof row.actor !== 'string') throw new UserError(`${file}:${i + 1}: "actor" is missing`);
    const s = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
    cases.push({
      actor: row.actor,
      context: s(row.context),
      date: s(row.date),
      country: s(row.country) || null,
      sector: row.sector === null || row.sector === undefined ? null : s(row.sector),
      line: i + 1,
    });
  });
  return cases;
}

/** A gold date as YYYY-MM-DD ("2017-04-01", "1 July 2021"), or undefined for the present ("Today", ""). */
export function caseDate(date: string): string | undefined {
  if (!date || /^today$/i.test(date)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const t = Date.parse(`${date} UTC`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

export function scoreActors(
  cases: readonly ActorCase[],
  resolve: (c: ActorCase) => { country: string | null; sector: string | null },
): { scores: ActorScores; failures: ActorFailure[] } {
  let country = 0;
  let sector = 0;
  let both = 0;
  let sectorN = 0;
  const failures: ActorFailure[] = [];
  for (const c of cases) {
    const got = resolve(c);
    const countryOk = (got.country ?? null) === c.country;
    const scored = c.sector !== null;
    const sectorOk = !scored || (got.sector ?? '') === c.sector;
    if (countryOk) country++;
    if (scored) {
      sectorN++;
      if (sectorOk) sector++;
    }
    if (countryOk && sectorOk) both++;
    else failures.push({ ...c, got: { country: got.country, sector: got.sector } });
  }
  const n = cases.length;
  const ratio = (a: number, b: number): number => (b ? Math.round((a / b) * 10000) / 10000 : 0);
  return { scores: { countryAccuracy: ratio(country, n), sectorAccuracy: ratio(sector, sectorN), bothAccuracy: ratio(both, n), n, sectorN }, failures };
}

export const evaluation: EvalKind = {
  summary: 'actor resolution: country, sector and both accuracy',
  help: `Usage: dyad eval actors --cases FILE [--db PATH] [--json] [--show-errors]

Resolves each JSON line {actor, context, date, country, sector} (NGEC's actor_resolution_cases.jsonl)
with its context text at its date, and prints country accuracy, sector accuracy and both.
Gold country "" or null means no country; a gold sector of null is not scored, "" means none;
"Today" or an empty date means the present.

Options:
  --cases FILE    the gold file (JSON Lines)
  --db PATH       use the dictionaries imported into this database (dyad dict import)
  --show-errors   list the cases resolved wrongly
  --json          print {countryAccuracy, sectorAccuracy, bothAccuracy, n, sectorN}
`,
  options: { cases: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' }, 'show-errors': { type: 'boolean' } },
  async run({ values }: ParsedArgs) {
    const file = str(values.cases);
    if (!file) throw new UserError('--cases FILE is required');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UserError(`${file}: cannot read the file`);
    }
    const cases = readActorCases(text, file);
    const { resolveActor } = await import('../coding/resolve-actor.js');
    const { DictionaryStore } = await import('../lexicon/dictionary-store.js');
    const dbPath = str(values.db);
    let db: InstanceType<typeof DictionaryStore> | undefined;
    if (dbPath) {
      try {
        db = DictionaryStore.open(dbPath, { mustExist: true });
      } catch {
        throw new UserError(`${dbPath}: no database here; import dictionaries with \`dyad dict import\``);
      }
    }
    const { scores, failures } = scoreActors(cases, (c) => resolveActor(c.actor, { context: c.context, date: caseDate(c.date), db }));
    db?.close();
    if (values.json) {
      process.stdout.write(JSON.stringify(values['show-errors'] ? { ...scores, failures } : scores) + '\n');
      return 0;
    }
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    process.stdout.write(`actors: ${scores.n} cases${db ? '' : ' (no imported dictionaries)'}\n`);
    process.stdout.write(`  country accuracy  ${pct(scores.countryAccuracy)}\n`);
    process.stdout.write(`  sector accuracy   ${pct(scores.sectorAccuracy)} (${scores.sectorN} cases with a gold sector)\n`);
    process.stdout.write(`  both              ${pct(scores.bothAccuracy)}\n`);
    if (values['show-errors']) {
      for (const f of failures) {
        process.stdout.write(`${file}:${f.line}: "${f.actor}"${f.context ? ` [${f.context}]` : ''}${f.date ? ` @${f.date}` : ''}: gold ${f.country ?? '-'} ${f.sector ?? '(any)'}, got ${f.got.country ?? '-'} ${f.got.sector ?? '-'}\n`);
      }
    }
    return 0;
  },
};
