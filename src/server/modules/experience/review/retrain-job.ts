import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readFrenchTrainingCorpus } from '../../../../analysis/corpus/build-fr-model';
import type { TrainingRow } from '../../../../analysis/model/types';
import type { Clock } from '../../../lib/clock';
import type { JobStep } from '../jobs';
import type { ModelStore } from '../model-store';
import type { ModelsRepository } from './models.repository';
import type { RetrainInput, RetrainOutput } from './retrain-training';

/** Same corrections, same held-out rows and same model: a retrain can be reproduced. */
const RETRAIN_SEED = 42;

let corpus: TrainingRow[] | null = null;
/** The French corpus the built-in model learnt from (read once: it does not change). */
const frenchCorpus = () => (corpus ??= readFrenchTrainingCorpus());

/**
 * The worker runs TypeScript like the server does, through tsx: a small ES module registers
 * tsx's loader, then imports the worker (passing `--import` in the worker's execArgv does not
 * apply the loader to the worker's own entry on Node 20).
 */
const tsxApi = pathToFileURL(
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  ),
).href;
const workerEntry = new URL('./retrain-worker.ts', import.meta.url).href;
const bootstrap = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(workerEntry)});`,
  )}`,
);

/**
 * Trains in a worker thread: the server keeps answering meanwhile (in the request thread, the
 * two trainings and their evaluation would freeze every page for 10–30 s).
 */
function trainInWorker(input: RetrainInput): Promise<RetrainOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { workerData: input });
    worker.once(
      'message',
      (answer: { ok: true; output: RetrainOutput } | { ok: false; message: string }) =>
        answer.ok ? resolve(answer.output) : reject(new Error(answer.message)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`retrain worker stopped (${code})`)));
  });
}

/** A message for the page, never a comment's text. */
const failureMessage = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 300);

/**
 * The background step that retrains one establishment's model: the built-in French corpus plus
 * the establishment's reviewed comments (which count double), with a fifth of the corrections
 * held out to measure the old and new model on them. Both label sets pass through the current
 * taxonomy first, so merged themes are learnt under the theme that absorbed them and retired
 * ones are not learnt at all. One model per call.
 */
export function createRetrainStep({
  repo,
  models,
  clock,
}: {
  repo: ModelsRepository;
  models: ModelStore;
  clock: Clock;
}): JobStep {
  return async () => {
    const job = await repo.nextToTrain();
    if (!job) return false;
    await repo.markTraining(job.id);
    try {
      const [current, mapThemes, reviewed] = await Promise.all([
        models.modelFor(job.establishmentId),
        models.themeMap(),
        repo.trainingRows(job.establishmentId),
      ]);
      const base = frenchCorpus().map((row) => ({
        ...row,
        ...(row.labels ? { labels: mapThemes(row.labels) } : {}),
      }));
      const corrections: TrainingRow[] = reviewed.map((row) => ({
        text: row.text,
        labels: mapThemes(row.themes),
        ...(row.sentiment ? { sentiment: row.sentiment } : {}),
      }));
      const trained = await trainInWorker({
        current: current.model,
        base,
        corrections,
        seed: RETRAIN_SEED,
      });
      await repo.finish(job.id, {
        model: Buffer.from(trained.model),
        report: trained.report,
        corrections: corrections.length,
        finishedAt: clock.now(),
      });
    } catch (error) {
      await repo.fail(job.id, failureMessage(error), clock.now());
    }
    models.invalidate();
    return true;
  };
}
