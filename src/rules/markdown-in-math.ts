import { defineRule } from './define.js';

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
