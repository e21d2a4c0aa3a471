import { defineRule } from './define.js';

export const envNotLinted = defineRule({
  id: 'env-not-linted',
  severity: 'warning',
  scope: 'environment',
  description: 'A YAML alias (*name) or merge key (<<) in an environment file: conda follows it, so what it brings in is installed but not linted.',
  fix: 'write the entries out',
  reports: 'an alias (`dependencies: *deps`) or a `<<` merge key where conda reads packages: conda installs what it brings in, mathrepro does not lint it',
});
