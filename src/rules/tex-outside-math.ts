import type { Finding, Formula } from '../model/types.js';
import { defineRule } from './define.js';
import { swallowedText } from './swallowed-text.js';
import { unpairedDollar } from './unpaired-dollar.js';
import { BACKSLASH } from '../characters.js';

export const texOutsideMath = defineRule({
  id: 'tex-outside-math',
  severity: 'error',
  scope: 'markdown',
  description: 'A math-only command (\\frac, \\alpha, \\mathbb, …) in the text of a paragraph that has math: a $ went astray and the TeX shows as typed.',
  fix: 'Put the TeX back inside its $…$ (a dollar is missing or extra nearby), or put it in a code span if it is meant to show as typed.',
  reports: 'A math-only command (`\\frac`, `\\alpha`, `\\mathbb`, …) in the text of a paragraph that has math: a `$` went astray and the TeX shows as typed.',
});

/**
 * What the Markdown structure marked in a text, a flag set per character: `excluded`, the bits of code, HTML and
 * what is not text; `barrier`, the bits of where a block ends (no formula is paired across it).
 */
export interface TextMarks {
  flags: Uint8Array;
  excluded: number;
  barrier: number;
}

/** Commands that exist only in math: written in the text of a paragraph that has math, a `$` went astray. */
const MATH_ONLY_COMMAND =
  /\\(?:frac|dfrac|tfrac|sqrt|sum|prod|int|oint|lim|mathbb|mathbf|mathcal|mathrm|mathscr|boldsymbol|cdot|cdots|ldots|times|leq?|geq?|neq|approx|sim|equiv|propto|infty|partial|nabla|in|notin|subset|subseteq|cup|cap|forall|exists|mid|hat|bar|tilde|vec|dot|overline|underline|left|right|rightarrow|leftarrow|Rightarrow|to|mapsto|alpha|beta|gamma|Gamma|delta|Delta|epsilon|varepsilon|zeta|eta|theta|Theta|vartheta|iota|kappa|lambda|Lambda|mu|nu|xi|Xi|pi|Pi|rho|varrho|sigma|Sigma|tau|upsilon|phi|Phi|varphi|chi|psi|Psi|omega|Omega|log|exp|sin|cos|tan|max|min|arg|argmax|argmin|top)(?![A-Za-z])/y;

/**
 * TeX written where the renderer shows text: `\\mathbb{N}` after a dropped `$` appears as typed. Only in paragraphs
 * that hold a `$` (prose elsewhere may name a command), and never in code or HTML.
 */
export function findTexOutsideMath(text: string, marks: TextMarks, formulas: readonly Formula[], findings: Finding[]): void {
  const { flags, excluded } = marks;
  if (formulas.length === 0 && !findings.some((finding) => finding.rule === unpairedDollar.id)) return;
  // Dollars already reported as astray explain the TeX around them: one finding per mistake.
  const astray =
    findings.length === 0
      ? []
      : findings
          .filter((finding) => finding.rule === unpairedDollar.id || finding.rule === swallowedText.id)
          .map((finding) => finding.start)
          .sort((a, b) => a - b);
  let nextAstray = 0;
  const command = MATH_ONLY_COMMAND;
  // Only the text between formulas is looked at, backslash by backslash: most backslashes are inside formulas.
  let formula = 0;
  let at = text.indexOf('\\');
  while (at >= 0) {
    while (formula < formulas.length && formulas[formula]!.end <= at) formula++;
    if (formula < formulas.length && formulas[formula]!.start <= at) {
      at = text.indexOf('\\', formulas[formula]!.end);
      continue;
    }
    command.lastIndex = at;
    const match = flags[at]! & excluded || text.charCodeAt(at - 1) === BACKSLASH ? null : command.exec(text);
    if (!match) {
      at = text.indexOf('\\', at + 1);
      continue;
    }
    const [start, end] = stretchAround(text, marks, at);
    while (nextAstray < astray.length && astray[nextAstray]! < start) nextAstray++;
    const reported = nextAstray < astray.length && astray[nextAstray]! < end;
    // Only where math is, a formula in the same stretch (prose elsewhere may name a command): formulas are sorted,
    // and `formula` is the first that ends after `at`.
    const hasMath = (formula > 0 && formulas[formula - 1]!.end > start) || (formula < formulas.length && formulas[formula]!.start < end);
    if (hasMath && !reported) {
      findings.push({
        rule: texOutsideMath.id,
        message: `\`${match[0]}\` is written outside math, so the renderer shows it as typed: a \`$\` is probably missing or misplaced nearby.`,
        start: at,
        end: at + match[0].length,
      });
    }
    // One finding a stretch: the rest of a formula left outside is the same mistake.
    at = text.indexOf('\\', Math.max(end, at + match[0].length));
  }
}

/**
 * The stretch of text a formula at `at` could have been paired within: up to a blank line, or to the start of
 * another block (a list item, a table row) where the Markdown is parsed before the math.
 */
function stretchAround(text: string, { flags, barrier }: TextMarks, at: number): [number, number] {
  let start = at;
  while (start > 0 && !(flags[start - 1]! & barrier) && !isBlankLineEnd(text, start - 1) && !startsListItem(text, start)) start--;
  let end = at;
  while (end < text.length && !(flags[end]! & barrier) && !isBlankLineEnd(text, end) && !startsListItem(text, end + 1)) end++;
  return [start, end];
}

/** Whether a list item starts at `i`, the start of a line (`- `, `* `, `1. `, indented or not). */
function startsListItem(text: string, i: number): boolean {
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return false;
  return /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/.test(text.slice(i, i + 16));
}

/** Whether the newline at `i` ends a line that holds only spaces. */
function isBlankLineEnd(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 10) return false;
  for (let k = i - 1; k >= 0; k--) {
    const code = text.charCodeAt(k);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
