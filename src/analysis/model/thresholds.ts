/**
 * The probability threshold that maximises F1 for one label on held-out (out-of-fold) predictions.
 * The threshold sits halfway between the last accepted and the first rejected probability; a label
 * never seen positive keeps `fallback`. `floor`/`ceiling` stop a handful of examples from choosing an
 * extreme threshold.
 */
export function bestF1Threshold(
  probabilities: ArrayLike<number>,
  positives: ArrayLike<boolean>,
  fallback = 0.5,
  floor = 0.05,
  ceiling = 0.9,
): number {
  const n = probabilities.length;
  let totalPositives = 0;
  for (let i = 0; i < n; i++) if (positives[i]) totalPositives++;
  if (totalPositives === 0) return fallback;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (x, y) => probabilities[y]! - probabilities[x]!,
  );
  let tp = 0;
  let predicted = 0;
  let bestF1 = -1;
  let best = fallback;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    predicted++;
    if (positives[i]) tp++;
    const next = order[k + 1];
    const p = probabilities[i]!;
    // Only cut between distinct probabilities.
    if (next !== undefined && probabilities[next] === p) continue;
    const f1 = (2 * tp) / (predicted + totalPositives);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = next === undefined ? p / 2 : (p + probabilities[next]!) / 2;
    }
  }
  return Math.min(ceiling, Math.max(floor, best));
}
