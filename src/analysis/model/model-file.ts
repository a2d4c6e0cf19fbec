import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialiseModel, serialiseModel } from './serialise';
import type { AnalysisModel } from './types';

/** Writes a model (creating its folder); gzip when the file name ends with .gz. */
export function saveModelFile(model: AnalysisModel, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serialiseModel(model, { gzip: path.endsWith('.gz') }));
}

export function loadModelFile(path: string): AnalysisModel {
  return deserialiseModel(readFileSync(path));
}
