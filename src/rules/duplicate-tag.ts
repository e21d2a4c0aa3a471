import { defineRule } from './define.js';

export const duplicateTag = defineRule({
  id: 'duplicate-tag',
  severity: 'warning',
  scope: 'document',
  description: 'The same \\tag twice in one document: two equations share a number.',
  fix: 'Give each \\tag a number of its own, or drop the repeated one.',
  reports: 'The same `\\tag` twice in a document.',
});

/** The tags of a document used a second time, in order. */
export function secondTags<Tag extends { name: string }>(tags: readonly Tag[]): Array<{ at: Tag; message: string }> {
  const seen = new Set<string>();
  const found: Array<{ at: Tag; message: string }> = [];
  for (const tag of tags) {
    if (seen.has(tag.name)) found.push({ at: tag, message: `Tag (${tag.name}) is used twice in this document: two equations share a number.` });
    seen.add(tag.name);
  }
  return found;
}
