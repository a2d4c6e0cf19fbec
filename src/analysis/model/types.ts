import type { FeatureConfig } from '../features/extract';
import type { Vocabulary } from '../features/vocabulary';
import type { Language } from '../text/language';
import type { ThemeDefinition } from '../taxonomy';

export type HeadMode = 'multilabel' | 'multiclass';

/** One classifier over the shared features: the themes, or the sentiment. */
export interface Head {
  mode: HeadMode;
  /** Labels are data (the taxonomy is editable), never an enum. */
  labels: string[];
  /** Column-major: weight of column j for label l is weights[j * labels.length + l]. */
  weights: Float32Array;
  bias: Float32Array;
  plattA: Float32Array;
  plattB: Float32Array;
  /**
   * Multilabel: per-label probability thresholds chosen on out-of-fold predictions.
   * Multiclass: per-class divisors, decision = argmax probability / divisor (tuned out-of-fold).
   */
  thresholds: Float32Array;
  /** When no label passes its threshold, keep the one closest to passing (multilabel). */
  topLabelFallback: boolean;
}

export interface TrainOptions {
  /** Mode of the themes head. */
  mode: HeadMode;
  /** Language of stemming; by default detected from the training texts. */
  language?: Language;
  features: FeatureConfig;
  /** Buckets seen in fewer documents are dropped (by default 2, or 1 for fewer than 500 rows). */
  minDf?: number;
  /** Weight of the character n-gram block against the word block. */
  charWeight: number;
  C: number;
  /** Costs tried for a multiclass head (best out-of-fold score kept); C alone when absent. */
  multiclassCGrid?: number[];
  /**
   * Multiclass decisions maximise w × accuracy + (1 − w) × macro-F1 out-of-fold (w = this value):
   * 0.75 measured best by cross-validation inside the NHS training file (docs/PERFORMANCE.md).
   */
  multiclassAccuracyWeight: number;
  /** Positive class weight = min(maxPositiveWeight, (negatives / positives) ^ positiveWeightPower). */
  positiveWeightPower: number;
  maxPositiveWeight: number;
  /** Folds for out-of-fold calibration and thresholds. */
  folds: number;
  /** Allows the top-label fallback; it applies only when ≤ 1 % of training rows have no theme. */
  topLabelFallback: boolean;
  /** Pulls per-label thresholds towards the pooled one: weight k against the label's positives. */
  thresholdShrinkage: number;
  seed: number;
}

export interface AnalysisModel {
  format: 'binome-analysis-model';
  version: 1;
  language: Language;
  options: TrainOptions;
  vocabulary: Vocabulary;
  heads: { themes?: Head; sentiment?: Head };
  /** Optional theme definitions (labels for display). */
  taxonomy?: ThemeDefinition[];
  training: { rows: number };
}

/** A training example. `labels` undefined = not labelled for themes; [] = no theme. */
export interface TrainingRow {
  text: string;
  labels?: string[];
  sentiment?: string;
  /** Relative importance (reviewed corrections count more). */
  weight?: number;
}
