import type { SparseVector } from '../features/sparse';
import { plattProbability } from './platt';
import type { Head } from './types';

/** Calibrated probability of every label of a head for one feature vector. */
export function headProbabilities(head: Head, x: SparseVector): Float64Array {
  const L = head.labels.length;
  const scores = Float64Array.from(head.bias);
  const { weights } = head;
  for (let k = 0; k < x.indices.length; k++) {
    const base = x.indices[k]! * L;
    const value = x.values[k]!;
    for (let l = 0; l < L; l++) scores[l] = scores[l]! + weights[base + l]! * value;
  }
  for (let l = 0; l < L; l++)
    scores[l] = plattProbability({ a: head.plattA[l]!, b: head.plattB[l]! }, scores[l]!);
  if (head.mode === 'multiclass') {
    let sum = 0;
    for (let l = 0; l < L; l++) sum += scores[l]!;
    if (sum > 0) for (let l = 0; l < L; l++) scores[l]! /= sum;
  }
  return scores;
}

/** Label indices chosen from probabilities: argmax (multiclass) or thresholds (+ fallback). */
export function decideLabels(
  head: Head,
  probabilities: Float64Array,
  allowFallback = true,
): number[] {
  const L = head.labels.length;
  if (L === 0) return [];
  let best = 0;
  let bestRatio = -Infinity;
  const chosen: number[] = [];
  for (let l = 0; l < L; l++) {
    // Multiclass: argmax of probability / class divisor. Multilabel: closest to its own threshold.
    const ratio = probabilities[l]! / head.thresholds[l]!;
    if (ratio > bestRatio) {
      bestRatio = ratio;
      best = l;
    }
    if (head.mode === 'multilabel' && probabilities[l]! >= head.thresholds[l]!) chosen.push(l);
  }
  if (head.mode === 'multiclass') return [best];
  if (chosen.length === 0 && head.topLabelFallback && allowFallback) chosen.push(best);
  return chosen;
}
