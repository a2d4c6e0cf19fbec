// Builds the built-in French model from the project's own corpus (corpus/fr/train-*.csv; never
// test.csv) and writes src/analysis/models/fr.model.json.gz:
//   npx tsx src/analysis/corpus/build-fr-model.ts
// Deterministic: the same corpus gives a byte-identical file (a test checks the shipped file).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinModelPath } from '../builtin';
import { saveModelFile } from '../model/model-file';
import type { TrainingRow } from '../model/types';
import { SENTIMENTS_FR, DEFAULT_TAXONOMY } from '../taxonomy';
import { trainModel } from '../train';
import { parseCsv } from '../dataset';

const corpusDir = fileURLToPath(new URL('./fr/', import.meta.url));

/** The training rows of the French corpus, files in name order for determinism. */
export function readFrenchTrainingCorpus(): TrainingRow[] {
  const files = readdirSync(corpusDir)
    .filter((f) => f.startsWith('train-') && f.endsWith('.csv'))
    .sort();
  return files.flatMap((file) =>
    parseCsv(readFileSync(corpusDir + file)).map((r) => ({
      text: r.text ?? '',
      labels: (r.labels ?? '')
        .split('|')
        .map((l) => l.trim())
        .filter(Boolean),
      sentiment: (r.sentiment ?? '').trim(),
    })),
  );
}

export function buildFrenchModel(rows: readonly TrainingRow[] = readFrenchTrainingCorpus()) {
  return trainModel(rows, {
    mode: 'multilabel',
    language: 'fr',
    taxonomy: [...DEFAULT_TAXONOMY],
    sentimentLabels: [...SENTIMENTS_FR],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const rows = readFrenchTrainingCorpus();
  const model = buildFrenchModel(rows);
  const out = builtinModelPath('fr');
  saveModelFile(model, out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${rows.length} commentaires, ${model.vocabulary.buckets.length} colonnes, ${seconds} s → ${out}`);
}
