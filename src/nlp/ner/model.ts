import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BucketIndex } from '../bucket-index.js';
import type { SentenceFeatures } from './features.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';

const NT = TAG_COUNT;
const MAGIC = 'DYADNER1';

/**
 * A trained tagger: hashed feature weights per BILOU tag and tag transition weights. Only buckets with non-zero weights are kept (`rowOf` maps a bucket
 * to its row, or -1).
 */
export class NerModel {
  private readonly buckets: BucketIndex;

  constructor(
    readonly bits: number,
    readonly rowOf: Int32Array,
    readonly rows: Float32Array,
    readonly transitions: Float32Array,
  ) {
    this.buckets = new BucketIndex(rowOf);
  }

  /** Per-token tag scores for one sentence; `extra` adds one more hashed feature per token (-1: none). */
  emissions(feats: SentenceFeatures, extra?: Int32Array): Float32Array {
    const n = feats.offsets.length - 1;
    const out = new Float32Array(n * NT);
    const mask = (1 << this.bits) - 1;
    const { buckets, rows } = this;
    for (let i = 0; i < n; i++) {
      for (let k = feats.offsets[i]; k < feats.offsets[i + 1]; k++) {
        const r = buckets.row(feats.hashes[k] & mask);
        if (r < 0) continue;
        const base = r * NT;
        for (let t = 0; t < NT; t++) out[i * NT + t] += rows[base + t];
      }
      if (extra && extra[i] !== -1) {
        const r = buckets.row(extra[i] & mask);
        if (r >= 0) for (let t = 0; t < NT; t++) out[i * NT + t] += rows[r * NT + t];
      }
    }
    return out;
  }

  /** Builds a compact model from dense weights (bucket · NT + tag). */
  static fromDense(bits: number, dense: Float32Array, transitions: Float32Array): NerModel {
    const size = 1 << bits;
    const rowOf = new Int32Array(size).fill(-1);
    let count = 0;
    for (let b = 0; b < size; b++) {
      for (let t = 0; t < NT; t++) {
        if (dense[b * NT + t] !== 0) {
          rowOf[b] = count++;
          break;
        }
      }
    }
    const rows = new Float32Array(count * NT);
    for (let b = 0; b < size; b++) if (rowOf[b] >= 0) rows.set(dense.subarray(b * NT, b * NT + NT), rowOf[b] * NT);
    return new NerModel(bits, rowOf, rows, transitions);
  }

  /** Gzipped binary: magic, JSON header, bucket-id gaps, int16-quantised rows, transitions. */
  save(path: string): void {
    let max = 0;
    for (const v of this.rows) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? 32767 / max : 1;
    const buckets: number[] = [];
    for (let b = 0; b < this.rowOf.length; b++) if (this.rowOf[b] >= 0) buckets.push(b);
    const quantised = new Int16Array(this.rows.length);
    for (let i = 0; i < this.rows.length; i++) quantised[i] = Math.round(this.rows[i] * scale);
    // Bucket ids are increasing: store gaps, which compress well.
    const gaps = new Uint32Array(buckets.length);
    for (let i = 0; i < buckets.length; i++) gaps[i] = buckets[i] - (i ? buckets[i - 1] : 0);
    const header = JSON.stringify({ bits: this.bits, tags: TAG_NAMES, scale, rows: buckets.length });
    const headerBuf = Buffer.from(header);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(headerBuf.length);
    const body = Buffer.concat([
      Buffer.from(MAGIC), len, headerBuf,
      Buffer.from(gaps.buffer), Buffer.from(quantised.buffer), Buffer.from(this.transitions.buffer),
    ]);
    writeFileSync(path, gzipSync(body, { level: 9 }));
  }

  static load(path: string): NerModel {
    const body = gunzipSync(readFileSync(path));
    if (body.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error(`${path}: not a dyad entity model`);
    let at = MAGIC.length;
    const headerLen = body.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(body.subarray(at, at + headerLen).toString()) as {
      bits: number; tags: string[]; scale: number; rows: number;
    };
    at += headerLen;
    if (header.tags.join() !== TAG_NAMES.join()) throw new Error(`${path}: model was trained with other tags`);
    // Copies keep typed arrays aligned whatever the offset in the buffer.
    const take = (bytes: number): ArrayBuffer => {
      const b = body.buffer.slice(body.byteOffset + at, body.byteOffset + at + bytes);
      at += bytes;
      return b;
    };
    const gaps = new Uint32Array(take(header.rows * 4));
    const quantised = new Int16Array(take(header.rows * NT * 2));
    const transitions = new Float32Array(take((NT + 1) * NT * 4));
    const rowOf = new Int32Array(1 << header.bits).fill(-1);
    let bucket = 0;
    for (let i = 0; i < header.rows; i++) {
      bucket += gaps[i];
      rowOf[bucket] = i;
    }
    const rows = new Float32Array(quantised.length);
    for (let i = 0; i < quantised.length; i++) rows[i] = quantised[i] / header.scale;
    return new NerModel(header.bits, rowOf, rows, transitions);
  }
}

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

let shared: NerModel | undefined;

/** The committed model, loaded on first use and kept for the life of the process. */
export function defaultModel(): NerModel {
  if (!shared) {
    const path = defaultModelPath();
    if (!existsSync(path)) throw new Error(`${path}: entity model missing; run \`npm run train:ner -- --data DIR\``);
    shared = NerModel.load(path);
  }
  return shared;
}
