/**
 * Numbers as written, compared in decimal: `0.05 + 0.01` is 0.06 exactly, so `< 0.05 ± 0.01` fails 0.06 as a
 * researcher expects (in binary floating point the bound is 0.060000000000000005 and 0.06 would pass).
 * A decimal is `digits × 10^exponent`.
 */
export interface Decimal {
  digits: bigint;
  exponent: number;
}

const WRITTEN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A decimal from its written form (`0.021`, `-1.5e-3`, `12`), or undefined when it is not a finite number. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = WRITTEN.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const power = Number(exponent);
  // Beyond these, no metric is meant (and `1e309` is not a finite number).
  if (!Number.isFinite(power) || Math.abs(power) > 300 || whole!.length + fraction.length > 400) return undefined;
  const digits = BigInt(`${whole || '0'}${fraction}`);
  return { digits: sign === '-' ? -digits : digits, exponent: power - fraction.length };
}

/** The decimal of a number as JavaScript prints it (the shortest form that reads back as the same number). */
export function decimalOf(value: number): Decimal | undefined {
  return Number.isFinite(value) ? parseDecimal(String(value)) : undefined;
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [a.digits * 10n ** BigInt(a.exponent - exponent), b.digits * 10n ** BigInt(b.exponent - exponent), exponent];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { digits: x + y, exponent };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { digits: x - y, exponent };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, exponent: a.exponent + b.exponent };
}

export function abs(a: Decimal): Decimal {
  return { digits: a.digits < 0n ? -a.digits : a.digits, exponent: a.exponent };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `value / 100`, exactly: a percent as hundredths. */
export function hundredths(a: Decimal): Decimal {
  return { digits: a.digits, exponent: a.exponent - 2 };
}

/** `value × 100`, exactly: hundredths as a percent. */
export function hundredfold(a: Decimal): Decimal {
  return { digits: a.digits, exponent: a.exponent + 2 };
}

/** The decimal written so that parseDecimal reads it back exactly (`123e-4`). */
export function decimalText(a: Decimal): string {
  return `${a.digits}e${a.exponent}`;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return compare(a, b) >= 0 ? a : b;
}

export function toNumber(a: Decimal): number {
  return Number(decimalText(a));
}
