import type { Edit, Finding, Fix, Formula } from '../model/types.js';
import { FENCE_OPENING, FenceClosers, LineTable, type Lines } from './structure.js';

/**
 * Python-Markdown's blocks whose indented body is Markdown of its own, as an MkDocs site reads them: admonitions
 * (`!!! note "Title"`, the `admonition` extension), collapsible blocks (`??? example`, pymdownx.details) and tabs
 * (`=== "C++"`, pymdownx.tabbed). CommonMark reads such a body as an indented code block (or a paragraph's lazy
 * lines): without this, their math was never checked for the site that shows it.
 */
export type IndentedBody = 'admonition' | 'details' | 'tabbed';

/**
 * Each kind's first line, as its processor matches it (Python-Markdown 3.4, pymdownx 9 and 10; Python's `\w` is
 * Unicode's). The line starts at the left margin.
 */
const MARKERS: Record<IndentedBody, RegExp> = {
  admonition: /^!!! ?[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*(?: +".*?")? *$/u,
  details: /^\?{3}\+? ?(?:(?:[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*?)?(?: +".*?")|[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*?) *$/u,
  tabbed: /^={3}(?:\+|\+!|!\+|!)? +".*?" *$/,
};

/** Python-Markdown's indentation: four columns. */
const TAB_LENGTH = 4;

/** A block: its lines in the text, [start, end), and its body taken out of its indentation. */
export interface IndentedBlock {
  start: number;
  end: number;
  body: string;
  /** The text offset of each character of `body`, with one more entry past its end. */
  toText: number[];
}

/**
 * The blocks of `kinds` in a Markdown text, outside fenced code: a marker line, then the lines indented by four
 * columns or blank that follow it (the body ends before its trailing blank lines, at the first line with less
 * indentation), each line with its indentation taken off, as Python-Markdown's `detab` does.
 */
export function indentedBlocks(text: string, kinds: readonly IndentedBody[]): IndentedBlock[] {
  if (kinds.length === 0 || !/^(?:!!!|\?\?\?|===)/m.test(text)) return [];
  const lines = new LineTable(text);
  const lineText = (k: number) => text.slice(lines.start(k), lines.end(k));
  const blocks: IndentedBlock[] = [];
  const closers = new FenceClosers(text, lines, true);
  let fence: { char: string; length: number } | undefined;
  for (let k = 0; k < lines.count; k++) {
    const line = lineText(k);
    const opening = FENCE_OPENING.exec(line);
    if (fence) {
      // (Closed by its own marker again, no longer: Python-Markdown's fences.)
      if (opening && opening[1]![0] === fence.char && opening[1]!.length === fence.length && line.slice(opening[0].length).trim() === '') fence = undefined;
      continue;
    }
    // (Python-Markdown takes no fence without its closing line: its lines are Markdown.)
    if (opening && closers.closes(k + 1, opening[1]!)) {
      fence = { char: opening[1]![0]!, length: opening[1]!.length };
      continue;
    }
    if (!kinds.some((kind) => MARKERS[kind].test(line))) continue;
    let last = k;
    for (let next = k + 1; next < lines.count; next++) {
      const bodyLine = lineText(next);
      if (bodyLine.trim() === '') continue;
      if (indentation(bodyLine) === 0) break;
      last = next;
    }
    blocks.push({ start: lines.start(k), end: lines.end(last), ...bodyOf(text, lines, k + 1, last + 1) });
    k = last;
  }
  return blocks;
}

/** The characters a body line's indentation takes: four spaces or a tab (tabs count to the next multiple of four); 0 for less. */
function indentation(line: string): number {
  let column = 0;
  for (let k = 0; k < line.length && column < TAB_LENGTH; k++) {
    if (line[k] === ' ') column++;
    else if (line[k] === '\t') column = TAB_LENGTH;
    else return 0;
    if (column >= TAB_LENGTH) return k + 1;
  }
  return 0;
}

/** Lines [first, after) of a text, each out of its indentation, as one body (past a marker with none: empty). */
function bodyOf(text: string, lines: Lines, first: number, after: number): { body: string; toText: number[] } {
  let body = '';
  const toText: number[] = [];
  for (let k = first; k < after; k++) {
    const start = lines.start(k);
    const end = lines.end(k);
    const line = text.slice(start, end);
    const from = line.trim() === '' ? end : start + indentation(line);
    body += text.slice(from, end);
    for (let at = from; at < end; at++) toText.push(at);
    // The line break after it (or, after the last, the place past the body).
    if (k < after - 1) body += '\n';
    toText.push(end);
  }
  if (first === after) toText.push(lines.end(first - 1));
  return { body, toText };
}

/** The text with the blocks' characters blanked (their line breaks kept): what the rest of the page reads as. */
export function withoutBlocks(text: string, blocks: readonly IndentedBlock[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of blocks) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** Places in a body, as places in the text: a range through its last character, a formula's TeX character by character where it spans lines. */
export class BodyPlaces {
  constructor(private readonly block: IndentedBlock) {}

  at(offset: number): number {
    return this.block.toText[offset]!;
  }

  range<T extends { start: number; end: number }>(item: T): T {
    return { ...item, start: this.at(item.start), end: item.end > item.start ? this.at(item.end - 1) + 1 : this.at(item.start) };
  }

  formula(formula: Formula): Formula {
    const { offsets, ...rest } = formula;
    const placed: Formula = { ...this.range(rest), contentStart: this.at(formula.contentStart) };
    if (offsets) placed.offsets = offsets.map((offset) => this.at(offset));
    else if (formula.tex.includes('\n')) placed.offsets = Array.from({ length: formula.tex.length + 1 }, (_, k) => this.at(formula.contentStart + k));
    return placed;
  }

  /** A finding, its fix kept only where each edit lies on one line (the body's indentation is no part of it). */
  finding(finding: Finding): Finding {
    const { fix, ...rest } = finding;
    const placed = this.range(rest) as Finding;
    const edits = fix?.edits.every((edit) => !this.block.body.slice(edit.start, edit.end).includes('\n'))
      ? fix.edits.map((edit) => this.edit(edit))
      : undefined;
    if (fix && edits) placed.fix = { ...fix, edits } satisfies Fix;
    return placed;
  }

  private edit(edit: Edit): Edit {
    return { ...edit, start: this.at(edit.start), end: edit.end > edit.start ? this.at(edit.end - 1) + 1 : this.at(edit.start) };
  }
}
