import { defineRule } from './define.js';

export const tablePipe = defineRule({
  id: 'table-pipe',
  severity: 'error',
  scope: 'markdown',
  description:
    'A | inside math in a table row: the table is split into cells before the math is read, so the formula is cut there and shows as text ($|x|$ becomes the cells "$" and "x").',
  fix: 'Write \\vert (or \\mid, \\lvert … \\rvert) for |, and \\Vert for ‖.',
  reports:
    'A `|` inside `$…$` in a table row (GitHub, MyST): the table splits the cell there first, and the formula shows as text. A warning for `\\|`, which the table turns into `|` (the formula shows |, not ‖).',
});
