import type { FileOffset } from './spans.js';
import type { Delimiter, Diagnostic, Renderer, Report, Target } from './types.js';

/**
 * What a check produces, file by file: the formulas found (as the report and the previews see them), the findings,
 * and what a fix run did. The vocabulary every layer above the engine speaks.
 */

/** What a check of a file's text says: its findings (with their fixes) and how many formulas it has. */
export interface Checked {
  diagnostics: readonly Diagnostic[];
  formulaCount: number;
}

/**
 * Applying the fixes findings carry, safely: a fix is kept only when the file, checked again, is better for it and
 * worse in nothing — the file still reads, no formula appears or disappears beyond what the fix removes, and no
 * rule finds more than before. Fixes are applied together; where that fails, in halves and halves of halves, so that
 * one bad fix never costs the others. A fix can uncover the next finding (KaTeX stops at a formula's first error), so this
 * repeats until nothing is left to fix.
 */

export interface AppliedFix {
  rule: string;
  /** Where the finding was, in the text as it was when the fix was applied. */
  line: number;
  column: number;
  description: string;
}

export interface RefusedFix extends AppliedFix {
  reason: string;
}

export interface FixedText {
  text: string;
  applied: AppliedFix[];
  refused: RefusedFix[];
  /** The check of the fixed text. */
  checked: Checked;
}

/** One file's fixes: its text before and after, what was fixed, and what was not (and why). */
export interface FileFixes {
  file: string;
  before: string;
  after: string;
  applied: AppliedFix[];
  refused: RefusedFix[];
  /** Why the fixed text could not be written back, when it could not (the file is as it was: `after` is `before`). */
  notWritten?: string;
}

export interface FixRun {
  /** The files with something fixed or refused, in the order they were found. */
  files: FileFixes[];
  /** The check of every file as it is after the fixes: what is left for a person. */
  remaining: CheckRun;
}

/** One checked file: its diagnostics, and its formulas for previews. */
export interface FileResult {
  file: string;
  /**
   * Formulas found; empty when the engine was asked only to count them (`keepFormulas: false`). `broken`: an
   * error-severity finding lies in it (the preview marks it, without matching findings back by their text).
   */
  formulas: Array<FormulaRecord & { line: number; column: number; endLine: number; broken?: true; brokenOn?: Target }>;
  formulaCount: number;
  /** The renderer profile the file was judged for (absent when it could not be read). */
  renderer?: Renderer;
  diagnostics: Diagnostic[];
  /** For each diagnostic, the line it sits on, for people (the text format). */
  excerpts: Array<Excerpt | undefined>;
}

export interface CheckRun {
  report: Report;
  files: FileResult[];
}

/** A formula as the report and the previews see it. */
export interface FormulaRecord {
  tex: string;
  display: boolean;
  delimiter: Delimiter;
  /** File offsets of the formula with its delimiters. */
  start: FileOffset;
  end: FileOffset;
  /** The macros this formula defines, as the engine read them: the preview expands them for GitHub. */
  definitions?: readonly Definition[];
  cell?: number;
}

/**
 * The source line a finding sits on (the cell's line, for notebooks), and the columns to underline; a long line is
 * a window of it around the finding, with `…` where it was cut.
 */
export interface Excerpt {
  text: string;
  /** 0-based, half-open columns within `text`. */
  start: number;
  end: number;
}

export interface Definition {
  /** Where the definition is, in its formula's TeX. */
  start: number;
  end: number;
  /** The command as written (`\newcommand`, `\def`, …). */
  command: string;
  /** The macro being defined, with its backslash. */
  name: string;
  /** Number of arguments (`#1`…`#9`). */
  params: number;
  /** The replacement text. */
  body: string;
  /** For `\newcommand{\x}[2][d]`: the value of the optional first argument. */
  defaultArg?: string;
  /** For `\def`: the parameter text as written (`#1#2`, or with delimiters). */
  parameterText?: string;
  /** `\let\a\b`: `body` is the command `\a` becomes. */
  isLet?: boolean;
  /** KaTeX code that installs the definition globally. */
  install: string;
}
