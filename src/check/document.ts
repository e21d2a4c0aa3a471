import { MacroContext, type Macros } from '../math/macros.js';
import { definitionsIn, mayDefine, type Reference } from '../math/prepare.js';
import type { FormulaChecker } from '../math/validate.js';
import { LineIndex } from '../positions.js';
import type { DialectRules } from '../scan/dialects.js';
import { isAsciiPunctuation, withMarkdownEscapes, withoutMarkdownEscapes } from '../characters.js';
import { scanMarkdown } from '../scan/markdown.js';
import type { RuleId } from '../model/rules.js';
import { fileOffset, texOffset, type FileOffset, type Span, type TexOffset } from '../model/spans.js';
import type { Edit, Finding, Fix, Formula, Renderer } from '../model/types.js';
import type { TexFix } from '../math/fixes.js';
import { Suppressions } from './suppressions.js';
import type { FormulaRecord, Excerpt } from '../model/results.js';
import { duplicateLabel, secondLabels } from '../rules/duplicate-label.js';
import { duplicateTag, secondTags } from '../rules/duplicate-tag.js';
import { unresolvedReference, unresolvedReferences } from '../rules/unresolved-reference.js';

/**
 * Checks one document: a Markdown file (one chunk) or a notebook (one chunk per markdown cell). Macros and
 * labels are the document's: a definition in one cell holds in every later cell, as in Jupyter.
 */

export interface Chunk {
  text: string;
  /**
   * File offset of each offset of `text`, with one entry past the end; absent when they are the same. A function,
   * because working them out costs work on the raw file that only findings and kept formulas need.
   */
  fileOffsets?: () => readonly number[];
  cell?: number;
  tags?: readonly string[];
  /** Rendered but not authored (a code cell's Markdown output): only its macro definitions count. */
  definitionsOnly?: boolean;
}

export interface DocumentOptions {
  rules: DialectRules;
  renderer: Renderer;
  checker: FormulaChecker;
  macros: Macros;
  /** Keep a record of every formula (previews need them); otherwise they are only counted. */
  keepFormulas?: boolean;
  /** Validate each formula (the default); off, only find them: the base side of a preview needs no verdicts. */
  validate?: boolean;
  /** The file as written (a notebook's JSON): a finding's fix is placed in it, and checked against it. */
  fileText?: () => string;
}

/** A finding in file offsets, with its cell and line within the cell for notebooks. */
export interface LocatedFinding extends Omit<Finding, 'start' | 'end'>, Span<FileOffset> {
  cellLine?: number;
  excerpt?: Excerpt;
}

/** A finding of a file read whole (a file that cannot be read, an environment file): its offsets are the file's. */
export function wholeFileFinding(finding: Finding): LocatedFinding {
  return { ...finding, start: fileOffset(finding.start), end: fileOffset(finding.end) };
}

/** A line this long or shorter is an excerpt whole; a longer one is cut to a window around the finding. */
const WHOLE_LINE = 120;
/** The window: this many characters before the finding's start, this many in all. */
const WINDOW_BEFORE = 50;
const WINDOW = 110;

/**
 * The line of `lines` that [start, end) starts on, and the columns of the range on it; a long line (a one-line
 * notebook cell, a generated page) cut to a window around the range, an ellipsis at each cut. (Kept whole, each
 * finding held its line: a result, and the cache that stores it, grew as findings times line length.)
 */
export function excerptAt(lines: LineIndex, start: number, end: number): Excerpt {
  const at = lines.position(start);
  const until = lines.position(Math.max(end, start + 1));
  const line = lines.lineText(at.line);
  const column = at.column - 1;
  const endColumn = until.line === at.line ? until.column - 1 : line.length;
  if (line.length <= WHOLE_LINE) return { text: line, start: column, end: endColumn };
  const from = Math.max(0, column - WINDOW_BEFORE);
  const to = Math.min(line.length, from + WINDOW);
  const before = from > 0 ? '…' : '';
  const shift = before.length - from;
  return { text: before + line.slice(from, to) + (to < line.length ? '…' : ''), start: column + shift, end: Math.min(endColumn, to) + shift };
}

export interface DocumentResult {
  /** Every formula, when kept (`keepFormulas`); empty otherwise. */
  formulas: FormulaRecord[];
  formulaCount: number;
  findings: LocatedFinding[];
}

interface ChunkState {
  chunk: Chunk;
  lines: LineIndex;
  suppressions: Suppressions;
}

interface PlacedReference extends Reference {
  chunk: ChunkState;
  formula: Formula;
}

export function checkDocument(chunks: readonly Chunk[], options: DocumentOptions): DocumentResult {
  const document = new DocumentCheck(options);
  for (const chunk of chunks) document.checkChunk(chunk);
  return document.finish();
}

const NOT_VALIDATED = { findings: [], labels: [], tags: [], refs: [] } as const;

/** One document's check in progress: what its chunks have found and defined so far. */
class DocumentCheck {
  private readonly context: MacroContext;
  private readonly keepFormulas: boolean;
  private readonly formulas: FormulaRecord[] = [];
  private formulaCount = 0;
  private readonly findings: LocatedFinding[] = [];
  private readonly labels: PlacedReference[] = [];
  private readonly tags: PlacedReference[] = [];
  private readonly refs: PlacedReference[] = [];

  constructor(private readonly options: DocumentOptions) {
    this.context = new MacroContext(options.macros);
    this.keepFormulas = options.keepFormulas ?? true;
  }

  checkChunk(chunk: Chunk): void {
    const scan = scanMarkdown(chunk.text, this.options.rules);
    const lines = new LineIndex(chunk.text);
    const state: ChunkState = {
      chunk,
      lines,
      suppressions: new Suppressions(scan.directives, lines, Suppressions.fromCellTags(chunk.tags ?? [])),
    };
    for (const finding of scan.findings) this.emit(state, this.withFixInFile(chunk, finding));
    for (const formula of scan.formulas) this.checkFormula(state, formula);
    if (!chunk.definitionsOnly && scan.site) {
      // The site's own labels and references (MyST, Quarto), each placed where it is written.
      for (const label of scan.site.labels) this.labels.push(this.placedInText(state, label));
      for (const ref of scan.site.refs) this.refs.push(this.placedInText(state, ref));
    }
    if (!chunk.definitionsOnly) {
      for (const reference of scan.textReferences) {
        // A reference in the text is placed as a formula of its own, so findings on it land where it is written.
        const formula: Formula = {
          tex: chunk.text.slice(reference.start, reference.end),
          display: false,
          delimiter: 'dollar',
          contentStart: reference.start,
          start: reference.start,
          end: reference.end,
        };
        this.refs.push({
          name: reference.name,
          command: reference.command,
          start: texOffset(0),
          end: texOffset(reference.end - reference.start),
          chunk: state,
          formula,
        });
      }
    }
  }

  /** A label or reference written in the text, placed as a formula of its own so that a finding lands on it. */
  private placedInText(state: ChunkState, reference: { command: string; name: string; start: number; end: number }): PlacedReference {
    const formula: Formula = {
      tex: state.chunk.text.slice(reference.start, reference.end),
      display: false,
      delimiter: 'dollar',
      contentStart: reference.start,
      start: reference.start,
      end: reference.end,
    };
    return { name: reference.name, command: reference.command, start: texOffset(0), end: texOffset(reference.end - reference.start), chunk: state, formula };
  }

  private checkFormula(state: ChunkState, formula: Formula): void {
    const { chunk } = state;
    const validate = this.options.validate !== false;
    // A formula whose one finding was given already (Markdown changed it, a brace ran it on) is not validated; its
    // definitions are still read, so that a later use of one of its macros is told where it was meant to come from.
    const settled = formula.changedByMarkdown === true || formula.explained === true;
    if (validate && settled && mayDefine(formula.tex)) this.options.checker.readDefinitions(formula.tex, formula.display, this.context);
    const result = !validate || settled ? NOT_VALIDATED : this.options.checker.check(formula.tex, formula.display, this.context);
    if (chunk.definitionsOnly) return;
    this.formulaCount++;
    if (this.keepFormulas) {
      const toFile = toFileOffset(chunk);
      const definitions = definitionsIn(formula.tex);
      this.formulas.push({
        tex: formula.tex,
        display: formula.display,
        delimiter: formula.delimiter,
        start: toFile(formula.start),
        end: toFile(formula.end),
        ...(chunk.cell === undefined ? {} : { cell: chunk.cell }),
        ...(definitions.length ? { definitions } : {}),
      });
    }
    for (const { fix, ...finding } of result.findings) {
      const placed = fix && this.options.fileText ? placeFix(fix, formula, chunk, this.options.fileText()) : undefined;
      this.emit(state, { ...finding, ...inText(formula, finding.start, finding.end), source: formula.tex, ...(placed ? { fix: placed } : {}) });
    }
    for (const label of result.labels) this.labels.push({ ...label, chunk: state, formula });
    for (const tag of result.tags) this.tags.push({ ...tag, chunk: state, formula });
    for (const ref of result.refs) this.refs.push({ ...ref, chunk: state, formula });
  }

  /**
   * A finding of the Markdown scan with its fix's edits in the file (a notebook's JSON; a Markdown file's chunk is
   * the file); without the fix where an edit cannot be placed exactly.
   */
  private withFixInFile(chunk: Chunk, finding: Finding): Finding {
    if (!finding.fix || chunk.cell === undefined) return finding;
    const { fix, ...rest } = finding;
    const raw = this.options.fileText?.();
    if (raw === undefined) return rest;
    const place = chunkEdits(chunk, raw, false);
    const edits: Edit[] = [];
    for (const edit of fix.edits) {
      const placed = place(edit.start, edit.end, chunk.text.slice(edit.start, edit.end), edit.text);
      if (!placed) return rest;
      edits.push(placed);
    }
    return { ...rest, fix: { ...fix, edits } };
  }

  /** A finding in chunk offsets, unless suppressed, as a finding of the file with its excerpt. */
  private emit(state: ChunkState, finding: Finding): void {
    if (state.chunk.definitionsOnly || state.suppressions.isSuppressed(finding.rule, finding.start)) return;
    const toFile = toFileOffset(state.chunk);
    const start = toFile(finding.start);
    // The end maps through its last character: the offset after it may sit on a later line of the JSON.
    const end = finding.end > finding.start ? toFile(finding.end - 1) + 1 : start + 1;
    const located: LocatedFinding = {
      ...finding,
      start,
      end: fileOffset(Math.max(end, start + 1)),
      excerpt: excerptAt(state.lines, finding.start, finding.end),
    };
    if (state.chunk.cell !== undefined) {
      located.cell = state.chunk.cell;
      located.cellLine = state.lines.position(finding.start).line;
    }
    this.findings.push(located);
  }

  /** The cross-reference findings, which need the whole document, and the result. */
  finish(): DocumentResult {
    for (const { at, message } of secondLabels(this.labels)) this.referenceFinding(at, duplicateLabel.id, message);
    for (const { at, message } of secondTags(this.tags)) this.referenceFinding(at, duplicateTag.id, message);
    for (const { at, message } of unresolvedReferences(this.refs, this.labels)) this.referenceFinding(at, unresolvedReference.id, message);
    return { formulas: this.formulas, formulaCount: this.formulaCount, findings: this.findings };
  }

  private referenceFinding(reference: PlacedReference, rule: RuleId, message: string): void {
    this.emit(reference.chunk, { rule, message, ...inText(reference.formula, reference.start, reference.end), source: reference.formula.tex });
  }
}

function toFileOffset(chunk: Chunk): (offset: number) => FileOffset {
  if (!chunk.fileOffsets) return (offset) => fileOffset(offset);
  const offsets = chunk.fileOffsets();
  return (offset) => fileOffset(offsets[offset] ?? offset);
}

/** Text offsets of a range of a formula's TeX. */
function inText(formula: Formula, start: TexOffset, end: TexOffset): { start: number; end: number } {
  const from = chunkOffset(formula, start);
  const last = chunkOffset(formula, Math.max(end - 1, start));
  return { start: from, end: Math.max(last + 1, from + 1) };
}

/** The chunk offset of a character of a formula's TeX (an index past either end is clamped to it). */
function chunkOffset(formula: Formula, index: number): number {
  const clamped = Math.max(0, Math.min(index, formula.tex.length));
  return formula.offsets ? formula.offsets[clamped]! : formula.contentStart + clamped;
}

/**
 * Places edits of a chunk's text (chunk offsets) in the file as written: through the chunk's offsets to the file,
 * escaped for a notebook's JSON, and (`markdown`) for Markdown's escapes where the text reached the renderer through
 * them. An edit must cover, in the file, exactly the text it replaces (one JSON string, no line prefix of a quote):
 * undefined where it does not.
 */
function chunkEdits(chunk: Chunk, raw: string, markdown: boolean): (start: number, end: number, expected: string, text: string) => Edit | undefined {
  const json = chunk.cell !== undefined;
  const offsets = chunk.fileOffsets?.();
  const toFile = (offset: number) => offsets?.[offset] ?? offset;
  // Where a character ends in the file: `\\n` and `\\u00e9` are one character of a notebook's text, a Markdown
  // escape `\\_` one character of the TeX GitHub reads.
  const endOf = (at: number) =>
    (json || markdown) && raw[at] === '\\' && (json || isAsciiPunctuation(raw[at + 1])) ? at + (json && raw[at + 1] === 'u' ? 6 : 2) : at + 1;
  const decode = (text: string) => {
    if (markdown) return withoutMarkdownEscapes(text);
    if (!json) return text;
    try {
      return JSON.parse(`"${text}"`) as string;
    } catch {
      return undefined;
    }
  };
  // What is written must read back as the text meant: for GitHub, through Markdown's escapes (`\\_` as `\\\\_`).
  const encode = (text: string, next = '') => {
    if (json) return JSON.stringify(text).slice(1, -1);
    if (!markdown) return text;
    // A backslash at the end of what is written escapes the character after it.
    const escaped = withMarkdownEscapes(text + next);
    return escaped.slice(0, escaped.length - next.length);
  };
  return (start, end, expected, text) => {
    // (An empty range is a place between two characters: where the next one begins, or after the last.)
    const from = start < chunk.text.length ? toFile(start) : endOf(toFile(start - 1));
    const to = end > start ? endOf(toFile(end - 1)) : from;
    const written = raw.slice(from, to);
    // TeX that Markdown changed on its way (`\\,` read as `,`) is not what the author meant: no edit of it is
    // certain until the formula is written so that Markdown leaves it alone (markdown-in-math's own fix).
    if (markdown && written !== withoutMarkdownEscapes(written)) return undefined;
    return decode(written) === expected ? { start: from, end: to, text: encode(text, raw[to] ?? '') } : undefined;
  };
}

/** A fix of a formula's TeX as edits of the file as written (chunkEdits); undefined where one cannot be placed. */
function placeFix(fix: TexFix, formula: Formula, chunk: Chunk, raw: string): Fix | undefined {
  const place = chunkEdits(chunk, raw, formula.throughMarkdown === true);
  const edits: Edit[] = [];
  if (fix.wholeFormula) {
    // (As written, whatever Markdown made of it: the whole formula goes.)
    const whole =
      chunk.cell !== undefined
        ? place(formula.start, formula.end, chunk.text.slice(formula.start, formula.end), '')
        : { start: formula.start, end: formula.end, text: '' };
    if (!whole) return undefined;
    edits.push(whole);
  } else {
    for (const edit of fix.edits) {
      const start = edit.start < formula.tex.length ? chunkOffset(formula, edit.start) : chunkOffset(formula, edit.start - 1) + 1;
      const end = edit.end > edit.start ? chunkOffset(formula, edit.end - 1) + 1 : start;
      const placed = place(start, end, formula.tex.slice(edit.start, edit.end), edit.text);
      if (!placed) return undefined;
      edits.push(placed);
    }
  }
  return { description: fix.description, edits, ...(fix.group ? { group: fix.group } : {}) };
}
