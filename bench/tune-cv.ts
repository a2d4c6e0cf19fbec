// Hyper-parameter exploration by k-fold cross-validation inside a TRAINING file only (never the
// test file): npx tsx bench/tune-cv.ts FILE '{"C":0.5}' [--sentiment] [--folds 5]
import { readFileSync } from 'node:fs';
import { readDataset, sentiment3 } from '../src/analysis/dataset';
import { evaluate } from '../src/analysis/evaluate';
import { createRng, shuffleInPlace } from '../src/analysis/model/prng';
import { trainModel } from '../src/analysis/train';

const [file, overrides = '{}', ...flags] = process.argv.slice(2);
if (!file) throw new Error('usage: tune-cv.ts FILE [JSON] [--sentiment] [--folds K]');
const sentiment = flags.includes('--sentiment');
const k = Number(flags[flags.indexOf('--folds') + 1] ?? 5) || 5;
const rows = readDataset(readFileSync(file), sentiment ? 'sentiment' : 'labels')
  .map((r) => (sentiment ? { ...r, values: r.raw ? [sentiment3(r.raw)] : [] } : r))
  .filter((r) => !sentiment || r.values.length > 0);
const order = Int32Array.from(rows.keys());
shuffleInPlace(order, createRng(11));
const labels = [...new Set(rows.flatMap((r) => r.values))];
const sums = { micro: 0, macro: 0, acc: 0 };
for (let f = 0; f < k; f++) {
  const train = [...order].filter((_, i) => i % k !== f).map((i) => rows[i]!);
  const held = [...order].filter((_, i) => i % k === f).map((i) => rows[i]!);
  const model = trainModel(
    train.map((r) =>
      sentiment ? { text: r.text, sentiment: r.values[0]! } : { text: r.text, labels: r.values },
    ),
    { mode: sentiment ? 'multiclass' : 'multilabel', ...JSON.parse(overrides) },
  );
  const report = evaluate(model, sentiment ? 'sentiment' : 'themes', held, {
    mode: sentiment ? 'multiclass' : 'multilabel',
    labels,
  });
  sums.micro += report.microF1 / k;
  sums.macro += report.macroF1 / k;
  sums.acc += report.accuracy / k;
}
console.log(
  JSON.stringify({
    overrides: JSON.parse(overrides),
    micro: +sums.micro.toFixed(4),
    macro: +sums.macro.toFixed(4),
    acc: +sums.acc.toFixed(4),
  }),
);
