import { defineRule } from './define.js';

export const envYamlCoercion = defineRule({
  id: 'env-yaml-coercion',
  severity: 'error',
  scope: 'environment',
  description: 'A YAML value that YAML silently changes: python: 3.10 is the number 3.1.',
  fix: 'quote it: `"3.10"`',
  reports: '`python: 3.10` (YAML reads the number 3.1)',
});
