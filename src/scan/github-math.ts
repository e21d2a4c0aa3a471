import type { Formula } from '../model/types.js';
import { CJK, DOLLAR, isWordAscii, NEWLINE, SPACE, TAB } from '../characters.js';
import { fileOffsetAt, pieceOf, type TextRun } from './github-inline.js';

/**
 * Which dollars GitHub typesets, as recorded from its own output (each case sent to `POST /markdown`, 2026; the
 * cases are replayed in __tests__/fidelity/github-dollars.test.ts). GitHub looks for math in the text of each run
 * (./github-inline.ts), after Markdown has read it:
 *
 * - `$` opens at the start of a run or after a space, tab, line break or `(` — never after a letter, a digit, CJK,
 *   other punctuation or a no-break space — and when no space, tab or line break follows it;
 * - the first `$` after it decides: it closes when no space or line break is just before it and no ASCII letter,
 *   digit or `_` just after it; otherwise the opening `$` is text and the search goes on after it;
 * - `$$` opens display math where a `$` may open, and the next `$$` closes it.
 */

/** Whether a formula is written with GitHub's dollars (`$…$`, `$$…$$`), the forms its Markdown pass reaches. */
export function isDollarFormula(formula: Formula): boolean {
  return formula.delimiter === 'dollar' || formula.delimiter === 'double-dollar';
}

function mayOpen(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return before === SPACE || before === TAB || before === NEWLINE || before === 40; // (
}

function mayClose(text: string, at: number, width: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === SPACE || before === NEWLINE) return false;
  return at + width >= text.length || !isWordAscii(text.charCodeAt(at + width));
}

/**
 * The formulas GitHub typesets in one run: TeX as MathJax receives it, each character at its file offset. `source`
 * is the file the run was read from (a closing `\\$` or `&#36;` is longer than one character there).
 */
export function githubFormulas(run: TextRun, source?: string): Formula[] {
  const { text } = run;
  const formulas: Formula[] = [];
  let at = text.indexOf('$');
  while (at >= 0) {
    let next = at + 1;
    if (mayOpen(text, at)) {
      const width = at + 1 < text.length && text.charCodeAt(at + 1) === DOLLAR ? 2 : 1;
      const close = width === 2 ? displayClose(text, at) : inlineClose(text, at);
      if (close >= 0) {
        formulas.push(formulaOf(run, at, close, width, source));
        next = close + width;
      } else next = at + width;
    }
    at = text.indexOf('$', next);
  }
  return formulas;
}

/** Where the `$` opened at `at` closes, or -1 when that `$` is text. */
function inlineClose(text: string, at: number): number {
  if (!opensInline(text, at)) return -1;
  const close = text.indexOf('$', at + 1);
  return close >= 0 && mayClose(text, close, 1) ? close : -1;
}

/** Whether what follows a single `$` lets it open: no white space, and no second `$` (that is `$$`). */
function opensInline(text: string, at: number): boolean {
  if (at + 1 >= text.length) return false;
  const after = text.charCodeAt(at + 1);
  return after !== SPACE && after !== TAB && after !== NEWLINE && after !== DOLLAR;
}

/**
 * Whether GitHub makes a formula of the `$` at `open` (`$$` when `width` is 2) and the first `$` (`$$`) after it,
 * at `close`, in `text`: the rules above, as githubFormulas applies them.
 */
export function dollarsPair(text: string, open: number, close: number, width: number): boolean {
  if (!mayOpen(text, open)) return false;
  if (width === 2) return close > open + 2;
  return opensInline(text, open) && mayClose(text, close, 1);
}

function displayClose(text: string, at: number): number {
  const close = text.indexOf('$$', at + 2);
  return close > at + 2 ? close : -1;
}

function formulaOf(run: TextRun, open: number, close: number, width: number, source: string | undefined): Formula {
  const from = open + width;
  const first = pieceOf(run, from);
  const contentStart = run.pieceFiles[first]! + (from - run.pieceStarts[first]!);
  // Offsets per character only where the TeX does not run on in the file (an escape, an entity, a quote marker).
  const contiguous = from >= close || fileOffsetAt(run, close) === contentStart + (close - from);
  const display = width === 2;
  const formula: Formula = {
    tex: run.text.slice(from, close),
    display,
    delimiter: display ? 'double-dollar' : 'dollar',
    contentStart,
    start: fileOffsetAt(run, open),
    end: endOfCharacter(source, fileOffsetAt(run, close + width - 1)),
    throughMarkdown: true,
  };
  // (Set after, not spread in: a spread in an object literal was a fifth of this function's time.)
  if (!contiguous) formula.offsets = offsetsOf(run, from, close, first);
  return formula;
}

/** The file offsets of characters [from, to] of a run (`first`: the piece of `from`), piece by piece. */
function offsetsOf(run: TextRun, from: number, to: number, first: number): number[] {
  const offsets: number[] = [];
  let piece = first;
  for (let k = from; k <= to; k++) {
    while (piece + 1 < run.pieceStarts.length && run.pieceStarts[piece + 1]! <= k) piece++;
    offsets.push(k >= run.text.length ? run.end : run.pieceFiles[piece]! + (k - run.pieceStarts[piece]!));
  }
  return offsets;
}

/** Where the character written at `at` ends: one past it, past `\\$`, or past an entity's `;`. */
function endOfCharacter(source: string | undefined, at: number): number {
  if (source === undefined || source[at] === '$') return at + 1;
  if (source[at] === '\\') return at + 2;
  const semicolon = source.indexOf(';', at);
  return semicolon < 0 ? at + 1 : semicolon + 1;
}

/**
 * Whether a pair of dollars GitHub leaves as text was meant as math: not money (`$5 and $10`, `$100 - $`), not a
 * shell variable (`$PATH/$`), not a run of words. GitHub keeps those as text, and so does mathrepro, quietly.
 */
export function looksLikeMath(tex: string): boolean {
  const trimmed = tex.trim();
  if (trimmed.length === 0) return false;
  // A shell variable: `$SQUAD_DIR/dev.json $`, `$HOME/`.
  if (/^[A-Z]{3,}[A-Z0-9]*(_[A-Z0-9]+)*(\/|\s|$)/.test(trimmed) && !/\\/.test(trimmed)) return false;
  if (/[\\^_{}=]/.test(trimmed)) return !CJK.test(trimmed) || /\\[A-Za-z]/.test(trimmed.replace(/\\text\{[^{}]*\}/g, ''));
  if (CJK.test(trimmed)) return false;
  if (/^[A-Z]{2,}[A-Z0-9_]*\W?$/.test(trimmed)) return false;
  if (/[A-Za-z]{2,}[\s,;:.!?]+[A-Za-z]{2,}/.test(trimmed) || (/[A-Za-z]{3}/.test(trimmed) && /\s/.test(tex)) || /:\/\//.test(trimmed)) return false;
  return !(/^\d/.test(trimmed) && /\s/.test(trimmed));
}
