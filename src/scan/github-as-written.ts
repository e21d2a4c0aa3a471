import type { Formula } from '../model/types.js';
import { lastAtOrBefore } from '../positions.js';
import type { Mark } from './github-delimiters.js';
import type { InlineBlock } from './github-inline.js';
import { dollarsPair, isDollarFormula } from './github-math.js';
import type { Lines } from './structure.js';
import { BACKSLASH, DOLLAR } from '../characters.js';

/** A backslash escape: a backslash before ASCII punctuation (Markdown takes the backslash away). */
const ESCAPE = /\\[!-/:-@[-`{-~]/g;

/**
 * The author's `$…$` and `$$…$$` of a Markdown file, for finding the blocks GitHub reads exactly as they were
 * written. Most blocks with math are such blocks; for them the text GitHub's math filter sees need not be built
 * (./github-inline.ts), because its formulas are the author's, character for character, at the same places.
 */
export class AuthoredDollars {
  private readonly formulas: Formula[];
  private readonly starts: number[];

  /** `authored`: the formulas the author's delimiters make, sorted by start (the delimiter scanner's). */
  constructor(
    authored: readonly Formula[],
    private readonly lines: Lines,
  ) {
    this.formulas = authored.filter(isDollarFormula);
    this.starts = this.formulas.map((formula) => formula.start);
  }

  /**
   * The author's formulas of `block` when GitHub reads the block's dollars exactly as the author paired them,
   * with the same TeX; undefined when it may read any of them otherwise (then the block is read in full). `marks`
   * are the block's code spans and the delimiters that became emphasis (./github-delimiters.ts). Held, as a whole,
   * to the full reading by __tests__/fidelity/github-inline.test.ts.
   *
   * It holds when every `$` of the block is one of the author's delimiters, each formula keeps its TeX in the
   * block's inline source (one line, or lines with nothing for Markdown to take off their ends), no escape, no mark
   * and no `@` (of an e-mail address) lies inside a formula, and GitHub's dollar rules (./github-math.ts's
   * dollarsPair) pair each formula's dollars on the characters around them. A character around a dollar that
   * Markdown may change (a marker, a backslash) answers "maybe", and the block is read in full.
   */
  asWritten(block: InlineBlock, marks: readonly Mark[]): Formula[] | undefined {
    if (block.cell !== undefined) return undefined;
    const { content } = block;
    const from = this.lines.start(block.lines[0]);
    const to = this.lines.end(block.lines[1] - 1);
    // The block's dollars in its inline source, in order (a container's prefix holds none, so the k-th is the
    // file's k-th): `next` is where the first not yet taken may be.
    let next = 0;
    const found: Formula[] = [];
    let mark = 0;
    // The next escape, searched for again only once passed (from every formula, a block of many formulas and no
    // escape was searched to its end each time).
    let escape = -1;
    for (let k = lastAtOrBefore(this.starts, from - 1) + 1; k < this.formulas.length && this.starts[k]! < to; k++) {
      const formula = this.formulas[k]!;
      if (formula.end > to || formula.offsets !== undefined) return undefined;
      const width = formula.delimiter === 'double-dollar' ? 2 : 1;
      const open = content.indexOf('$', next);
      if (open < 0 || (width === 2 && content.charCodeAt(open + 1) !== DOLLAR)) return undefined;
      const close = content.indexOf('$', open + width);
      if (close < 0 || (width === 2 && content.charCodeAt(close + 1) !== DOLLAR)) return undefined;
      next = close + width;
      const tex = formula.tex;
      if (close - open - width !== tex.length || !content.startsWith(tex, open + width)) return undefined;
      // Across a line break GitHub's text has no white space beside it (the line's end and indentation are dropped).
      if (tex.includes('\n') && /[ \t]\n|\n[ \t]/.test(tex)) return undefined;
      // An e-mail address is a link on GitHub (`$a@b.com$` is two dollars around one): none is among the marks.
      if (tex.includes('@')) return undefined;
      // GitHub's dollar rules, on the characters around the dollars as written: a backslash after the closing one
      // may escape the character GitHub sees there (`\_` is `_`), so it answers "maybe".
      if (!dollarsPair(content, open, close, width)) return undefined;
      if (width === 1 && close + 1 < content.length && content.charCodeAt(close + 1) === BACKSLASH) return undefined;
      if (escape < open) {
        ESCAPE.lastIndex = open;
        escape = ESCAPE.exec(content)?.index ?? content.length;
      }
      if (escape < close + width) return undefined;
      while (mark < marks.length && marks[mark]!.at + marks[mark]!.width <= open) mark++;
      if (mark < marks.length && marks[mark]!.at < close + width) return undefined;
      found.push(formula);
    }
    return content.indexOf('$', next) < 0 ? found : undefined;
  }
}
