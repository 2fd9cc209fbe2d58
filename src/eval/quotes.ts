import { str, UserError } from '../cli/command.js';
import { cueClassOf } from '../coding/quote-cues.js';
import type { CueClass, Quote, Span } from '../model/index.js';
import type { BratAnnotatedText, BratAttribution, BratDocument } from './brat.js';
import type { EvalKind } from './kind.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface RoleScore {
  exact: PRF;
  overlap: PRF;
  gold: number;
  predicted: number;
}

/** Of the gold attributions whose cue is of one class, how many have a source that a predicted source overlaps. */
export interface ClassRecall {
  gold: number;
  found: number;
  recall: number;
}

export interface QuoteScores {
  source: RoleScore;
  cue: RoleScore;
  content: RoleScore;
  /**
   * Source recall by the class of the gold cue (quote-cues.ts): reported speech ("said",
   * "according to") apart from the beliefs, stances and other attributions PolNeAR also marks.
   */
  sourceByCueClass: Record<CueClass, ClassRecall>;
  /** Documents scored. */
  n: number;
}

const CUE_CLASSES: CueClass[] = ['speech', 'belief', 'stance', 'other'];

type Role = 'source' | 'cue' | 'content';
const ROLES: Role[] = ['source', 'cue', 'content'];

/**
 * Our quotes as attributions: quotes that share a cue and speaker are one attribution whose
 * content has several fragments, as brat writes a quote split around its cue.
 */
export function quotesAsAttributions(quotes: Quote[]): BratAttribution[] {
  const byKey = new Map<string, BratAttribution>();
  for (const q of quotes) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}:${q.speakerSpan?.start}:${q.speakerSpan?.end}` : q.id;
    const a = byKey.get(key);
    if (a) {
      a.content!.push(q.content);
      continue;
    }
    byKey.set(key, {
      id: q.id,
      source: q.speakerSpan ? [q.speakerSpan] : null,
      cue: q.cue ? [q.cue] : null,
      content: [q.content],
    });
  }
  return [...byKey.values()];
}

/**
 * The characters of a span that carry words: letters and digits. Comparing these sets makes a
 * match insensitive to the whitespace and punctuation at span edges (a trailing comma, the
 * closing quotation mark) on which annotators and tools disagree without disagreeing on meaning.
 */
function wordChars(text: string, fragments: Span[]): Set<number> {
  const out = new Set<number>();
  for (const f of fragments) for (let i = f.start; i < f.end; i++) if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) out.add(i);
  return out;
}

interface Tally { exact: number; overlap: number; gold: number; predicted: number }

/** One-to-one matching of predicted to gold spans of one role in one document. */
function tallyRole(text: string, gold: Span[][], predicted: Span[][], t: Tally): void {
  const g = gold.map((f) => wordChars(text, f)).filter((s) => s.size > 0);
  const p = predicted.map((f) => wordChars(text, f)).filter((s) => s.size > 0);
  t.gold += g.length;
  t.predicted += p.length;
  const exactUsed = new Set<number>();
  for (const ps of p) {
    const e = g.findIndex((gs, i) => !exactUsed.has(i) && gs.size === ps.size && [...gs].every((c) => ps.has(c)));
    if (e >= 0) {
      exactUsed.add(e);
      t.exact++;
    }
  }
  t.overlap += overlapMatching(g, p);
}

/**
 * The most pairs of overlapping predicted and gold spans, each span in one pair at most (a
 * maximum bipartite matching, by augmenting paths). A greedy pass undercounts: a predicted span
 * that overlaps two gold ones can take the one another predicted span needed.
 */
function overlapMatching(gold: Set<number>[], predicted: Set<number>[]): number {
  // Each predicted span's overlapping gold spans, the most shared characters first.
  const candidates = predicted.map((ps) => gold
    .map((gs, i) => {
      let shared = 0;
      for (const c of ps) if (gs.has(c)) shared++;
      return { i, shared };
    })
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .map((c) => c.i));
  const owner = new Array<number>(gold.length).fill(-1);
  const augment = (p: number, seen: Set<number>): boolean => {
    for (const i of candidates[p]) {
      if (seen.has(i)) continue;
      seen.add(i);
      if (owner[i] < 0 || augment(owner[i], seen)) {
        owner[i] = p;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let p = 0; p < predicted.length; p++) if (augment(p, new Set())) matched++;
  return matched;
}

function prf(matched: number, gold: number, predicted: number): PRF {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Scores predicted attributions against gold, document by document, pooled over all documents. */
export function scoreAttributions(docs: { text: string; gold: BratAttribution[]; predicted: BratAttribution[] }[]): QuoteScores {
  const tallies: Record<Role, Tally> = {
    source: { exact: 0, overlap: 0, gold: 0, predicted: 0 },
    cue: { exact: 0, overlap: 0, gold: 0, predicted: 0 },
    content: { exact: 0, overlap: 0, gold: 0, predicted: 0 },
  };
  const byClass = Object.fromEntries(CUE_CLASSES.map((c) => [c, { gold: 0, found: 0, recall: 0 }])) as Record<CueClass, ClassRecall>;
  for (const d of docs) {
    for (const role of ROLES) {
      const pick = (list: BratAttribution[]) => list.map((a) => a[role]).filter((f): f is Span[] => f !== null);
      tallyRole(d.text, pick(d.gold), pick(d.predicted), tallies[role]);
    }
    tallyClasses(d.text, d.gold, d.predicted, byClass);
  }
  for (const c of CUE_CLASSES) byClass[c].recall = byClass[c].gold ? byClass[c].found / byClass[c].gold : 0;
  const score = (t: Tally): RoleScore => ({
    exact: prf(t.exact, t.gold, t.predicted),
    overlap: prf(t.overlap, t.gold, t.predicted),
    gold: t.gold,
    predicted: t.predicted,
  });
  return { source: score(tallies.source), cue: score(tallies.cue), content: score(tallies.content), sourceByCueClass: byClass, n: docs.length };
}

/** Counts, per class of gold cue, the gold sources and those a predicted source shares a letter or digit with. */
function tallyClasses(text: string, gold: BratAttribution[], predicted: BratAttribution[], byClass: Record<CueClass, ClassRecall>): void {
  const predictedSources = predicted.flatMap((a) => (a.source ? [wordChars(text, a.source)] : []));
  for (const g of gold) {
    if (!g.source || !g.cue) continue;
    const chars = wordChars(text, g.source);
    if (chars.size === 0) continue;
    const c = byClass[cueClassOf(g.cue.map((f) => text.slice(f.start, f.end)).join(' '))];
    c.gold++;
    if (predictedSources.some((p) => [...p].some((x) => chars.has(x)))) c.found++;
  }
}

/** Runs the pipeline (with the quote stage) on each gold text and scores its quotes. */
export async function evaluateDocuments(docs: BratDocument[]): Promise<QuoteScores> {
  const { createPipeline } = await import('../pipeline.js');
  const { Progress } = await import('../cli/progress.js');
  const pipeline = createPipeline();
  const progress = new Progress('eval quotes', docs.length);
  const scored = docs.map((d) => {
    const doc = pipeline.process({ id: d.name, text: d.text });
    progress.tick();
    return { text: d.text, gold: d.attributions, predicted: quotesAsAttributions(doc.quotes) };
  });
  progress.finish();
  return scoreAttributions(scored);
}

/**
 * How far annotators agree with each other, on the texts that several annotated, by the same
 * measures: each annotator is scored against each other one, in both directions. It is the
 * ceiling a tool's figure on the corpus should be read against.
 */
export function annotatorAgreement(texts: BratAnnotatedText[]): QuoteScores {
  const pairs: { text: string; gold: BratAttribution[]; predicted: BratAttribution[] }[] = [];
  for (const { text, annotations } of texts) {
    annotations.forEach((gold, i) => annotations.forEach((predicted, j) => {
      if (i !== j) pairs.push({ text, gold, predicted });
    }));
  }
  if (pairs.length === 0) throw new UserError('eval quotes --agreement: no text has more than one annotation file');
  return { ...scoreAttributions(pairs), n: texts.filter((t) => t.annotations.length > 1).length };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

export const evaluation: EvalKind = {
  summary: 'brat standoff attributions: source, cue, content P/R/F1, exact and overlap',
  help: `Usage: dyad eval quotes --brat DIR [--json]

Reads DIR/text/*.txt with DIR/attributions/*.ann (PolNeAR layout; .txt and .ann side by side
also work), runs dyad on each text and scores its quotes against the Source, Cue and Content
spans of each attribution. Exact: the same letters and digits (edge punctuation and spaces
ignored); overlap: at least one shared. Matching is one-to-one per role. Source recall is
also given by the class of the gold cue: speech (the cue table's verbs of saying, "according
to", a colon before a quotation), belief, stance, and other (PolNeAR's wider attributions:
"faith in", "drew support among").

With --agreement, dyad is not run: the annotators of the texts that several annotated
(NAME_A.ann, NAME_B.ann, …) are scored against each other, in both directions, by the same
measures. That is the human ceiling for the figures above.

Options:
  --brat DIR     the corpus folder
  --agreement    score annotators against each other instead of dyad against the gold
  --json         print one JSON object {source, cue, content: {exact, overlap: {precision, recall, f1}}, n}
`,
  options: { brat: { type: 'string' }, agreement: { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ values }) {
    const dir = str(values.brat);
    if (!dir) throw new UserError('eval quotes: --brat DIR is required');
    const { readBratAnnotations, readBratDir } = await import('./brat.js');
    const scores = values.agreement ? annotatorAgreement(readBratAnnotations(dir)) : await evaluateDocuments(readBratDir(dir));
    if (values.json) {
      process.stdout.write(JSON.stringify(scores) + '\n');
      return 0;
    }
    const lines = [values.agreement ? `annotator agreement on ${scores.n} documents annotated more than once (${dir})` : `quotes on ${scores.n} documents (${dir})`, 'role      match    precision  recall     F1   gold  predicted'];
    for (const role of ROLES) {
      const r = scores[role];
      for (const m of ['exact', 'overlap'] as const) {
        lines.push(`${role.padEnd(9)} ${m.padEnd(8)} ${pct(r[m].precision)}     ${pct(r[m].recall)}  ${pct(r[m].f1)}  ${String(r.gold).padStart(5)}  ${String(r.predicted).padStart(9)}`);
      }
    }
    lines.push('', 'source recall by gold cue class', 'class       gold  found  recall');
    for (const c of CUE_CLASSES) {
      const r = scores.sourceByCueClass[c];
      lines.push(`${c.padEnd(9)} ${String(r.gold).padStart(6)} ${String(r.found).padStart(6)}   ${pct(r.recall)}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
