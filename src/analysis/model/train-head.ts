import type { CsrMatrix } from '../features/sparse';
import { assignFolds } from './folds';
import { trainLinearSvm, type LinearModel } from './linear-svm';
import { fitPlatt, plattProbability } from './platt';
import { bestF1Threshold } from './thresholds';
import { multiclassScore, tuneClassDivisors } from './class-weights';
import type { Head, HeadMode, TrainOptions } from './types';

export interface HeadTrainingInput {
  X: CsrMatrix;
  /** Label indices of each row, or null when the row is not labelled for this head. */
  targets: ReadonlyArray<readonly number[] | null>;
  labels: string[];
  mode: HeadMode;
  sampleWeights?: Float32Array;
}

const TOLERANCE = 0.1;
const MAX_EPOCHS = 60;

function scoreRows(model: LinearModel, X: CsrMatrix, rows: Int32Array, out: Float64Array): void {
  for (const r of rows) {
    let dot = model.bias;
    for (let p = X.indptr[r]!; p < X.indptr[r + 1]!; p++)
      dot += model.weights[X.indices[p]!]! * X.values[p]!;
    out[r] = dot;
  }
}

interface Split {
  rows: Int32Array;
  foldRows: Int32Array[];
  trainRows: Int32Array[];
}

/** Rows labelled for this head, split into stratified folds (by first label). */
function splitFolds(input: HeadTrainingInput, options: TrainOptions): Split {
  const { X, targets, labels } = input;
  const rows = Int32Array.from(targets.flatMap((t, r) => (t ? [r] : [])));
  const folds = Math.max(2, Math.min(options.folds, Math.floor(rows.length / 2)));
  const strata = new Int32Array(X.rows);
  targets.forEach((t, r) => {
    strata[r] = t && t.length > 0 ? t[0]! : labels.length;
  });
  const foldOf = assignFolds(rows, folds, options.seed, strata);
  const foldRows: Int32Array[] = [];
  const trainRows: Int32Array[] = [];
  for (let f = 0; f < folds; f++) {
    foldRows.push(rows.filter((_, i) => foldOf[i] === f));
    trainRows.push(rows.filter((_, i) => foldOf[i] !== f));
  }
  return { rows, foldRows, trainRows };
}

interface OneVsRest {
  head: Head;
  /** Calibrated out-of-fold probability of each label, for the head's rows in order. */
  oofProbabilities: Float64Array[];
}

/**
 * Trains one-vs-rest linear SVMs with cost C, calibrates them with Platt scaling on out-of-fold
 * scores (k-fold inside the training rows) and, in multilabel mode, picks each label's threshold on
 * the same out-of-fold probabilities.
 */
function fitOneVsRest(
  input: HeadTrainingInput,
  options: TrainOptions,
  split: Split,
  C: number,
): OneVsRest {
  const { X, targets, labels, mode, sampleWeights } = input;
  const { rows, foldRows, trainRows } = split;
  const folds = foldRows.length;
  const L = labels.length;
  const weights = new Float32Array(X.cols * L);
  const bias = new Float32Array(L);
  const plattA = new Float32Array(L);
  const plattB = new Float32Array(L);
  // Multilabel: probability thresholds. Multiclass: per-class divisors of the probabilities.
  const thresholds = new Float32Array(L).fill(mode === 'multiclass' ? 1 : 0.5);
  const oofProbabilities: Float64Array[] = [];
  const positiveCounts: number[] = [];
  const pooledProbabilities: number[] = [];
  const pooledPositives: boolean[] = [];

  for (let l = 0; l < L; l++) {
    const y = new Int8Array(X.rows).fill(-1);
    let positives = 0;
    for (const r of rows) {
      if (targets[r]!.includes(l)) {
        y[r] = 1;
        positives++;
      }
    }
    const negatives = rows.length - positives;
    const positiveWeight =
      positives > 0
        ? Math.min(
            options.maxPositiveWeight,
            Math.max(1, (negatives / positives) ** options.positiveWeightPower),
          )
        : 1;
    const svm = {
      C,
      positiveWeight,
      tolerance: TOLERANCE,
      maxEpochs: MAX_EPOCHS,
      seed: options.seed + l,
    };

    const oof = new Float64Array(X.rows);
    // The final classifier is the average of the fold classifiers (bagging): its scores match the
    // out-of-fold scores the calibration and thresholds were fitted on, and no extra fit is needed.
    const average = new Float64Array(X.cols);
    let averageBias = 0;
    for (let f = 0; f < folds; f++) {
      const fold = trainLinearSvm(X, y, trainRows[f]!, svm, sampleWeights);
      scoreRows(fold, X, foldRows[f]!, oof);
      for (let j = 0; j < X.cols; j++) average[j]! += fold.weights[j]! / folds;
      averageBias += fold.bias / folds;
    }
    const scores = Float64Array.from(rows, (r) => oof[r]!);
    const isPositive = Array.from(rows, (r) => y[r] === 1);
    const platt = fitPlatt(scores, isPositive);
    plattA[l] = platt.a;
    plattB[l] = platt.b;
    const probabilities = scores.map((s) => plattProbability(platt, s));
    oofProbabilities.push(probabilities);
    if (mode === 'multilabel') {
      thresholds[l] = bestF1Threshold(probabilities, isPositive);
      positiveCounts.push(positives);
      pooledProbabilities.push(...probabilities);
      pooledPositives.push(...isPositive);
    }

    for (let j = 0; j < X.cols; j++) weights[j * L + l] = average[j]!;
    bias[l] = averageBias;
  }
  if (mode === 'multilabel' && options.thresholdShrinkage > 0) {
    // A label with few positives gets a threshold pulled towards the one best for all labels pooled
    // (its own optimum on a handful of examples is mostly noise).
    const pooled = bestF1Threshold(pooledProbabilities, pooledPositives);
    const k = options.thresholdShrinkage;
    for (let l = 0; l < L; l++) {
      const n = positiveCounts[l]!;
      thresholds[l] = (n * thresholds[l]! + k * pooled) / (n + k);
    }
  }
  const head: Head = {
    mode,
    labels,
    weights,
    bias,
    plattA,
    plattB,
    thresholds,
    topLabelFallback:
      mode === 'multilabel' && options.topLabelFallback && alwaysLabelled(input, rows),
  };
  return { head, oofProbabilities };
}

/**
 * True when (nearly) every training comment has a theme: then a comment with no label above its
 * threshold still gets its most likely one. Data where "no theme" is a real answer ("RAS") keeps
 * empty predictions.
 */
function alwaysLabelled(input: HeadTrainingInput, rows: Int32Array): boolean {
  let empty = 0;
  for (const r of rows) if (input.targets[r]!.length === 0) empty++;
  return empty <= 0.01 * rows.length;
}

/** Out-of-fold probabilities normalised per row, as prediction does for a multiclass head. */
function normaliseRows(probabilities: readonly Float64Array[], n: number): Float64Array[] {
  const normalised = probabilities.map((p) => Float64Array.from(p));
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const p of normalised) sum += p[i]!;
    if (sum > 0) for (const p of normalised) p[i]! /= sum;
  }
  return normalised;
}

/**
 * Trains a head. A multilabel head uses the cost C of the options. A multiclass head (few classes,
 * cheap) tries every cost of `multiclassCGrid` and keeps the one with the best out-of-fold
 * score (accuracy and macro-F1 blended), so an unseen data set gets a cost fitted to it rather than to ours;
 * its per-class divisors are tuned on the same out-of-fold probabilities.
 */
export function trainHead(input: HeadTrainingInput, options: TrainOptions): Head {
  const split = splitFolds(input, options);
  if (input.mode === 'multilabel' || input.labels.length < 2)
    return fitOneVsRest(input, options, split, options.C).head;
  const truth = Int32Array.from(split.rows, (r) => input.targets[r]![0]!);
  let best: { head: Head; score: number } | undefined;
  for (const C of options.multiclassCGrid ?? [options.C]) {
    const { head, oofProbabilities } = fitOneVsRest(input, options, split, C);
    const normalised = normaliseRows(oofProbabilities, split.rows.length);
    const weight = options.multiclassAccuracyWeight;
    const divisors = tuneClassDivisors(normalised, truth, weight);
    head.thresholds.set(divisors);
    const score = multiclassScore(normalised, truth, divisors, weight);
    // Strictly better only: on a tie the smaller (more regularised) cost, tried first, stays.
    if (!best || score > best.score + 1e-9) best = { head, score };
  }
  return best!.head;
}
