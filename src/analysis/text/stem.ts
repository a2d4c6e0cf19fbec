import snowball from 'snowball-stemmers';
import { foldForFeatures } from './normalise';
import type { Language } from './language';

const STEMMER_NAMES: Record<Language, string> = { fr: 'french', en: 'english' };
const stemmers = new Map<Language, { stem(word: string): string }>();
// Stemming dominates tokenisation cost; comments reuse a small vocabulary, so a bounded cache pays.
const caches = new Map<Language, Map<string, string>>();
const CACHE_LIMIT = 200_000;

/** Snowball stem of a lowercased (accented) word, returned accent-folded. */
export function stem(lower: string, language: Language): string {
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = snowball.newStemmer(STEMMER_NAMES[language]);
    stemmers.set(language, stemmer);
  }
  const result = foldForFeatures(/\d/.test(lower) ? lower : stemmer.stem(lower));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, result);
  return result;
}
