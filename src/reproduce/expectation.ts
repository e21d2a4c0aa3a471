/**
 * Expectations as researchers write them: `NAME OP VALUE [± TOL]`, e.g. `test_loss < 0.02 ± 0.003`.
 *
 * OP is one of `< <= ≤ > >= ≥ = == ≈ ~`; the tolerance is written `±`, `+-` or `+/-`, absolute or in `%` of
 * VALUE. Semantics (t is the tolerance, 0 when there is none):
 *   `< v ± t`  passes when observed < v + t        `<= v ± t`  observed ≤ v + t
 *   `> v ± t`  passes when observed > v − t        `>= v ± t`  observed ≥ v − t
 *   `= v ± t`, `≈ v ± t`: |observed − v| ≤ t
 *   `≈ v` or `~ v` without a tolerance: within 1 % of v; `= v` without one: equal up to rounding (1e-9 relative).
 */

export type Operator = '<' | '<=' | '>' | '>=' | '=' | '≈';

export interface Expectation {
  metric: string;
  op: Operator;
  value: number;
  tolerance?: { amount: number; percent: boolean };
  /** The expectation as written, without the metric: `< 0.02 ± 0.003`. */
  expected: string;
}

/** Relative tolerance of `≈ v` when none is written. */
export const DEFAULT_APPROX_TOLERANCE = 0.01;

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const OPERATORS: Record<string, Operator> = { '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=', '=': '=', '==': '=', '≈': '≈', '~': '≈' };
const OPERATOR = String.raw`<=|>=|==|≤|≥|≈|<|>|=|~`;
const TOLERANCE = String.raw`(?:\s*(?:±|\+\/-|\+-)\s*(${NUMBER})\s*(%)?)?`;
const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*`;

/** The comparison after a metric name: `< 0.02 ± 0.003`. */
const EXPECTED = new RegExp(String.raw`^\s*(${OPERATOR})\s*(${NUMBER})${TOLERANCE}\s*$`);

/**
 * Expectations inside prose. A name right after `-`, `/`, `.` or a letter is part of something else (a flag
 * like `--port=8888`, a path, a URL), and `=` needs spaces around it in prose, where `batch_size=32` states a
 * setting rather than an expected result.
 */
const IN_PROSE = new RegExp(
  String.raw`(?<![\w.\-/$\\])(${NAME})(?:\s*(<=|>=|≤|≥|≈|<|>|~)\s*|\s+(==?)\s+)(${NUMBER})(?![\w.]\d)${TOLERANCE}(?![\w])`,
  'gu',
);

export interface Found {
  expectation: Expectation;
  /** Offsets of the match in the searched text. */
  start: number;
  end: number;
}

/**
 * In prose a name must look like a metric: an identifier (`test_loss`, `eval.acc`, `top1`) or a common metric
 * word, so that "a loss of ~2.85" does not become an expectation on "of".
 */
const METRIC_WORDS = new Set(
  'loss accuracy acc error err f1 bleu rouge perplexity ppl auc roc mse mae rmse mape precision recall score reward return psnr ssim fid map wer cer top1 top5 iou dice r2 likelihood nll elbo kl entropy'.split(' '),
);

function looksLikeMetric(name: string): boolean {
  // ALL_CAPS names are settings and environment variables (`NCCL_IB_DISABLE = 1`), not results.
  if (/^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name)) return false;
  return /[_.\d]/.test(name) || METRIC_WORDS.has(name.toLowerCase());
}

export function findExpectations(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(IN_PROSE)) {
    const [whole, metric, op1, op2, value, tolerance, percent] = match;
    if (!looksLikeMetric(metric!)) continue;
    const expectation = build(metric!, op1 ?? op2!, value!, tolerance, percent);
    found.push({ expectation, start: match.index!, end: match.index! + whole.length });
  }
  return found;
}

/**
 * A whole text that is one expectation (a code span, a YAML entry), or undefined. With `=`, a name that does not
 * look like a metric is a setting (`m = 1`), unless `explicit` (a YAML expect list says it is an expectation).
 */
export function parseExpectation(text: string, explicit = false): Expectation | undefined {
  const match = new RegExp(String.raw`^\s*(${NAME})\s*(${OPERATOR})\s*(${NUMBER})${TOLERANCE}\s*$`).exec(text);
  if (!match) return undefined;
  if (!explicit && OPERATORS[match[2]!] === '=' && !looksLikeMetric(match[1]!)) return undefined;
  return build(match[1]!, match[2]!, match[3]!, match[4], match[5]);
}

/** A metric name and the comparison written apart (a table row, a YAML mapping). Bare numbers mean `≈`. */
export function parseExpected(metric: string, expected: string): Expectation | undefined {
  if (!new RegExp(`^${NAME}$`).test(metric.trim())) return undefined;
  const withOperator = EXPECTED.exec(expected);
  if (withOperator) return build(metric.trim(), withOperator[1]!, withOperator[2]!, withOperator[3], withOperator[4]);
  const bare = new RegExp(String.raw`^\s*(${NUMBER})${TOLERANCE}\s*$`).exec(expected);
  if (bare) return build(metric.trim(), bare[2] ? '=' : '≈', bare[1]!, bare[2], bare[3]);
  return undefined;
}

function build(metric: string, op: string, value: string, tolerance: string | undefined, percent: string | undefined): Expectation {
  const expectation: Expectation = { metric, op: OPERATORS[op]!, value: Number(value), expected: '' };
  if (tolerance !== undefined) expectation.tolerance = { amount: Number(tolerance), percent: percent === '%' };
  expectation.expected = describe(expectation);
  return expectation;
}

export function describe(e: Expectation): string {
  const tolerance = e.tolerance ? ` ± ${e.tolerance.amount}${e.tolerance.percent ? '%' : ''}` : '';
  return `${e.op} ${e.value}${tolerance}`;
}

/** The absolute tolerance an expectation allows. */
export function toleranceOf(e: Expectation): number {
  if (e.tolerance) return e.tolerance.percent ? (Math.abs(e.value) * e.tolerance.amount) / 100 : Math.abs(e.tolerance.amount);
  if (e.op === '≈') return Math.abs(e.value) * DEFAULT_APPROX_TOLERANCE;
  if (e.op === '=') return 1e-9 * Math.max(1, Math.abs(e.value));
  return 0;
}

/** Whether an observed (finite) value meets the expectation. */
export function meets(e: Expectation, observed: number): boolean {
  const t = toleranceOf(e);
  switch (e.op) {
    case '<':
      return observed < e.value + t;
    case '<=':
      return observed <= e.value + t;
    case '>':
      return observed > e.value - t;
    case '>=':
      return observed >= e.value - t;
    case '=':
    case '≈':
      return Math.abs(observed - e.value) <= t;
  }
}
