import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import type { Event } from 'micromark-util-types';
import type { Finding, Formula } from '../types.js';
import type { DialectRules } from './dialects.js';

/**
 * Finds the formulas of one Markdown text.
 *
 * A CommonMark parser (micromark, with GitHub's extensions) tells where code, HTML, links and block-quote
 * markers are; a dialect-aware scanner then finds math delimiters in the rest of the raw text. Math is taken
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
}

// Per-character flags.
const TEXT_EXCLUDED = 1; // code span, inline HTML, autolink, link destination: no math starts here
const FLOW_EXCLUDED = 2; // code block, HTML block: no math here at all
const PREFIX = 4; // block-quote marker: part of neither text nor formula
const BARRIER = 8; // blank line or end of a block: inline math does not cross it

const TEXT_EXCLUDED_TOKENS = new Set([
  'codeText',
  'htmlText',
  'autolink',
  'literalAutolink',
  'resourceDestination',
  'definitionDestination',
]);
const FLOW_EXCLUDED_TOKENS = new Set(['codeFenced', 'codeIndented', 'htmlFlow']);
const BLOCK_END_TOKENS = new Set(['atxHeading', 'thematicBreak', 'setextHeadingLine', 'definition', 'tableRow']);

const AMS_ENVIRONMENTS = new Set(
  ['equation', 'align', 'alignat', 'gather', 'multline', 'flalign', 'eqnarray', 'displaymath', 'math'].flatMap(
    (name) => [name, `${name}*`],
  ),
);

const BACKSLASH = 92;
const DOLLAR = 36;

function tokenize(text: string): Event[] {
  return postprocess(parse({ extensions: [gfm()] }).document().write(preprocess()(text, undefined, true)));
}

/** Text without any of these characters holds no formula and no suppression comment worth parsing for. */
const MAY_HOLD_MATH = /[$\\`~]|<!--/;

export function scanMarkdown(text: string, rules: DialectRules): MarkdownScan {
  if (!MAY_HOLD_MATH.test(text)) return { formulas: [], findings: [], directives: [] };
  const flags = new Uint8Array(text.length + 1);
  const formulas: Formula[] = [];
  const findings: Finding[] = [];
  const directives: Directive[] = [];

  const events = tokenize(text);
  const mark = (start: number, end: number, flag: number) => {
    for (let k = start; k < end; k++) flags[k]! |= flag;
  };

  for (let e = 0; e < events.length; e++) {
    const [kind, token] = events[e]!;
    if (kind !== 'enter') continue;
    const start = token.start.offset;
    const end = token.end.offset;
    const type = token.type as string;
    if (TEXT_EXCLUDED_TOKENS.has(type)) mark(start, end, TEXT_EXCLUDED);
    else if (FLOW_EXCLUDED_TOKENS.has(type)) {
      mark(start, end, FLOW_EXCLUDED);
      flags[end]! |= BARRIER;
    } else if (type === 'blockQuotePrefix') mark(start, end, PREFIX);
    else if (type === 'lineEndingBlank') flags[start]! |= BARRIER;
    else if (BLOCK_END_TOKENS.has(type) && !rules.mathBeforeMarkdown) flags[end]! |= BARRIER;

    if ((type === 'htmlFlow' || type === 'htmlText') && text.startsWith('<!--', start)) {
      const directive = parseDirective(text.slice(start, end), start, end);
      if (directive) directives.push(directive);
    }
    if (type === 'codeFenced') {
      const fence = fencedMath(text, events, e, rules);
      if (fence) formulas.push(fence.formula);
      if (fence?.unclosed) {
        findings.push({
          rule: 'unclosed-math',
          message: 'The ```math fence is never closed: everything after it becomes part of the formula.',
          start,
          end: start + 3,
          source: fence.formula.tex,
        });
      }
    }
    if (type === 'codeText') {
      const formula = codeSpanMath(text, events, e, rules);
      if (formula) {
        formulas.push(formula);
        mark(formula.start, formula.end, TEXT_EXCLUDED);
      }
    }
  }

  new DelimiterScanner(text, flags, rules, formulas, findings).run();
  formulas.sort((a, b) => a.start - b.start);
  return { formulas, findings, directives };
}

const DIRECTIVE = /^<!--\s*mathrepro-(disable-next-line|disable|enable)\b([^>]*?)-->$/s;

function parseDirective(comment: string, start: number, end: number): Directive | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
  return { kind: match[1] as Directive['kind'], rules, start, end };
}

/** Content of the token `events[index]` as chunks of [start, end) offsets, for tokens of the given types. */
function collectChunks(events: Event[], index: number, types: ReadonlySet<string>): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  const outer = events[index]![1];
  for (let k = index + 1; k < events.length; k++) {
    const [kind, token] = events[k]!;
    if (token === outer) break;
    if (kind === 'enter' && types.has(token.type as string)) chunks.push([token.start.offset, token.end.offset]);
  }
  return chunks;
}

/** A ```math fence (or the dialect's equivalent) as a display formula. */
function fencedMath(
  text: string,
  events: Event[],
  index: number,
  rules: DialectRules,
): { formula: Formula; unclosed: boolean } | undefined {
  const fence = events[index]![1];
  let fences = 0;
  let info = '';
  let tex = '';
  const offsets: number[] = [];
  for (let k = index + 1; k < events.length; k++) {
    const [kind, token] = events[k]!;
    if (token === fence) break;
    if (kind !== 'enter') continue;
    const type = token.type as string;
    const start = token.start.offset;
    const end = token.end.offset;
    if (type === 'codeFencedFence') fences++;
    else if (type === 'codeFencedFenceInfo') info = text.slice(start, end).trim().toLowerCase();
    else if (fences !== 1) continue;
    else if (type === 'codeFlowValue') {
      tex += text.slice(start, end);
      for (let o = start; o < end; o++) offsets.push(o);
    } else if (type === 'lineEnding' && offsets.length > 0) {
      // Line breaks between content lines; the one before the first line of content is not content.
      tex += '\n';
      offsets.push(start);
    }
  }
  if (!rules.mathFences.includes(info)) return undefined;
  if (tex.endsWith('\n')) {
    tex = tex.slice(0, -1);
    offsets.pop();
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1]! + 1 : fence.end.offset);
  return {
    formula: { tex, display: true, delimiter: 'math-fence', offsets, start: fence.start.offset, end: fence.end.offset },
    unclosed: fences < 2,
  };
}

/** GitHub's $`…`$ and Documenter's ``…`` are code spans that are really math. */
function codeSpanMath(text: string, events: Event[], index: number, rules: DialectRules): Formula | undefined {
  const token = events[index]![1];
  const start = token.start.offset;
  const end = token.end.offset;
  const data = collectChunks(events, index, new Set(['codeTextData', 'lineEnding']));
  let kind: Formula['delimiter'] | undefined;
  let outerStart = start;
  let outerEnd = end;
  if (rules.dollarBacktick && text.charCodeAt(start - 1) === DOLLAR && text.charCodeAt(end) === DOLLAR) {
    kind = 'dollar-backtick';
    outerStart = start - 1;
    outerEnd = end + 1;
  } else if (rules.doubleBacktickMath && text.startsWith('``', start) && !text.startsWith('```', start)) {
    kind = 'double-backtick';
  }
  if (!kind || data.length === 0) return undefined;
  let tex = '';
  const offsets: number[] = [];
  for (const [s, e] of data) {
    tex += text.slice(s, e);
    for (let k = s; k < e; k++) offsets.push(k);
  }
  offsets.push(data[data.length - 1]![1]);
  return { tex, display: false, delimiter: kind, offsets, start: outerStart, end: outerEnd };
}

/** Walks the raw text for math delimiters, skipping what the Markdown parser marked as code or HTML. */
class DelimiterScanner {
  constructor(
    private readonly text: string,
    private readonly flags: Uint8Array,
    private readonly rules: DialectRules,
    private readonly formulas: Formula[],
    private readonly findings: Finding[],
  ) {}

  run(): void {
    const { text, flags } = this;
    let i = 0;
    while (i < text.length) {
      if (flags[i]! & (TEXT_EXCLUDED | FLOW_EXCLUDED | PREFIX)) {
        i++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) {
        i = this.backslash(i);
      } else if (c === DOLLAR) {
        i = this.dollar(i);
      } else {
        i++;
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
    if (rules.bareEnvironments && text.startsWith('\\begin{', i)) {
      const nameEnd = text.indexOf('}', i + 7);
      const name = nameEnd > 0 ? text.slice(i + 7, nameEnd) : '';
      if (AMS_ENVIRONMENTS.has(name)) {
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
    return next !== undefined && /[!-/:-@[-`{-~]/.test(next) ? i + 2 : i + 1;
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
    if (after === undefined || (rules.tightDollars && /\s/.test(after))) return i + 1;
    const close = this.findCloser(i + 1, '$', { crossBlank: false, singleDollar: true });
    if (close < 0) return i + 1;
    this.push(i + 1, close, 'dollar', false, i, close + 1);
    return close + 1;
  }

  /**
   * Offset of the closing delimiter, or -1. Code spans and inline HTML inside the formula are skipped when
   * looking for it (a `$` in a code span closes nothing); blank lines and code blocks end the search.
   */
  private findCloser(from: number, closer: string, options: { crossBlank: boolean; singleDollar: boolean }): number {
    const { text, flags } = this;
    for (let j = from; j < text.length; j++) {
      const f = flags[j]!;
      if (!options.crossBlank && (f & (BARRIER | FLOW_EXCLUDED)) !== 0) return -1;
      if (f & (TEXT_EXCLUDED | PREFIX)) continue;
      if (text.startsWith(closer, j)) {
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
      if (text.charCodeAt(j) === BACKSLASH) j++;
    }
    return -1;
  }

  /** Offset just past the `\end{name}` that closes an environment opened before `from`. */
  private findEnvironmentEnd(from: number, name: string): number {
    const { text, flags } = this;
    const begin = `\\begin{${name}}`;
    const end = `\\end{${name}}`;
    let depth = 1;
    for (let j = from; j < text.length; j++) {
      if ((flags[j]! & (BARRIER | FLOW_EXCLUDED)) !== 0) return -1;
      if (text.charCodeAt(j) !== BACKSLASH) continue;
      if (text.startsWith(begin, j)) depth++;
      else if (text.startsWith(end, j) && --depth === 0) return j + end.length;
      else j++;
    }
    return -1;
  }

  private push(
    contentStart: number,
    contentEnd: number,
    delimiter: Formula['delimiter'],
    display: boolean,
    start: number,
    end: number,
  ): void {
    let tex = '';
    const offsets: number[] = [];
    for (let k = contentStart; k < contentEnd; k++) {
      if (this.flags[k]! & PREFIX) continue;
      tex += this.text[k];
      offsets.push(k);
    }
    offsets.push(contentEnd);
    this.formulas.push({ tex, display, delimiter, offsets, start, end });
  }

  private unclosed(start: number, length: number, message: string): void {
    this.findings.push({ rule: 'unclosed-math', message, start, end: start + length });
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
