// Classification metrics with scikit-learn's definitions (zero_division = 0).

export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface MultilabelMetrics {
  microF1: number;
  macroF1: number;
  samplesF1: number;
  subsetAccuracy: number;
  hammingLoss: number;
  perLabel: LabelScore[];
}

export interface MulticlassMetrics {
  accuracy: number;
  macroF1: number;
  microF1: number;
  perLabel: LabelScore[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1Of = (tp: number, fp: number, fn: number): number => ratio(2 * tp, 2 * tp + fp + fn);

/**
 * Multilabel metrics. `labels` are the labels averaged over (scikit-learn: those present in train ∪ test);
 * predicted labels outside that list still count as false positives for micro and Hamming loss.
 */
export function multilabelMetrics(
  truth: ReadonlyArray<readonly string[]>,
  predicted: ReadonlyArray<readonly string[]>,
  labels: readonly string[],
): MultilabelMetrics {
  const all = new Set(labels);
  for (const row of [...truth, ...predicted]) for (const l of row) all.add(l);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const l of all) counts.set(l, { tp: 0, fp: 0, fn: 0 });
  let samples = 0;
  let exact = 0;
  let errors = 0;
  truth.forEach((row, i) => {
    const t = new Set(row);
    const p = new Set(predicted[i] ?? []);
    let tp = 0;
    for (const l of p) {
      if (t.has(l)) {
        tp++;
        counts.get(l)!.tp++;
      } else counts.get(l)!.fp++;
    }
    for (const l of t) if (!p.has(l)) counts.get(l)!.fn++;
    samples += t.size + p.size === 0 ? 0 : (2 * tp) / (t.size + p.size);
    errors += t.size + p.size - 2 * tp;
    if (tp === t.size && tp === p.size) exact++;
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of counts.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const perLabel = labels.map((label) => labelScore(label, counts.get(label)!));
  const n = truth.length;
  return {
    microF1: f1Of(tp, fp, fn),
    macroF1: ratio(
      perLabel.reduce((s, l) => s + l.f1, 0),
      perLabel.length,
    ),
    samplesF1: ratio(samples, n),
    subsetAccuracy: ratio(exact, n),
    hammingLoss: ratio(errors, n * all.size),
    perLabel,
  };
}

function labelScore(label: string, c: { tp: number; fp: number; fn: number }): LabelScore {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { label, precision, recall, f1: f1Of(c.tp, c.fp, c.fn), support: c.tp + c.fn };
}

/** Single-label metrics; macro-F1 over `labels`. */
export function multiclassMetrics(
  truth: readonly string[],
  predicted: readonly string[],
  labels: readonly string[],
): MulticlassMetrics {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const l of new Set([...labels, ...truth, ...predicted]))
    counts.set(l, { tp: 0, fp: 0, fn: 0 });
  let correct = 0;
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    if (p === t) {
      correct++;
      counts.get(t)!.tp++;
    } else {
      counts.get(p)!.fp++;
      counts.get(t)!.fn++;
    }
  });
  const perLabel = labels.map((label) => labelScore(label, counts.get(label)!));
  const accuracy = ratio(correct, truth.length);
  return {
    accuracy,
    microF1: accuracy,
    macroF1: ratio(
      perLabel.reduce((s, l) => s + l.f1, 0),
      perLabel.length,
    ),
    perLabel,
  };
}
