import { defineRule } from './define.js';

export const envLocalPrefix = defineRule({
  id: 'env-local-prefix',
  severity: 'warning',
  scope: 'environment',
  description: "prefix: with someone's local path: conda installs there, or fails, on another machine.",
  fix: 'delete the line',
  reports: '`prefix: /home/alice/miniconda3/envs/x`',
});
