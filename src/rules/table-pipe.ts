import type { Finding, Formula } from '../model/types.js';
import { defineRule } from './define.js';
import { swallowedText } from './swallowed-text.js';
import { BACKSLASH } from '../characters.js';

export const tablePipe = defineRule({
  id: 'table-pipe',
  severity: 'error',
  scope: 'markdown',
  description:
    'A | inside math in a table row: the table is split into cells before the math is read, so the formula is cut there and shows as text ($|x|$ becomes the cells "$" and "x").',
  fix: 'Write \\vert (or \\mid, \\lvert … \\rvert) for |, and \\Vert for ‖.',
  reports:
    'A `|` inside `$…$` in a table row (GitHub, MyST): the table splits the cell there first, and the formula shows as text. A warning for `\\|`, which the table turns into `|` (the formula shows |, not ‖).',
});

/**
 * A pipe inside a formula in a table row. GFM tables (GitHub, and markdown-it's for MyST) split a row into cells at
 * every pipe not escaped with a backslash before any inline content, math included, is read: `$|x|$` becomes the
 * cells `$` and `x`. An escaped `\\|` is the table's own escape: the formula gets `|`, not the `‖` TeX means by it.
 */
export function tablePipes(
  text: string,
  blocks: ReadonlyArray<{ kind: string; start: number; end: number }>,
  formulas: readonly Formula[],
  findings: Finding[],
): Set<Formula> | undefined {
  let cut: Set<Formula> | undefined;
  // A formula already reported as running across cells (its dollars paired wrongly) is one mistake, told once.
  const crossing = new Set(findings.filter((finding) => finding.rule === swallowedText.id).map((finding) => finding.start));
  let next = 0;
  for (const block of blocks) {
    if (block.kind !== 'table-row') continue;
    while (next < formulas.length && formulas[next]!.start < block.start) next++;
    for (let k = next; k < formulas.length && formulas[k]!.start < block.end; k++) {
      const formula = formulas[k]!;
      const pipe = crossing.has(formula.start) ? undefined : firstPipe(text, formula.contentStart, formula.end);
      if (!pipe) continue;
      if (pipe.escaped) {
        findings.push({
          rule: tablePipe.id,
          severity: 'warning',
          message:
            'In a table row \\| is the escaped pipe of the table: the formula shows |, not the ‖ that \\| means in TeX. Write \\Vert for ‖, \\vert for |.',
          start: pipe.at - 1,
          end: pipe.at + 1,
        });
      } else {
        findings.push({
          rule: tablePipe.id,
          message:
            'This | is inside a table row: the table splits the cell here before the math is read, so the formula is cut and shows as text. Write \\vert (or \\mid) instead.',
          start: pipe.at,
          end: pipe.at + 1,
        });
        (cut ??= new Set()).add(formula);
      }
    }
  }
  return cut;
}

/** The first | in [from, to) that the table splits at, or that it reads as its escape `\\|` (one backslash before it). */
function firstPipe(text: string, from: number, to: number): { at: number; escaped: boolean } | undefined {
  for (let at = text.indexOf('|', from); at >= 0 && at < to; at = text.indexOf('|', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return { at, escaped: false };
    if (backslashes === 1) return { at, escaped: true };
  }
  return undefined;
}
