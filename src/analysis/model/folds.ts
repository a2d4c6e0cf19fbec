import { createRng, shuffleInPlace } from './prng';

/**
 * Assigns each row to one of k folds, seeded. Rows are grouped by `strata` (the class, or the rarest
 * label) and dealt round-robin so every fold gets its share of each group.
 */
export function assignFolds(
  rows: Int32Array,
  k: number,
  seed: number,
  strata?: Int32Array,
): Int32Array {
  const rng = createRng(seed);
  const order = Int32Array.from(rows);
  shuffleInPlace(order, rng);
  if (strata) {
    // Stable sort by stratum keeps the shuffled order inside each stratum.
    const sorted = Array.from(order).sort((a, b) => strata[a]! - strata[b]!);
    order.set(sorted);
  }
  const folds = new Int32Array(rows.length);
  const position = new Map<number, number>();
  rows.forEach((row, i) => position.set(row, i));
  const offset = Math.floor(rng() * k);
  order.forEach((row, i) => {
    folds[position.get(row)!] = (i + offset) % k;
  });
  return folds;
}
