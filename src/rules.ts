import type { Severity } from './types.js';

/** Every rule mathrepro reports, with its stable id and default severity. Docs and SARIF are made from this. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

export const RULES = [
  { id: 'syntax-error', severity: 'error', description: 'The formula does not parse: the renderer shows an error instead of math.' },
  { id: 'unknown-command', severity: 'error', description: 'A command or environment the renderer does not define and the document never defines.' },
  { id: 'unclosed-math', severity: 'error', description: 'A math delimiter ($$, \\[, \\(, \\begin{…}, ```math) that is never closed.' },
  { id: 'duplicate-label', severity: 'error', description: 'The same \\label twice in one document: MathJax refuses the second.' },
  { id: 'duplicate-tag', severity: 'warning', description: 'The same \\tag twice in one document: two equations share a number.' },
  { id: 'unresolved-reference', severity: 'warning', description: '\\ref or \\eqref to a label that the document never defines: it shows as (???).' },
  { id: 'katex-strict', severity: 'warning', description: "KaTeX's strict-mode findings (LaTeX-incompatible input), for files KaTeX renders." },
  { id: 'renderer-compat', severity: 'warning', description: 'KaTeX accepts the formula but the chosen renderer will not show it, e.g. \\newcommand on GitHub.' },
  { id: 'too-complex', severity: 'warning', description: 'A formula too large or deeply nested to check within the time and memory bounds; it was not checked.' },
  { id: 'file-unreadable', severity: 'error', description: 'A file that cannot be read as Markdown or as a notebook (not JSON, binary, not UTF-8, too large).' },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id);
}
