import { str, UserError } from '../cli/command.js';
import type { Doc } from '../doc.js';
import type { EventRecord, PloverType } from '../model/index.js';
import type { EvalKind } from './kind.js';
import { type PloverGold, partyCode } from './plover.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface EventScores {
  eventType: PRF;
  /** Share of type-matched events whose actor countries equal the gold source's. */
  sourceAccuracy: number;
  /** Share of type-matched events whose recipient countries equal the gold target's. */
  targetAccuracy: number;
  /** Type, source and target all right (absent gold parties are not required). */
  full: PRF;
  /** Gold records scored. */
  n: number;
}

/**
 * The CAMEO-era gold codes an announced cooperative act as AGREE ("will visit", "will support")
 * and an announced hostile act as THREATEN, where dyad keeps the act with future modality: read
 * ours the gold's way before comparing.
 */
const FUTURE_AS: Partial<Record<PloverType, PloverType>> = {
  CONSULT: 'AGREE', SUPPORT: 'AGREE', COOPERATE: 'AGREE', AID: 'AGREE', RETREAT: 'AGREE', CONCEDE: 'AGREE',
  ASSAULT: 'THREATEN', COERCE: 'THREATEN', SANCTION: 'THREATEN', MOBILIZE: 'THREATEN', PROTEST: 'THREATEN',
};

export interface Predicted {
  type: PloverType;
  source: string[];
  target: string[];
}

function predictedOf(doc: Doc): Predicted[] {
  const country = new Map(doc.actors.map((a) => [a.id, a.country ? partyCode(a.country) : a.id]));
  const codes = (ids: string[]) => [...new Set(ids.map((id) => country.get(id) ?? id))];
  return doc.events.map((e: EventRecord) => ({
    type: (e.modality === 'future' && FUTURE_AS[e.type]) || e.type,
    source: codes(e.actors),
    target: codes(e.recipients),
  }));
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const prf = (tp: number, predicted: number, gold: number): PRF => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** A reciprocal gold event lists both sides as sources; ours may name them as actor and recipient. */
function sourceRight(g: PloverGold, p: Predicted): boolean {
  if (!g.source) return true;
  return sameSet(p.source, g.source) || (!g.target && sameSet([...new Set([...p.source, ...p.target])], g.source));
}
const targetRight = (g: PloverGold, p: Predicted) => !g.target || sameSet(p.target, g.target);

/** Scores predicted events per gold record: one gold event each, every other prediction a false positive. */
export function scoreEvents(pairs: { gold: PloverGold; predicted: Predicted[] }[]): EventScores {
  let tp = 0;
  let predictedCount = 0;
  let fullTp = 0;
  let sourceN = 0;
  let sourceOk = 0;
  let targetN = 0;
  let targetOk = 0;
  for (const { gold, predicted } of pairs) {
    predictedCount += predicted.length;
    const candidates = predicted.filter((p) => p.type === gold.type);
    if (!candidates.length) continue;
    tp++;
    const best = candidates.find((p) => sourceRight(gold, p) && targetRight(gold, p)) ?? candidates.find((p) => sourceRight(gold, p)) ?? candidates[0];
    if (gold.source) {
      sourceN++;
      if (sourceRight(gold, best)) sourceOk++;
    }
    if (gold.target) {
      targetN++;
      if (targetRight(gold, best)) targetOk++;
    }
    if (sourceRight(gold, best) && targetRight(gold, best)) fullTp++;
  }
  return {
    eventType: prf(tp, predictedCount, pairs.length),
    sourceAccuracy: sourceN ? sourceOk / sourceN : 0,
    targetAccuracy: targetN ? targetOk / targetN : 0,
    full: prf(fullTp, predictedCount, pairs.length),
    n: pairs.length,
  };
}

/** What went wrong on one gold record: a missed type, wrong parties, or extra events. */
export interface EventError {
  gold: PloverGold;
  predicted: Predicted[];
  /** missed: no event of the gold type; parties: the type found with the wrong source or target; extra: right, plus other events. */
  kind: 'missed' | 'parties' | 'extra';
}

/** The records scored imperfectly, for reading the failures (--show-errors). */
export function eventErrors(pairs: { gold: PloverGold; predicted: Predicted[] }[]): EventError[] {
  const out: EventError[] = [];
  for (const { gold, predicted } of pairs) {
    const candidates = predicted.filter((p) => p.type === gold.type);
    if (!candidates.length) out.push({ gold, predicted, kind: 'missed' });
    else if (!candidates.some((p) => sourceRight(gold, p) && targetRight(gold, p))) out.push({ gold, predicted, kind: 'parties' });
    else if (predicted.length > 1) out.push({ gold, predicted, kind: 'extra' });
  }
  return out;
}

const dyad = (type: string, source: string[] | null, target: string[] | null) =>
  `${type} ${source?.join('+') ?? '?'} -> ${target?.join('+') ?? '?'}`;

/** One error as lines of text: the record, gold vs ours, the sentence. */
export function formatError(e: EventError): string {
  const ours = e.predicted.length ? e.predicted.map((p) => dyad(p.type, p.source, p.target)).join('; ') : '(none)';
  return [
    `${e.kind.padEnd(7)} ${e.gold.id}`,
    `  gold: ${dyad(e.gold.type, e.gold.source, e.gold.target)}`,
    `  ours: ${ours}`,
    `  text: ${e.gold.text.replace(/\s+/g, ' ').trim()}`,
  ].join('\n');
}

async function evaluate(gold: PloverGold[]): Promise<{ gold: PloverGold; predicted: Predicted[] }[]> {
  const { Pipeline, defaultStages } = await import('../pipeline.js');
  const { eventStage } = await import('../coding/events.js');
  const stages = defaultStages();
  if (!stages.some((s) => s.name === 'events')) stages.push(eventStage());
  const pipeline = new Pipeline(stages);
  return gold.map((g) => {
    const doc = pipeline.process({ id: g.id, text: g.text, ...(g.date && { published: g.date }) });
    return { gold: g, predicted: predictedOf(doc) };
  });
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export const evaluation: EvalKind = {
  summary: 'PLOVER gold records: event type P/R/F1, source/target country accuracy, full F1',
  help: `Usage: dyad eval events --plover FILE [--json] [--show-errors]

Reads a PLOVER gold-standard JSON array (text, date, event, source[].code, target[].code), runs
dyad on each text with the record's date as publication date and scores its events: event type
precision/recall/F1 (every event dyad finds that is not the record's is a false positive),
source and target country accuracy on type-matched events (the sets of countries must be equal;
the UN, EU and other bodies all count as IGO), and full match (type + source + target) F1.
Absent gold parties are not scored. Older names are read as today's: DEMAND as REQUEST,
DISAPPROVE as ACCUSE, FIGHT as ASSAULT, INVESTIGATE as ACCUSE (PLOVER 2021). The records code
announced cooperation as AGREE and announced force as THREATEN; dyad's future-modality events
are read that way.

Options:
  --plover FILE  the gold file
  --json         print one JSON object {eventType: {precision, recall, f1}, sourceAccuracy, targetAccuracy, full, n}
  --show-errors  first list each record scored imperfectly: missed (no event of the gold type),
                 parties (the type with the wrong source or target) or extra (other events
                 besides), with gold and dyad's events as TYPE SOURCE -> TARGET and the text
`,
  options: { plover: { type: 'string' }, json: { type: 'boolean' }, 'show-errors': { type: 'boolean' } },
  async run({ values }) {
    const path = str(values.plover);
    if (!path) throw new UserError('eval events: --plover FILE is required');
    const { readPloverGold } = await import('./plover.js');
    const pairs = await evaluate(readPloverGold(path));
    const scores = scoreEvents(pairs);
    if (values['show-errors']) {
      const out = values.json ? process.stderr : process.stdout;
      for (const e of eventErrors(pairs)) out.write(formatError(e) + '\n\n');
    }
    if (values.json) {
      process.stdout.write(JSON.stringify(scores) + '\n');
      return 0;
    }
    const t = scores.eventType;
    const f = scores.full;
    process.stdout.write([
      `events on ${scores.n} PLOVER records (${path})`,
      '                 precision  recall     F1',
      `event type          ${pct(t.precision)}   ${pct(t.recall)}  ${pct(t.f1)}`,
      `full match          ${pct(f.precision)}   ${pct(f.recall)}  ${pct(f.f1)}`,
      `source accuracy  ${pct(scores.sourceAccuracy)}`,
      `target accuracy  ${pct(scores.targetAccuracy)}`,
    ].join('\n') + '\n');
    return 0;
  },
};
