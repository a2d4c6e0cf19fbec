import { parentPort, workerData } from 'node:worker_threads';
import { runRetrain, type RetrainInput } from './retrain-training';

// Worker thread of a retrain (started by retrain-job.ts): trains, answers once, ends.
// Only the error's message goes back: the rows it trained on are comments.
try {
  const output = runRetrain(workerData as RetrainInput);
  parentPort!.postMessage({ ok: true, output }, [output.model.buffer as ArrayBuffer]);
} catch (error) {
  parentPort!.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
