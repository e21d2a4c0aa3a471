import { defineRule } from './define.js';

export const unpairedDollar = defineRule({
  id: 'unpaired-dollar',
  severity: 'error',
  scope: 'markdown',
  description: 'A $ that pairs with no other $ in its paragraph (not a dollar sign, not escaped, not in code): a dropped or extra $, so math shows as text.',
  fix: 'Add the missing $, remove the extra one, or write \\$ for a literal dollar sign.',
  reports:
    'A `$` that pairs with no other `$` in its paragraph — not money (`$5`, `5 $`, `($)`), not escaped, not in code, not `$HOME`: a dropped or extra dollar. A warning when no TeX is beside it.',
});
