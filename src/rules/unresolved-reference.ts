import { defineRule } from './define.js';

export const unresolvedReference = defineRule({
  id: 'unresolved-reference',
  severity: 'warning',
  scope: 'document',
  description: '\\ref or \\eqref to a label that the document never defines (it shows as (???)), a MyST {eq} role or a Quarto @eq- reference to no label.',
  fix: 'Define the label the reference names, or fix the name in the reference.',
  reports: '`\\ref`/`\\eqref` to a label the document never defines (renders as `(???)`); MyST `` {eq}`name` `` and Quarto `@eq-name` to no label.',
});

/**
 * The references of a document to a label it never defines, in order, each in the words of what shows it: MathJax's
 * `(???)`, mystmd's unresolved `{eq}`, Quarto's `?@name`.
 */
export function unresolvedReferences<Reference extends { name: string; command: string }>(
  references: readonly Reference[],
  labels: ReadonlyArray<{ name: string }>,
): Array<{ at: Reference; message: string }> {
  const defined = new Set(labels.map((label) => label.name));
  const found: Array<{ at: Reference; message: string }> = [];
  for (const ref of references) {
    if (defined.has(ref.name)) continue;
    const message =
      ref.command === '{eq}'
        ? `{eq}\`${ref.name}\` refers to no equation label in this document (a :label: or a (${ref.name})= target): mystmd reports it and shows the reference unresolved.`
        : ref.command === '@'
          ? `@${ref.name} refers to no {#${ref.name}} in this document: Quarto shows ?@${ref.name}.`
          : `${ref.command}{${ref.name}} refers to a label this document never defines; it shows as (???).`;
    found.push({ at: ref, message });
  }
  return found;
}
