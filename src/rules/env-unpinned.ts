import { defineRule } from './define.js';

export const envUnpinned = defineRule({
  id: 'env-unpinned',
  severity: 'warning',
  scope: 'environment',
  description: 'A package without a version (or, with pinning: exact, without an exact one): another machine gets another version.',
  fix: 'pin a version',
  reports: '`- scipy`, `rich` (with `env: {pinning: exact}` also `numpy>=1.2`)',
});
