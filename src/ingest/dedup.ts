import type { Article } from '../model/index.js';

/**
 * Near-duplicate detection for wire copies: the same story under another headline or dateline,
 * or with a sentence changed. Word 5-gram shingles are summarised by a MinHash signature; the
 * signature is cut into LSH bands whose hashes the store indexes, so finding candidates is one
 * indexed lookup; candidates are then confirmed by their estimated Jaccard similarity.
 *
 * Changing these numbers changes every stored fingerprint: stored articles would then need
 * their fingerprints recomputed (a schema migration).
 */
export const SHINGLE_WORDS = 5;
export const HASHES = 128;
/** 32 bands of 4 rows: a pair at Jaccard 0.7 becomes a candidate with p ≈ 0.9998, at 0.3 with p ≈ 0.23. */
export const BANDS = 32;
export const ROWS = HASHES / BANDS;
/**
 * Estimated Jaccard similarity from which an article counts as a copy of an earlier one. One
 * reworded 25-word sentence in a 400-word story leaves about 0.85; on Reuters-21578 the pairs
 * between 0.7 and 0.8 are still rewrites of one report, while below 0.7 come the routine reports
 * written from one template on different days (Fed repurchase operations), which are separate events.
 * The estimate's standard error is about 0.04 with 128 hashes.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/** What the store keeps per article to find its near-duplicates later. */
export interface Fingerprint {
  minhash: Uint32Array;
  /** One key per band: band index × 2³² + the band's hash; unique across bands. */
  bands: number[];
}

/** A stored article whose fingerprint shares at least one band with the one looked up. */
export interface NearCandidate {
  id: string;
  /** Set when the candidate is itself a copy; new copies then point at the same first copy. */
  duplicateOf?: string;
  minhash: Uint32Array;
}

/** Where to look for earlier articles: the store (committed) plus the batch not yet committed. */
export interface CandidateSource {
  hasArticle(id: string): Promise<boolean>;
  nearCandidates(bands: number[]): Promise<NearCandidate[]>;
}

export type Verdict =
  | { kind: 'new'; fingerprint?: Fingerprint }
  | { kind: 'exact' }
  | { kind: 'near'; of: string; similarity: number; fingerprint: Fingerprint };

/** murmur3's finaliser: a fast, well-mixed bijection on 32-bit integers. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One seed per hash function; fixed, because stored signatures must stay comparable. */
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/** Hashes of the word 5-grams of a text, case and punctuation ignored. A short text is one shingle. */
export function shingles(text: string): Set<number> {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
  const out = new Set<number>();
  if (words.length === 0) return out;
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, words.length); j++) h = Math.imul(h ^ words[j], 0x01000193);
    out.add(mix32(h));
  }
  return out;
}

/** The MinHash signature and LSH band keys of a text; undefined for a text without words. */
export function fingerprint(text: string): Fingerprint | undefined {
  const set = shingles(text);
  if (set.size === 0) return undefined;
  const minhash = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of set) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix32(s ^ SEEDS[i]);
      if (v < minhash[i]) minhash[i] = v;
    }
  }
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = Math.imul(h ^ minhash[r], 0x01000193);
    bands.push(b * 2 ** 32 + mix32(h));
  }
  return { minhash, bands };
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Decides for each article whether it is new, an exact copy (same content id) or a near copy
 * of an article seen before, in the store or earlier in the batch not yet committed.
 */
export class Deduper {
  private pendingIds = new Set<string>();
  private pendingBands = new Map<number, NearCandidate[]>();

  constructor(private readonly source: CandidateSource) {}

  async check(article: Article): Promise<Verdict> {
    if (this.pendingIds.has(article.id) || (await this.source.hasArticle(article.id))) return { kind: 'exact' };
    const fp = fingerprint(article.text);
    if (!fp) return { kind: 'new' };
    const candidates = new Map<string, NearCandidate>();
    for (const c of await this.source.nearCandidates(fp.bands)) candidates.set(c.id, c);
    for (const key of fp.bands) for (const c of this.pendingBands.get(key) ?? []) candidates.set(c.id, c);
    let best: { of: string; similarity: number } | undefined;
    for (const c of candidates.values()) {
      const s = similarity(fp.minhash, c.minhash);
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { of: c.duplicateOf ?? c.id, similarity: s };
    }
    return best ? { kind: 'near', ...best, fingerprint: fp } : { kind: 'new', fingerprint: fp };
  }

  /** Remembers an article that will be stored with the current batch. */
  remember(id: string, fp: Fingerprint | undefined, duplicateOf?: string): void {
    this.pendingIds.add(id);
    if (!fp) return;
    const entry: NearCandidate = { id, minhash: fp.minhash, ...(duplicateOf !== undefined && { duplicateOf }) };
    for (const key of fp.bands) {
      const list = this.pendingBands.get(key);
      if (list) list.push(entry);
      else this.pendingBands.set(key, [entry]);
    }
  }

  /** The batch is in the store now; forget the in-memory copy. */
  committed(): void {
    this.pendingIds.clear();
    this.pendingBands.clear();
  }
}
