// A small L2-regularised logistic regression, fitted by Newton's method: deterministic, no
// dependencies. Features are named; a model is { bias, weights: { name: w } }.

/** Fits a model to examples ({ features: {name: x}, label: 0|1, weight?: number }). */
export function fitLogistic(examples, { lambda = 1, iterations = 30 } = {}) {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const n = names.length + 1;
  const rows = examples.map((e) => [1, ...names.map((name) => e.features[name] ?? 0)]);
  let w = new Array(n).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array(n).fill(0);
    const hessian = Array.from({ length: n }, () => new Array(n).fill(0));
    rows.forEach((x, r) => {
      const p = sigmoid(dot(w, x));
      const weight = examples[r].weight ?? 1;
      const error = weight * (p - examples[r].label);
      const curvature = weight * Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < n; i++) {
        if (x[i] === 0) continue;
        gradient[i] += error * x[i];
        for (let j = 0; j < n; j++) hessian[i][j] += curvature * x[i] * x[j];
      }
    });
    for (let i = 1; i < n; i++) {
      gradient[i] += lambda * w[i];
      hessian[i][i] += lambda;
    }
    hessian[0][0] += 1e-6;
    const step = solve(hessian, gradient);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: round(w[0]), weights: Object.fromEntries(names.map((name, i) => [name, round(w[i + 1])])) };
}

/** The probability a model gives an example's features. */
export function predict(model, features) {
  let z = model.bias;
  for (const [name, x] of Object.entries(features)) z += (model.weights[name] ?? 0) * x;
  return sigmoid(z);
}

function sigmoid(z) {
  return 1 / (1 + Math.exp(-z));
}

function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function round(x) {
  return Math.round(x * 1e4) / 1e4;
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(matrix, vector) {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const p = a[col][col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r][col] / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) a[r][c] -= f * a[col][c];
    }
  }
  return a.map((row, i) => row[n] / (row[i] || 1e-12));
}
