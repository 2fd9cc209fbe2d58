/**
 * The weights of a hashed-feature model (the entity and attribution taggers) in an open-addressed
 * table sized to the kept buckets, each slot holding its bucket id followed by that bucket's
 * weights. Most lookups miss the cache; with the weights beside the key a lookup costs one miss,
 * where a bucket → row index and a separate weight array cost two.
 */
export class WeightTable {
  private readonly size: number;
  /** 32 − log2(size): a slot is the top bits of a multiplicative hash. */
  private readonly shift: number;
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
    // At most half full, so a probe sequence is short; a power of two, so a slot is a shift away.
    this.shift = 32 - Math.max(4, Math.ceil(Math.log2(kept / 0.5)));
    this.size = 2 ** (32 - this.shift);
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
    return Math.imul(bucket, 0x9e3779b1) >>> this.shift;
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

  /**
   * Adds the weights of the buckets `hashes[from .. to) & mask` to `out[at .. at + nt)`, in that
   * order (the sums are rounded to float32 at each step, so the order fixes the result). One loop
   * with the table's fields in locals: a token's features cost no call each.
   */
  addAll(hashes: Int32Array | Uint32Array, from: number, to: number, mask: number, out: Float32Array, at: number): void {
    const { keys, weights, stride, nt, shift } = this;
    const last = this.size - 1;
    for (let k = from; k < to; k++) {
      const bucket = hashes[k] & mask;
      for (let s = Math.imul(bucket, 0x9e3779b1) >>> shift; ; s = (s + 1) & last) {
        const key = keys[s * stride];
        if (key === bucket) {
          const base = s * stride + 1;
          for (let t = 0; t < nt; t++) out[at + t] += weights[base + t];
          break;
        }
        if (key === -1) break;
      }
    }
  }
}
