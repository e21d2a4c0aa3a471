import type { Formula } from '../model/types.js';

/**
 * Display math as Sphinx (Jupyter Book 1, MyST-Parser) typesets it: each part between blank lines is an
 * equation of its own, and a part holding `\\\\` is wrapped in `\\begin{split}…\\end{split}`, so its `&` are
 * fine. `:nowrap:` turns the wrapping off. The wrapper's characters take the offset of the part's start.
 */
export function sphinxDisplayMath(text: string, lines: ReadonlyArray<[number, number]>, start: number, end: number, nowrap: boolean): Formula[] {
  const parts: Array<Array<[number, number]>> = [[]];
  for (const line of lines) {
    if (text.slice(line[0], line[1]).trim() === '') {
      if (!nowrap && parts[parts.length - 1]!.length > 0) parts.push([]);
    } else {
      parts[parts.length - 1]!.push(line);
    }
  }
  const formulas: Formula[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    const { tex, offsets } = joinedLines(text, part, end);
    formulas.push(wrapForSphinx({ tex, display: true, delimiter: 'math-fence', contentStart: offsets[0]!, offsets, start, end }, nowrap));
  }
  return formulas;
}

/** `\\begin{split}…\\end{split}` around display math that holds `\\\\` and no environment of its own. */
export function wrapForSphinx(formula: Formula, nowrap: boolean): Formula {
  if (nowrap || !formula.tex.includes('\\\\') || /^\s*\\begin\s*\{/.test(formula.tex)) return formula;
  const open = '\\begin{split}';
  const close = '\\end{split}';
  const offsets = formula.offsets ?? Array.from({ length: formula.tex.length + 1 }, (_, k) => formula.contentStart + k);
  const first = offsets[0]!;
  const last = offsets[offsets.length - 1]!;
  return {
    ...formula,
    tex: open + formula.tex + close,
    offsets: [...Array<number>(open.length).fill(first), ...offsets.slice(0, -1), ...Array<number>(close.length + 1).fill(last)],
  };
}

/**
 * Lines of a text joined by line breaks, each character with its offset in the text (a line break at the end of
 * the line before it; past the end, the last line's end, or `end` when there is no line).
 */
export function joinedLines(text: string, lines: ReadonlyArray<[number, number]>, end: number): { tex: string; offsets: number[] } {
  let tex = '';
  const offsets: number[] = [];
  lines.forEach(([from, to], index) => {
    if (index > 0) {
      tex += '\n';
      offsets.push(lines[index - 1]![1]);
    }
    tex += text.slice(from, to);
    for (let k = from; k < to; k++) offsets.push(k);
  });
  offsets.push(lines.length ? lines[lines.length - 1]![1] : end);
  return { tex, offsets };
}
