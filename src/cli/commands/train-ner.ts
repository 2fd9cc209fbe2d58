import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, int, str, UserError } from '../command.js';

export const command: Command = {
  name: 'train-ner',
  summary: 'Train the entity recogniser on CoNLL-2003 and write models/ner.bin',
  help: `Usage: dyad train-ner --data DIR [--out FILE] [--epochs N] [--bits B] [--limit N]

Trains the averaged-perceptron entity tagger on DIR/train.txt (CoNLL-2003 columns), keeping the
epoch with the best F1 on DIR/valid.txt, and writes the model.

Options:
  --data DIR     folder with train.txt and valid.txt
  --out FILE     where to write the model (default: models/ner.bin)
  --epochs N     passes over the training data (default: 15)
  --bits B       log2 of the number of hashed feature buckets (default: 20)
  --limit N      train on the first N documents only (quick experiments)
`,
  options: {
    data: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' },
    bits: { type: 'string' }, limit: { type: 'string' },
  },
  async run({ values }) {
    const { readConll } = await import('../../eval/conll.js');
    const { trainModel } = await import('../../nlp/ner/train.js');
    const data = str(values.data);
    if (!data) throw new UserError('--data DIR is required (a folder with train.txt and valid.txt)');
    const trainPath = join(data, 'train.txt');
    const validPath = join(data, 'valid.txt');
    for (const p of [trainPath, validPath]) if (!existsSync(p)) throw new UserError(`${p}: no such file`);
    const out = str(values.out) ?? 'models/ner.bin';
    const epochs = int(values.epochs, 'epochs') ?? 15;
    const bits = int(values.bits, 'bits') ?? 20;
    if (bits < 10 || bits > 24) throw new UserError(`--bits: expected 10 to 24, got ${bits}`);
    const read = (p: string) => {
      try {
        return readConll(p);
      } catch (err) {
        throw new UserError((err as Error).message);
      }
    };
    const limit = int(values.limit, 'limit');
    const train = read(trainPath).slice(0, limit ?? Infinity);
    const dev = read(validPath);
    const t0 = performance.now();
    const model = trainModel(train, {
      epochs, bits, dev,
      onEpoch: (epoch, f1) => process.stderr.write(`epoch ${epoch}/${epochs}: dev F1 ${f1 === null ? '-' : (100 * f1).toFixed(2)} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`),
    });
    model.save(out);
    process.stderr.write(`wrote ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    return 0;
  },
};
