import { texOffset } from '../model/spans.js';
import type { MathFinding } from '../model/types.js';
import { defineRule } from './define.js';

export const katexStrict = defineRule({
  id: 'katex-strict',
  severity: 'warning',
  scope: 'formula',
  description: "KaTeX's strict-mode findings (LaTeX-incompatible input), for files KaTeX renders.",
  fix: 'Write the formula as LaTeX would accept it (\\text{…} around text, an accent of the right mode), or set the finding off in .mathrepro.yml.',
  reports: "KaTeX's strict-mode findings, for files KaTeX renders.",
});

const STRICT_MESSAGES: Record<string, string> = {
  unicodeTextInMathMode: 'Unicode text in math mode: LaTeX needs \\text{…} around it.',
  unknownSymbol: 'A Unicode symbol KaTeX has no metrics for: it may render in the wrong font.',
  commentAtEnd: 'A % comment at the end of an inline formula comments out the closing delimiter in LaTeX.',
  newLineInDisplayMode: '\\\\ outside an environment in display math: KaTeX breaks the line, LaTeX ignores it.',
  mathVsTextUnits: 'A math unit (mu) used in text mode, or the reverse.',
  mathVsTextAccents: 'A text accent used in math mode, or the reverse.',
  htmlExtension: 'An HTML extension command (\\htmlClass, \\htmlId, …) that only KaTeX knows.',
};

/** Commands KaTeX has and MathJax lacks: fine on a KaTeX site, an error on GitHub or in Jupyter. */

/** KaTeX's strict-mode complaint `code` (its `message`), at [start, end) of the formula. */
export function strictFinding(code: string, message: string, start: number, end: number): MathFinding {
  return { rule: katexStrict.id, message: `${STRICT_MESSAGES[code] ?? message} (${code})`, start: texOffset(start), end: texOffset(end) };
}
