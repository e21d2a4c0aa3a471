import { defineRule } from './define.js';

export const envCondaPipDuplicate = defineRule({
  id: 'env-conda-pip-duplicate',
  severity: 'warning',
  scope: 'environment',
  description: "The same package from conda and from pip: pip overwrites conda's copy and the two disagree.",
  fix: 'keep one',
  reports: '`- pytorch=2.1` and, under `pip:`, `- torch==2.1.0`',
});
