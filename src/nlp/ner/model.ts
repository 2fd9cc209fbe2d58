import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SequenceModel } from '../tagger/model.js';
import { ENTITY_TAGS } from './tags.js';

/** Where the committed model lives: models/ner.bin at the repository root (found from src/ or dist/src/). */
export function defaultModelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'models', 'ner.bin');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'models', 'ner.bin');
    dir = parent;
  }
}

let shared: SequenceModel | undefined;

/** The committed model, loaded on first use and kept for the life of the process. */
export function defaultModel(): SequenceModel {
  if (!shared) {
    const path = defaultModelPath();
    if (!existsSync(path)) throw new Error(`${path}: entity model missing; run \`npm run train:ner -- --data DIR\``);
    shared = SequenceModel.load(path, ENTITY_TAGS);
  }
  return shared;
}
