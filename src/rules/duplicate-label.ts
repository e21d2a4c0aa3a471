import { defineRule } from './define.js';

export const duplicateLabel = defineRule({
  id: 'duplicate-label',
  severity: 'error',
  scope: 'document',
  description:
    "The same \\label twice in one document (MathJax refuses the second), or a MyST :label: / (name)= or Quarto {#eq-…} label twice (the site's build reports it).",
  fix: 'Give each label a name of its own.',
  reports: 'The same `\\label` twice in a document (MathJax refuses the second), or the same MyST `:label:`/`(name)=` or Quarto `{#eq-…}` label twice.',
});
