import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WeightTable } from './bucket-index.js';
import { LegalTransitions, type TagSet, viterbi } from './decode.js';

/**
 * A linear-chain tagger's weights: hashed sparse features, first-order tag transitions. Generic in
 * its tag set; the entity recogniser uses it with BILOU tags, the attribution stage with BIO tags
 * over source, cue and content.
 */

/** One sequence: per token, the feature hashes `hashes[offsets[i] .. offsets[i+1])`. */
export interface FeatureSequence {
  offsets: Int32Array | Uint32Array;
  hashes: Int32Array | Uint32Array;
}

export const sequenceLength = (s: FeatureSequence): number => s.offsets.length - 1;

/** Per token, one more feature hash known only while decoding (-1: none), e.g. from earlier predictions. */
export type ExtraFeatures = Int32Array;

const MAGIC = 'DYADSEQ1';

/** Score tables up to this size are reused by `decode`; a longer sequence (a table read as one) gets its own. */
const MAX_KEPT_SCORES = 1 << 16;
let scores = new Float32Array(0);
/** The entity model's magic before the tagger was shared; the layout is the same, without meta. */
const ENTITY_MAGIC = 'DYADNER1';

export class SequenceModel {
  readonly nt: number;
  readonly rules: LegalTransitions;
  /** `rowOf` and `rows` as one compact hash table: the dense array is 4 MB and most lookups in it miss the cache. */
  private readonly table: WeightTable;
  private readonly mask: number;

  /**
   * @param rowOf bucket → row of `rows`, or -1 for buckets without weights
   * @param rows per kept bucket, one weight per tag
   * @param transitions `[(prev+1)·nt + t]`, row 0 for the sequence start
   */
  constructor(
    readonly tags: TagSet,
    readonly bits: number,
    readonly rowOf: Int32Array,
    readonly rows: Float32Array,
    readonly transitions: Float32Array,
    /** What the trainer adds beside the weights (vocabularies, settings); saved in the header. */
    public meta: Record<string, unknown> = {},
  ) {
    this.nt = tags.names.length;
    this.rules = new LegalTransitions(tags);
    this.table = new WeightTable(rowOf, rows, this.nt);
    this.mask = (1 << bits) - 1;
  }

  /** Adds the weights of feature `hash` to the tag scores `out[at .. at + nt)`. */
  addFeature(out: Float32Array, at: number, hash: number): void {
    this.table.add(hash & this.mask, out, at);
  }

  /** Per-token tag scores. */
  emissions(seq: FeatureSequence, extra?: ExtraFeatures): Float32Array {
    return this.emissionsInto(new Float32Array(sequenceLength(seq) * this.nt), seq, extra);
  }

  /** Per-token tag scores written into `out` (zeros, `nt` per token). */
  private emissionsInto(out: Float32Array, seq: FeatureSequence, extra?: ExtraFeatures): Float32Array {
    const nt = this.nt;
    const n = sequenceLength(seq);
    const { offsets, hashes } = seq;
    for (let i = 0; i < n; i++) {
      this.table.addAll(hashes, offsets[i], offsets[i + 1], this.mask, out, i * nt);
      if (extra && extra[i] !== -1) this.addFeature(out, i * nt, extra[i]);
    }
    return out;
  }

  /** The best tag sequence; `forbidden[i·nt + t]` set rules tag t out at token i. */
  decode(seq: FeatureSequence, options: { forbidden?: Uint8Array; extra?: ExtraFeatures } = {}): Uint8Array {
    const size = sequenceLength(seq) * this.nt;
    // The scores are done with once decoded: one table reused from call to call spares a fresh one per sequence.
    if (size > MAX_KEPT_SCORES) return this.best(this.emissions(seq, options.extra), options.forbidden);
    if (scores.length < size) scores = new Float32Array(Math.max(size, 2 * scores.length));
    const out = scores.subarray(0, size).fill(0);
    return this.best(this.emissionsInto(out, seq, options.extra), options.forbidden);
  }

  /** The best tag sequence for per-token tag scores (`emissions[i·nt + t]`, changed in place by `forbidden`). */
  best(emissions: Float32Array, forbidden?: Uint8Array): Uint8Array {
    if (forbidden) for (let k = 0; k < emissions.length; k++) if (forbidden[k]) emissions[k] = -Infinity;
    return viterbi(emissions, emissions.length / this.nt, this.transitions, this.rules);
  }

  /**
   * Builds a compact model from dense weights (bucket·nt + tag), dropping buckets whose weights
   * all stay below `prune` times the largest weight (most buckets hold rare features' noise).
   */
  static fromDense(tags: TagSet, bits: number, dense: Float32Array, transitions: Float32Array, prune = 0): SequenceModel {
    const nt = tags.names.length;
    const size = 1 << bits;
    let max = 0;
    for (const v of dense) max = Math.max(max, Math.abs(v));
    const floor = prune * max;
    const rowOf = new Int32Array(size).fill(-1);
    let count = 0;
    for (let b = 0; b < size; b++) {
      for (let t = 0; t < nt; t++) {
        if (Math.abs(dense[b * nt + t]) > floor) {
          rowOf[b] = count++;
          break;
        }
      }
    }
    const rows = new Float32Array(count * nt);
    for (let b = 0; b < size; b++) if (rowOf[b] >= 0) rows.set(dense.subarray(b * nt, b * nt + nt), rowOf[b] * nt);
    return new SequenceModel(tags, bits, rowOf, rows, transitions);
  }

  /** Gzipped binary: magic, JSON header, gaps between kept bucket ids, int16-quantised rows, transitions. */
  save(path: string): void {
    let max = 0;
    for (const v of this.rows) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? 32767 / max : 1;
    const gaps: number[] = [];
    let last = 0;
    for (let b = 0; b < this.rowOf.length; b++) {
      if (this.rowOf[b] < 0) continue;
      gaps.push(b - last);
      last = b;
    }
    const quantised = Int16Array.from(this.rows, (v) => Math.round(v * scale));
    const header = Buffer.from(JSON.stringify({ bits: this.bits, tags: this.tags.names, scale, rows: gaps.length, meta: this.meta }));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length);
    const body = Buffer.concat([
      Buffer.from(MAGIC), len, header,
      Buffer.from(Uint32Array.from(gaps).buffer), Buffer.from(quantised.buffer), Buffer.from(this.transitions.buffer),
    ]);
    writeFileSync(path, gzipSync(body, { level: 9 }));
  }

  static load(path: string, tags: TagSet): SequenceModel {
    const body = gunzipSync(readFileSync(path));
    const magic = body.subarray(0, MAGIC.length).toString();
    if (magic !== MAGIC && magic !== ENTITY_MAGIC) throw new Error(`${path}: not a dyad sequence model`);
    let at = MAGIC.length;
    const headerLen = body.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(body.subarray(at, at + headerLen).toString()) as {
      bits: number; tags: string[]; scale: number; rows: number; meta?: Record<string, unknown>;
    };
    at += headerLen;
    if (header.tags.join() !== tags.names.join()) throw new Error(`${path}: model was trained with other tags`);
    const nt = tags.names.length;
    // Copies keep the typed arrays aligned whatever their offset in the buffer.
    const take = (bytes: number): ArrayBuffer => {
      const b = body.buffer.slice(body.byteOffset + at, body.byteOffset + at + bytes);
      at += bytes;
      return b;
    };
    const gaps = new Uint32Array(take(header.rows * 4));
    const quantised = new Int16Array(take(header.rows * nt * 2));
    const transitions = new Float32Array(take((nt + 1) * nt * 4));
    const rowOf = new Int32Array(1 << header.bits).fill(-1);
    let bucket = 0;
    for (let i = 0; i < header.rows; i++) {
      bucket += gaps[i];
      rowOf[bucket] = i;
    }
    const rows = new Float32Array(quantised.length);
    for (let i = 0; i < rows.length; i++) rows[i] = quantised[i] / header.scale;
    return new SequenceModel(tags, header.bits, rowOf, rows, transitions, header.meta ?? {});
  }
}
