// Gradient-boosted regression trees for a logistic loss: small, deterministic, no dependencies.
// Features are named; each is cut into quantile bins once, splits are searched over bin edges,
// and a model is { base, rate, trees: [node] } with nodes { feature, below, left, right } or
// { value }: what src/reconcile/boosted-trees.ts evaluates.

/**
 * Fits trees to examples ({ features: {name: x}, label: 0|1, weight?: number }). `monotone` maps
 * a feature to 1 (the probability may only rise with it) or -1 (only fall): a split on it must
 * order its two sides so, and bounds carried down keep deeper leaves in that order (the scheme
 * of XGBoost's monotone constraints).
 */
export function fitTrees(examples, { rounds = 120, depth = 3, rate = 0.1, minLeaf = 15, lambda = 1, bins = 24, monotone = {} } = {}) {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const n = examples.length;
  const columns = names.map((name) => Float64Array.from(examples, (e) => e.features[name] ?? 0));
  const edges = columns.map((column) => quantileEdges(column, bins));
  const binned = columns.map((column, j) => Uint8Array.from(column, (x) => binOf(x, edges[j])));
  const labels = Float64Array.from(examples, (e) => e.label);
  const weights = Float64Array.from(examples, (e) => e.weight ?? 1);
  const positives = labels.reduce((s, y) => s + y, 0);
  const base = Math.log((positives + 1) / (n - positives + 1));
  const score = new Float64Array(n).fill(base);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const trees = [];
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]));
      gradient[i] = weights[i] * (p - labels[i]);
      hessian[i] = weights[i] * Math.max(p * (1 - p), 1e-6);
    }
    const clip = (w, low, high) => Math.min(high, Math.max(low, w));
    const grow = (rows, level, low = -Infinity, high = Infinity) => {
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += gradient[i];
        H += hessian[i];
      }
      const leaf = { value: round4(clip(-G / (H + lambda), low, high)) };
      if (level === depth || rows.length < 2 * minLeaf) return leaf;
      let best = null;
      const gs = new Float64Array(bins + 1);
      const hs = new Float64Array(bins + 1);
      const ns = new Uint32Array(bins + 1);
      for (let j = 0; j < names.length; j++) {
        gs.fill(0);
        hs.fill(0);
        ns.fill(0);
        const column = binned[j];
        for (const i of rows) {
          const b = column[i];
          gs[b] += gradient[i];
          hs[b] += hessian[i];
          ns[b] += 1;
        }
        let gl = 0;
        let hl = 0;
        let nl = 0;
        for (let b = 0; b < edges[j].length; b++) {
          gl += gs[b];
          hl += hs[b];
          nl += ns[b];
          if (nl < minLeaf || rows.length - nl < minLeaf) continue;
          const direction = monotone[names[j]] ?? 0;
          const [wl, wr] = [clip(-gl / (hl + lambda), low, high), clip(-(G - gl) / (H - hl + lambda), low, high)];
          if ((direction > 0 && wl > wr) || (direction < 0 && wl < wr)) continue;
          const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - (G * G) / (H + lambda);
          if (best === null || gain > best.gain + 1e-12) best = { gain, j, b, mid: (wl + wr) / 2, direction };
        }
      }
      if (best === null || best.gain <= 1e-9) return leaf;
      const column = binned[best.j];
      const left = rows.filter((i) => column[i] <= best.b);
      const right = rows.filter((i) => column[i] > best.b);
      const [leftHigh, rightLow] = best.direction > 0 ? [Math.min(high, best.mid), Math.max(low, best.mid)] : [high, low];
      const [leftLow, rightHigh] = best.direction < 0 ? [Math.max(low, best.mid), Math.min(high, best.mid)] : [low, high];
      return { feature: names[best.j], below: edges[best.j][best.b], left: grow(left, level + 1, leftLow, leftHigh), right: grow(right, level + 1, rightLow, rightHigh) };
    };
    const tree = grow(all, 0);
    for (let i = 0; i < n; i++) score[i] += rate * leafValue(tree, examples[i].features);
    trees.push(tree);
  }
  return { base: round4(base), rate, trees };
}

// --- internal ---

function leafValue(node, features) {
  while (!('value' in node)) node = (features[node.feature] ?? 0) <= node.below ? node.left : node.right;
  return node.value;
}

/** Upper edges of up to `bins` quantile bins; a value goes to the first bin whose edge it does not exceed. */
function quantileEdges(column, bins) {
  const sorted = Float64Array.from(column).sort();
  const edges = [];
  for (let k = 1; k < bins; k++) {
    const edge = sorted[Math.floor((k * sorted.length) / bins)];
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

function binOf(x, edges) {
  let b = 0;
  while (b < edges.length && x > edges[b]) b++;
  return b;
}

function round4(x) {
  return Math.round(x * 1e4) / 1e4;
}
