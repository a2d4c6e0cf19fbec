// Small numeric helpers of the dashboard's charts (kept pure so that they are tested).

/** The smallest 1, 2 or 5 × 10^k at least `value` (1 at least). */
export function niceStep(value: number) {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].map((k) => k * power).find((candidate) => candidate >= value);
  return step ?? 10 * power;
}

/** An axis from 0 covering `max` in about `target` round steps of whole numbers. */
export function countAxis(max: number, target = 4) {
  const step = niceStep(max / target);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { max: top, ticks };
}

export interface StackPart<K extends string> {
  key: K;
  value: number;
  /** Sum of the parts before this one. */
  start: number;
}

/** The non-empty parts of a stacked bar, in the given order, with where each one starts. */
export function stack<K extends string>(
  values: Partial<Record<string, number>>,
  order: readonly K[],
): StackPart<K>[] {
  const parts: StackPart<K>[] = [];
  let start = 0;
  for (const key of order) {
    const value = values[key] ?? 0;
    if (value <= 0) continue;
    parts.push({ key, value, start });
    start += value;
  }
  return parts;
}

/** Change of a share in percentage points, rounded (null without a previous share). */
export const pointsChange = (share: number, previous: number | null) =>
  previous === null ? null : Math.round((share - previous) * 100);

/** Relative change of a count (0.25 for +25 %); null when there was nothing before. */
export const relativeChange = (current: number, previous: number) =>
  previous > 0 ? (current - previous) / previous : null;
