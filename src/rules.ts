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
  { id: 'unpaired-dollar', severity: 'error', description: 'A $ that pairs with no other $ in its paragraph (not a dollar sign, not escaped, not in code): a dropped or extra $, so math shows as text.' },
  { id: 'swallowed-text', severity: 'error', description: 'Inline math holding plain text (CJK characters, a run of ordinary words) outside \\text{}: two $ paired wrongly.' },
  { id: 'tex-outside-math', severity: 'error', description: 'A math-only command (\\frac, \\alpha, \\mathbb, …) in the text of a paragraph that has math: a $ went astray and the TeX shows as typed.' },
  { id: 'duplicate-label', severity: 'error', description: 'The same \\label twice in one document: MathJax refuses the second.' },
  { id: 'duplicate-tag', severity: 'warning', description: 'The same \\tag twice in one document: two equations share a number.' },
  { id: 'unresolved-reference', severity: 'warning', description: '\\ref or \\eqref to a label that the document never defines: it shows as (???).' },
  { id: 'katex-strict', severity: 'warning', description: "KaTeX's strict-mode findings (LaTeX-incompatible input), for files KaTeX renders." },
  { id: 'refused-command', severity: 'error', description: 'A command the site refuses outright (GitHub: \\operatorname, \\newcommand, \\colorbox, …): it shows "The following macros are not allowed".' },
  { id: 'renderer-compat', severity: 'warning', description: 'KaTeX accepts the formula but the chosen renderer will not show it, e.g. \\newcommand on GitHub.' },
  { id: 'hostile-tex', severity: 'warning', description: 'A javascript:, vbscript: or data: link (\\href, \\url), or a size no page holds (\\rule{99999em}{99999em}): what a hostile pull request hides in a formula.' },
  { id: 'too-complex', severity: 'warning', description: 'A formula too large or deeply nested to check within the time and memory bounds; it was not checked.' },
  { id: 'file-unreadable', severity: 'error', description: 'A file that cannot be read as Markdown or as a notebook (not JSON, binary, not UTF-8, too large).' },
  { id: 'env-build-string', severity: 'warning', description: 'A conda package pinned with its platform build string (numpy=1.26=py310h5f9d8c6_0): it fails elsewhere with ResolvePackageNotFound.' },
  { id: 'env-local-prefix', severity: 'warning', description: "prefix: with someone's local path: conda installs there, or fails, on another machine." },
  { id: 'env-unpinned', severity: 'warning', description: 'A package without a version (or, with pinning: exact, without an exact one): another machine gets another version.' },
  { id: 'env-conda-pip-duplicate', severity: 'warning', description: 'The same package from conda and from pip: pip overwrites conda\'s copy and the two disagree.' },
  { id: 'env-pip-unreproducible', severity: 'warning', description: 'A pip entry that cannot be installed the same way elsewhere: -e, a git URL without a commit, a local path.' },
  { id: 'env-channels', severity: 'warning', description: 'No channels: (the machine\'s own configuration decides) or a misspelt channel name.' },
  { id: 'env-yaml-coercion', severity: 'error', description: 'A YAML value that YAML silently changes: python: 3.10 is the number 3.1.' },
  { id: 'env-unreadable', severity: 'error', description: 'An environment or requirements file that cannot be read: not YAML, not a mapping, too large.' },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id);
}
