import { abs, add, compare, decimalOf, hundredths, multiply, parseDecimal, subtract, toNumber, type Decimal } from './decimal.js';

/**
 * An expectation on a metric: `NAME OP VALUE [± TOL]`, as the claim grammar (./claims.ts) read it. Values are
 * compared as written, in decimal. A percent after VALUE means hundredths (`acc >= 95%` is 0.95), and a tolerance
 * with no percent of its own is then in percentage points (`90% ± 0.5` is 0.9 ± 0.005); a percent after the
 * tolerance, a share of VALUE. Semantics (t is the tolerance):
 *   `< v ± t`  passes when observed < v + t        `<= v ± t`  observed ≤ v + t
 *   `> v ± t`  passes when observed > v − t        `>= v ± t`  observed ≥ v − t
 *   `= v ± t`, `≈ v ± t`: |observed − v| ≤ t
 * Without a written tolerance, a bare, `=` or `≈` value is held to the precision it is written to: `76.1` is
 * 76.1 ± 0.05, `0.93` is 0.93 ± 0.005, `76.1%` is 0.761 ± 0.0005; `<` and `>` are strict.
 * A gate compares with the base revision's value instead: `test_loss <= base + 2%`.
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
  /** A claim the grammar could not read at all: `problem` says what was seen and how to write it. */
  unread?: boolean;
  /** The tolerance comes from the precision VALUE is written to (no tolerance written). */
  precision?: boolean;
  /** The unit written after VALUE (`ms`, `GB`): an observed value in another unit cannot be compared. */
  unit?: string;
  /** A gate against the base revision's value: `<= base + 2%` (amount as written). */
  relativeToBase?: { sign: '+' | '-' | '±'; amount: string; percent: boolean };
  /** Reported with its value and change, never failing. */
  informational?: boolean;
  /** The source the document names for this metric, on the claim's own line. */
  source?: string;
}

export interface BuildOptions {
  /** The expectation as written, without the name: `< 0.02 ± 0.003`. */
  written?: string;
  unit?: string | undefined;
  /** A bare, `=` or `≈` value: without a written tolerance it is held to its written precision. */
  bare?: boolean;
}

const OPERATORS: Record<string, Operator> = { '<': '<', '<=': '<=', '≤': '<=', '>': '>', '>=': '>=', '≥': '>=', '=': '=', '==': '=', '≈': '≈', '~': '≈' };

/** An expectation from its parts as written (`value` and `tolerance` in decimal text, `5e-3`). */
export function build(
  metric: string,
  op: string,
  value: string,
  tolerance: string | undefined,
  percent: string | undefined,
  valuePercent?: string | boolean,
  options: BuildOptions = {},
): Expectation {
  const written = parseDecimal(value);
  const exactValue = written && valuePercent ? hundredths(written) : written;
  const number = exactValue ? toNumber(exactValue) : Number.NaN;
  const operator = OPERATORS[op] ?? '=';
  const expectation: Expectation = { metric, op: operator, value: number, expected: '' };
  if (tolerance !== undefined) expectation.tolerance = { amount: Number(tolerance), percent: percent === '%' };
  if (options.unit) expectation.unit = options.unit;
  const exactTolerance = tolerance === undefined ? undefined : parseDecimal(tolerance);
  if (!exactValue || !Number.isFinite(number) || (tolerance !== undefined && !exactTolerance)) {
    expectation.problem = `${value}${tolerance === undefined ? '' : ` ± ${tolerance}`} is not a finite number`;
  } else if (tolerance === undefined && (operator === '=' || operator === '≈') && written) {
    // Held to the precision written: half a unit in the last digit (of the percent, for `76.1%`).
    const half: Decimal = { digits: 5n, exponent: written.exponent - 1 };
    expectation.exact = { value: exactValue, tolerance: valuePercent ? hundredths(half) : half };
    expectation.precision = true;
  } else {
    // A tolerance with no unit of its own is in VALUE's: after a percent, percentage points (`90% ± 0.5` is 0.9 ±
    // 0.005, where 0.9 ± 0.5 passed any accuracy at all).
    const inValueUnit = exactTolerance && valuePercent && percent !== '%' ? hundredths(exactTolerance) : exactTolerance;
    expectation.exact = { value: exactValue, tolerance: absoluteTolerance(exactValue, inValueUnit, percent === '%') };
  }
  const sign = valuePercent ? '%' : '';
  expectation.expected = options.written ?? `${operator} ${value}${sign}${tolerance === undefined ? '' : ` ± ${tolerance}${percent === '%' ? '%' : ''}`}`;
  return expectation;
}

/** The tolerance in VALUE's units, exactly: a written one (a `%` of VALUE, or absolute); none for `<` and `>`. */
function absoluteTolerance(value: Decimal, tolerance: Decimal | undefined, percent: boolean): Decimal {
  if (tolerance) return percent ? hundredths(multiply(abs(value), abs(tolerance))) : abs(tolerance);
  return { digits: 0n, exponent: 0 };
}

/** The absolute tolerance an expectation allows. */
export function toleranceOf(e: Expectation): number {
  return e.exact ? toNumber(e.exact.tolerance) : 0;
}

/**
 * The bound a gate sets from the base revision's value: `<= base + 2%` with base 0.0241 is 0.0241 + 2 % of it.
 * Undefined when the expectation is no gate or the base gave no value.
 */
export function gateBound(e: Expectation, base: number | null): Expectation | undefined {
  if (!e.relativeToBase || base === null) return undefined;
  const baseDecimal = decimalOf(base);
  const amount = parseDecimal(e.relativeToBase.amount);
  if (!baseDecimal || !amount) return undefined;
  const shift = e.relativeToBase.percent ? hundredths(multiply(abs(baseDecimal), amount)) : amount;
  const gate: Expectation = { ...e, value: base, exact: { value: baseDecimal, tolerance: { digits: 0n, exponent: 0 } } };
  if (e.relativeToBase.sign === '±') gate.exact = { value: baseDecimal, tolerance: shift };
  else {
    const bound = e.relativeToBase.sign === '+' ? add(baseDecimal, shift) : subtract(baseDecimal, shift);
    gate.exact = { value: bound, tolerance: { digits: 0n, exponent: 0 } };
    gate.value = toNumber(bound);
  }
  return gate;
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
