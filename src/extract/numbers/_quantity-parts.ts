import { joined, smallValue, type Tok } from './_tokens.js';

/** "3/4", "1/2": a proper fraction in digits, not a date ("6/14/2018") nor a phrase ("24/7"). */
export function readSlashFraction(tokens: Tok[], j: number, text: string): { value: number; next: number } | null {
  const numerator = tokens[j];
  const slash = tokens[j + 1];
  const denominator = tokens[j + 2];
  if (!numerator || slash?.text !== '/' || denominator?.kind !== 'num') return null;
  if (numerator.end !== slash.start || slash.end !== denominator.start || !numerator.plain || !denominator.plain) return null;
  // "6/14/2018" is a date, "24/7" a phrase: only a proper fraction with a small denominator
  if (tokens[j + 3]?.text === '/' || numerator.value >= denominator.value || denominator.value > 16 || denominator.value === 0) return null;
  // the character just before is a digit: one character looked at, not a pattern run over the whole prefix (quadratic on a long paragraph)
  if (/\d/.test(text[numerator.start - 1] ?? '')) return null;
  return { value: numerator.value / denominator.value, next: j + 3 };
}

/** The exponent after a caret: "^6", "^-1". */
export function readPower(tokens: Tok[], caret: number, text: string): { exponent: number; next: number } | null {
  let k = caret + 1;
  let sign = 1;
  while (tokens[k]?.text === '-' || tokens[k]?.text === '+') {
    if (tokens[k]?.text === '-') sign = -sign;
    k++;
  }
  const exponent = tokens[k];
  if (exponent?.kind !== 'num' || !joined(text, tokens[k - 1], exponent)) return null;
  return { exponent: sign * exponent.value, next: k + 1 };
}

/** "point zero seven", "point sixty-two": the digits after a spoken decimal point. */
export function readPointDigits(tokens: Tok[], k: number, text: string): { value: number; next: number } | null {
  let digits = '';
  let j = k;
  while (j < tokens.length && joined(text, tokens[j - 1], tokens[j])) {
    const t = tokens[j] as Tok;
    if (t.text === '-') {
      j++;
      continue;
    }
    const small = smallValue(t);
    const unit = tokens[j + 1]?.text === '-' ? smallValue(tokens[j + 2]) : undefined;
    if (small !== undefined && small >= 20 && unit !== undefined && unit < 10) {
      // "point sixty-two": one two-digit group
      digits += String(small + unit);
      j += 3;
      continue;
    }
    if (small !== undefined) digits += String(small);
    else if (t.kind === 'num' && t.plain) digits += t.text;
    else break;
    j++;
  }
  return digits ? { value: Number(`0.${digits}`), next: j } : null;
}
