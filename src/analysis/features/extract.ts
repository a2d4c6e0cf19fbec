import type { PreparedText } from '../text/prepare';
import { fmix32, hashString } from './hashing';

export interface FeatureConfig {
  /** Buckets per block = 2^hashBits (word block and character block are kept apart). */
  hashBits: number;
  seed: number;
  /** Largest word n-gram (1 = unigrams only). */
  wordNgramMax: number;
  /** Character n-grams inside word boundaries (like scikit-learn's char_wb). */
  charNgramMin: number;
  charNgramMax: number;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  hashBits: 19,
  seed: 0x5eed,
  wordNgramMax: 2,
  charNgramMin: 2,
  charNgramMax: 5,
};

export const WORD_BLOCK = 0;
export const CHAR_BLOCK = 1;

/**
 * Receives each feature occurrence: its bucket (block already folded in: the char block lives in
 * [2^bits, 2^(bits+1))) and the token range it came from (for explanations).
 */
export type FeatureSink = (bucket: number, tokenFrom: number, tokenTo: number) => void;

/** Emits the hashed features of tokens [from, to) of a prepared comment. */
export function extractFeatures(
  doc: PreparedText,
  from: number,
  to: number,
  config: FeatureConfig,
  sink: FeatureSink,
): void {
  const mask = (1 << config.hashBits) - 1;
  const charBase = 1 << config.hashBits;
  const { terms, tokens } = doc;
  let previous = -1; // index of the previous word in the same clause, for bigrams
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      previous = -1;
      continue;
    }
    const term = terms[i]!;
    if (term === '') continue;
    sink(hashString(term, config.seed) & mask, i, i + 1);
    if (config.wordNgramMax >= 2 && previous >= 0) {
      sink(hashString(`${terms[previous]} ${term}`, config.seed + 1) & mask, previous, i + 1);
    }
    previous = i;
    emitCharNgrams(` ${token.norm} `, i, config, charBase | 0, mask, sink);
  }
}

/**
 * Character n-grams of a padded word. FNV-1a is incremental, so all lengths starting at one position
 * share a single pass; the length is mixed in before the finaliser so "ab" and "abc" differ.
 */
function emitCharNgrams(
  padded: string,
  tokenIndex: number,
  config: FeatureConfig,
  charBase: number,
  mask: number,
  sink: FeatureSink,
): void {
  const length = padded.length;
  const { charNgramMin, charNgramMax } = config;
  for (let start = 0; start + charNgramMin <= length; start++) {
    let h = (0x811c9dc5 ^ config.seed) >>> 0;
    const last = Math.min(length, start + charNgramMax);
    for (let i = start; i < last; i++) {
      h ^= padded.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
      const n = i - start + 1;
      if (n >= charNgramMin)
        sink(charBase + (fmix32(h ^ Math.imul(n, 0x9e3779b1)) & mask), tokenIndex, tokenIndex + 1);
    }
  }
}
