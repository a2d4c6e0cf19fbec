import type { PreparedText } from '../text/prepare';
import { extractFeatures, type FeatureConfig } from './extract';
import type { SparseVector } from './sparse';

/**
 * The hashed buckets kept at training time (document frequency ≥ minDf), their column numbers and
 * IDF weights. Only kept buckets get weights, which keeps model files small.
 */
export interface Vocabulary {
  config: FeatureConfig;
  /** Kept buckets, ascending; column j is buckets[j]. */
  buckets: Int32Array;
  idf: Float32Array;
  /** Relative weight of the character block against the word block (each is L2-normalised). */
  charWeight: number;
  /** bucket → column, or -1. Built lazily from `buckets`. */
  lookup?: Int32Array;
}

/** Bucket counts of one comment (or one segment), sorted by bucket. */
export interface BucketCounts {
  buckets: Int32Array;
  counts: Float32Array;
}

// Dense scratch counters reused across calls (far faster than a Map per comment); `touched`
// remembers which buckets to read back and reset.
let scratch = new Float32Array(0);
let touched = new Int32Array(1024);

export function countBuckets(
  doc: PreparedText,
  config: FeatureConfig,
  from = 0,
  to = doc.tokens.length,
): BucketCounts {
  const size = 2 << config.hashBits;
  if (scratch.length !== size) scratch = new Float32Array(size);
  const counts = scratch;
  let distinct = 0;
  extractFeatures(doc, from, to, config, (bucket) => {
    if (counts[bucket] === 0) {
      if (distinct === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[distinct++] = bucket;
    }
    counts[bucket]! += 1;
  });
  const buckets = touched.slice(0, distinct).sort();
  const values = new Float32Array(distinct);
  for (let k = 0; k < distinct; k++) {
    values[k] = counts[buckets[k]!]!;
    counts[buckets[k]!] = 0;
  }
  return { buckets, counts: values };
}

export function buildVocabulary(
  docs: readonly BucketCounts[],
  config: FeatureConfig,
  minDf: number,
  charWeight: number,
): Vocabulary {
  const size = 2 << config.hashBits;
  const df = new Int32Array(size);
  for (const doc of docs) for (const bucket of doc.buckets) df[bucket]!++;
  const kept: number[] = [];
  for (let bucket = 0; bucket < size; bucket++) if (df[bucket]! >= minDf) kept.push(bucket);
  const n = docs.length;
  const buckets = Int32Array.from(kept);
  // Smoothed IDF as in scikit-learn: ln((1 + n) / (1 + df)) + 1.
  const idf = Float32Array.from(kept, (bucket) => Math.log((1 + n) / (1 + df[bucket]!)) + 1);
  return { config, buckets, idf, charWeight };
}

function lookupOf(vocabulary: Vocabulary): Int32Array {
  if (!vocabulary.lookup) {
    const lookup = new Int32Array(2 << vocabulary.config.hashBits).fill(-1);
    vocabulary.buckets.forEach((bucket, column) => {
      lookup[bucket] = column;
    });
    vocabulary.lookup = lookup;
  }
  return vocabulary.lookup;
}

/**
 * Sublinear TF-IDF (1 + ln tf) × idf, each block L2-normalised, then blocks weighted so the whole
 * vector has unit norm.
 */
export function vectorise(vocabulary: Vocabulary, doc: BucketCounts): SparseVector {
  const lookup = lookupOf(vocabulary);
  const charBase = 1 << vocabulary.config.hashBits;
  const indices = new Int32Array(doc.buckets.length);
  const values = new Float32Array(doc.buckets.length);
  let nnz = 0;
  let wordNorm = 0;
  let charNorm = 0;
  let firstChar = -1; // columns follow bucket order: word columns first, then char columns
  for (let k = 0; k < doc.buckets.length; k++) {
    const bucket = doc.buckets[k]!;
    const column = lookup[bucket]!;
    if (column < 0) continue;
    const value = (1 + Math.log(doc.counts[k]!)) * vocabulary.idf[column]!;
    if (bucket < charBase) wordNorm += value * value;
    else {
      if (firstChar < 0) firstChar = nnz;
      charNorm += value * value;
    }
    indices[nnz] = column;
    values[nnz++] = value;
  }
  const cw = vocabulary.charWeight;
  const total = Math.sqrt((wordNorm > 0 ? 1 : 0) + (charNorm > 0 ? cw : 0)) || 1;
  const wordScale = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) / total : 0;
  const charScale = charNorm > 0 ? Math.sqrt(cw / charNorm) / total : 0;
  const split = firstChar < 0 ? nnz : firstChar;
  for (let k = 0; k < nnz; k++) values[k]! *= k < split ? wordScale : charScale;
  return { indices: indices.slice(0, nnz), values: values.slice(0, nnz) };
}
