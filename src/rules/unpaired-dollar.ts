import type { Finding } from '../model/types.js';
import { defineRule } from './define.js';

export const unpairedDollar = defineRule({
  id: 'unpaired-dollar',
  severity: 'error',
  scope: 'markdown',
  description: 'A $ that pairs with no other $ in its paragraph (not a dollar sign, not escaped, not in code): a dropped or extra $, so math shows as text.',
  fix: 'Add the missing $, remove the extra one, or write \\$ for a literal dollar sign.',
  reports:
    'A `$` that pairs with no other `$` in its paragraph — not money (`$5`, `5 $`, `($)`), not escaped, not in code, not `$HOME`: a dropped or extra dollar. A warning when no TeX is beside it.',
});

/**
 * A `$` that pairs with nothing in its paragraph, and is no dollar sign (`$5`, `5 $`, `US$ 10`): a dropped or
 * extra dollar, after which the renderer shows the math as text (or pairs the wrong dollars). Sure when TeX is
 * right beside it (`\theta$`, `$x^2`), a warning otherwise.
 */
export function loneDollar(text: string, i: number): Finding | undefined {
  const before = text
    .slice(Math.max(0, i - 40), i)
    .split(/\s/)
    .pop()!
    .split('$')
    .pop()!;
  const after = text
    .slice(i + 1, i + 41)
    .split(/\s/)[0]!
    .split('$')[0]!;
  // "the literal $ symbol": a dollar sign as a word of its own (a `$` alone on its line is a block opener).
  if (text[i - 1] === ' ' && (text[i + 1] === ' ' || text[i + 1] === undefined)) return undefined;
  // A sign in brackets or quotes, as a unit: "Income ($)", "the '$' key".
  if (/^[(["'`]$/.test(text[i - 1] ?? '') && /^[)\]"'`]$/.test(text[i + 1] ?? '')) return undefined;
  if (isMoney(text, i, before, after)) return undefined;
  // Shell and environment variables in prose: `$HOME`, `${PATH}`, `$CUDA_HOME`.
  if (/^(?:[A-Z]{3,}[A-Z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})(?![a-z0-9(\\^{])/.test(after)) return undefined;
  const tex = /\\[A-Za-z]|[\^_{}]/;
  const sure = tex.test(before) || tex.test(after);
  const side = tex.test(before) || (!tex.test(after) && before.length > 0) ? 'before' : 'after';
  const neighbour = side === 'before' ? before : after;
  return {
    rule: unpairedDollar.id,
    message:
      `This \`$\` pairs with no other \`$\` in its paragraph, so it shows as a dollar sign and ${neighbour ? `\`${neighbour.slice(0, 30)}\`` : 'what follows'} as plain text` +
      ` (a dropped or extra \`$\`?). Add the missing \`$\`, or write \`\\$\` for a literal dollar.`,
    start: i,
    end: i + 1,
    ...(sure ? {} : { severity: 'warning' as const }),
  };
}

/** A plain amount of money: `5`, `1,000`, `3.50`, `1.5M`. */
const AMOUNT = /^\d[\d,]*(?:\.\d+)?(?:[kKMB]|bn)?$/;
/** What math has and prose around an amount does not. */
const MATHY = /[\\^_{}=+*<>|/]|\s-\s/;
/** A price range after an amount: `$100 - $200`, `$5–10`. */
const PRICE_RANGE = /^\s*[-–]\s*\$?\d/;

/**
 * Whether the `$` at `i` is a dollar sign: a plain amount right after it (`$5`, `US$ 10`) or right before it
 * (`5$`, `5 $`), with no operator in the words beside the amount (`$5 + 3 = 8` lost its closing dollar).
 */
function isMoney(text: string, i: number, before: string, after: string): boolean {
  const spaceAfter = text[i + 1] === ' ' ? 1 : 0;
  const amountAfter = (spaceAfter ? text.slice(i + 2, i + 42).split(/\s/)[0]! : after).replace(/[.,;:!?)\-–]+$/, '');
  if (AMOUNT.test(amountAfter)) {
    const from = i + 1 + spaceAfter + amountAfter.length;
    const rest = text.slice(from, from + 12).split('\n')[0]!;
    if (!MATHY.test(rest) || PRICE_RANGE.test(rest)) return true;
    // The second price of a range: `$100 - $200`.
    if (/\d\s*[-–]\s*$/.test(text.slice(Math.max(0, i - 12), i))) return true;
  }
  const spaceBefore = text[i - 1] === ' ' ? 1 : 0;
  const amountBefore = (
    spaceBefore
      ? text
          .slice(Math.max(0, i - 41), i - 1)
          .split(/\s/)
          .pop()!
      : before
  ).replace(/^[(]+/, '');
  if (AMOUNT.test(amountBefore)) {
    const to = i - spaceBefore - amountBefore.length;
    if (
      !MATHY.test(
        text
          .slice(Math.max(0, to - 12), to)
          .split('\n')
          .pop()!,
      )
    )
      return true;
  }
  return false;
}
