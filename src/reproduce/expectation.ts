import { abs, add, compare, decimalOf, hundredths, max, multiply, parseDecimal, subtract, toNumber, type Decimal } from './decimal.js';
import { normalizeForReading } from './normalize.js';

/**
 * Expectations as researchers write them: `NAME OP VALUE [± TOL]`, e.g. `test_loss < 0.02 ± 0.003`, or a range
 * `0.84 <= accuracy <= 0.88` (two expectations). A percent after VALUE means hundredths (`acc >= 95%` is 0.95);
 * after the tolerance, a share of VALUE. Values are compared as written, in decimal.
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
  /** VALUE and the absolute tolerance as exact decimals; absent when VALUE is not a finite number. */
  exact?: { value: Decimal; tolerance: Decimal };
  /** Why the expectation cannot be checked (`< 1e309`): it is invalid, never a pass. */
  problem?: string;
}

/** Relative tolerance of `≈ v` when none is written. */
export const DEFAULT_APPROX_TOLERANCE = 0.01;

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
/** A percent sign right after VALUE: hundredths. */
const VALUE_PERCENT = String.raw`(\s?%)?`;
const OPERATORS: Record<string, Operator> = { '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=', '=': '=', '==': '=', '≈': '≈', '~': '≈' };
const OPERATOR = String.raw`<=|>=|==|≤|≥|≈|<|>|=|~`;
const TOLERANCE = String.raw`(?:\s*(?:±|\+\/-|\+-)\s*(${NUMBER})\s*(%)?)?`;
const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*`;

/** The comparison after a metric name: `< 0.02 ± 0.003`. */
const EXPECTED = new RegExp(String.raw`^\s*(${OPERATOR})\s*(${NUMBER})${VALUE_PERCENT}${TOLERANCE}\s*$`);

/**
 * Expectations inside prose. A name right after `-`, `/`, `.` or a letter is part of something else (a flag
 * like `--port=8888`, a path, a URL), and `=` needs spaces around it in prose, where `batch_size=32` states a
 * setting rather than an expected result.
 */
const IN_PROSE = new RegExp(
  String.raw`(?<![\w.\-/$\\])(${NAME})(?:\s*(<=|>=|≤|≥|≈|<|>|~)\s*|\s+(==?)\s+)(${NUMBER})(?![\w.]\d)${VALUE_PERCENT}${TOLERANCE}(?![\w])`,
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
  'loss accuracy acc error err f1 bleu rouge perplexity ppl auc roc mse mae rmse mape precision recall score reward return psnr ssim fid map wer cer top1 top5 iou dice r2 likelihood nll elbo kl entropy'.split(
    ' ',
  ),
);

/**
 * With `=`, only a name made of a metric word (`test_loss`, `val.acc`, `top1`) states a result: `batch_size = 64`
 * and `learning_rate = 0.001` are settings, whatever their spacing.
 */
function namesAResult(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[_.]/)
    .some((part) => METRIC_WORDS.has(part) || /^(?:top\d+|acc\d+|f\d)$/.test(part));
}

function looksLikeMetric(name: string): boolean {
  // ALL_CAPS names are settings and environment variables (`NCCL_IB_DISABLE = 1`), not results.
  if (/^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name)) return false;
  return /[_.\d]/.test(name) || METRIC_WORDS.has(name.toLowerCase());
}

/** The lower (or upper) bound written before a name, in a range: `0.84 <= ` in `0.84 <= acc <= 0.88`. */
const BOUND_BEFORE = new RegExp(String.raw`(?<![\w.])(${NUMBER})${VALUE_PERCENT}\s*(<=|>=|≤|≥|<|>)\s*$`);
const REVERSED: Record<string, string> = { '<': '>', '<=': '>=', '≤': '>=', '>': '<', '>=': '<=', '≥': '<=' };

export function findExpectations(written: string): Found[] {
  const text = normalizeForReading(written);
  const found: Found[] = [];
  for (const match of text.matchAll(IN_PROSE)) {
    const [whole, metric, op1, op2, value, valuePercent, tolerance, percent] = match;
    if (!looksLikeMetric(metric!) || (op2 !== undefined && tolerance === undefined && !namesAResult(metric!))) continue;
    const op = op1 ?? op2!;
    // A range: the bound before the name is an expectation of its own, with the comparison turned round.
    const before = op !== '=' && op !== '==' && op !== '~' && op !== '≈' ? BOUND_BEFORE.exec(text.slice(Math.max(0, match.index! - 48), match.index!)) : null;
    if (before && sameDirection(before[3]!, op)) {
      const start = match.index! - before[0].length;
      found.push({ expectation: build(metric!, REVERSED[before[3]!]!, before[1]!, undefined, undefined, before[2]), start, end: match.index! });
    }
    const expectation = build(metric!, op, value!, tolerance, percent, valuePercent);
    found.push({ expectation, start: match.index!, end: match.index! + whole.length });
  }
  return found;
}

/** `0.84 <= x <= 0.88` and `0.88 >= x >= 0.84` are ranges; `0.84 <= x >= 0.88` is nonsense, not read as one. */
function sameDirection(a: string, b: string): boolean {
  const up = (op: string) => op === '<' || op === '<=' || op === '≤';
  return up(a) === up(b);
}

/** Parts of a name that make `NAME = VALUE` a setting: `batch_size`, `learning_rate`, `num_layers`, `seed`. */
const SETTING_WORDS = new Set(
  'size batch rate lr learning seed epoch epochs step steps iter iters iterations dim dims hidden depth layers layer heads head dropout decay momentum warmup workers worker gpus gpu num n max min len length width height k temperature beta1 beta2 eps epsilon weight clip patience threads port version'.split(
    ' ',
  ),
);

/**
 * `NAME = VALUE` in prose that is neither plainly a result (`test_loss = 0.1`) nor plainly a setting
 * (`batch_size = 64`): `final_metric = 0.5`. It is not guessed; the caller reports it.
 */
export function ambiguousAssignments(written: string): Array<{ name: string; start: number; text: string }> {
  const text = normalizeForReading(written);
  const found: Array<{ name: string; start: number; text: string }> = [];
  for (const match of text.matchAll(IN_PROSE)) {
    const [whole, metric, , op2, , , tolerance] = match;
    if (op2 === undefined || tolerance !== undefined || !looksLikeMetric(metric!) || namesAResult(metric!)) continue;
    if (
      metric!
        .toLowerCase()
        .split(/[_.]/)
        .some((part) => SETTING_WORDS.has(part))
    )
      continue;
    found.push({ name: metric!, start: match.index, text: whole.trim() });
  }
  return found;
}

/**
 * What reads like an expectation (a metric's name, a comparison, a number) but is none: `accuracy: >= 0.9`,
 * `test_loss < 0.02 (± 0.003)`. Such a claim must not vanish: it comes back as an expectation that cannot be
 * checked, at its place, which is never a pass. `found` are the expectations already read from `written`.
 */
export function unreadClaims(written: string, found: readonly Found[]): Found[] {
  const text = normalizeForReading(written);
  const claims: Found[] = [];
  for (const match of text.matchAll(CLAIM)) {
    const [whole, metric, op] = match;
    const start = match.index;
    const end = start + whole.length;
    if (!looksLikeMetric(metric!) || !namesAResult(metric!) || (op!.startsWith('=') && !/\s=/.test(whole))) continue;
    if (overlaps(found, start, end + 24)) continue;
    const line = text
      .slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start))
      .trim()
      .slice(0, 60);
    const expectation: Expectation = {
      metric: metric!,
      op: '=',
      value: Number.NaN,
      expected: line.slice(metric!.length).trim(),
      problem: `'${line}' reads like an expectation but is not one mathrepro can check (write NAME OP VALUE [± TOL], e.g. ${metric} < 0.02 ± 0.003)`,
    };
    claims.push({ expectation, start, end });
  }
  return claims;
}

/** Whether any of `found` (in order of their start) overlaps [start, end): a binary search, for long documents. */
export function overlaps(found: readonly Found[], start: number, end: number): boolean {
  let low = 0;
  let high = found.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (found[mid]!.start < end) low = mid + 1;
    else high = mid;
  }
  // Expectations do not nest: the ones starting before `end`, from the last back, end in order too.
  for (let k = low - 1; k >= 0 && k >= low - 4; k--) if (found[k]!.end > start) return true;
  return false;
}

/** A metric's name, perhaps a colon, a comparison, then a number soon after. */
const CLAIM = new RegExp(String.raw`(?<![\w.\-/$\\])(${NAME})\s*:?\s*(<=|>=|≤|≥|≈|<|>|~|==?)\s*[(\[]?\s*[-+]?\.?\d`, 'gu');

/**
 * A whole text that is one expectation (a code span, a YAML entry), or undefined. With `=`, a name that does not
 * look like a metric is a setting (`m = 1`), unless `explicit` (a YAML expect list says it is an expectation).
 */
export function parseExpectation(written: string, explicit = false): Expectation | undefined {
  const text = normalizeForReading(written);
  const match = new RegExp(String.raw`^\s*(${NAME})\s*(${OPERATOR})\s*(${NUMBER})${VALUE_PERCENT}${TOLERANCE}\s*$`).exec(text);
  if (!match) return undefined;
  // `m = 1` is a setting; with a tolerance (`mid = 0.3 ± 0.1`) it is an expected result whatever the name.
  const tolerance = match[5] !== undefined;
  if (!explicit && !tolerance && OPERATORS[match[2]!] === '=' && !(looksLikeMetric(match[1]!) && namesAResult(match[1]!))) return undefined;
  return build(match[1]!, match[2]!, match[3]!, match[5], match[6], match[4]);
}

/** A metric name and the comparison written apart (a table row, a YAML mapping). Bare numbers mean `≈`. */
export function parseExpected(metric: string, writtenExpected: string): Expectation | undefined {
  const expected = normalizeForReading(writtenExpected);
  if (!new RegExp(`^${NAME}$`).test(metric.trim())) return undefined;
  const withOperator = EXPECTED.exec(expected);
  if (withOperator) return build(metric.trim(), withOperator[1]!, withOperator[2]!, withOperator[4], withOperator[5], withOperator[3]);
  const bare = new RegExp(String.raw`^\s*(${NUMBER})${VALUE_PERCENT}${TOLERANCE}\s*$`).exec(expected);
  if (bare) return build(metric.trim(), bare[3] ? '=' : '≈', bare[1]!, bare[3], bare[4], bare[2]);
  return undefined;
}

function build(metric: string, op: string, value: string, tolerance: string | undefined, percent: string | undefined, valuePercent?: string): Expectation {
  const written = parseDecimal(value);
  const exactValue = written && valuePercent ? hundredths(written) : written;
  const number = exactValue ? toNumber(exactValue) : Number.NaN;
  const expectation: Expectation = { metric, op: OPERATORS[op]!, value: number, expected: '' };
  if (tolerance !== undefined) expectation.tolerance = { amount: Number(tolerance), percent: percent === '%' };
  const exactTolerance = tolerance === undefined ? undefined : parseDecimal(tolerance);
  if (!exactValue || !Number.isFinite(number) || (tolerance !== undefined && !exactTolerance)) {
    expectation.problem = `${value}${tolerance === undefined ? '' : ` ± ${tolerance}`} is not a finite number`;
  } else {
    expectation.exact = { value: exactValue, tolerance: absoluteTolerance(expectation.op, exactValue, exactTolerance, percent === '%') };
  }
  expectation.expected = `${OPERATORS[op]} ${value}${valuePercent ? '%' : ''}${tolerance === undefined ? '' : ` ± ${tolerance}${percent === '%' ? '%' : ''}`}`;
  return expectation;
}

const ONE: Decimal = { digits: 1n, exponent: 0 };
const APPROX_SHARE: Decimal = { digits: 1n, exponent: -2 }; // 1 %
const EQUAL_SHARE: Decimal = { digits: 1n, exponent: -9 }; // rounding

/** The tolerance in VALUE's units, exactly: a written one (a `%` of VALUE, or absolute), else the operator's. */
function absoluteTolerance(op: Operator, value: Decimal, tolerance: Decimal | undefined, percent: boolean): Decimal {
  if (tolerance) return percent ? hundredths(multiply(abs(value), abs(tolerance))) : abs(tolerance);
  if (op === '≈') return multiply(abs(value), APPROX_SHARE);
  if (op === '=') return multiply(max(ONE, abs(value)), EQUAL_SHARE);
  return { digits: 0n, exponent: 0 };
}

/** The absolute tolerance an expectation allows. */
export function toleranceOf(e: Expectation): number {
  if (e.tolerance) return e.tolerance.percent ? (Math.abs(e.value) * e.tolerance.amount) / 100 : Math.abs(e.tolerance.amount);
  if (e.op === '≈') return Math.abs(e.value) * DEFAULT_APPROX_TOLERANCE;
  if (e.op === '=') return 1e-9 * Math.max(1, Math.abs(e.value));
  return 0;
}

/**
 * Whether an observed value meets the expectation, compared in decimal: `observedText` is the value as written in
 * the output (`0.06`), else the number's shortest decimal form. An expectation that cannot be checked never passes.
 */
export function meets(e: Expectation, observed: number, observedText?: string): boolean {
  const value = (observedText === undefined ? undefined : parseDecimal(observedText)) ?? decimalOf(observed);
  if (!e.exact || !value) return false;
  const low = subtract(e.exact.value, e.exact.tolerance);
  const high = add(e.exact.value, e.exact.tolerance);
  switch (e.op) {
    case '<':
      return compare(value, high) < 0;
    case '<=':
      return compare(value, high) <= 0;
    case '>':
      return compare(value, low) > 0;
    case '>=':
      return compare(value, low) >= 0;
    case '=':
    case '≈':
      return compare(value, low) >= 0 && compare(value, high) <= 0;
  }
}
