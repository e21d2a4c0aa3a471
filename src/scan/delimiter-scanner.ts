import type { Finding, Formula } from '../model/types.js';
import { BACKSLASH, DOLLAR, isAsciiPunctuation } from '../characters.js';
import { inRanges } from '../positions.js';
import { proseInFormula, unclosedBraceRunsOn } from '../rules/swallowed-text.js';
import { unclosedDisplayDollars, unclosedEnvironment } from '../rules/unclosed-math.js';
import { loneDollar } from '../rules/unpaired-dollar.js';
import type { DialectRules } from './dialects.js';
import { jupyterMath, type JupyterDelimiter } from './jupyter-math.js';
import { wrapForSphinx } from './sphinx-math.js';
import { BARRIER, FLOW_EXCLUDED, HTML_BLOCK, PREFIX, TEXT_EXCLUDED, type CodeSpan, type FencedBlock } from './structure.js';

/** A `\\ref{…}` or `\\eqref{…}` written in the text, outside any formula (MathJax typesets those too). */
export interface TextReference {
  command: string;
  name: string;
  start: number;
  end: number;
}

const AMS_ENVIRONMENTS = new Set(
  ['equation', 'align', 'alignat', 'gather', 'multline', 'flalign', 'eqnarray', 'displaymath', 'math'].flatMap((name) => [name, `${name}*`]),
);

const JUPYTER_DELIMITERS: Record<JupyterDelimiter, [Formula['delimiter'], boolean]> = {
  $: ['dollar', false],
  $$: ['double-dollar', true],
  '\\\\(': ['paren', false],
  '\\\\[': ['bracket', true],
  environment: ['environment', true],
};

/** Walks the raw text for math delimiters, skipping what the Markdown parser marked as code or HTML. */
export class DelimiterScanner {
  readonly textReferences: TextReference[] = [];
  private readonly noCloserUntil = new Map<string, number>();
  private noEnvironmentUntil = -1;

  constructor(
    private readonly text: string,
    private readonly flags: Uint8Array,
    private readonly rules: DialectRules,
    private readonly formulas: Formula[],
    private readonly findings: Finding[],
  ) {}

  run(): void {
    const { text, flags } = this;
    // Only `$` and `\\` can open math. A backslash before a letter matters only as `\ref{`, `\eqref{` or
    // `\begin{` (it is neither an escape nor a bracket), so the scan jumps over `\alpha` and the like.
    const openers = /\$|\\(?![A-Za-z])|\\(?=(?:eq)?ref\{|begin\{)/g;
    for (let found = openers.exec(text); found; found = openers.exec(text)) {
      const i = found.index;
      if (flags[i]! & (TEXT_EXCLUDED | FLOW_EXCLUDED | PREFIX)) continue;
      openers.lastIndex = text.charCodeAt(i) === BACKSLASH ? this.backslash(i) : this.dollar(i);
    }
  }

  /**
   * JupyterLab's way (./jupyter-math.ts): math is cut out before Markdown, then what Markdown puts in code, in an
   * HTML comment, a tag or a link destination is not typeset. Math in HTML blocks is.
   */
  runJupyter(codeSpans: readonly CodeSpan[], fences: readonly FencedBlock[], comments: ReadonlyArray<{ start: number; end: number }>): void {
    const { text, flags } = this;
    // rendermime hides the dollars of code spans and fenced code, nothing else, before it pairs them.
    const code = [...codeSpans, ...fences].sort((a, b) => a.start - b.start);
    const scan = jupyterMath(text, (at) => inRanges(code, at));
    const commented = comments.length > 1 ? [...comments].sort((a, b) => a.start - b.start) : comments;
    const typeset = (at: number) => {
      const f = flags[at]!;
      return !(f & TEXT_EXCLUDED) && (!(f & FLOW_EXCLUDED) || (f & HTML_BLOCK) !== 0) && !inRanges(commented, at);
    };
    for (const found of scan.math) {
      if (!typeset(found.start)) continue;
      const [delimiter, display] = JUPYTER_DELIMITERS[found.delimiter];
      this.push(found.contentStart, found.contentEnd, delimiter, display, found.start, found.end);
      // One root cause, one finding: a formula an unclosed brace ran on is that finding alone (not also the words
      // it swallowed, nor the syntax error of the missing `}`).
      const formula = this.formulas[this.formulas.length - 1]!;
      const runOn =
        found.delimiter === '$' || found.delimiter === '$$' ? unclosedBraceRunsOn(text, found.start, found.contentStart, found.contentEnd) : undefined;
      if (runOn) {
        this.findings.push(runOn);
        formula.explained = true;
      } else if (found.delimiter === '$') this.swallowedText(formula.tex, found.contentStart, found.contentEnd);
    }
    for (const open of scan.unclosed) {
      if (!typeset(open.start)) continue;
      if (open.delimiter === '$') this.loneDollar(open.start);
      else if (open.delimiter === '$$') this.findings.push(unclosedDisplayDollars(open.start, true));
      else if (open.delimiter === 'environment') {
        const name = text.slice(open.start + 7, open.start + open.length - 1);
        this.findings.push(unclosedEnvironment(name, open.start, open.length, true));
      }
    }
    // `\\eqref{…}` and `\\ref{…}` in the text are typeset too (MathJax's processRefs).
    if (this.rules.textReferences && text.includes('ref{')) {
      const sorted = this.formulas.slice().sort((a, b) => a.start - b.start);
      let next = 0;
      for (const match of text.matchAll(/\\(eqref|ref)\{([^{}\n]*)\}/g)) {
        const at = match.index;
        while (next < sorted.length && sorted[next]!.end <= at) next++;
        if ((next < sorted.length && sorted[next]!.start <= at) || !typeset(at)) continue;
        this.textReferences.push({ command: `\\${match[1]}`, name: match[2]!.trim(), start: at, end: at + match[0].length });
      }
    }
  }

  private backslash(i: number): number {
    const { text, rules } = this;
    const next = text[i + 1];
    const doubled = rules.doubledBrackets && next === '\\' && (text[i + 2] === '(' || text[i + 2] === '[');
    if (doubled || (next === '(' && rules.brackets) || (next === '[' && (rules.displayBrackets ?? rules.brackets))) {
      const opener = doubled ? text.slice(i, i + 3) : text.slice(i, i + 2);
      const display = opener.endsWith('[');
      const closer = opener.slice(0, -1) + (display ? ']' : ')');
      const close = this.findCloser(i + opener.length, closer, { crossBlank: false, singleDollar: false });
      // An unclosed `\[` is far more often an escaped bracket (`\[UNK]`, `\[1]`) than broken math: not reported.
      if (close >= 0) {
        this.push(i + opener.length, close, display ? 'bracket' : 'paren', display, i, close + closer.length);
        return close + closer.length;
      }
    }
    if (rules.textReferences) {
      const reference = /^\\(eqref|ref)\{([^{}\n]*)\}/.exec(text.slice(i, i + 200));
      if (reference) {
        this.textReferences.push({ command: `\\${reference[1]}`, name: reference[2]!.trim(), start: i, end: i + reference[0].length });
        return i + reference[0].length;
      }
    }
    if (rules.bareEnvironments && text.startsWith('\\begin{', i)) {
      const nameEnd = text.indexOf('}', i + 7);
      const name = nameEnd > 0 ? text.slice(i + 7, nameEnd) : '';
      if (AMS_ENVIRONMENTS.has(name) && i >= this.noEnvironmentUntil) {
        const end = this.findEnvironmentEnd(nameEnd + 1, name);
        if (end < 0) {
          this.findings.push(unclosedEnvironment(name, i, nameEnd + 1 - i, false));
          return nameEnd + 1;
        }
        this.push(i, end, 'environment', true, i, end);
        return end;
      }
    }
    // A backslash escape: `\$` is a literal dollar, `\\` a literal backslash.
    return isAsciiPunctuation(next) ? i + 2 : i + 1;
  }

  private dollar(i: number): number {
    const { text, rules } = this;
    let run = 1;
    while (text.charCodeAt(i + run) === DOLLAR) run++;
    if (run >= 2) {
      if (!rules.doubleDollar) return i + run;
      const aloneOnLine = isAloneOnLine(text, this.flags, i, i + 2);
      let close = this.findCloser(i + 2, '$$', { crossBlank: false, singleDollar: false });
      if (close < 0 && aloneOnLine) {
        // A `$$` line works like a code fence: the block may hold blank lines when it also ends on a `$$` line.
        const fenceClose = this.findCloser(i + 2, '$$', { crossBlank: true, singleDollar: false });
        if (fenceClose >= 0 && isAloneOnLine(text, this.flags, fenceClose, fenceClose + 2)) close = fenceClose;
      }
      if (close < 0) {
        this.findings.push(unclosedDisplayDollars(i, false));
        return i + run;
      }
      this.push(i + 2, close, 'double-dollar', true, i, close + 2);
      return close + 2;
    }
    if (!rules.singleDollar) return i + 1;
    const after = text[i + 1];
    const close = after === undefined || (rules.tightDollars && /\s/.test(after)) ? -1 : this.findCloser(i + 1, '$', { crossBlank: false, singleDollar: true });
    if (close < 0) {
      this.loneDollar(i);
      return i + 1;
    }
    this.push(i + 1, close, 'dollar', false, i, close + 1);
    this.swallowedText(this.formulas[this.formulas.length - 1]!.tex, i + 1, close);
    return close + 1;
  }

  /** A `$` that pairs with nothing: a finding unless it is a dollar sign. */
  private loneDollar(i: number): void {
    const finding = loneDollar(this.text, i);
    if (finding) this.findings.push(finding);
  }

  /** A formula that holds plain text: its dollars paired wrongly. */
  private swallowedText(written: string, contentStart: number, contentEnd: number): void {
    const finding = proseInFormula(this.text, written, contentStart, contentEnd);
    if (finding) this.findings.push(finding);
  }

  /**
   * Offset of the closing delimiter, or -1. Code spans and inline HTML inside the formula are skipped when
   * looking for it (a `$` in a code span closes nothing); blank lines and code blocks end the search.
   */
  private findCloser(from: number, closer: string, options: { crossBlank: boolean; singleDollar: boolean }): number {
    const { text, flags } = this;
    // A search that found no closer before its paragraph ended answers every later search from inside that
    // stretch: without this, a paragraph of many unclosed `\(` would be scanned again for each (quadratic).
    const memo = !options.crossBlank && !options.singleDollar;
    if (memo && from < (this.noCloserUntil.get(closer) ?? -1)) return -1;
    const stops = options.crossBlank ? 0 : BARRIER | FLOW_EXCLUDED;
    const first = closer.charCodeAt(0);
    for (let j = from; j < text.length; j++) {
      const f = flags[j]!;
      if ((f & stops) !== 0) {
        if (memo) this.noCloserUntil.set(closer, j);
        return -1;
      }
      if (f & (TEXT_EXCLUDED | PREFIX)) continue;
      const code = text.charCodeAt(j);
      if (code === first && text.startsWith(closer, j)) {
        if (!options.singleDollar) return j;
        // No digit right after a closing dollar (`$5 and $10` is money), and with tight dollars no space before it;
        // arithmatex closes before anything (`$x$5`, `$a$$b$`).
        const before = text[j - 1]!;
        const after = text[j + 1];
        const spaced = this.rules.tightDollars && /\s/.test(before);
        const closesHere = this.rules.closingDollarBeforeAnything || (!(after !== undefined && /[0-9]/.test(after)) && text.charCodeAt(j + 1) !== DOLLAR);
        if (j > from && !spaced && closesHere) return j;
        // The first dollar decides: when it cannot close, the opening one was a dollar sign (`$5 and $10`).
        return -1;
      }
      if (code === BACKSLASH) j++;
    }
    if (memo) this.noCloserUntil.set(closer, text.length);
    return -1;
  }

  /**
   * Offset just past the `\end{name}` that closes an environment opened before `from`. When there is none before
   * the paragraph ends, environments opened later in that paragraph are not looked at again (bounded time).
   */
  private findEnvironmentEnd(from: number, name: string): number {
    const { text, flags } = this;
    const begin = `\\begin{${name}}`;
    const end = `\\end{${name}}`;
    let depth = 1;
    for (let j = from; j < text.length; j++) {
      if ((flags[j]! & (BARRIER | FLOW_EXCLUDED)) !== 0) {
        this.noEnvironmentUntil = j;
        return -1;
      }
      if (text.charCodeAt(j) !== BACKSLASH) continue;
      if (text.startsWith(begin, j)) depth++;
      else if (text.startsWith(end, j) && --depth === 0) return j + end.length;
      else j++;
    }
    this.noEnvironmentUntil = text.length;
    return -1;
  }

  private push(contentStart: number, contentEnd: number, delimiter: Formula['delimiter'], display: boolean, start: number, end: number): void {
    let prefixed = false;
    for (let k = contentStart; k < contentEnd && !prefixed; k++) prefixed = (this.flags[k]! & PREFIX) !== 0;
    if (!prefixed) {
      const formula: Formula = { tex: this.text.slice(contentStart, contentEnd), display, delimiter, contentStart, start, end };
      this.formulas.push(this.rules.myst && delimiter === 'double-dollar' ? wrapForSphinx(formula, false) : formula);
      return;
    }
    // In a block quote: the formula's characters without the `>` markers, each with its offset.
    let tex = '';
    const offsets: number[] = [];
    for (let k = contentStart; k < contentEnd; k++) {
      if (this.flags[k]! & PREFIX) continue;
      tex += this.text[k];
      offsets.push(k);
    }
    offsets.push(contentEnd);
    this.formulas.push({ tex, display, delimiter, contentStart, offsets, start, end });
  }
}

/** Whether [start, end) is the only thing on its line, block-quote markers and indentation aside. */
function isAloneOnLine(text: string, flags: Uint8Array, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0 && text[k] !== '\n'; k--) {
    if (!(flags[k]! & PREFIX) && !/\s/.test(text[k]!)) return false;
  }
  for (let k = end; k < text.length && text[k] !== '\n'; k++) {
    if (!/\s/.test(text[k]!)) return false;
  }
  return true;
}
