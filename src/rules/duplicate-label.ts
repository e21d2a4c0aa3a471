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

/**
 * The labels of a document defined a second time, each with what is wrong (in order; the first definition of a
 * name is the one references reach). `\\label` twice is MathJax's refusal; a MyST or Quarto label twice, the site's.
 */
export function secondLabels<Label extends { name: string; command: string }>(labels: readonly Label[]): Array<{ at: Label; message: string }> {
  const seen = new Set<string>();
  const found: Array<{ at: Label; message: string }> = [];
  for (const label of labels) {
    if (!seen.has(label.name)) {
      seen.add(label.name);
      continue;
    }
    const message =
      label.command === '\\label'
        ? `Label '${label.name}' is defined twice in this document; MathJax refuses the second \\label.`
        : `Label '${label.name}' is defined twice in this document (${label.command}): references to it are ambiguous, and the site's build reports it.`;
    found.push({ at: label, message });
  }
  return found;
}
