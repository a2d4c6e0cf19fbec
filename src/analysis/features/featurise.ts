import { detectLanguage, type Language } from '../text/language';
import { prepareText } from '../text/prepare';
import { tokenise } from '../text/tokenise';
import type { FeatureConfig } from './extract';
import { csrFromRows, type CsrMatrix } from './sparse';
import { countBuckets, vectorise, type BucketCounts, type Vocabulary } from './vocabulary';

/** Majority language of a set of texts (looks at up to 2,000 of them). */
export function detectCorpusLanguage(texts: readonly string[]): Language {
  let fr = 0;
  let en = 0;
  const step = Math.max(1, Math.floor(texts.length / 2000));
  for (let i = 0; i < texts.length; i += step) {
    const tokens = tokenise(texts[i]!);
    if (tokens.length === 0) continue;
    if (detectLanguage(tokens, 'fr') === 'fr' && detectLanguage(tokens, 'en') === 'fr') fr++;
    else if (detectLanguage(tokens, 'en') === 'en' && detectLanguage(tokens, 'fr') === 'en') en++;
  }
  return en > fr ? 'en' : 'fr';
}

export function countTexts(
  texts: readonly string[],
  language: Language,
  config: FeatureConfig,
): BucketCounts[] {
  return texts.map((text) => countBuckets(prepareText(text, language), config));
}

export function matrixOf(vocabulary: Vocabulary, counts: readonly BucketCounts[]): CsrMatrix {
  return csrFromRows(
    counts.map((c) => vectorise(vocabulary, c)),
    vocabulary.buckets.length,
  );
}
