import { defineRule } from './define.js';

export const swallowedText = defineRule({
  id: 'swallowed-text',
  severity: 'error',
  scope: 'markdown',
  description: 'Inline math holding plain text (CJK characters, a run of ordinary words) outside \\text{}: two $ paired wrongly.',
  fix: 'Pair the dollars again so that the words are outside the math; if the words belong in the formula, wrap them in \\text{…}.',
  reports:
    'Inline math that holds plain text — CJK characters, a run of words, a sentence, a list item or table cell it runs into, or (in notebooks) the text after a `{` never closed: two dollars paired wrongly.',
});
