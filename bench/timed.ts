/** Runs `run` 3 times to warm up, then `runs` times; p50/p95 in milliseconds and the last result. */
export async function timed<T>(run: () => Promise<T>, runs = 30) {
  for (let i = 0; i < 3; i++) await run();
  const durations: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await run();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  const at = (q: number) =>
    durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]!;
  return { p50: at(0.5), p95: at(0.95), last: last as T };
}
