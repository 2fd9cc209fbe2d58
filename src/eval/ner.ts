import { existsSync } from 'node:fs';
import { str, UserError } from '../cli/command.js';
import type { EntityType } from '../model/index.js';
import { ENTITY_TYPES } from '../nlp/ner/tags.js';
import { emptyScoreboard, readConll, scores, tally } from './conll.js';
import type { EvalKind } from './kind.js';

export const evaluation: EvalKind = {
  summary: 'Entity recognition against CoNLL-2003 columns (exact span match, conlleval-compatible)',
  help: `Usage: dyad eval ner --conll FILE [--json]

Reads CoNLL columns (word first, tag last; IOB1 or IOB2; -DOCSTART- separates documents), runs the
entity recogniser document by document on the words, and prints precision, recall and F1 overall
and per type. An entity counts as found only when its start, end and type all match.

Options:
  --conll FILE   the gold file
  --json         print one JSON object: {precision, recall, f1, byType, tokens, seconds}
`,
  options: { conll: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const path = str(values.conll);
    if (!path) throw new UserError('--conll FILE is required');
    if (!existsSync(path)) throw new UserError(`${path}: no such file`);
    let docs;
    try {
      docs = readConll(path);
    } catch (err) {
      throw new UserError((err as Error).message);
    }
    const { recogniseDocument } = await import('../nlp/ner/recognise.js');
    const { defaultModel } = await import('../nlp/ner/model.js');
    const model = defaultModel();
    const board = emptyScoreboard();
    let tokens = 0;
    const t0 = performance.now();
    for (const doc of docs) {
      const predicted = recogniseDocument(doc.sentences.map((s) => s.words), model);
      doc.sentences.forEach((s, i) => {
        tokens += s.words.length;
        tally(board, s.spans, predicted[i]);
      });
    }
    const seconds = (performance.now() - t0) / 1000;
    const overall = scores(board.overall);
    const byType = Object.fromEntries(
      ENTITY_TYPES.map((t) => [t, { ...scores(board.byType[t]), support: board.byType[t].gold }]),
    ) as Record<EntityType, { precision: number; recall: number; f1: number; support: number }>;
    if (values.json) {
      process.stdout.write(JSON.stringify({ ...overall, byType, tokens, seconds }) + '\n');
      return 0;
    }
    const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
    const row = (label: string, s: { precision: number; recall: number; f1: number }, support: number): string =>
      `${label.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(support).padStart(8)}`;
    const lines = [
      `${path}: ${tokens} tokens, ${docs.length} documents, ${seconds.toFixed(2)} s`,
      `${'type'.padEnd(8)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`,
      ...ENTITY_TYPES.map((t) => row(t, byType[t], byType[t].support)),
      row('overall', overall, board.overall.gold),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
