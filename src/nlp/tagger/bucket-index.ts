/**
 * Bucket → row lookup for hashed-feature models (the entity and attribution taggers), in an
 * open-addressed table sized to the kept buckets rather than a dense `rowOf` of 2^bits entries
 * (1 MB instead of 4 MB for ~60k rows). Most lookups miss the cache, so the smaller table is faster.
 */
export class BucketIndex {
  private readonly shift: number;
  private readonly mask: number;
  /** Pairs (bucket, row); bucket -1 marks an empty slot. */
  private readonly slots: Int32Array;

  constructor(rowOf: Int32Array) {
    let kept = 0;
    for (const r of rowOf) if (r >= 0) kept++;
    // At most half full, so a probe sequence is short.
    let bits = 4;
    while (1 << bits < kept * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits).fill(-1);
    for (let b = 0; b < rowOf.length; b++) {
      if (rowOf[b] < 0) continue;
      let at = this.home(b);
      while (this.slots[2 * at] !== -1) at = (at + 1) & this.mask;
      this.slots[2 * at] = b;
      this.slots[2 * at + 1] = rowOf[b];
    }
  }

  /** Fibonacci hashing spreads the buckets, which are themselves hashes folded to `bits`. */
  private home(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> this.shift;
  }

  /** The row of a bucket, or -1 when it has no weights. */
  row(bucket: number): number {
    const slots = this.slots;
    for (let at = this.home(bucket); ; at = (at + 1) & this.mask) {
      const key = slots[2 * at];
      if (key === bucket) return slots[2 * at + 1];
      if (key === -1) return -1;
    }
  }
}
