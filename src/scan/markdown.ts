import type { Finding, Formula } from '../model/types.js';
import { BACKSLASH, DOLLAR, mayHoldDollarEntity } from '../characters.js';
import { tablePipes } from '../rules/table-pipe.js';
import { findTexOutsideMath } from '../rules/tex-outside-math.js';
import { displayMathNotAlone, dollarBacktickShownAsText, mathFenceShownAsCode, mathInRawHtml, mathInUnclosedFence } from '../rules/shown-as-text.js';
import { unclosedFence, unclosedFenceReadAsText } from '../rules/unclosed-math.js';
import { DelimiterScanner, type TextReference } from './delimiter-scanner.js';
import { inRanges, lastStartingAtOrBefore } from '../positions.js';
import type { DialectRules, PythonMarkdownHtml } from './dialects.js';
import { githubReading } from './github-reading.js';
import { looksLikeMath } from './github-math.js';
import { BodyPlaces, indentedBlocks, withoutBlocks } from './mkdocs-blocks.js';
import { mystReferences, quartoReferences, type SiteReference } from './site-references.js';
import { rawHtmlElement } from './python-markdown-blocks.js';
import { joinedLines, sphinxDisplayMath } from './sphinx-math.js';
import {
  BARRIER,
  FLOW_EXCLUDED,
  TEXT_EXCLUDED,
  FENCE_OPENING,
  FenceClosers,
  addFlag,
  markdownStructure,
  type CodeSpan,
  type FencedBlock,
  type Lines,
  type Structure,
} from './structure.js';

export type { TextReference };

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

/**
 * Whether the text can hold a formula at all: every delimiter, environment and reference starts with a dollar or
 * a backslash, except math fences and Documenter's double backticks. Text that cannot is not parsed.
 */
function mayHoldMath(text: string, rules: DialectRules): boolean {
  if (text.includes('$') || text.includes('\\')) return true;
  if (rules.githubMarkdown && mayHoldDollarEntity(text)) return true;
  // (A ```math fence where the reader reads none is a finding: it shows as code.)
  if ((text.includes('```') || text.includes('~~~')) && (rules.mathFences.length > 0 || text.includes('math'))) return true;
  if (rules.myst && text.includes(':::')) return true;
  return rules.doubleBacktickMath && text.includes('``');
}

export function scanMarkdown(text: string, rules: DialectRules, depth = 0): MarkdownScan {
  const blocks = rules.indentedBodies && depth < MAX_DIRECTIVE_DEPTH ? indentedBlocks(text, rules.indentedBodies) : [];
  if (blocks.length === 0) return scanText(text, rules, depth);
  // An MkDocs page's admonitions, collapsible blocks and tabs: the rest of the page without them, then each body
  // as Markdown of its own, placed back where it is written.
  const scan = scanText(withoutBlocks(text, blocks), rules, depth);
  // (A body's lines are indented in the page, where Python-Markdown begins no raw HTML: its HTML is inline.)
  const bodyRules = rules.pythonMarkdownHtml ? withoutRawHtml(rules) : rules;
  for (const block of blocks) {
    const inner = scanMarkdown(block.body, bodyRules, depth + 1);
    const places = new BodyPlaces(block);
    for (const formula of inner.formulas) scan.formulas.push(places.formula(formula));
    for (const finding of inner.findings) scan.findings.push(places.finding(finding));
    for (const directive of inner.directives) scan.directives.push(places.range(directive));
    for (const reference of inner.textReferences) scan.textReferences.push(places.range(reference));
  }
  scan.formulas.sort((a, b) => a.start - b.start);
  scan.directives.sort((a, b) => a.start - b.start);
  return scan;
}

const rulesWithoutRawHtml = new WeakMap<DialectRules, DialectRules>();
function withoutRawHtml(rules: DialectRules): DialectRules {
  let without = rulesWithoutRawHtml.get(rules);
  if (!without) rulesWithoutRawHtml.set(rules, (without = { ...rules, pythonMarkdownHtml: 'none' }));
  return without;
}

/** `fencesAsText`: the text's unclosed fences were made text already (fenceMarkersAsText): it is read once more, no more. */
function scanText(text: string, rules: DialectRules, depth: number, fencesAsText = false): MarkdownScan {
  if (!mayHoldMath(text, rules)) return { formulas: [], findings: [], directives: [], textReferences: [] };
  const structure = markdownStructure(text, {
    blockBarriers: !rules.mathBeforeMarkdown,
    github: rules.githubMarkdown,
    pythonMarkdown: rules.pythonMarkdownHtml,
  });
  const { flags, codeSpans, fences, comments, textBlocks } = structure;
  const unclosed = fencesAsText ? [] : unclosedCodeFences(text, structure, rules);
  // The page read as if those fences were text: Python-Markdown's reading (it takes no fence without its closing
  // line), and elsewhere what the author meant to follow the code.
  const asText = unclosed.length > 0 ? scanText(fenceMarkersAsText(text, unclosed), rules, depth, true) : undefined;
  if (asText && rules.unclosedFenceIsText) {
    asText.formulas = asText.formulas.map((formula) => withMarkersAsWritten(formula, text, unclosed));
    for (const { fence, marker } of unclosed) if (rules.mathFences.includes(fence.info)) asText.findings.push(unclosedFenceReadAsText(marker));
    return asText;
  }
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
    if (!rules.mathFences.includes(directive ? '{math}' : fence.info)) {
      // GitHub's math block, where the reader's Markdown makes a code block of it (JupyterLab's marked, MkDocs
      // without a math fence, Quarto).
      if (fence.info === 'math' && fence.lines().length > 0) findings.push(mathFenceShownAsCode(fence.start, fence.start + 3, rules.renderer));
      continue;
    }
    const lines = directive ? withoutOptions(text, fence.lines()) : fence.lines();
    if (rules.myst && fence.closed) {
      formulas.push(...sphinxDisplayMath(text, lines, fence.start, fence.end, hasOption(text, fence.lines(), 'nowrap')));
      continue;
    }
    const formula = fencedMath(text, { ...fence, lines: () => lines });
    formulas.push(formula);
    if (!fence.closed) {
      findings.push(unclosedFence('```math', fence.start, formula.tex));
    }
  }
  if (rules.myst) {
    const colon = colonMathFences(text, flags);
    formulas.push(...colon.formulas);
    for (const start of colon.unclosed) {
      findings.push(unclosedFence(':::{math}', start));
    }
  }
  for (const span of codeSpans) {
    if (rules.dollarBacktickShownAsText && isDollarBacktick(text, span)) {
      // GitHub's `$`…`$`, where the code span comes first and no math is found around it (arithmatex): the
      // dollars are no delimiters here.
      findings.push(dollarBacktickShownAsText(span.start - 1, span.end + 1));
      addFlag(flags, span.start - 1, span.end + 1, TEXT_EXCLUDED);
      continue;
    }
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
  if (rules.displayMathAlone) for (const finding of displayMathSharingBlock(text, structure.lines, formulas)) findings.push(finding);
  if (rules.singleDollar) findTexOutsideMath(text, { flags, excluded: TEXT_EXCLUDED | FLOW_EXCLUDED, barrier: BARRIER }, formulas, findings);
  // JupyterLab takes the math out before the Markdown is parsed: there, a table cannot cut a formula. Elsewhere a
  // formula the table cuts is none: the renderer never sees it (its finding says what happened).
  const cut = !rules.mathBeforeMarkdown && formulas.length > 0 ? tablePipes(text, textBlocks, formulas, findings) : undefined;
  const paired = cut ? formulas.filter((formula) => !cut.has(formula)) : formulas;
  // GitHub reads the Markdown before it looks for dollars: what it typesets replaces the pairs found above.
  const kept = rules.githubMarkdown ? githubReading(text, structure, paired, findings) : paired;
  if (asText) for (const finding of swallowedMath(text, unclosed, asText.formulas)) findings.push(finding);
  if (rules.pythonMarkdownHtml !== undefined && rules.pythonMarkdownHtml !== 'none')
    for (const finding of mathInRawHtmlBlocks(text, structure, rules.pythonMarkdownHtml)) findings.push(finding);
  directives.sort((a, b) => a.start - b.start);
  // Only a real HTML comment silences anything: one written inside a formula is TeX the renderer shows.
  const real = kept.length === 0 ? directives : directives.filter((directive) => !inRanges(kept, directive.start));
  const site = rules.myst ? mystReferences(text, flags) : rules.quartoReferences ? quartoReferences(text, flags) : undefined;
  return { formulas: kept, findings, directives: real, textReferences: scanner.textReferences, ...(site ? { site } : {}) };
}

/** A code fence never closed, and where its marker (its backticks or tildes) is. */
interface UnclosedFence {
  fence: FencedBlock;
  marker: { start: number; end: number; text: string };
  /** Found in another fence's code: a fence only once that is text. */
  inCode?: boolean;
}

/**
 * The code fences of a text that are never closed (MyST's directives aside: their bodies are read as such): for a
 * CommonMark reader the rest of the text (of its list item, of its quote) is code; Python-Markdown reads no fence
 * there. ```` ```math ```` fences too where the reader takes no unclosed fence.
 */
function unclosedCodeFences(text: string, structure: Structure, rules: DialectRules): UnclosedFence[] {
  if (rules.mathBeforeMarkdown) return [];
  const found: UnclosedFence[] = [];
  for (const fence of structure.fences) {
    if (fence.closed || (rules.myst && MYST_DIRECTIVE.test(fence.info))) continue;
    // (A math fence never closed swallows the rest as its formula, its finding says so, unless no fence is read.)
    if (rules.mathFences.includes(fence.info) && !rules.unclosedFenceIsText) continue;
    const marker = /`{3,}|~{3,}/.exec(text.slice(fence.start, fence.end))!;
    const start = fence.start + marker.index;
    found.push({ fence, marker: { start, end: start + marker[0].length, text: marker[0] } });
  }
  if (found.length === 0) return found;
  // Made text, a fence's lines may open fences of their own: those that nothing after them closes are read as
  // text at once (the text is read once more, not once per fence).
  const { lines } = structure;
  const closers = new FenceClosers(text, lines, rules.unclosedFenceIsText);
  const known = new Set(found.map(({ marker }) => marker.start));
  for (let k = 0; k < lines.count; k++) {
    const start = lines.start(k);
    if (start <= found[0]!.marker.start) continue;
    const opening = FENCE_OPENING.exec(text.slice(start, lines.end(k)));
    if (!opening || closers.closes(k + 1, opening[1]!)) continue;
    const at = start + opening[0].length - opening[1]!.length;
    if (known.has(at)) continue;
    const fence = { start, end: text.length, info: '', closed: false, lines: () => [] };
    found.push({ fence, marker: { start: at, end: start + opening[0].length, text: opening[1]! }, inCode: true });
  }
  return found.sort((a, b) => a.marker.start - b.marker.start);
}

/** The text with the fences' markers written as letters: no fence opens there (offsets unchanged). */
function fenceMarkersAsText(text: string, fences: readonly UnclosedFence[]): string {
  let out = '';
  let at = 0;
  for (const { marker } of fences) {
    out += text.slice(at, marker.start) + 'x'.repeat(marker.text.length);
    at = marker.end;
  }
  return out + text.slice(at);
}

/** A formula found in the text read with the fences as text, its TeX as written where a marker is part of it. */
function withMarkersAsWritten(formula: Formula, text: string, fences: readonly UnclosedFence[]): Formula {
  if (!fences.some(({ marker }) => marker.start < formula.end && formula.start < marker.end)) return formula;
  const place = (k: number) => formula.offsets?.[k] ?? formula.contentStart + k;
  const tex = Array.from({ length: formula.tex.length }, (_, k) =>
    fences.some(({ marker }) => marker.start <= place(k) && place(k) < marker.end) ? text[place(k)] : formula.tex[k],
  ).join('');
  return { ...formula, tex };
}

/** Findings for fences a CommonMark reader never closes where the text after them holds math: it shows as code. */
function swallowedMath(text: string, fences: readonly UnclosedFence[], asText: readonly Formula[]): Finding[] {
  const findings: Finding[] = [];
  for (const { fence, marker, inCode } of fences) {
    if (inCode) continue;
    const swallowed = asText.filter(
      (formula) => formula.start >= marker.end && formula.end <= fence.end && (formula.delimiter !== 'dollar' || looksLikeMath(formula.tex)),
    );
    const first = swallowed[0];
    if (first) findings.push(mathInUnclosedFence(marker, swallowed.length, text.slice(first.start, first.end).replace(/\s+/g, ' ')));
  }
  return findings;
}

/** Elements whose text is no math to look for (closed, or running to the end). */
const LITERAL_ELEMENTS = /<(textarea|script|style|pre|code)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** A `$$…$$` or a `$…$` on one line, no space just inside, as an author writes math (not escaped dollars). */
const DOLLAR_MATH = /(?<!\\)\$\$(?!\$)([\s\S]+?)(?<!\\)\$\$|(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?![\d$])/g;

/**
 * Findings for the math written in the raw HTML of block-level elements (Python-Markdown's reading: a blank line does
 * not end it), which the site shows as typed; not in comments, whose text no reader sees.
 */
function mathInRawHtmlBlocks(text: string, structure: Structure, html: PythonMarkdownHtml): Finding[] {
  const findings: Finding[] = [];
  for (const block of structure.htmlBlocks) {
    const start = block.start ?? structure.lines.start(block.lines[0]);
    // (Comments, declarations and processing instructions are no element: their text no reader sees.)
    const element = rawHtmlElement(text, text.indexOf('<', start), html);
    if (!element) continue;
    // (What follows the end tag on its line is Markdown to the site; what a text area, a script, a style or code
    // holds is no math meant for the reader.)
    const raw = text
      .slice(start, Math.min(element.end, structure.lines.end(block.lines[1] - 1)))
      .replace(LITERAL_ELEMENTS, (literal) => ' '.repeat(literal.length));
    for (const match of raw.matchAll(DOLLAR_MATH)) {
      const tex = match[1] ?? match[2]!;
      if (match[2] !== undefined && !looksLikeMath(tex)) continue;
      findings.push(mathInRawHtml(start + match.index, start + match.index + match[0].length, element, block.lines[0] + 1));
    }
  }
  return findings;
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
  const { tex, offsets } = joinedLines(text, fence.lines(), fence.end);
  return { tex, display: true, delimiter: 'math-fence', contentStart: offsets[0]!, offsets, start: fence.start, end: fence.end };
}

/** Whether a code span is written as GitHub's inline math, `$`…`$`: a dollar on each side, the first not escaped. */
function isDollarBacktick(text: string, span: CodeSpan): boolean {
  return text.charCodeAt(span.start - 1) === DOLLAR && text.charCodeAt(span.end) === DOLLAR && text.charCodeAt(span.start - 2) !== BACKSLASH;
}

/** GitHub's $`…`$ and Documenter's ``…`` are code spans that are really math. */
function codeSpanMath(text: string, span: CodeSpan, rules: DialectRules): Formula | undefined {
  let kind: Formula['delimiter'] | undefined;
  let outerStart = span.start;
  let outerEnd = span.end;
  if (rules.dollarBacktick && isDollarBacktick(text, span)) {
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

/** What may stand before a block's text on its first line: indentation, quote markers, a list item's marker. */
const BLOCK_PREFIX = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?[ \t>]*/;
/** Longer than this, what stands before a formula is text, not a prefix. */
const MAX_PREFIX = 1000;

/** The display math that a site's Markdown takes only as a block of its own (arithmatex's block syntax). */
const BLOCK_ONLY = new Set<Formula['delimiter']>(['double-dollar', 'bracket', 'environment']);

/**
 * Display formulas (`$$…$$`, `\[…\]`, a bare environment) that are not a block of their own, where the site's
 * Markdown takes them only so (arithmatex: a block, the lines between blank ones, must start and end with the
 * formula's delimiters, and comes before headings): with text in the block, or another formula.
 */
function displayMathSharingBlock(text: string, lines: Lines, formulas: Formula[]): Finding[] {
  // (A `\[…\]` or an environment beside text shows as typed: its finding is its verdict, it is not validated.)
  if (!formulas.some((formula) => BLOCK_ONLY.has(formula.delimiter))) return [];
  // The blocks: runs of lines that are not blank (a quote's `>` alone is blank inside it).
  const blocks: Array<{ start: number; end: number; content?: number }> = [];
  let previous = -2;
  for (let line = 0; line < lines.count; line++) {
    const start = lines.start(line);
    const end = lines.end(line);
    if (/^[ \t>]*$/.test(text.slice(start, end))) continue;
    if (previous === line - 1) blocks[blocks.length - 1]!.end = end;
    else blocks.push({ start, end });
    previous = line;
  }
  const found: Finding[] = [];
  const nonSpace = /\S/g;
  formulas.forEach((formula, k) => {
    if (!BLOCK_ONLY.has(formula.delimiter)) return;
    const block = blocks[lastStartingAtOrBefore(blocks, formula.start)];
    if (!block) return;
    // Text after it: looked for from its end, to the first character that is not white space (a block of many
    // formulas stays linear).
    nonSpace.lastIndex = formula.end;
    const textAfter = (nonSpace.exec(text)?.index ?? text.length) < block.end;
    // Where the block's text starts, past its prefix (found once a block).
    block.content ??= block.start + BLOCK_PREFIX.exec(text.slice(block.start, Math.min(block.end, block.start + MAX_PREFIX)))![0].length;
    if (!textAfter && block.content === formula.start) return;
    const shares = (other: Formula | undefined) => other !== undefined && BLOCK_ONLY.has(other.delimiter) && other.start < block.end && other.end > block.start;
    // Marked: the opening `$$` or `\[`, an environment's `\begin{…}`.
    const opening = formula.delimiter === 'environment' ? (/^\\begin\s*\{[^{}]*\}/.exec(formula.tex)?.[0].length ?? 2) : 2;
    const sharedWith = shares(formulas[k - 1]) || shares(formulas[k + 1]) ? 'formula' : 'text';
    if (sharedWith === 'text' && formula.delimiter !== 'double-dollar') formula.explained = true;
    found.push(displayMathNotAlone(formula.start, formula.start + opening, formula.delimiter, sharedWith));
  });
  return found;
}
