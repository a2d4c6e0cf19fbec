/** Sigmoid calibration p = 1 / (1 + exp(A·score + B)). */
export interface Platt {
  a: number;
  b: number;
}

export function plattProbability(platt: Platt, score: number): number {
  const f = platt.a * score + platt.b;
  return f >= 0 ? Math.exp(-f) / (1 + Math.exp(-f)) : 1 / (1 + Math.exp(f));
}

/**
 * Fits Platt scaling on out-of-fold scores with Newton's method and backtracking, using the
 * prior-smoothed targets of Lin, Lin & Weng (2007), "A note on Platt's probabilistic outputs".
 */
export function fitPlatt(scores: ArrayLike<number>, positives: ArrayLike<boolean>): Platt {
  const n = scores.length;
  let prior1 = 0;
  for (let i = 0; i < n; i++) if (positives[i]) prior1++;
  const prior0 = n - prior1;
  const hiTarget = (prior1 + 1) / (prior1 + 2);
  const loTarget = 1 / (prior0 + 2);
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = positives[i] ? hiTarget : loTarget;
  let a = 0;
  let b = Math.log((prior0 + 1) / (prior1 + 1));
  const objective = (aa: number, bb: number): number => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const fApB = scores[i]! * aa + bb;
      f +=
        fApB >= 0
          ? t[i]! * fApB + Math.log1p(Math.exp(-fApB))
          : (t[i]! - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return f;
  };
  let fval = objective(a, b);
  const sigma = 1e-12;
  for (let iter = 0; iter < 100; iter++) {
    let h11 = sigma;
    let h22 = sigma;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let i = 0; i < n; i++) {
      const fApB = scores[i]! * a + b;
      const p = fApB >= 0 ? Math.exp(-fApB) / (1 + Math.exp(-fApB)) : 1 / (1 + Math.exp(fApB));
      const q = 1 - p;
      const d2 = p * q;
      h11 += scores[i]! * scores[i]! * d2;
      h22 += d2;
      h21 += scores[i]! * d2;
      const d1 = t[i]! - p;
      g1 += scores[i]! * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) break;
    const det = h11 * h22 - h21 * h21;
    const dA = -(h22 * g1 - h21 * g2) / det;
    const dB = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * dA + g2 * dB;
    let step = 1;
    let moved = false;
    while (step >= 1e-10) {
      const newA = a + step * dA;
      const newB = b + step * dB;
      const newF = objective(newA, newB);
      if (newF < fval + 1e-4 * step * gd) {
        a = newA;
        b = newB;
        fval = newF;
        moved = true;
        break;
      }
      step /= 2;
    }
    if (!moved) break;
  }
  return { a, b };
}
