import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SequenceModel } from '../nlp/tagger/model.js';
import { ATTRIBUTION_TAGS } from './attribution-tags.js';

const FILE = join('models', 'attribution.bin');

/** Where the committed attribution model lives: models/attribution.bin at the repository root (found from src/ or dist/src/). */
export function attributionModelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, FILE))) return join(dir, FILE);
    if (dirname(dir) === dir) return join(here, '..', '..', FILE);
  }
}

let shared: SequenceModel | undefined;

/** The committed model, loaded on first use and kept for the life of the process. */
export function defaultAttributionModel(): SequenceModel {
  if (!shared) {
    const path = attributionModelPath();
    if (!existsSync(path)) throw new Error(`${path}: attribution model missing; run \`npm run train:quotes -- --data DIR\``);
    shared = SequenceModel.load(path, ATTRIBUTION_TAGS);
  }
  return shared;
}
