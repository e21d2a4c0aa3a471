import { defineRule } from './define.js';

export const shownAsText = defineRule({
  id: 'shown-as-text',
  severity: 'error',
  scope: 'markdown',
  description:
    'Math written with dollars that GitHub shows as typed: a CJK character or punctuation right before the $, a space just inside, a letter right after, or Markdown (emphasis, a link, code) reading part of it first.',
  fix: 'Put a space before the opening $ (or after the closing one), remove the spaces inside the dollars, or write the formula as $`…`$ (a ```math block for $$): Markdown leaves those alone.',
  reports:
    'A `$…$` or `$$…$$` that GitHub leaves as raw text, with the reason from its recorded rules: `其中$x$为参数`, `[$x$]`, `foo$a+b$bar`, `$ x $`, `$a*b*c$` (emphasis wins). Currency and `$HOME` stay quiet, as on GitHub.',
});
