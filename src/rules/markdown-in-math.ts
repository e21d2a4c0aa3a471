import type { Finding, Formula } from '../model/types.js';
import { defineRule } from './define.js';
import { verbatimAdvice, verbatimFix, withFix } from './shown-as-text.js';

export const markdownInMath = defineRule({
  id: 'markdown-in-math',
  severity: 'error',
  scope: 'markdown',
  description:
    'Markdown reads a backslash escape inside a formula before MathJax sees it on GitHub: \\{ becomes {, \\\\ becomes \\, \\, becomes a comma, \\% starts a comment.',
  fix: 'Write the formula as $`…`$ (a ```math block for $$): Markdown leaves those alone. Or double the backslash (\\\\{).',
  reports:
    'A backslash escape in a GitHub formula that Markdown turns into something else before MathJax sees it: `\\{x\\}` reaches MathJax as `{x}`, `\\\\` as `\\` (rows run together), `\\,` as `,`, `\\%` as a comment.',
});

/** Markdown escapes whose TeX means something else than the bare character: GitHub's reader sees the difference. */
const WHAT_IT_DOES: Record<string, string> = {
  '\\': 'a line break `\\\\` becomes `\\` (rows run together)',
  '{': '`\\{` becomes a group `{`, not a brace',
  '}': '`\\}` becomes a group `}`, not a brace',
  ',': '`\\,` becomes a comma',
  '!': '`\\!` becomes `!`',
  ';': '`\\;` becomes `;`',
  ':': '`\\:` becomes `:`',
  '>': '`\\>` becomes `>`',
  _: '`\\_` becomes a subscript `_`',
  '#': '`\\#` becomes `#`, which MathJax refuses',
  '%': '`\\%` becomes `%`, which starts a comment: the rest of the line is dropped',
  '&': '`\\&` becomes `&`, an alignment tab',
  '|': '`\\|` becomes `|`, not `‖`',
};
const MEANINGFUL_ESCAPES = new Set(Object.keys(WHAT_IT_DOES));

/** Where Markdown's escapes changed what MathJax receives, one finding for the formula. */
export function markdownChangedTex(text: string, formula: Formula): Finding | undefined {
  if (!formula.offsets) return undefined;
  const changes: string[] = [];
  let first = -1;
  for (let k = 0; k < formula.tex.length; k++) {
    const from = formula.offsets[k]!;
    // An escape is one character of the TeX at the offset of its backslash.
    const escaped = formula.tex[k]!;
    if (text[from] !== '\\' || text[from + 1] !== escaped || !MEANINGFUL_ESCAPES.has(escaped)) continue;
    // `\\\\{` and `\\\\\\\\` are written so that GitHub gives MathJax `\\{` and `\\\\`: meant, not changed.
    if (escaped === '\\' && (MEANINGFUL_ESCAPES.has(text[from + 2] ?? '') || text[from - 1] === '\\')) continue;
    if (first < 0) first = from;
    const change = WHAT_IT_DOES[escaped]!;
    if (!changes.includes(change)) changes.push(change);
  }
  if (first < 0) return undefined;
  const fix = verbatimFix(text, formula);
  return {
    rule: markdownInMath.id,
    message: `Markdown reads the backslash escapes in this formula before MathJax sees it: ${changes.join('; ')}. ${verbatimAdvice(formula)}`,
    start: first,
    end: first + 2,
    source: formula.tex,
    ...withFix(fix),
  };
}
