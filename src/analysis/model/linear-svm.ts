import type { CsrMatrix } from '../features/sparse';
import { createRng, shuffleInPlace } from './prng';

export interface SvmOptions {
  /** Inverse regularisation strength. */
  C: number;
  /** Extra cost on positive examples (class weighting for rare labels). */
  positiveWeight: number;
  /** Stop when the projected-gradient spread of an epoch falls under this (LIBLINEAR's eps). */
  tolerance: number;
  maxEpochs: number;
  seed: number;
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

/**
 * Binary L2-regularised squared-hinge SVM trained by dual coordinate descent (Hsieh et al. 2008,
 * LIBLINEAR solver 1) with shrinking. The bias is learnt as the weight of a constant feature 1.
 * `rows` selects the training rows (for cross-validation), `sampleWeights` scales each row's cost.
 */
export function trainLinearSvm(
  X: CsrMatrix,
  y: Int8Array,
  rows: Int32Array,
  options: SvmOptions,
  sampleWeights?: Float32Array,
): LinearModel {
  const { indptr, indices, values } = X;
  const n = rows.length;
  const w = new Float64Array(X.cols);
  let bias = 0;
  const alpha = new Float64Array(n);
  const diag = new Float64Array(n); // 1 / (2 C_i)
  const qd = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const r = rows[k]!;
    let sq = 1; // constant bias feature
    for (let p = indptr[r]!; p < indptr[r + 1]!; p++) sq += values[p]! * values[p]!;
    const cost =
      options.C *
      (y[r]! > 0 ? options.positiveWeight : 1) *
      (sampleWeights ? sampleWeights[r]! : 1);
    diag[k] = 0.5 / cost;
    qd[k] = sq + diag[k]!;
  }
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  const rng = createRng(options.seed);
  let active = n;
  let pgMaxOld = Infinity;
  for (let epoch = 0; epoch < options.maxEpochs; epoch++) {
    const view = order.subarray(0, active);
    shuffleInPlace(view, rng);
    let pgMax = -Infinity;
    let pgMin = Infinity;
    for (let s = 0; s < active; s++) {
      const k = order[s]!;
      const r = rows[k]!;
      const yi = y[r]!;
      let dot = bias;
      const from = indptr[r]!;
      const to = indptr[r + 1]!;
      for (let p = from; p < to; p++) dot += w[indices[p]!]! * values[p]!;
      const g = yi * dot - 1 + diag[k]! * alpha[k]!;
      let pg: number;
      if (alpha[k] === 0) {
        // Shrinking: a row at the bound whose gradient points outwards is set aside.
        if (g > pgMaxOld) {
          active--;
          order[s] = order[active]!;
          order[active] = k;
          s--;
          continue;
        }
        pg = Math.min(g, 0);
      } else {
        pg = g;
      }
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (Math.abs(pg) > 1e-12) {
        const old = alpha[k]!;
        const next = Math.max(old - g / qd[k]!, 0);
        alpha[k] = next;
        const d = (next - old) * yi;
        for (let p = from; p < to; p++) {
          const j = indices[p]!;
          w[j] = w[j]! + d * values[p]!;
        }
        bias += d;
      }
    }
    if (pgMax - pgMin <= options.tolerance) {
      if (active === n) break;
      // Converged on the active set: check every row once more before stopping.
      active = n;
      pgMaxOld = Infinity;
      continue;
    }
    pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
  }
  return { weights: w, bias };
}

export function decision(model: LinearModel, X: CsrMatrix, row: number): number {
  let dot = model.bias;
  for (let p = X.indptr[row]!; p < X.indptr[row + 1]!; p++)
    dot += model.weights[X.indices[p]!]! * X.values[p]!;
  return dot;
}
