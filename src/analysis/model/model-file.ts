import { readFileSync, writeFileSync } from 'node:fs';
import { deserialiseModel, serialiseModel } from './serialise';
import type { AnalysisModel } from './types';

/** Writes a model; gzip when the file name ends with .gz. */
export function saveModelFile(model: AnalysisModel, path: string): void {
  writeFileSync(path, serialiseModel(model, { gzip: path.endsWith('.gz') }));
}

export function loadModelFile(path: string): AnalysisModel {
  return deserialiseModel(readFileSync(path));
}
