import type { Finding, Formula } from '../model/types.js';
import type { DialectRules } from './dialects.js';
import { CJK, isAsciiPunctuation } from './characters.js';
import { githubReading } from './github-reading.js';
import { mystReferences, quartoReferences, type SiteReference } from './site-references.js';
import { jupyterMath, type JupyterDelimiter } from './jupyter-math.js';
import { BARRIER, FLOW_EXCLUDED, HTML_BLOCK, PREFIX, TEXT_EXCLUDED, addFlag, markdownStructure, type CodeSpan, type FencedBlock } from './structure.js';
import { tablePipes } from './table-pipe.js';
import { texOutsideMath } from './tex-outside-math.js';

/**
 * Finds the formulas of one Markdown text.
 *
 * The Markdown structure (./structure.ts) tells where code, HTML, links and block-quote markers are; a
 * dialect-aware scanner then finds math delimiters in the rest of the raw text. Math is taken
 * raw, as GitHub and Jupyter do (they cut math out before Markdown touches it), so `\\` and `_` inside a
 * formula reach the checker unchanged, and every character keeps its offset in the text.
 */

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Offset of the comment in the text. */
  start: number;
  end: number;
}

export interface MarkdownScan {
  formulas: Formula[];
  findings: Finding[];
  directives: Directive[];
  /** `\\ref{…}` and `\\eqref{…}` written in the text, which MathJax typesets in Jupyter. */
  textReferences: TextReference[];
  /** Equation labels and references in the site's own syntax (MyST, Quarto): ./site-references.ts. */
  site?: { labels: SiteReference[]; refs: SiteReference[] };
}

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

const BACKSLASH = 92;
const DOLLAR = 36;

/**
 * Whether the text can hold a formula at all: every delimiter, environment and reference starts with a dollar or
 * a backslash, except math fences and Documenter's double backticks. Text that cannot is not parsed.
 */
function mayHoldMath(text: string, rules: DialectRules): boolean {
  if (text.includes('$') || text.includes('\\')) return true;
  if (rules.mathFences.length > 0 && (text.includes('```') || text.includes('~~~'))) return true;
  if (rules.myst && text.includes(':::')) return true;
  return rules.doubleBacktickMath && text.includes('``');
}

export function scanMarkdown(text: string, rules: DialectRules, depth = 0): MarkdownScan {
  if (!mayHoldMath(text, rules)) return { formulas: [], findings: [], directives: [], textReferences: [] };
  const structure = markdownStructure(text, { blockBarriers: !rules.mathBeforeMarkdown });
  const { flags, codeSpans, fences, comments, textBlocks } = structure;
  const formulas: Formula[] = [];
  const findings: Finding[] = [];
  const directives: Directive[] = [];

  for (const comment of comments) {
    const directive = parseDirective(text.slice(comment.start, comment.end), comment.start, comment.end);
    if (directive) directives.push(directive);
  }
  const nested: MarkdownScan[] = [];
  for (const fence of fences) {
    const directive = rules.myst ? MYST_DIRECTIVE.exec(fence.info) : null;
    if (directive && directive[1] !== 'math') {
      // A directive whose body is Markdown (an admonition, a theorem, an exercise…) is scanned as Markdown.
      if (!MYST_LITERAL_BODIES.has(directive[1]!) && depth < MAX_DIRECTIVE_DEPTH) nested.push(directiveBody(text, fence.lines(), rules, depth));
      continue;
    }
    if (!rules.mathFences.includes(directive ? '{math}' : fence.info)) continue;
    const lines = directive ? withoutOptions(text, fence.lines()) : fence.lines();
    if (rules.myst && fence.closed) {
      formulas.push(...sphinxDisplayMath(text, lines, fence.start, fence.end, hasOption(text, fence.lines(), 'nowrap')));
      continue;
    }
    const formula = fencedMath(text, { ...fence, lines: () => lines });
    formulas.push(formula);
    if (!fence.closed) {
      findings.push({
        rule: 'unclosed-math',
        message: 'The ```math fence is never closed: everything after it becomes part of the formula.',
        start: fence.start,
        end: fence.start + 3,
        source: formula.tex,
      });
    }
  }
  if (rules.myst) {
    const colon = colonMathFences(text, flags);
    formulas.push(...colon.formulas);
    for (const start of colon.unclosed) {
      findings.push({
        rule: 'unclosed-math',
        message: 'The :::{math} fence is never closed: everything after it becomes part of the formula.',
        start,
        end: start + 3,
      });
    }
  }
  for (const span of codeSpans) {
    const formula = codeSpanMath(text, span, rules);
    if (!formula) continue;
    formulas.push(formula);
    addFlag(flags, formula.start, formula.end, TEXT_EXCLUDED);
  }

  const scanner = new DelimiterScanner(text, flags, rules, formulas, findings);
  if (rules.mathBeforeMarkdown) scanner.runJupyter(codeSpans, fences, comments);
  else scanner.run();
  for (const inner of nested) {
    formulas.push(...inner.formulas);
    findings.push(...inner.findings);
    directives.push(...inner.directives);
    scanner.textReferences.push(...inner.textReferences);
  }
  formulas.sort((a, b) => a.start - b.start);
  if (rules.singleDollar) texOutsideMath(text, flags, formulas, findings);
  // JupyterLab takes the math out before the Markdown is parsed: there, a table cannot cut a formula. Elsewhere a
  // formula the table cuts is none: the renderer never sees it (its finding says what happened).
  const cut = !rules.mathBeforeMarkdown && formulas.length > 0 ? tablePipes(text, textBlocks, formulas, findings) : undefined;
  const paired = cut ? formulas.filter((formula) => !cut.has(formula)) : formulas;
  // GitHub reads the Markdown before it looks for dollars: what it typesets replaces the pairs found above.
  const kept = rules.githubMarkdown ? githubReading(text, structure, paired, findings) : paired;
  directives.sort((a, b) => a.start - b.start);
  // Only a real HTML comment silences anything: one written inside a formula is TeX the renderer shows.
  const real = kept.length === 0 ? directives : directives.filter((directive) => !inRanges(kept, directive.start));
  const site = rules.myst ? mystReferences(text, flags) : rules.quartoReferences ? quartoReferences(text, flags) : undefined;
  return { formulas: kept, findings, directives: real, textReferences: scanner.textReferences, ...(site ? { site } : {}) };
}

const DIRECTIVE = /^<!--\s*mathrepro-(disable-next-line|disable|enable)\b([^>]*?)-->$/s;

function parseDirective(comment: string, start: number, end: number): Directive | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
  return { kind: match[1] as Directive['kind'], rules, start, end };
}

/** A MyST directive's fence info: `{name} arguments`. */
const MYST_DIRECTIVE = /^\{([^{}\s]+)\}/;
/** Directives whose body is code, data or a file list, not Markdown. */
const MYST_LITERAL_BODIES = new Set([
  'code',
  'code-block',
  'code-cell',
  'sourcecode',
  'literalinclude',
  'include',
  'raw',
  'raw:latex',
  'raw:typst',
  'eval-rst',
  'csv-table',
  'mermaid',
  'graphviz',
  'toctree',
  'tableofcontents',
  'bibliography',
  'glue',
  'glue:figure',
  'embed',
  'iframe',
  'image',
  'list-table-data',
  'mdast',
  'anywidget',
  'jupyter-execute',
  'ipython',
  'plot',
  'exec',
  'doctest',
  'testcode',
  'testoutput',
]);
/** Directives nest; past this depth their bodies are not scanned (a bound on hostile input). */
const MAX_DIRECTIVE_DEPTH = 16;

/** A directive's options at the top of its body: `:key: value` lines, or a `---` YAML block. */
function optionLineCount(text: string, lines: ReadonlyArray<[number, number]>): number {
  const line = (k: number) => text.slice(lines[k]![0], lines[k]![1]);
  if (lines.length > 0 && /^\s*---\s*$/.test(line(0))) {
    for (let k = 1; k < lines.length; k++) if (/^\s*---\s*$/.test(line(k))) return k + 1;
    return 0;
  }
  let count = 0;
  while (count < lines.length && /^\s*:[\w-]+:(?:\s|$)/.test(line(count))) count++;
  return count;
}

function withoutOptions(text: string, lines: ReadonlyArray<[number, number]>): Array<[number, number]> {
  return lines.slice(optionLineCount(text, lines));
}

function hasOption(text: string, lines: ReadonlyArray<[number, number]>, option: string): boolean {
  const count = optionLineCount(text, lines);
  return lines.slice(0, count).some(([start, end]) => text.slice(start, end).trim().startsWith(`:${option}:`));
}

/** A directive's body (its options blanked out) scanned as MyST Markdown, with offsets of the whole text. */
function directiveBody(text: string, lines: ReadonlyArray<[number, number]>, rules: DialectRules, depth: number): MarkdownScan {
  if (lines.length === 0) return { formulas: [], findings: [], directives: [], textReferences: [] };
  const bodyStart = lines[0]![0];
  const bodyEnd = lines[lines.length - 1]![1];
  let body = text.slice(bodyStart, bodyEnd);
  const options = optionLineCount(text, lines);
  if (options > 0) {
    const optionsEnd = lines[options - 1]![1] - bodyStart;
    body = body.slice(0, optionsEnd).replace(/[^\n]/g, ' ') + body.slice(optionsEnd);
  }
  const inner = scanMarkdown(body, rules, depth + 1);
  const shift = <T extends { start: number; end: number }>(item: T): T => ({ ...item, start: item.start + bodyStart, end: item.end + bodyStart });
  return {
    formulas: inner.formulas.map((formula) => ({
      ...shift(formula),
      contentStart: formula.contentStart + bodyStart,
      ...(formula.offsets ? { offsets: formula.offsets.map((offset) => offset + bodyStart) } : {}),
    })),
    findings: inner.findings.map(shift),
    directives: inner.directives.map(shift),
    textReferences: inner.textReferences.map(shift),
  };
}

/**
 * Display math as Sphinx (Jupyter Book 1, MyST-Parser) typesets it: each part between blank lines is an
 * equation of its own, and a part holding `\\\\` is wrapped in `\\begin{split}…\\end{split}`, so its `&` are
 * fine. `:nowrap:` turns the wrapping off. The wrapper's characters take the offset of the part's start.
 */
function sphinxDisplayMath(text: string, lines: ReadonlyArray<[number, number]>, start: number, end: number, nowrap: boolean): Formula[] {
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
    let tex = '';
    const offsets: number[] = [];
    part.forEach(([from, to], index) => {
      if (index > 0) {
        tex += '\n';
        offsets.push(part[index - 1]![1]);
      }
      tex += text.slice(from, to);
      for (let k = from; k < to; k++) offsets.push(k);
    });
    offsets.push(part[part.length - 1]![1]);
    formulas.push(wrapForSphinx({ tex, display: true, delimiter: 'math-fence', contentStart: offsets[0]!, offsets, start, end }, nowrap));
  }
  return formulas;
}

/** `\\begin{split}…\\end{split}` around display math that holds `\\\\` and no environment of its own. */
function wrapForSphinx(formula: Formula, nowrap: boolean): Formula {
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
 * MyST's `:::{math}` colon fences, which CommonMark reads as a paragraph: math, and no longer text. One pass over
 * the colon-fence lines: each `{math}` opener pairs with the next line of as many colons or more.
 */
function colonMathFences(text: string, flags: Uint8Array): { formulas: Formula[]; unclosed: number[] } {
  if (!text.includes(':::{math}')) return { formulas: [], unclosed: [] };
  const formulas: Formula[] = [];
  let open: { start: number; bodyStart: number; colons: number } | undefined;
  for (const line of text.matchAll(/^[ \t]*(:{3,})(.*)$/gm)) {
    const colons = line[1]!.length;
    const rest = line[2]!;
    if (open) {
      if (colons < open.colons || rest.trim() !== '') continue;
      const end = line.index + line[0].length;
      const lines: Array<[number, number]> = [];
      for (let at = open.bodyStart; at < line.index;) {
        const newline = text.indexOf('\n', at);
        const lineEnd = newline < 0 || newline >= line.index ? line.index - 1 : newline;
        lines.push([at, Math.max(at, lineEnd)]);
        at = lineEnd + 1;
      }
      formulas.push(...sphinxDisplayMath(text, withoutOptions(text, lines), open.start, end, hasOption(text, lines, 'nowrap')));
      addFlag(flags, open.start, end, TEXT_EXCLUDED);
      open = undefined;
    } else if (rest.startsWith('{math}') && !(flags[line.index]! & FLOW_EXCLUDED)) {
      const newline = text.indexOf('\n', line.index);
      open = { start: line.index, bodyStart: newline < 0 ? text.length : newline + 1, colons };
    }
  }
  // A fence never closed runs to the end of the document in mystmd: the rest is typeset as the formula.
  return { formulas, unclosed: open ? [open.start] : [] };
}

/** A ```math fence (or the dialect's equivalent) as a display formula. */
function fencedMath(text: string, fence: FencedBlock): Formula {
  let tex = '';
  const offsets: number[] = [];
  const lines = fence.lines();
  lines.forEach(([start, end], index) => {
    if (index > 0) {
      tex += '\n';
      offsets.push(lines[index - 1]![1]);
    }
    tex += text.slice(start, end);
    for (let k = start; k < end; k++) offsets.push(k);
  });
  offsets.push(lines.length ? lines[lines.length - 1]![1] : fence.end);
  return { tex, display: true, delimiter: 'math-fence', contentStart: offsets[0]!, offsets, start: fence.start, end: fence.end };
}

/** GitHub's $`…`$ and Documenter's ``…`` are code spans that are really math. */
function codeSpanMath(text: string, span: CodeSpan, rules: DialectRules): Formula | undefined {
  let kind: Formula['delimiter'] | undefined;
  let outerStart = span.start;
  let outerEnd = span.end;
  if (rules.dollarBacktick && text.charCodeAt(span.start - 1) === DOLLAR && text.charCodeAt(span.end) === DOLLAR) {
    kind = 'dollar-backtick';
    outerStart = span.start - 1;
    outerEnd = span.end + 1;
  } else if (rules.doubleBacktickMath && span.fence === 2) {
    kind = 'double-backtick';
  } else if (rules.myst && text.startsWith('{math}', span.start - 6)) {
    kind = 'role';
    outerStart = span.start - 6;
  }
  if (!kind || span.contentEnd <= span.contentStart) return undefined;
  // CommonMark strips one space from both ends of a code span's content when both are spaces.
  let from = span.contentStart;
  let to = span.contentEnd;
  if (text[from] === ' ' && text[to - 1] === ' ' && to - from > 2) {
    from++;
    to--;
  }
  // Line endings inside a code span are spaces; each stays one character, so offsets need no table.
  const tex = text.slice(from, to).replace(/\r\n?|\n/g, (ending) => ' '.repeat(ending.length));
  return { tex, display: false, delimiter: kind, contentStart: from, start: outerStart, end: outerEnd };
}

/** Walks the raw text for math delimiters, skipping what the Markdown parser marked as code or HTML. */
class DelimiterScanner {
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
      if ((found.delimiter === '$' || found.delimiter === '$$') && this.bracesSwallowed(found.start, found.contentStart, found.contentEnd)) {
        formula.explained = true;
      } else if (found.delimiter === '$') this.swallowedText(formula.tex, found.contentStart, found.contentEnd);
    }
    for (const open of scan.unclosed) {
      if (!typeset(open.start)) continue;
      if (open.delimiter === '$') this.loneDollar(open.start);
      else if (open.delimiter === '$$') this.unclosed(open.start, 2, '`$$` opens display math that is never closed with `$$` before a blank line');
      else if (open.delimiter === 'environment') {
        const name = text.slice(open.start + 7, open.start + open.length - 1);
        this.unclosed(open.start, open.length, `\`\\begin{${name}}\` is never closed with \`\\end{${name}}\` before a blank line`);
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
    if (doubled || (rules.brackets && (next === '(' || next === '['))) {
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
          this.unclosed(i, nameEnd + 1 - i, `\`\\begin{${name}}\` is never closed with \`\\end{${name}}\``);
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
        this.unclosed(i, 2, '`$$` opens display math that is never closed with `$$`');
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

  /**
   * JupyterLab closes a formula only at brace depth zero: after a `{` that never closes, the formula runs on over
   * the next dollars to the last one before a blank line, taking the text between with it.
   */
  private bracesSwallowed(start: number, contentStart: number, contentEnd: number): boolean {
    const { text } = this;
    let depth = 0;
    let innerDollar = -1;
    for (let k = contentStart; k < contentEnd; k++) {
      const code = text.charCodeAt(k);
      if (code === BACKSLASH) k++;
      else if (code === 123) depth++;
      else if (code === 125) depth = Math.max(0, depth - 1);
      else if (code === DOLLAR && innerDollar < 0) innerDollar = k;
    }
    if (depth === 0 || innerDollar < 0) return false;
    this.findings.push({
      rule: 'swallowed-text',
      message: `A \`{\` in this formula is never closed, and JupyterLab ends a formula only where its braces balance: this one runs on past the next \`$\`, taking the text up to the last \`$\` of the paragraph with it. Close the brace.`,
      start,
      end: start + 1,
    });
    return true;
  }

  /** Whether the line holding `offset` is a table row (it starts with a pipe). */
  private inTableRow(offset: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t>]*\|/.test(this.text.slice(lineStart, lineStart + 20));
  }

  /**
   * A `$` that pairs with nothing in its paragraph, and is no dollar sign (`$5`, `5 $`, `US$ 10`): a dropped or
   * extra dollar, after which the renderer shows the math as text (or pairs the wrong dollars). Sure when TeX is
   * right beside it (`\theta$`, `$x^2`), a warning otherwise.
   */
  private loneDollar(i: number): void {
    const { text } = this;
    const before = text
      .slice(Math.max(0, i - 40), i)
      .split(/\s/)
      .pop()!
      .split('$')
      .pop()!;
    const after = text
      .slice(i + 1, i + 41)
      .split(/\s/)[0]!
      .split('$')[0]!;
    // "the literal $ symbol": a dollar sign as a word of its own (a `$` alone on its line is a block opener).
    if (text[i - 1] === ' ' && (text[i + 1] === ' ' || text[i + 1] === undefined)) return;
    // A sign in brackets or quotes, as a unit: "Income ($)", "the '$' key".
    if (/^[(["'`]$/.test(text[i - 1] ?? '') && /^[)\]"'`]$/.test(text[i + 1] ?? '')) return;
    if (isMoney(text, i, before, after)) return;
    // Shell and environment variables in prose: `$HOME`, `${PATH}`, `$CUDA_HOME`.
    if (/^(?:[A-Z]{3,}[A-Z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})(?![a-z0-9(\\^{])/.test(after)) return;
    const tex = /\\[A-Za-z]|[\^_{}]/;
    const sure = tex.test(before) || tex.test(after);
    const side = tex.test(before) || (!tex.test(after) && before.length > 0) ? 'before' : 'after';
    const neighbour = side === 'before' ? before : after;
    this.findings.push({
      rule: 'unpaired-dollar',
      message:
        `This \`$\` pairs with no other \`$\` in its paragraph, so it shows as a dollar sign and ${neighbour ? `\`${neighbour.slice(0, 30)}\`` : 'what follows'} as plain text` +
        ` (a dropped or extra \`$\`?). Add the missing \`$\`, or write \`\\$\` for a literal dollar.`,
      start: i,
      end: i + 1,
      ...(sure ? {} : { severity: 'warning' as const }),
    });
  }

  /**
   * Inline math holding what is plainly text — CJK characters or a run of ordinary words outside `\text{}` —
   * is nearly always two dollars paired wrongly: the text between them is typeset as math, letters italic and
   * run together.
   */
  private swallowedText(written: string, contentStart: number, contentEnd: number): void {
    // Prose shows in a formula's first lines; a longer formula is looked at that far (the tests stay linear).
    const tex = written.length > MAX_PROSE_SAMPLE ? written.slice(0, MAX_PROSE_SAMPLE) : written;
    // Most formulas are too short for prose, or hold no two words in a row, no line break, no CJK and no prose at
    // their edges: done.
    if (tex.length < 4 ? !CJK.test(tex) : !mayBeProse(tex)) return;
    const crossed = BLOCK_CROSSING.exec(tex) ?? (tex.includes('|') && this.inTableRow(contentStart) ? CELL_CROSSING.exec(tex) : null);
    if (crossed) {
      const what = crossed[0].includes('|') ? 'two table cells' : /[-*+\d]/.test(crossed[0]) ? 'two list items' : 'two blocks';
      this.findings.push({
        rule: 'swallowed-text',
        message: `This inline formula runs across ${what}: its dollars are paired wrongly (one is missing or extra), so math shows as text and text as math.`,
        start: contentStart - 1,
        end: contentStart,
      });
      return;
    }
    const bare = tex.replace(TEXT_ARGUMENTS, ' ').replace(/\\[A-Za-z]+/g, ' ');
    const cjk = CJK.exec(bare);
    // A run of words needs a word of three letters: without one, the costlier search is not made.
    const words = cjk ? undefined : ((THREE_LETTERS.test(bare) ? WORD_RUN.exec(bare) : null) ?? PROSE_EDGE.exec(bare) ?? SENTENCE_LINE.exec(bare));
    if (!cjk && !words) return;

    const what = cjk ? `CJK text (\`${cjk[0]}\`)` : `the words \`${words![0].trim().slice(0, 40)}\``;
    this.findings.push({
      rule: 'swallowed-text',
      message: `This inline formula holds ${what} outside \\text{…}: the renderer typesets it as math. A \`$\` is probably missing or extra around it; if the text is meant, wrap it in \\text{…}.`,
      start: contentStart - 1,
      end: contentEnd + 1,
    });
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
        // No digit right after a closing dollar (`$5 and $10` is money), and with tight dollars no space before it.
        const before = text[j - 1]!;
        const after = text[j + 1];
        const spaced = this.rules.tightDollars && /\s/.test(before);
        if (j > from && !spaced && !(after !== undefined && /[0-9]/.test(after)) && text.charCodeAt(j + 1) !== DOLLAR) {
          return j;
        }
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

  private unclosed(start: number, length: number, message: string): void {
    this.findings.push({ rule: 'unclosed-math', message, start, end: start + length });
  }
}

/** A plain amount of money: `5`, `1,000`, `3.50`, `1.5M`. */
const AMOUNT = /^\d[\d,]*(?:\.\d+)?(?:[kKMB]|bn)?$/;
/** What math has and prose around an amount does not. */
const MATHY = /[\\^_{}=+*<>|/]|\s-\s/;
/** A price range after an amount: `$100 - $200`, `$5–10`. */
const PRICE_RANGE = /^\s*[-–]\s*\$?\d/;

/**
 * Whether the `$` at `i` is a dollar sign: a plain amount right after it (`$5`, `US$ 10`) or right before it
 * (`5$`, `5 $`), with no operator in the words beside the amount (`$5 + 3 = 8` lost its closing dollar).
 */
function isMoney(text: string, i: number, before: string, after: string): boolean {
  const spaceAfter = text[i + 1] === ' ' ? 1 : 0;
  const amountAfter = (spaceAfter ? text.slice(i + 2, i + 42).split(/\s/)[0]! : after).replace(/[.,;:!?)\-–]+$/, '');
  if (AMOUNT.test(amountAfter)) {
    const from = i + 1 + spaceAfter + amountAfter.length;
    const rest = text.slice(from, from + 12).split('\n')[0]!;
    if (!MATHY.test(rest) || PRICE_RANGE.test(rest)) return true;
    // The second price of a range: `$100 - $200`.
    if (/\d\s*[-–]\s*$/.test(text.slice(Math.max(0, i - 12), i))) return true;
  }
  const spaceBefore = text[i - 1] === ' ' ? 1 : 0;
  const amountBefore = (
    spaceBefore
      ? text
          .slice(Math.max(0, i - 41), i - 1)
          .split(/\s/)
          .pop()!
      : before
  ).replace(/^[(]+/, '');
  if (AMOUNT.test(amountBefore)) {
    const to = i - spaceBefore - amountBefore.length;
    if (
      !MATHY.test(
        text
          .slice(Math.max(0, to - 12), to)
          .split('\n')
          .pop()!,
      )
    )
      return true;
  }
  return false;
}

/** Whether `at` lies in one of `ranges` (sorted by start, not overlapping): a binary search. */
function inRanges(ranges: ReadonlyArray<{ start: number; end: number }>, at: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.start <= at) low = mid + 1;
    else high = mid;
  }
  return low > 0 && at < ranges[low - 1]!.end;
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
