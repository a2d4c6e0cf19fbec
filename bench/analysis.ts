// `npm run bench:analysis`: the comment-analysis figures of docs/PERFORMANCE.md, through the same
// CLI contract a user (or a peer's benchmark) calls. Each run is a fresh process, one at a time.
//   - NHS FFT v6 (../shared/datasets/nhs-fft-v6, licence NC-SA, never copied into the repo):
//     themes multi-label and sentiment in three classes, train → test. Skipped when absent.
//   - Built-in French model on the project's independent French test set (corpus/fr/test.csv).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nhs = path.resolve(root, process.env.NHS_DATASET_DIR ?? '../shared/datasets/nhs-fft-v6');
const frenchTest = path.join(root, 'src/analysis/corpus/fr/test.csv');

interface Run {
  name: string;
  args: string[];
  targets: Record<string, [number, 'min' | 'max']>;
  reference: string;
}

const runs: Run[] = [];
if (existsSync(path.join(nhs, 'train.csv'))) {
  const data = ['--train', path.join(nhs, 'train.csv'), '--test', path.join(nhs, 'test.csv')];
  runs.push(
    {
      name: 'NHS FFT v6 — themes (multi-label)',
      args: ['evaluate', ...data, '--mode', 'multilabel', '--label-column', 'labels'],
      targets: {
        micro_f1: [0.72, 'min'],
        macro_f1: [0.5, 'min'],
        train_seconds: [30, 'max'],
        predict_per_second: [10_000, 'min'],
        peak_rss_mb: [1024, 'max'],
      },
      reference:
        'scikit-learn TF-IDF + LinearSVC 0.702 / 0.411 (top-label fallback); pxtextmining 0.678 / 0.457',
    },
    {
      name: 'NHS FFT v6 — sentiment (3 classes)',
      args: [
        'evaluate',
        ...data,
        '--mode',
        'multiclass',
        '--label-column',
        'sentiment',
        '--sentiment3',
      ],
      targets: { accuracy: [0.81, 'min'], macro_f1: [0.66, 'min'], peak_rss_mb: [1024, 'max'] },
      reference: 'scikit-learn TF-IDF + logistic regression: accuracy 0.800, macro-F1 0.642',
    },
  );
} else console.log(`NHS data set not found in ${nhs}: its runs are skipped.`);
if (existsSync(frenchTest)) {
  const data = ['--model', 'fr', '--test', frenchTest];
  runs.push(
    {
      name: 'Built-in French model — themes, independent test set',
      args: ['evaluate', ...data, '--mode', 'multilabel', '--label-column', 'labels'],
      targets: { micro_f1: [0.7, 'min'] },
      reference: 'target micro-F1 ≥ 0.70',
    },
    {
      name: 'Built-in French model — sentiment, independent test set',
      args: ['evaluate', ...data, '--mode', 'multiclass', '--label-column', 'sentiment'],
      targets: { accuracy: [0.8, 'min'] },
      reference: 'target accuracy ≥ 0.80',
    },
  );
}

console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
let missed = 0;
for (const run of runs) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench/support/cli-with-memory.ts'), ...run.args],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    console.error(child.stdout, child.stderr);
    throw new Error(`${run.name}: exit code ${String(child.status)}`);
  }
  const metrics = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
  metrics.peak_rss_mb = Number(/peak_rss_mb=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  console.log(`\n## ${run.name}\n${JSON.stringify(metrics)}\nreference: ${run.reference}`);
  for (const [key, [target, kind]] of Object.entries(run.targets)) {
    const value = metrics[key]!;
    const ok = kind === 'min' ? value >= target : value <= target;
    if (!ok) missed++;
    console.log(
      `  ${ok ? 'ok  ' : 'MISS'} ${key} = ${value} (target ${kind === 'min' ? '≥' : '≤'} ${target})`,
    );
  }
}
console.log(missed === 0 ? '\nEvery target met.' : `\n${missed} target(s) missed.`);
process.exitCode = missed === 0 ? 0 : 1;
