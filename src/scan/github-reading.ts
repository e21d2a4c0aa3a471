import type { Finding, Formula } from '../model/types.js';
import { isWordAscii } from '../characters.js';
import { markdownChangedTex } from '../rules/markdown-in-math.js';
import { shownAsTextFinding, type ShownReason } from '../rules/shown-as-text.js';
import { swallowedText } from '../rules/swallowed-text.js';
import { unclosedMath } from '../rules/unclosed-math.js';
import { loneDollar, unpairedDollar } from '../rules/unpaired-dollar.js';
import { normalizeReference } from 'markdown-it/lib/common/utils.mjs';
import { lastStartingAtOrBefore } from '../positions.js';
import { fileOffsetAt, githubTextRuns, htmlBlockRuns, type Cut, type InlineBlock, type TextRun } from './github-inline.js';
import { AuthoredDollars } from './github-as-written.js';
import { githubFormulas, isDollarFormula, looksLikeMath } from './github-math.js';
import { FirstAhead, FLOW_EXCLUDED, TEXT_EXCLUDED, type Structure } from './structure.js';

/**
 * A Markdown file as GitHub shows it. The formulas are the ones GitHub typesets (./github-math.ts), with the TeX
 * MathJax receives after Markdown has read it; where the author paired dollars (the formulas the delimiter scanner
 * found) and GitHub leaves them as text, a `shown-as-text` finding says why and how to write it; where Markdown
 * changes the TeX on its way (`\{` → `{`, `\\` → `\`), a `markdown-in-math` finding. Math fences and `$`…`$`
 * reach MathJax verbatim and are kept as found.
 */
export function githubReading(text: string, structure: Structure, authored: readonly Formula[], findings: Finding[]): Formula[] {
  // The author's formulas: dollar pairs (GitHub's reading decides which it typesets), what GitHub never typesets
  // (`\(…\)`, `\[…\]`, a bare environment), and the rest, which reaches MathJax as found (math fences, `$`…`$`).
  const dollarPairs: Formula[] = [];
  const withoutDollars: Formula[] = [];
  const asFound: Formula[] = [];
  for (const formula of authored) (isDollarFormula(formula) ? dollarPairs : isWithoutDollars(formula) ? withoutDollars : asFound).push(formula);
  const verbatim = new Ranges(asFound);
  const { runs, cuts, asWritten } = githubTextRuns(text, structure.dollarBlocks, structure.env, structure.lines, {
    authored: new AuthoredDollars(dollarPairs, structure.lines),
  });
  // What GitHub reads as written reaches MathJax as written (through Markdown, which left it alone).
  for (const formula of asWritten) formula.throughMarkdown = true;
  // The dollars of `$`…`$` are part of that form: no formula of GitHub's starts or ends on them.
  const found: Formula[] = asWritten;
  for (const run of runs) {
    for (const formula of githubFormulas(run, text)) if (!verbatim.overlapping(formula.start, formula.end)) found.push(formula);
  }
  // The text of HTML blocks: its inline math is typeset as written (Markdown reads nothing there); `$$` display math
  // is not (github/markup#1699, github/docs#23234), and shows as typed.
  const htmlRuns = htmlBlockRuns(text, structure.htmlBlocks, structure.lines);
  const displayInHtml: Formula[] = [];
  for (const run of htmlRuns) {
    for (const formula of githubFormulas(run, text)) {
      if (formula.display) {
        displayInHtml.push(formula);
        continue;
      }
      // (Its TeX is the file's as written: a fix writes it so, not through Markdown's escapes.)
      const { throughMarkdown: _, ...asWritten } = formula;
      found.push(asWritten);
    }
  }
  // A footnote GitHub leaves out is not on the page: its math is neither typeset nor shown as typed.
  const leftOut = new Ranges(notesLeftOut(text, structure));
  const onPage = (formula: { start: number }) => leftOut.at(formula.start) === undefined;
  const typeset = new Ranges(leftOut.all.length > 0 ? found.filter(onPage) : found);
  const isTypeset = (formula: Formula) => {
    const same = typeset.at(formula.start);
    return same !== undefined && same.start === formula.start && same.end === formula.end;
  };
  const untypeset = new Ranges([...dollarPairs.filter((formula) => !isTypeset(formula) && onPage(formula)), ...displayInHtml]);
  const cutStarts = new Ranges(cuts);
  const lineText = (line: number) => text.slice(structure.lines.start(line), structure.lines.end(line));
  // A block's place in the file: from its first line's start to past its last line's end.
  const placed = ({ lines }: InlineBlock) => ({ start: structure.lines.start(lines[0]), end: structure.lines.end(lines[1] - 1) + 1, lines });
  const blocks = new Ranges(structure.dollarBlocks.filter((block) => block.cell === undefined).map(placed));
  const htmlBlocks = new Ranges(structure.htmlBlocks.map(placed));
  const reasons: Reasons = { cuts: cutStarts, typeset, blocks, htmlBlocks, lineText };
  // A dollar of a formula GitHub typesets is a delimiter there, whatever the author's pairing made of it; and text
  // in a pair GitHub leaves as text is not swallowed by math.
  remove(
    findings,
    (finding) =>
      ((finding.rule === unpairedDollar.id || finding.rule === unclosedMath.id) && typeset.at(finding.start) !== undefined) ||
      (finding.rule === swallowedText.id && untypeset.at(finding.start) !== undefined) ||
      !onPage(finding),
  );
  const shown: Finding[] = [];
  // An image's description is no text on the page (it is the image's alt text): no math is looked for there.
  const images = new Ranges(cuts.filter((cut) => cut.kind === 'image'));
  const outsideImages = (formula: Formula) => images.at(formula.start) === undefined;
  const shownThere = (formula: Formula) => looksLikeMath(formula.tex) && outsideImages(formula);
  for (const formula of untypeset.all) if (shownThere(formula)) shown.push(shownAsTextFinding(text, formula, reasonShown(text, formula, reasons)));
  for (const formula of withoutDollars) {
    if (HOLDS_TEX.test(formula.tex) && onPage(formula) && outsideImages(formula)) shown.push(shownAsTextFinding(text, formula, { kind: 'without-dollars' }));
  }
  // Pairs the author's scan did not make (`$ x $`, `，$x$`) but that GitHub would have typeset with a space moved:
  // their dollars are explained by that finding, not as dollars that pair with nothing. The author's scan reads no
  // HTML block: a dollar there that pairs with nothing is found here, as in a paragraph.
  const paired = (at: number) => typeset.at(at) !== undefined || untypeset.at(at) !== undefined;
  const explained = new Set<number>();
  const findUnused = (run: TextRun, inHtml: boolean) => {
    const { pairs, lone } = unusedDollars(text, run, paired);
    for (const formula of pairs) {
      if (!shownThere(formula) || !onPage(formula)) continue;
      explained.add(formula.start).add(formula.end - 1);
      shown.push(shownAsTextFinding(text, formula, reasonShown(text, formula, reasons)));
    }
    if (!inHtml) return;
    for (const k of lone) {
      // (A backslash before it says a dollar sign was meant.)
      const finding = run.text[k - 1] === '\\' ? undefined : loneDollar(run.text, k);
      const start = fileOffsetAt(run, k);
      if (finding && onPage({ start })) shown.push({ ...finding, start, end: start + 1 });
    }
  };
  for (const run of runs) findUnused(run, false);
  for (const run of htmlRuns) findUnused(run, true);
  if (explained.size > 0) remove(findings, (finding) => finding.rule === unpairedDollar.id && explained.has(finding.start));
  for (const finding of shown) findings.push(finding); // (a spread would overflow the stack past ~100,000)
  for (const formula of typeset.all) {
    const changed = markdownChangedTex(text, formula);
    if (!changed) continue;
    findings.push(changed);
    formula.changedByMarkdown = true;
  }
  return [...verbatim.all.filter(onPage), ...typeset.all].sort((a, b) => a.start - b.start);
}

/**
 * `\(…\)`, `\[…\]` and a bare `\begin{align}…\end{align}`: GitHub typesets none of them (Markdown reads the
 * brackets' backslashes as escapes; an environment is text to it).
 */
function isWithoutDollars(formula: Formula): boolean {
  return formula.delimiter === 'paren' || formula.delimiter === 'bracket' || formula.delimiter === 'environment';
}

/**
 * What an author's `\(…\)` holds when it was meant as math: a command, a superscript, a brace, or a subscript
 * (`_{`, or `_` and one letter or digit: `x_i`, not `snake_case`). Escaped brackets around words, names or numbers
 * (`\[1\]`, `\[WIP\]`, `\[config_file\]`, a link's text kept from being one) are prose.
 */
const HOLDS_TEX = /\\[A-Za-z]|[\^{}]|_(?:\{|[A-Za-z0-9](?![A-Za-z]))/;

/** Ranges of a file sorted by start, asked by place in logarithmic time (a file may hold 200,000 formulas). */
class Ranges<T extends { start: number; end: number }> {
  readonly all: T[];

  constructor(ranges: readonly T[]) {
    let sorted = true;
    for (let k = 1; k < ranges.length && sorted; k++) sorted = ranges[k - 1]!.start <= ranges[k]!.start;
    this.all = sorted ? (ranges as T[]) : [...ranges].sort((a, b) => a.start - b.start);
  }

  /** The index of the last range starting at or before `at`, or -1. */
  private lastStartingBy(at: number): number {
    return lastStartingAtOrBefore(this.all, at);
  }

  /** The range holding offset `at` (ranges that do not overlap). */
  at(at: number): T | undefined {
    const candidate = this.all[this.lastStartingBy(at)];
    return candidate && at < candidate.end ? candidate : undefined;
  }

  /** A range sharing a character with [start, end) (ranges that do not overlap). */
  overlapping(start: number, end: number): T | undefined {
    const candidate = this.all[this.lastStartingBy(end - 1)];
    return candidate && candidate.end > start ? candidate : undefined;
  }

  /** The first range that starts inside (start, end). */
  startingWithin(start: number, end: number): T | undefined {
    const candidate = this.all[this.lastStartingBy(start) + 1];
    return candidate && candidate.start < end ? candidate : undefined;
  }
}

/** Takes the unwanted findings out, in place and in one pass (a splice for each was quadratic in what it took out). */
function remove(findings: Finding[], unwanted: (finding: Finding) => boolean): void {
  let kept = 0;
  for (const finding of findings) if (!unwanted(finding)) findings[kept++] = finding;
  findings.length = kept;
}

/**
 * The footnotes GitHub leaves out, with their math, as cmark-gfm does: one that nothing refers to (a reference in
 * code or in HTML is none; one in a note left out still counts), and each later one of a name already defined.
 * Names are compared as cmark-gfm compares them (`[^ Note]` refers to `[^note]:`).
 */
function notesLeftOut(text: string, structure: Structure): Array<{ start: number; end: number }> {
  const { footnotes, flags } = structure;
  if (footnotes.length === 0) return [];
  // Where each definition's own `[^name]:` is: after its line's indentation and quote markers.
  const markers = new Set<number>();
  for (const note of footnotes) {
    let at = note.start;
    while (at < note.end && /[ \t>]/.test(text[at]!)) at++;
    markers.add(at);
  }
  // The next `]`, `[` and line break, each searched for again only once passed: a line of many `[^` is linear.
  const ahead = new FirstAhead(text);
  const referred = new Set<string>();
  for (let at = text.indexOf('[^'); at >= 0; at = text.indexOf('[^', at + 2)) {
    if (markers.has(at) || flags[at]! & (TEXT_EXCLUDED | FLOW_EXCLUDED)) continue;
    const close = ahead.next(']', at + 2);
    if (close < 0 || ahead.before('[', at + 2, close) || ahead.before('\n', at + 2, close)) continue;
    referred.add(normalizeReference(text.slice(at + 2, close)));
  }
  const defined = new Set<string>();
  const leftOut: Array<{ start: number; end: number }> = [];
  for (const note of footnotes) {
    const name = normalizeReference(note.name);
    if (!referred.has(name) || defined.has(name)) leftOut.push(note);
    defined.add(name);
  }
  return leftOut;
}

/**
 * The dollars of a run that GitHub typesets nothing with and that the author's scan paired with nothing, taken
 * two at a time in order where no paired dollar lies between them: each pair that holds math (not money, a
 * variable or words) is a formula GitHub shows as typed; a dollar left in no pair is `lone` (its index in the
 * run). A dollar the run holds that is not one in the file (an entity's, an escape's) takes no part.
 */
function unusedDollars(text: string, run: TextRun, paired: (at: number) => boolean): { pairs: Formula[]; lone: number[] } {
  // The unpaired dollars, in runs split at each paired one.
  const groups: number[][] = [[]];
  for (let k = run.text.indexOf('$'); k >= 0; k = run.text.indexOf('$', k + 1)) {
    const at = fileOffsetAt(run, k);
    if (text[at] !== '$') continue;
    if (paired(at)) {
      if (groups[groups.length - 1]!.length > 0) groups.push([]);
    } else groups[groups.length - 1]!.push(k);
  }
  const pairs: Formula[] = [];
  const lone: number[] = [];
  for (const dollars of groups) {
    for (let k = 0; k < dollars.length; k++) {
      const open = dollars[k]!;
      const close = dollars[k + 1];
      const tex = close === undefined ? '' : run.text.slice(open + 1, close);
      // A closing dollar before a digit opens an amount: `$100-$200` is money.
      if (close === undefined || /\d/.test(run.text[close + 1] ?? '') || !looksLikeMath(tex)) {
        lone.push(open);
        continue;
      }
      const start = fileOffsetAt(run, open);
      pairs.push({ tex, display: false, delimiter: 'dollar', contentStart: start + 1, start, end: fileOffsetAt(run, close) + 1 });
      k++;
    }
  }
  return { pairs, lone };
}

/** What a reason for a formula shown as typed is looked up in. */
interface Reasons {
  cuts: Ranges<Cut>;
  typeset: Ranges<Formula>;
  /** The paragraphs and headings that hold dollars, with their lines. */
  blocks: Ranges<{ start: number; end: number; lines: [number, number] }>;
  /** The HTML blocks that hold dollars, with their lines. */
  htmlBlocks: Ranges<{ start: number; end: number; lines: [number, number] }>;
  lineText(line: number): string;
}

/** Why GitHub shows an author's `$…$` as typed, by its Markdown pass and its recorded dollar rules. */
function reasonShown(text: string, formula: Formula, reasons: Reasons): ShownReason {
  const { cuts, typeset, blocks, htmlBlocks, lineText } = reasons;
  const { start, end } = formula;
  const html = formula.display ? htmlBlocks.at(start) : undefined;
  if (html) return { kind: 'html-block', line: html.lines[0] + 1, lineText: lineText(html.lines[0]) };
  const cut = cuts.startingWithin(start, end);
  if (cut) return { kind: 'cut', cut };
  const block = blocks.at(start);
  if (block && end > block.end) {
    const [first, after] = block.lines;
    const last = lineText(after - 1);
    // A line of `=` or `-` under a paragraph makes it a heading (setext): the formula's end is cut off with it.
    if (after - 1 > first && /^[ ]{0,3}(=+|-+)[ \t]*$/.test(last)) return { kind: 'paragraph-ends', line: after, lineText: last, underline: true };
    return { kind: 'paragraph-ends', line: after + 1, lineText: lineText(after), underline: false };
  }
  const other = typeset.overlapping(start, end);
  if (other) return { kind: 'paired-otherwise', start: other.start, end: other.end };
  const before = text[start - 1];
  if (before !== undefined && !/[ \t\n(]/.test(before) && !(before === '\\' && text[start - 2] !== '\\')) return { kind: 'character-before', char: before };
  const width = formula.display ? 2 : 1;
  const content = text.slice(start + width, end - width);
  if (/^\s|\s$/.test(content) && content.trim().length > 0) return { kind: 'space-inside' };
  if (isWordAscii(text.charCodeAt(end))) return { kind: 'word-after' };
  return { kind: 'other' };
}
