import { DEFAULT_FEATURES } from './features/extract';
import { countTexts, detectCorpusLanguage, matrixOf } from './features/featurise';
import { buildVocabulary } from './features/vocabulary';
import { trainHead } from './model/train-head';
import type { AnalysisModel, Head, HeadMode, TrainingRow, TrainOptions } from './model/types';
import type { ThemeDefinition } from './taxonomy';

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  mode: 'multilabel',
  features: DEFAULT_FEATURES,
  charWeight: 2,
  C: 0.25,
  multiclassCGrid: [0.25, 0.5, 1],
  multiclassAccuracyWeight: 0.75,
  positiveWeightPower: 0.5,
  maxPositiveWeight: 10,
  folds: 5,
  topLabelFallback: true,
  thresholdShrinkage: 50,
  seed: 42,
};

function collectLabels(
  values: readonly (readonly string[] | undefined)[],
  known?: readonly string[],
): string[] {
  const labels = new Set<string>(known ?? []);
  for (const list of values) for (const label of list ?? []) labels.add(label);
  // Known (taxonomy) labels keep their order; new ones are sorted for determinism.
  const extra = [...labels].filter((l) => !known?.includes(l)).sort();
  return [...(known ?? []), ...extra];
}

/**
 * Trains a model from labelled rows: a themes head when rows carry `labels`, a sentiment head
 * (multiclass) when rows carry `sentiment`. Deterministic for a given seed.
 */
export function trainModel(
  rows: readonly TrainingRow[],
  partial: Partial<TrainOptions> & {
    taxonomy?: ThemeDefinition[];
    sentimentLabels?: string[];
  } = {},
): AnalysisModel {
  const { taxonomy, sentimentLabels, ...rest } = partial;
  const texts = rows.map((r) => r.text);
  const language = rest.language ?? detectCorpusLanguage(texts);
  const options: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...rest, language };
  const counts = countTexts(texts, language, options.features);
  const minDf = options.minDf ?? (rows.length >= 500 ? 2 : 1);
  const vocabulary = buildVocabulary(counts, options.features, minDf, options.charWeight);
  const X = matrixOf(vocabulary, counts);
  const hasWeights = rows.some((r) => r.weight !== undefined && r.weight !== 1);
  const sampleWeights = hasWeights ? Float32Array.from(rows, (r) => r.weight ?? 1) : undefined;

  const heads: AnalysisModel['heads'] = {};
  const buildHead = (
    mode: HeadMode,
    values: (string[] | undefined)[],
    known?: readonly string[],
  ): Head => {
    const labels = collectLabels(values, known);
    const index = new Map(labels.map((l, i) => [l, i]));
    const targets = values.map((v) => {
      if (v === undefined || (mode === 'multiclass' && v.length === 0)) return null;
      return (mode === 'multiclass' ? v.slice(0, 1) : v).map((label) => index.get(label)!);
    });
    return trainHead({ X, targets, labels, mode, sampleWeights }, options);
  };
  if (rows.some((r) => r.labels !== undefined)) {
    heads.themes = buildHead(
      options.mode,
      rows.map((r) => r.labels),
      taxonomy?.map((t) => t.code),
    );
  }
  if (rows.some((r) => r.sentiment)) {
    heads.sentiment = buildHead(
      'multiclass',
      rows.map((r) => (r.sentiment ? [r.sentiment] : undefined)),
      sentimentLabels,
    );
  }
  return {
    format: 'binome-analysis-model',
    version: 1,
    language,
    options,
    vocabulary,
    heads,
    ...(taxonomy ? { taxonomy } : {}),
    // No timing here: the same rows and seed must give a byte-identical model file.
    training: { rows: rows.length },
  };
}
