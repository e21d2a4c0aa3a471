import { texOffset } from '../model/spans.js';
import type { MathFinding } from '../model/types.js';
import { defineRule } from './define.js';

export const tooComplex = defineRule({
  id: 'too-complex',
  severity: 'warning',
  scope: 'formula',
  description: 'A formula too large or deeply nested to check within the time and memory bounds; it was not checked.',
  fix: 'Split the formula, reduce the nesting, or simplify the macros it expands; renderers time out on it as well.',
  reports:
    'A formula too long (over 250,000 characters), too deeply nested, or whose macros expand past a budget (an argument pasted thousands of times: each expansion is charged for the tokens it copies, three million at most, two seconds at most); it was not checked.',
});

/** Longer formulas are reported as not checked: the bound on time per formula. */
export const MAX_FORMULA_LENGTH = 250_000;

/**
 * KaTeX gathers a run of Unicode super- and subscript characters (`x²²²…`) into one script, at a cost that grows
 * with the square of the run: 249,000 of them took 52 s. A run this long is no formula anyone writes.
 */
const MAX_SCRIPT_RUN = 1_000;
const SCRIPT_CHARACTER = /[\u00b2\u00b3\u00b9\u2070-\u209c]/;

const FORMULA_START = { start: texOffset(0), end: texOffset(1) };

/**
 * What makes a formula too large to check before any parser sees it: its length, a run of script characters, or
 * (where the renderer counts them) its braces, which the renderer refuses the formula whole for.
 */
export function tooLargeToCheck(tex: string, renderer: { label: string; maxBraces?: number }): MathFinding | undefined {
  if (tex.length > MAX_FORMULA_LENGTH) {
    return { rule: tooComplex.id, message: `Formula of ${tex.length} characters not checked (the limit is ${MAX_FORMULA_LENGTH}).`, ...FORMULA_START };
  }
  if (tex.length > MAX_SCRIPT_RUN) {
    const run = longScriptRun(tex);
    if (run) {
      return {
        rule: tooComplex.id,
        message: `A run of ${run.length} superscript or subscript characters (the limit is ${MAX_SCRIPT_RUN}); the formula was not checked.`,
        start: texOffset(run.start),
        end: texOffset(run.start + 1),
      };
    }
  }
  const { maxBraces } = renderer;
  if (maxBraces !== undefined && tex.length >= maxBraces) {
    // Counted without building anything: this runs for every formula checked, cached or not.
    let braces = 0;
    for (let at = tex.indexOf('{'); at >= 0; at = tex.indexOf('{', at + 1)) braces++;
    if (braces >= maxBraces) {
      // The site refuses the formula whole for its braces: that is all a reader sees of it.
      return {
        rule: tooComplex.id,
        severity: 'error',
        message: `${renderer.label} shows "Unable to render expression." for a formula with ${maxBraces} or more \`{\` (this one has ${braces}). Split it into smaller formulas, or drop braces that group a single character.`,
        ...FORMULA_START,
      };
    }
  }
  return undefined;
}

function longScriptRun(tex: string): { start: number; length: number } | undefined {
  let start = -1;
  for (let k = 0; k < tex.length; k++) {
    if (SCRIPT_CHARACTER.test(tex[k]!)) {
      if (start < 0) start = k;
      if (k - start + 1 > MAX_SCRIPT_RUN) {
        let end = k;
        while (end < tex.length && SCRIPT_CHARACTER.test(tex[end]!)) end++;
        return { start, length: end - start };
      }
    } else start = -1;
  }
  return undefined;
}

/** KaTeX gave up on the expansion budget. */
export function expandsPastBudget(): MathFinding {
  return {
    rule: tooComplex.id,
    message:
      'Its macros expand to more than can be checked in bounded time and memory (an argument pasted thousands of times, or expansions that keep growing); renderers give up on it too.',
    ...FORMULA_START,
  };
}

/** The parser ran out of stack. */
export function nestedTooDeeply(): MathFinding {
  return { rule: tooComplex.id, message: 'Formula nested too deeply to check (the parser ran out of stack); renderers fail on it too.', ...FORMULA_START };
}
