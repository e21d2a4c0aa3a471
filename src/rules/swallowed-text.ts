import { BACKSLASH, CJK, DOLLAR } from '../characters.js';
import type { Finding } from '../model/types.js';
import { defineRule } from './define.js';

export const swallowedText = defineRule({
  id: 'swallowed-text',
  severity: 'error',
  scope: 'markdown',
  description: 'Inline math holding plain text (CJK characters, a run of ordinary words, prices) outside \\text{}: two $ paired wrongly.',
  fix: 'Pair the dollars again so that the words are outside the math; if the words belong in the formula, wrap them in \\text{…}.',
  reports:
    'Inline math that holds plain text — CJK characters, a run of words, a sentence, a list item or table cell it runs into, or (in notebooks) the text after a `{` never closed: two dollars paired wrongly. Prices a renderer pairs as math where GitHub would not (`$100-$200` in JupyterLab or on an MkDocs site), with the fix `\\$100-\\$200`.',
});

/** Arguments of commands that hold text or names (`\\text{the bias}`, `\\mathrm{softmax}`): words there are meant. */
const TEXT_ARGUMENTS =
  /\\(?:text[a-z]*|mbox|hbox|mathrm|mathit|mathbf|mathsf|mathtt|operatorname\*?|label|tag|ref|eqref|href|url|textrm|emph|color|ce|pu|unicode|begin|end|intertext)\s*\{[^{}]*\}/g;
const MAX_PROSE_SAMPLE = 2_000;
/**
 * What any prose test below needs: a line break, a space or punctuation at an edge, two words in a row, or CJK.
 * Tested piece by piece, cheapest first (one search with all of them in it tries each at every character).
 */
function mayBeProse(tex: string): boolean {
  return tex.includes('\n') || EDGE_START.test(tex[0]!) || /\s/.test(tex[tex.length - 1]!) || TWO_WORDS.test(tex) || CJK.test(tex);
}
const EDGE_START = /[\s,.;:!?)]/;
const TWO_WORDS = /[A-Za-z]{2}[\s,;:.!?]+[A-Za-z]{2}/;
/** Three or more ordinary words in a row (an apostrophe allowed), one of them at least three letters long. */
const THREE_LETTERS = /[A-Za-z]{3}/;
const WORD_RUN = /(?:^|[\s,;:.!?])(?=[^$]*?[A-Za-z]{3})(?:[A-Za-z]{2,}(?:'[a-z]+)?[\s,;:.!?]+){2,}[A-Za-z]{2,}(?:'[a-z]+)?(?=$|[\s,;:.!?])/;
/**
 * A line break followed by a new list item that starts with a word (a line `- 2 \\times x` continues the math),
 * a heading or a quote: inline math never spans those.
 */
const BLOCK_CROSSING = /\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:$|[A-Za-z]{2,}[\s:,.]|\([A-Za-z0-9]{1,3}\))|\n[ \t]*#{1,6}[ \t]|\n[ \t]*>/;
/**
 * Prose at the edge of a formula: it starts with punctuation (`$, where $` — a closing dollar opened math), starts
 * or ends with a joining word (`$ and \\rho = 20$`), is one word between spaces (`$ posterior $`), or has a line that
 * starts a sentence (`\\mu = 0.⏎Thus, `).
 */
const PROSE_EDGE =
  /^[,.;:!?)][\s]|^\s*(?:and|or|where|with|for|the|is|are|was|of|then|since|but|that|which|when|while|here|thus|hence)\s|\s(?:and|or|where|with|for|the|is|are|was|of|then|since|but|that|which|when|while|here|thus|hence|if),?\s*$|^\s+[A-Za-z]{4,}\s+$/i;
const SENTENCE_LINE = /\n[ \t]*[A-Z][a-z]{2,}[\s,:;.]/;
/** In a table row, a formula that starts or ends at a cell border (` | `). */
const CELL_CROSSING = /^\s+\|\s|\s\|\s*$/;

/**
 * Inline math holding what is plainly text — CJK characters or a run of ordinary words outside `\text{}` —
 * is nearly always two dollars paired wrongly: the text between them is typeset as math, letters italic and
 * run together.
 */
export function proseInFormula(text: string, written: string, contentStart: number, contentEnd: number): Finding | undefined {
  const prices = pricesPaired(text, written, contentStart, contentEnd);
  if (prices) return prices;
  // Prose shows in a formula's first lines; a longer formula is looked at that far (the tests stay linear).
  const tex = written.length > MAX_PROSE_SAMPLE ? written.slice(0, MAX_PROSE_SAMPLE) : written;
  // Most formulas are too short for prose, or hold no two words in a row, no line break, no CJK and no prose at
  // their edges: done.
  if (tex.length < 4 ? !CJK.test(tex) : !mayBeProse(tex)) return undefined;
  const crossed = BLOCK_CROSSING.exec(tex) ?? (tex.includes('|') && inTableRow(text, contentStart) ? CELL_CROSSING.exec(tex) : null);
  if (crossed) {
    const what = crossed[0].includes('|') ? 'two table cells' : /[-*+\d]/.test(crossed[0]) ? 'two list items' : 'two blocks';
    return {
      rule: swallowedText.id,
      message: `This inline formula runs across ${what}: its dollars are paired wrongly (one is missing or extra), so math shows as text and text as math.`,
      start: contentStart - 1,
      end: contentStart,
    };
  }
  const bare = tex.replace(TEXT_ARGUMENTS, ' ').replace(/\\[A-Za-z]+/g, ' ');
  const cjk = CJK.exec(bare);
  // A run of words needs a word of three letters: without one, the costlier search is not made.
  const words = cjk ? undefined : ((THREE_LETTERS.test(bare) ? WORD_RUN.exec(bare) : null) ?? PROSE_EDGE.exec(bare) ?? SENTENCE_LINE.exec(bare));
  if (!cjk && !words) return undefined;

  const what = cjk ? `CJK text (\`${cjk[0]}\`)` : `the words \`${words![0].trim().slice(0, 40)}\``;
  return {
    rule: swallowedText.id,
    message: `This inline formula holds ${what} outside \\text{…}: the renderer typesets it as math. A \`$\` is probably missing or extra around it; if the text is meant, wrap it in \\text{…}.`,
    start: contentStart - 1,
    end: contentEnd + 1,
  };
}

/** A price and what may join it to the next one: `100-`, `5, `, `1,000 to `, `3.50/`. */
const PRICE_AND_JOIN = /^\d[\d,.]*\s*(?:[-\u2013\u2014/,]|to|or|and)?\s*$/;

/**
 * Two prices, each after a `$`, that a renderer without GitHub's rule for money pairs as math (JupyterLab, an MkDocs
 * site: `$100-$200`): the reader sees `100-` typeset as a formula, and no dollar sign. GitHub closes no formula
 * right before a digit; here the second price's digits follow the closing `$`.
 */
function pricesPaired(text: string, written: string, contentStart: number, contentEnd: number): Finding | undefined {
  const after = text.charCodeAt(contentEnd + 1);
  if (!(after >= 48 && after <= 57) || !PRICE_AND_JOIN.test(written)) return undefined;
  const opening = contentStart - 1;
  // As written: from the first `$` to the second price's last digit.
  const price = /^\d[\d,.]*\d|^\d/.exec(text.slice(contentEnd + 1, contentEnd + 40))![0];
  const shown = text.slice(opening, contentEnd + 1 + price.length).replace(/\s+/g, ' ');
  return {
    rule: swallowedText.id,
    message: `These dollar signs are prices, but the renderer pairs them as math: \`${shown}\` shows as the formula \`${written.trim()}\` and no dollar sign. Write each as \`\\$\`, which shows a dollar sign.`,
    start: opening,
    end: contentEnd + 1,
    fix: {
      description: 'dollar signs escaped',
      edits: [
        { start: opening, end: opening, text: '\\' },
        { start: contentEnd, end: contentEnd, text: '\\' },
      ],
    },
  };
}

/**
 * JupyterLab closes a formula only at brace depth zero: after a `{` that never closes, the formula runs on over
 * the next dollars to the last one before a blank line, taking the text between with it.
 */
export function unclosedBraceRunsOn(text: string, start: number, contentStart: number, contentEnd: number): Finding | undefined {
  let depth = 0;
  let innerDollar = -1;
  for (let k = contentStart; k < contentEnd; k++) {
    const code = text.charCodeAt(k);
    if (code === BACKSLASH) k++;
    else if (code === 123) depth++;
    else if (code === 125) depth = Math.max(0, depth - 1);
    else if (code === DOLLAR && innerDollar < 0) innerDollar = k;
  }
  if (depth === 0 || innerDollar < 0) return undefined;
  return {
    rule: swallowedText.id,
    message: `A \`{\` in this formula is never closed, and JupyterLab ends a formula only where its braces balance: this one runs on past the next \`$\`, taking the text up to the last \`$\` of the paragraph with it. Close the brace.`,
    start,
    end: start + 1,
  };
}

/** Whether the line holding `offset` is a table row (it starts with a pipe). */
function inTableRow(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t>]*\|/.test(text.slice(lineStart, lineStart + 20));
}
