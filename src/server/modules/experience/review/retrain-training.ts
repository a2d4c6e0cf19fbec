import type { EvaluationReport } from '../../../../analysis/evaluate';
import { serialiseModel } from '../../../../analysis/model/serialise';
import type { AnalysisModel, TrainingRow } from '../../../../analysis/model/types';
import { retrainWithCorrections, type RetrainResult } from '../../../../analysis/retrain';
import type { RetrainReport } from '../../../../shared/schemas/experience';

// The CPU-bound part of a retrain (two trainings and their evaluation, 10–30 s): pure, so that
// it runs in a worker thread (retrain-worker.ts) while the server keeps answering.

export interface RetrainInput {
  current: AnalysisModel;
  base: TrainingRow[];
  corrections: TrainingRow[];
  seed: number;
}

export interface RetrainOutput {
  /** The new model, serialised and gzipped (what the bytea column stores). */
  model: Uint8Array;
  report: RetrainReport;
}

const quality = (r: EvaluationReport) => ({
  microF1: r.microF1,
  macroF1: r.macroF1,
  accuracy: Number.isFinite(r.accuracy) ? r.accuracy : null,
});

export const toReport = (result: RetrainResult, seconds: number): RetrainReport => ({
  heldOut: result.heldOut,
  trainSeconds: Math.round(seconds * 10) / 10,
  heads: result.changes.map((change) => ({
    head: change.head,
    before: quality(change.before),
    after: quality(change.after),
  })),
});

export function runRetrain({ current, base, corrections, seed }: RetrainInput): RetrainOutput {
  const started = performance.now();
  const result = retrainWithCorrections(current, base, corrections, { seed });
  const seconds = (performance.now() - started) / 1000;
  return { model: serialiseModel(result.model, { gzip: true }), report: toReport(result, seconds) };
}
