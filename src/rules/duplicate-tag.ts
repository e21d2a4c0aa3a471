import { defineRule } from './define.js';

export const duplicateTag = defineRule({
  id: 'duplicate-tag',
  severity: 'warning',
  scope: 'document',
  description: 'The same \\tag twice in one document: two equations share a number.',
  fix: 'Give each \\tag a number of its own, or drop the repeated one.',
  reports: 'The same `\\tag` twice in a document.',
});
