import { extractFeatures } from './features/extract';
import type { AnalysisModel, Head } from './model/types';
import { countBuckets, vectorise } from './features/vocabulary';
import type { PreparedText } from './text/prepare';

export interface Evidence {
  /** The original words (as written in the comment). */
  text: string;
  start: number;
  end: number;
  /** Contribution to the label's score (positive = pushes towards the label). */
  weight: number;
  segment: number;
}

/**
 * The words that drove label `label` of `head` on tokens [from, to): each feature's contribution
 * (tf-idf value × weight) is shared among the tokens it came from, then tokens are ranked.
 */
export function explainHead(
  model: AnalysisModel,
  head: Head,
  label: number,
  doc: PreparedText,
  from = 0,
  to = doc.tokens.length,
  top = 5,
): Evidence[] {
  const { vocabulary } = model;
  const x = vectorise(vocabulary, countBuckets(doc, vocabulary.config, from, to));
  const valueOfColumn = new Map<number, number>();
  x.indices.forEach((column, k) => valueOfColumn.set(column, x.values[k]!));
  const occurrences = new Map<number, number>();
  const sources: Array<[number, number, number]> = [];
  const lookup = vocabulary.lookup!; // built by vectorise
  extractFeatures(doc, from, to, vocabulary.config, (bucket, tokenFrom, tokenTo) => {
    const column = lookup[bucket]!;
    if (column < 0) return;
    occurrences.set(column, (occurrences.get(column) ?? 0) + 1);
    sources.push([column, tokenFrom, tokenTo]);
  });
  const L = head.labels.length;
  const perToken = new Map<number, number>();
  for (const [column, tokenFrom, tokenTo] of sources) {
    const contribution =
      ((valueOfColumn.get(column) ?? 0) * head.weights[column * L + label]!) /
      occurrences.get(column)!;
    const share = contribution / (tokenTo - tokenFrom);
    for (let t = tokenFrom; t < tokenTo; t++) perToken.set(t, (perToken.get(t) ?? 0) + share);
  }
  const segmentOf = (t: number): number =>
    doc.segments.findIndex((s) => t >= s.tokenStart && t < s.tokenEnd);
  return [...perToken.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, top)
    .map(([t, weight]) => {
      const token = doc.tokens[t]!;
      return {
        text: doc.text.slice(token.start, token.end),
        start: token.start,
        end: token.end,
        weight: Math.round(weight * 1e4) / 1e4,
        segment: segmentOf(t),
      };
    });
}
