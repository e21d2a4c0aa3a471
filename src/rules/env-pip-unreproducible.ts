import { defineRule } from './define.js';

export const envPipUnreproducible = defineRule({
  id: 'env-pip-unreproducible',
  severity: 'warning',
  scope: 'environment',
  description: 'A pip entry that cannot be installed the same way elsewhere: -e, a git URL without a commit, a local path.',
  fix: 'a release, or `@<commit>`',
  reports: '`-e .`, `git+https://…@main`, `./wheels/x.whl`',
});
