/**
 * The weights of a hashed-feature model (the entity and attribution taggers) in an open-addressed
 * table sized to the kept buckets, each slot holding its bucket id followed by that bucket's
 * weights. Most lookups miss the cache; with the weights beside the key a lookup costs one miss,
 * where a bucket → row index and a separate weight array cost two.
 */
export class WeightTable {
  private readonly size: number;
  private readonly stride: number;
  /** Per slot: the bucket id (-1: empty slot), then `nt` weights; two views of one buffer. */
  private readonly keys: Int32Array;
  private readonly weights: Float32Array;

  /**
   * @param rowOf bucket → row of `rows`, or -1 for buckets without weights
   * @param rows per kept bucket, `nt` weights
   */
  constructor(rowOf: Int32Array, rows: Float32Array, readonly nt: number) {
    let kept = 0;
    for (const r of rowOf) if (r >= 0) kept++;
    // At most half full, so a probe sequence is short.
    this.size = Math.max(16, Math.ceil(kept / 0.5));
    this.stride = nt + 1;
    const buffer = new ArrayBuffer(this.size * this.stride * 4);
    this.keys = new Int32Array(buffer).fill(-1);
    this.weights = new Float32Array(buffer);
    for (let b = 0; b < rowOf.length; b++) {
      const r = rowOf[b];
      if (r < 0) continue;
      let at = this.home(b);
      while (this.keys[at * this.stride] !== -1) at = at + 1 === this.size ? 0 : at + 1;
      this.keys[at * this.stride] = b;
      this.weights.set(rows.subarray(r * nt, r * nt + nt), at * this.stride + 1);
    }
  }

  /** Fibonacci hashing spreads the buckets (themselves folded hashes) over the slots. */
  private home(bucket: number): number {
    return Math.floor(((Math.imul(bucket, 0x9e3779b1) >>> 0) / 0x100000000) * this.size);
  }

  /** Adds the weights of `bucket`, if it has any, to `out[at .. at + nt)`. */
  add(bucket: number, out: Float32Array, at: number): void {
    const { keys, weights, stride, nt, size } = this;
    for (let s = this.home(bucket); ; s = s + 1 === size ? 0 : s + 1) {
      const key = keys[s * stride];
      if (key === bucket) {
        const base = s * stride + 1;
        for (let t = 0; t < nt; t++) out[at + t] += weights[base + t];
        return;
      }
      if (key === -1) return;
    }
  }
}
