/**
 * Score of a multiclass decision argmax p(class) / divisor(class) on out-of-fold probabilities:
 * w × accuracy + (1 − w) × macro-F1, w = `accuracyWeight`.
 */
export function multiclassScore(
  probabilities: readonly Float64Array[],
  truth: Int32Array,
  divisors: ArrayLike<number>,
  accuracyWeight = 0.5,
): number {
  const L = probabilities.length;
  const n = truth.length;
  const tp = new Float64Array(L);
  const predictedCount = new Float64Array(L);
  const actualCount = new Float64Array(L);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestValue = -Infinity;
    for (let l = 0; l < L; l++) {
      const value = probabilities[l]![i]! / divisors[l]!;
      if (value > bestValue) {
        bestValue = value;
        best = l;
      }
    }
    predictedCount[best]!++;
    actualCount[truth[i]!]!++;
    if (best === truth[i]) {
      tp[best]!++;
      correct++;
    }
  }
  let macro = 0;
  let present = 0;
  for (let l = 0; l < L; l++) {
    if (actualCount[l] === 0 && predictedCount[l] === 0) continue;
    present++;
    macro += (2 * tp[l]!) / (predictedCount[l]! + actualCount[l]!);
  }
  const accuracy = correct / Math.max(n, 1);
  return accuracyWeight * accuracy + (1 - accuracyWeight) * (macro / Math.max(present, 1));
}

/**
 * Multiclass decision = argmax of p(class) / divisor(class). Divisors are tuned by coordinate ascent
 * on out-of-fold probabilities to maximise the blend of accuracy and macro-F1 of `multiclassScore`,
 * which lifts small classes (e.g. "neutral/mixed") without giving up much accuracy.
 */
export function tuneClassDivisors(
  probabilities: readonly Float64Array[],
  truth: Int32Array,
  accuracyWeight = 0.5,
): Float32Array {
  const L = probabilities.length;
  const divisors = new Float64Array(L).fill(1);
  const score = (): number => multiclassScore(probabilities, truth, divisors, accuracyWeight);
  const grid = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2];
  let best = score();
  for (let round = 0; round < 3; round++) {
    let improved = false;
    for (let l = 0; l < L; l++) {
      const keep = divisors[l]!;
      let bestDivisor = keep;
      for (const candidate of grid) {
        divisors[l] = candidate;
        const value = score();
        // Strictly better only: ties keep the current value, so results stay deterministic and mild.
        if (value > best + 1e-9) {
          best = value;
          bestDivisor = candidate;
          improved = true;
        }
      }
      divisors[l] = bestDivisor;
    }
    if (!improved) break;
  }
  return Float32Array.from(divisors);
}
