import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { QuoteScores } from '../../eval/quotes.js';
import { type Command, int, str, UserError } from '../command.js';

/**
 * Pruning at 5% of the largest weight keeps one bucket in thirty: a weight table small enough to
 * stay in cache, at a cost of under half a point of source F1 on held-out training articles.
 */
const PRUNE = 0.05;

/**
 * Every HOLD_OUT-th training document is held out for choosing the epoch and the biases: a fifth
 * (168 PolNeAR articles) chooses them more steadily than a tenth, which moved one split's source
 * F1 by a point with the bias it happened to pick (three 756/84 splits of PolNeAR train, source
 * F1 on the 84: a tenth 72.1, 74.6, 74.4; a fifth 73.0, 74.2, 74.9; a quarter 72.7, 73.5, 74.0).
 */
const HOLD_OUT = 5;

export const command: Command = {
  name: 'train-quotes',
  summary: 'Train the attribution tagger on PolNeAR (brat) and write models/attribution.bin',
  help: `Usage: dyad train-quotes --data DIR [--out FILE] [--epochs N] [--bits B] [--limit N]

Trains the averaged-perceptron attribution tagger (BIO tags over source, cue and content) on
DIR/train less every fifth document, which is held out: the epoch that scores best on the
held-out documents (source + content overlap F1) is chosen and a per-role bias is tuned on
them; the model is then trained on all of DIR/train with those settings. DIR/dev is only
scored at the end, so its figure is not tuned on. Writes the model. Each folder holds text/
and attributions/ (PolNeAR's layout).

Options:
  --data DIR     folder with train/ and dev/
  --out FILE     where to write the model (default: models/attribution.bin)
  --epochs N     most passes over the training data (default: 24)
  --bits B       log2 of the number of hashed feature buckets (default: 20)
  --limit N      train on the first N documents only (quick experiments)
`,
  options: {
    data: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' },
    bits: { type: 'string' }, limit: { type: 'string' },
  },
  async run({ values }) {
    const data = str(values.data);
    if (!data) throw new UserError('--data DIR is required (a folder with train/ and dev/)');
    for (const split of ['train', 'dev']) if (!existsSync(join(data, split))) throw new UserError(`${join(data, split)}: no such directory`);
    const out = str(values.out) ?? 'models/attribution.bin';
    const epochs = int(values.epochs, 'epochs') ?? 24;
    const bits = int(values.bits, 'bits') ?? 20;
    if (bits < 10 || bits > 24) throw new UserError(`--bits: expected 10 to 24, got ${bits}`);
    const limit = int(values.limit, 'limit');
    const { readBratDir } = await import('../../eval/brat.js');
    const { defaultStages } = await import('../../pipeline.js');
    const { annotateGold, scoreModel, trainAttributionModel } = await import('../../coding/attribution-train.js');
    const { Progress } = await import('../progress.js');
    const t0 = performance.now();
    const seconds = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
    const stages = defaultStages();
    const before = stages.slice(0, stages.findIndex((s) => s.name === 'quotes'));
    const read = (split: string, n = Infinity) => {
      const docs = readBratDir(join(data, split)).slice(0, n);
      const progress = new Progress(`reading ${split}`, docs.length);
      const gold = annotateGold(docs, before, () => progress.tick());
      progress.finish();
      return gold;
    };
    const all = read('train', limit);
    const heldOut = all.filter((_, i) => i % HOLD_OUT === HOLD_OUT - 1);
    const train = all.filter((_, i) => i % HOLD_OUT !== HOLD_OUT - 1);
    const dev = read('dev');
    const pct = (x: number) => (100 * x).toFixed(1);
    const f1s = (s: QuoteScores) =>
      `overlap F1 source ${pct(s.source.overlap.f1)} cue ${pct(s.cue.overlap.f1)} content ${pct(s.content.overlap.f1)}`;
    const model = trainAttributionModel(train, heldOut, {
      epochs, bits, prune: PRUNE,
      onEpoch: (epoch, s) => process.stderr.write(`epoch ${epoch}/${epochs}: held-out ${f1s(s)} (${seconds()})\n`),
      onBias: (role, bias, s) => process.stderr.write(`bias ${role} ${bias}: held-out ${f1s(s)}\n`),
    });
    process.stderr.write(`dev ${f1s(scoreModel(model, dev))}\n`);
    model.save(out);
    process.stderr.write(`wrote ${out} (${seconds()})\n`);
    return 0;
  },
};
