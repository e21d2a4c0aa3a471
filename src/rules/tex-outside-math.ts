import { defineRule } from './define.js';

export const texOutsideMath = defineRule({
  id: 'tex-outside-math',
  severity: 'error',
  scope: 'markdown',
  description: 'A math-only command (\\frac, \\alpha, \\mathbb, …) in the text of a paragraph that has math: a $ went astray and the TeX shows as typed.',
  fix: 'Put the TeX back inside its $…$ (a dollar is missing or extra nearby), or put it in a code span if it is meant to show as typed.',
  reports: 'A math-only command (`\\frac`, `\\alpha`, `\\mathbb`, …) in the text of a paragraph that has math: a `$` went astray and the TeX shows as typed.',
});
