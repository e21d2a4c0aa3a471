import type { RuleId } from './rules.js';
import type { Span, TexOffset } from './spans.js';

/** Shared shapes of the engine. Offsets are 0-based UTF-16 indexes, ranges half-open. */

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

/** How a Markdown flavour marks math. */
export type Dialect = 'github' | 'jupyter' | 'myst' | 'mkdocs' | 'pandoc' | 'documenter' | 'katex';

/**
 * The program that will finally display the math, as a profile (`src/math/profiles.ts`): decides what is an
 * error. `github` is MathJax as GitHub configures it; `jupyterlab` is JupyterLab 4's MathJax 3.2.2 with every
 * package; `mathjax3` and `mathjax4` are MathJax's default components; `katex` is KaTeX itself.
 */
export type Renderer = 'github' | 'jupyterlab' | 'mathjax3' | 'mathjax4' | 'katex' | 'mystmd';

/** Where a formula came from, so a preview can rebuild it and a report can name it. */
export type Delimiter =
  | 'dollar' // $…$
  | 'double-dollar' // $$…$$
  | 'dollar-backtick' // $`…`$
  | 'paren' // \(…\)
  | 'bracket' // \[…\]
  | 'environment' // \begin{align}…\end{align} without dollars
  | 'math-fence' // ```math
  | 'double-backtick' // ``…`` (Julia Documenter)
  | 'role'; // {math}`…` (MyST)

/** A formula found in a file: its TeX and, for every character of it, the file offset it came from. */
export interface Formula {
  tex: string;
  display: boolean;
  delimiter: Delimiter;
  /** Offset of the first character of `tex`. */
  contentStart: number;
  /**
   * Offset of each character of `tex`, with one extra entry just past the last; absent when `tex` is the text
   * from `contentStart` on, unbroken (the common case, kept cheap).
   */
  offsets?: number[];
  /** File offsets of the whole formula including its delimiters. */
  start: number;
  end: number;
  /** Notebook cell index, for notebooks. */
  cell?: number;
  /**
   * The TeX reached the renderer through Markdown's backslash escapes (GitHub's `$…$` and `$$…$$`): the file holds
   * `\\{` where the TeX has `{`, and a fix must write `\\\\{` to give `\\{`.
   */
  throughMarkdown?: true;
  /**
   * Markdown changed the TeX on its way to the renderer (a markdown-in-math finding says how and gives the fix): that
   * finding is the formula's verdict. It is not checked further, which would report the change's consequences a
   * second time (`\\{` read as `{`: an unbalanced brace); written so that Markdown leaves it alone, it is.
   */
  changedByMarkdown?: true;
  /**
   * A finding of the scan already states what is wrong with this formula (an unclosed brace that made JupyterLab run
   * it on over the next dollars): it is not validated, which would report that mistake's consequences again.
   */
  explained?: true;
}

/** One replacement in a file: the half-open range of file offsets and what it becomes. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The mechanical repair of a finding: edits of the file as written (in a notebook, of its JSON, already escaped),
 * and what it does in a few words (`\lamda → \lambda`). `mathrepro fix` applies it; the action offers it as a
 * review suggestion.
 */
export interface Fix {
  description: string;
  edits: Edit[];
  /**
   * Fixes of one group are applied together or not at all: a definition GitHub refuses is removed only with
   * every use of it written out.
   */
  group?: string;
  /**
   * The fix makes math of what the renderer showed as typed: once applied, the file holds one formula more (the
   * check of the fixed file expects it).
   */
  typesets?: true;
  /**
   * The Markdown form the fix writes the formula in, where that form is GitHub's own (`$`…`$`, a ```math block): a
   * site that publishes the page may not read it as math, and a fix for GitHub must not break the page there.
   */
  form?: VerbatimForm;
}

/** GitHub's forms of math that Markdown leaves alone: `$`…`$` inline, a ```math block displayed. */
export type VerbatimForm = 'dollar-backtick' | 'math-fence';

/** A finding at a half-open range of file offsets. Line and column come later, from the file's text. */
/** Where a page is read: on github.com, or on the site the repository publishes it to. */
export type Target = 'github' | 'site';

export interface Finding {
  rule: RuleId;
  message: string;
  start: number;
  end: number;
  /** The formula's TeX, echoed in reports. */
  source?: string;
  /** Severity chosen by the rule itself, where it differs from the rule's default. */
  severity?: Severity;
  cell?: number;
  fix?: Fix;
  /** For a page judged for GitHub and for its site: where the finding holds (both when unset). */
  target?: Target;
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: RuleId;
  message: string;
  source?: string;
  cell?: number;
  cellLine?: number;
  fix?: Fix;
  /** A page judged for GitHub and for its site: the one target the finding holds for (unset: both, or no site). */
  target?: Target;
}

export interface Summary {
  files: number;
  formulas: number;
  errors: number;
  warnings: number;
}

export interface Report {
  version: 1;
  summary: Summary;
  diagnostics: Diagnostic[];
}

/** An edit of one formula's TeX, at offsets of the TeX. */
export interface TexEdit {
  start: TexOffset;
  end: TexOffset;
  text: string;
}

/** A mechanical repair of one formula, as edits of its TeX (placed in the file by the engine). */
export interface TexFix {
  description: string;
  edits: TexEdit[];
  /** The formula is nothing but what the fix removes: the whole formula goes, delimiters included. */
  wholeFormula?: boolean;
  /** Applied together with the other fixes of its group, or not at all. */
  group?: string;
}

/** A problem inside one formula, at offsets of the formula's TeX. */
export interface MathFinding extends Span<TexOffset> {
  rule: RuleId;
  message: string;
  severity?: Severity;
  /** The mechanical repair, where there is one. */
  fix?: TexFix;
}
