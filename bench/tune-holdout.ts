// Hyper-parameter exploration on a held-out 20 % of a TRAINING file only (never the test file):
//   npx tsx bench/tune-holdout.ts FILE '{"C":0.5}' [--sentiment]
import { readFileSync } from 'node:fs';
import { readDataset, sentiment3 } from '../src/analysis/dataset';
import { evaluate } from '../src/analysis/evaluate';
import { createRng, shuffleInPlace } from '../src/analysis/model/prng';
import { trainModel } from '../src/analysis/train';

const [file, overrides = '{}', flag] = process.argv.slice(2);
if (!file) throw new Error('usage: tune-holdout.ts FILE [JSON] [--sentiment]');
const sentiment = flag === '--sentiment';
const rows = readDataset(readFileSync(file), sentiment ? 'sentiment' : 'labels')
  .map((r) => (sentiment ? { ...r, values: r.raw ? [sentiment3(r.raw)] : [] } : r))
  .filter((r) => !sentiment || r.values.length > 0);
const order = Int32Array.from(rows.keys());
shuffleInPlace(order, createRng(7));
const cut = Math.floor(rows.length * 0.8);
const train = Array.from(order.subarray(0, cut), (i) => rows[i]!);
const held = Array.from(order.subarray(cut), (i) => rows[i]!);
const started = performance.now();
const model = trainModel(
  train.map((r) =>
    sentiment ? { text: r.text, sentiment: r.values[0]! } : { text: r.text, labels: r.values },
  ),
  { mode: sentiment ? 'multiclass' : 'multilabel', ...JSON.parse(overrides) },
);
const seconds = (performance.now() - started) / 1000;
const report = evaluate(model, sentiment ? 'sentiment' : 'themes', held, {
  mode: sentiment ? 'multiclass' : 'multilabel',
  labels: [...new Set(train.flatMap((r) => r.values))],
});
console.log(
  JSON.stringify({
    overrides: JSON.parse(overrides),
    micro: +report.microF1.toFixed(4),
    macro: +report.macroF1.toFixed(4),
    acc: +report.accuracy.toFixed(4),
    seconds: +seconds.toFixed(1),
  }),
);
