import { defineRule } from './define.js';

export const unclosedMath = defineRule({
  id: 'unclosed-math',
  severity: 'error',
  scope: 'markdown',
  description: 'A math delimiter ($$, \\[, \\(, \\begin{…}, ```math) that is never closed.',
  fix: 'Close the delimiter before the paragraph ends, or escape it (\\$) if it is meant as text.',
  reports: '`$$`, `\\begin{…}` or ```` ```math ```` that is never closed.',
});
