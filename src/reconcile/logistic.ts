/** A fitted logistic model over named features (see scripts/fit-link-model.js). */
export interface Logistic {
  bias: number;
  weights: Record<string, number>;
}

/** The model's probability for a set of named feature values. */
export function probability(model: Logistic, features: Record<string, number>): number {
  return 1 / (1 + Math.exp(-logit(model, features)));
}

/** The model's log-odds: the bias plus each feature's value times its weight. */
export function logit(model: Logistic, features: Record<string, number>): number {
  let z = model.bias;
  for (const name in features) z += (model.weights[name] ?? 0) * (features[name] as number);
  return z;
}

/** Each feature's share of the log-odds, largest first: what `--explain` shows. */
export function contributions(model: Logistic, features: Record<string, number>): Array<{ feature: string; value: number; weight: number }> {
  return Object.entries(features)
    .map(([feature, value]) => ({ feature, value, weight: (model.weights[feature] ?? 0) * value }))
    .filter((c) => c.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1));
}
