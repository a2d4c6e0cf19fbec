// The background jobs of the patient-experience module (reading imported files, analysing
// comments, retraining models). Their state lives in the database (an import's status, a
// comment's `analysed_at`, a model's status), so a restart simply picks up where it stopped.
// One runner per process works through the steps in turn; each step does a bounded amount of
// work and says whether it found any, so requests are never starved for long.

/** Does one bounded piece of work; resolves true if there was work (so it may be called again). */
export type JobStep = () => Promise<boolean>;

export interface JobRunner {
  /** Starts polling (every `idleMs`, or at once after `wake()`). */
  start(): void;
  /** Asks the runner to look for work now (after an upload, a review…). */
  wake(): void;
  /** Runs every step until none finds work (tests and the demo seed use it; no polling needed). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export function createJobRunner(
  steps: readonly JobStep[],
  { idleMs = 2_000, onError }: { idleMs?: number; onError?: (error: unknown) => void } = {},
): JobRunner {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let started = false;
  let stopped = false;

  async function runOnce(): Promise<boolean> {
    let worked = false;
    for (const step of steps) {
      if (stopped) return false;
      try {
        if (await step()) worked = true;
      } catch (error) {
        onError?.(error);
      }
    }
    return worked;
  }

  async function loop() {
    // Yield to pending I/O between rounds: analysis is CPU work on the request thread.
    while (!stopped && (await runOnce())) await new Promise((r) => setImmediate(r));
  }

  function schedule(delay: number) {
    if (!started || stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref();
  }

  function tick() {
    timer = null;
    if (running) return;
    running = loop().finally(() => {
      running = null;
      schedule(idleMs);
    });
  }

  return {
    start() {
      started = true;
      schedule(0);
    },
    wake() {
      if (!running) schedule(0);
    },
    async drain() {
      while (running) await running;
      await loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
