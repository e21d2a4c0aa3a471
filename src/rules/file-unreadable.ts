import { defineRule } from './define.js';

export const fileUnreadable = defineRule({
  id: 'file-unreadable',
  severity: 'error',
  scope: 'file',
  description: 'A file that cannot be read as Markdown or as a notebook (not JSON, binary, not UTF-8, too large).',
  fix: 'Save the file as UTF-8 text (a notebook as valid nbformat JSON), or exclude it from the paths checked.',
  reports: 'A notebook that is not JSON or not nbformat 3/4 (error); a binary, non-UTF-8 or huge file (warning, skipped); not a regular file.',
});
