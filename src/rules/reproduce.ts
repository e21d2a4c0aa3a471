import { defineRule } from './define.js';

export const reproduce = defineRule({
  id: 'reproduce',
  severity: 'error',
  scope: 'reproduce',
  description: 'A REPRODUCE.md expectation the results do not meet, a required cell that did not run cleanly, or a REPRODUCE.md that cannot be checked.',
  fix: 'Run the notebooks again and commit their outputs, or correct the expectation if the result was meant to change.',
  reports:
    "A REPRODUCE.md expectation the results do not meet, a required cell that did not run cleanly, or a REPRODUCE.md that cannot be checked (`mathrepro verify`, the action's `reproduce`).",
});
