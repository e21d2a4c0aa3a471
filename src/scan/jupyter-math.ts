/**
 * Math as JupyterLab finds it in a markdown cell (rendermime's `removeMath`, which runs before the Markdown is
 * parsed): the text is cut at delimiters, braces and line breaks, and a formula opened by `$`, `$$`, `\\(`, `\\[`
 * or `\begin{name}` (any name) runs to the matching closer at brace depth zero, never across a blank line.
 * A closing `$` may be followed by a digit (`$\pm$2`), may follow a space, and there is no `\(` without the
 * doubled backslash (Markdown turns `\(` into `(`). The caller drops formulas that Markdown then puts in code,
 * where MathJax does not typeset them.
 */

export type JupyterDelimiter = '$' | '$$' | '\\\\(' | '\\\\[' | 'environment';

export interface JupyterMath {
  delimiter: JupyterDelimiter;
  /** Offsets of the whole formula, delimiters included. */
  start: number;
  end: number;
  /** Offsets of the TeX: inside the delimiters, or the whole `\begin…\end`. */
  contentStart: number;
  contentEnd: number;
}

export interface JupyterScan {
  math: JupyterMath[];
  /** Openers that never closed (`$$`, `\begin{…}`, `\\[`…), and `$` left without a partner. */
  unclosed: Array<{ start: number; length: number; delimiter: JupyterDelimiter }>;
}

/** The pieces rendermime cuts the text at, in its order of preference. */
const PIECES = /\$\$?|\\(?:[Bb][Ee][Gg][Ii][Nn]|[Ee][Nn][Dd])\{[A-Za-z]*\*?\}|\\[{}$]|[{}]|(?:\n\s*)+|\\\\[()[\]]/g;
/**
 * Outside math only openers matter (and what must not be mistaken for one: `\\$` is an escaped dollar): a search
 * for them alone skips the line breaks and braces of the prose.
 */
const OPENERS = /\$\$?|\\[Bb][Ee][Gg][Ii][Nn]\{[A-Za-z]*\*?\}|\\\$|\\\\[([]/g;

const CLOSERS: Record<string, string> = { $: '$', $$: '$$', '\\\\(': '\\\\)', '\\\\[': '\\\\]' };

/**
 * `hidden(offset)` says whether a `$` there is inside code (rendermime hides dollars in code spans and fences
 * before it looks).
 */
export function jupyterMath(text: string, hidden: (offset: number) => boolean): JupyterScan {
  const math: JupyterMath[] = [];
  const unclosed: JupyterScan['unclosed'] = [];
  let open: { at: number; piece: string; closer: string } | undefined;
  let braces = 0;
  /** Where the closer was seen while braces were still open: the formula ends there if nothing better comes. */
  let lastCloser: { at: number; length: number } | undefined;

  const close = (at: number, length: number) => {
    const { at: start, piece } = open!;
    const delimiter = delimiterOf(piece);
    const environment = delimiter === 'environment';
    const contentStart = environment ? start : start + piece.length;
    const contentEnd = environment ? at + length : at;
    math.push({ delimiter, start, end: at + length, contentStart, contentEnd });
    open = undefined;
    lastCloser = undefined;
  };

  let at = 0;
  for (;;) {
    const pattern = open ? PIECES : OPENERS;
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (!found) break;
    const piece = found[0];
    at = found.index;
    const next = at + piece.length;
    if (piece.startsWith('$') && hidden(at)) {
      at = next;
      continue;
    }
    if (open) {
      if (piece === open.closer) {
        if (braces > 0) lastCloser = { at, length: piece.length };
        else close(at, piece.length);
      } else if (/\n[^]*\n/.test(piece)) {
        // A blank line ends the search: the formula ends at a closer seen inside braces, or not at all.
        if (lastCloser) close(lastCloser.at, lastCloser.length);
        else unclosed.push({ start: open.at, length: open.piece.length, delimiter: delimiterOf(open.piece) });
        open = undefined;
        lastCloser = undefined;
        braces = 0;
      } else if (piece === '{') {
        braces++;
      } else if (piece === '}' && braces > 0) {
        braces--;
      }
    } else if (piece in CLOSERS) {
      open = { at, piece, closer: CLOSERS[piece]! };
      braces = 0;
    } else if (/^\\begin/i.test(piece)) {
      open = { at, piece, closer: `\\end${piece.slice(6)}` };
      braces = 0;
    }
    at = next;
  }
  if (open) {
    if (lastCloser) close(lastCloser.at, lastCloser.length);
    else unclosed.push({ start: open.at, length: open.piece.length, delimiter: delimiterOf(open.piece) });
  }
  return { math, unclosed };
}

function delimiterOf(piece: string): JupyterDelimiter {
  return /^\\begin/i.test(piece) ? 'environment' : (piece as JupyterDelimiter);
}
