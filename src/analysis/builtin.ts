import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModelFile } from './model/model-file';
import type { AnalysisModel } from './model/types';

export type BuiltinModelName = 'fr';

export function builtinModelPath(name: BuiltinModelName): string {
  return fileURLToPath(new URL(`./models/${name}.model.json.gz`, import.meta.url));
}

const cache = new Map<BuiltinModelName, AnalysisModel>();

/** The model shipped with Binôme (French themes of the default taxonomy + sentiment). */
export function loadBuiltinModel(name: BuiltinModelName = 'fr'): AnalysisModel {
  const cached = cache.get(name);
  if (cached) return cached;
  const path = builtinModelPath(name);
  if (!existsSync(path)) {
    throw new Error(
      `Built-in model "${name}" is missing; build it with: npx tsx src/analysis/corpus/build-fr-model.ts`,
    );
  }
  const model = loadModelFile(path);
  cache.set(name, model);
  return model;
}
