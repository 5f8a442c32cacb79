/**
 * L2-regularised logistic regression for the key-item trainers (train-key-figures.ts, train-key-quotes.ts): each
 * training item is an article's candidates (rows of features) with their key labels, weighed by its batch.
 */

/** What a trainer fits an item from: a row of features and a label per candidate, and the batch it belongs to. */
export interface Sample {
  batch: string;
  x: number[][];
  y: number[];
}

/** What one fit reads: the features it keeps (indices into the feature names) and what each training article weighs. */
export interface FitConfig {
  cols: number[];
  weightOf: (batch: string) => number;
}

export interface Model {
  w: number[];
  bias: number;
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const k = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= k * m[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= m[r]![j]! * x[j]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Fits by Newton's method. The penalty is on the weights of the standardised features (lambda * std^2 * w^2 on the
 * raw ones), the bias unpenalised; the rows stay raw, so their many zeros are skipped.
 */
export function fit(items: readonly Sample[], cfg: FitConfig, lambda: number): Model {
  const rows: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const it of items) it.x.forEach((r, i) => (rows.push(cfg.cols.map((c) => r[c]!)), ys.push(it.y[i]!), ws.push(cfg.weightOf(it.batch))));
  const d = cfg.cols.length;
  const total = ws.reduce((a, b) => a + b, 0);
  const mean = new Array<number>(d).fill(0);
  const vari = new Array<number>(d).fill(0);
  rows.forEach((r, n) => r.forEach((v, j) => (mean[j]! += (ws[n]! * v) / total)));
  rows.forEach((r, n) => r.forEach((v, j) => (vari[j]! += (ws[n]! * (v - mean[j]!) ** 2) / total)));
  // The penalty grows with the training weight, so weighing some articles up does not loosen it for the rest.
  const scale = total / rows.length;
  // A feature constant over the training rows gets a unit penalty, so it stays at zero.
  const pen = vari.map((v) => lambda * scale * (v > 1e-9 ? v : 1));
  const z = rows.map((r) => {
    const nz = [0];
    r.forEach((v, j) => v !== 0 && nz.push(j + 1));
    return { x: [1, ...r], nz };
  });
  let beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 40; iter++) {
    const grad = beta.map((b, j) => (j === 0 ? 0 : pen[j - 1]! * b));
    const hess = beta.map((_, j) => beta.map((__, k) => (j === k && j > 0 ? pen[j - 1]! : 0)));
    z.forEach(({ x, nz }, n) => {
      let s = 0;
      for (const j of nz) s += x[j]! * beta[j]!;
      const p = sigmoid(s);
      const w = ws[n]! * p * (1 - p);
      for (let a = 0; a < nz.length; a++) {
        const j = nz[a]!;
        grad[j]! += ws[n]! * (p - ys[n]!) * x[j]!;
        for (let c = a; c < nz.length; c++) hess[j]![nz[c]!]! += w * x[j]! * x[nz[c]!]!;
      }
    });
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { bias: beta[0]!, w: beta.slice(1) };
}

/** The model's score of one row of every feature. */
export const logit = (m: Model, cfg: FitConfig, r: readonly number[]): number => cfg.cols.reduce((s, c, j) => s + m.w[j]! * r[c]!, m.bias);
