import { evaluate, type EvaluationReport, type EvaluationRow } from './evaluate';
import { createRng, shuffleInPlace } from './model/prng';
import type { AnalysisModel, HeadMode, TrainingRow } from './model/types';
import { trainModel } from './train';

export interface RetrainOptions {
  /** A reviewed correction counts this many times an ordinary row (default 2). */
  correctionWeight?: number;
  /** Share of the corrections held out to measure the change (default 0.2, at least 1 row). */
  holdoutShare?: number;
  seed?: number;
}

export interface QualityChange {
  head: 'themes' | 'sentiment';
  before: EvaluationReport;
  after: EvaluationReport;
}

export interface RetrainResult {
  /** Trained on the base rows and every correction. */
  model: AnalysisModel;
  /** Old model against a model trained without the held-out corrections, both on those rows. */
  changes: QualityChange[];
  heldOut: number;
  trainSeconds: number;
}

const keyOf = (text: string): string => text.trim().toLowerCase();

/** Base rows with corrections in place of the rows they correct (same text), weighted. */
function mergeRows(
  base: readonly TrainingRow[],
  corrections: readonly TrainingRow[],
  weight: number,
): TrainingRow[] {
  const corrected = new Set(corrections.map((c) => keyOf(c.text)));
  return [
    ...base.filter((r) => !corrected.has(keyOf(r.text))),
    ...corrections.map((c) => ({ ...c, weight: (c.weight ?? 1) * weight })),
  ];
}

function evaluationRows(
  rows: readonly TrainingRow[],
  head: 'themes' | 'sentiment',
): EvaluationRow[] {
  return rows.flatMap((r) => {
    if (head === 'themes') return r.labels ? [{ text: r.text, values: r.labels }] : [];
    return r.sentiment ? [{ text: r.text, values: [r.sentiment] }] : [];
  });
}

/**
 * Retrains a model with reviewed corrections (a person fixed themes or sentiment of some comments)
 * and measures the change: a share of the corrections is held out, the current model and a model
 * trained without them are scored on it, then the returned model is trained on everything.
 */
export function retrainWithCorrections(
  current: AnalysisModel,
  base: readonly TrainingRow[],
  corrections: readonly TrainingRow[],
  options: RetrainOptions = {},
): RetrainResult {
  if (corrections.length === 0) throw new Error('No correction to learn from');
  const weight = options.correctionWeight ?? 2;
  const order = Int32Array.from(corrections.keys());
  shuffleInPlace(order, createRng(options.seed ?? current.options.seed));
  const held = Math.max(1, Math.round(corrections.length * (options.holdoutShare ?? 0.2)));
  const heldRows = Array.from(order.subarray(0, held), (i) => corrections[i]!);
  const learnRows = Array.from(order.subarray(held), (i) => corrections[i]!);
  const { language, ...trainOptions } = current.options;
  const settings = {
    ...trainOptions,
    language,
    ...(current.taxonomy ? { taxonomy: current.taxonomy } : {}),
    ...(current.heads.sentiment ? { sentimentLabels: current.heads.sentiment.labels } : {}),
  };
  const candidate = trainModel(mergeRows(base, learnRows, weight), settings);
  const changes: QualityChange[] = [];
  for (const head of ['themes', 'sentiment'] as const) {
    const rows = evaluationRows(heldRows, head);
    const mode: HeadMode = head === 'themes' ? current.options.mode : 'multiclass';
    if (rows.length === 0 || !current.heads[head] || !candidate.heads[head]) continue;
    const labels = current.heads[head].labels;
    changes.push({
      head,
      before: evaluate(current, head, rows, { mode, labels }),
      after: evaluate(candidate, head, rows, { mode, labels }),
    });
  }
  const started = performance.now();
  const model = trainModel(mergeRows(base, corrections, weight), settings);
  return { model, changes, heldOut: held, trainSeconds: (performance.now() - started) / 1000 };
}
