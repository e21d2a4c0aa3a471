import { defineRule } from './define.js';

export const unresolvedReference = defineRule({
  id: 'unresolved-reference',
  severity: 'warning',
  scope: 'document',
  description: '\\ref or \\eqref to a label that the document never defines (it shows as (???)), a MyST {eq} role or a Quarto @eq- reference to no label.',
  fix: 'Define the label the reference names, or fix the name in the reference.',
  reports: '`\\ref`/`\\eqref` to a label the document never defines (renders as `(???)`); MyST `` {eq}`name` `` and Quarto `@eq-name` to no label.',
});
