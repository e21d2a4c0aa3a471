import type { Dialect, Renderer, VerbatimForm } from '../model/types.js';
import type { IndentedBody } from './mkdocs-blocks.js';

/** How Python-Markdown reads a page's raw HTML (DialectRules.pythonMarkdownHtml). */
export type PythonMarkdownHtml = 'raw' | 'markdown-in-html' | 'none';

/** What a Markdown flavour treats as math. */
export interface DialectRules {
  /** `$…$` inline math. A closing `$` never has a digit right after it, so `$5 and $10` stays currency. */
  singleDollar: boolean;
  /**
   * Pandoc's (and GitHub's) stricter rule: no space just inside either dollar. Jupyter and MyST allow it
   * (`$ x $`, and multi-line `$` blocks of macro definitions).
   */
  tightDollars: boolean;
  /**
   * Math is cut out of the raw text before the Markdown is parsed, exactly as JupyterLab does it
   * (./jupyter-math.ts): a formula may run across table rows and other block boundaries, only a blank line ends
   * it, any `\\begin{…}` opens one, and the switches for dollars, brackets and environments below do not apply.
   */
  mathBeforeMarkdown: boolean;
  /**
   * GitHub's reading (./github-reading.ts): Markdown is parsed first, escapes and emphasis included, and only the
   * text left between its elements is searched for dollars, by GitHub's recorded rules.
   */
  githubMarkdown: boolean;
  /** `$$…$$` display math. */
  doubleDollar: boolean;
  /** GitHub's `$`…`$` form. */
  dollarBacktick: boolean;
  /**
   * GitHub's `$`…`$` is no math here, and shows as typed: the Markdown reads the code span first, and finds no
   * math around it (Python-Markdown with arithmatex; held to MathJax's own search of the page it writes).
   */
  dollarBacktickShownAsText?: boolean;
  /**
   * Display math (`$$…$$`, `\\[…\\]`, a bare environment) only as a block of its own, the lines between blank ones
   * (arithmatex); elsewhere it does not show as meant: a `shown-as-text` finding, held to Python-Markdown and MathJax.
   */
  displayMathAlone?: boolean;
  /**
   * A `$` closes inline math whatever follows it (arithmatex: `$x$5` and `$a$$b$` are math), where elsewhere a digit
   * or a `$` right after it keeps it from closing.
   */
  closingDollarBeforeAnything?: boolean;
  /**
   * A code fence never closed is no fence: its lines are Markdown (Python-Markdown's fenced_code and superfences).
   * CommonMark reads the rest of the text as code instead.
   */
  unclosedFenceIsText?: boolean;
  /**
   * Raw HTML as Python-Markdown reads it: a block-level element's start tag begins it, its end tag ends it, blank
   * lines between do not (./python-markdown-blocks.ts); `markdown-in-html` where md_in_html is enabled (an element
   * with a `markdown` attribute holds Markdown), `raw` where it is not (the attribute does nothing); `none` in an
   * admonition's body, whose lines are indented in the page, where no raw HTML begins (HTML there is inline).
   */
  pythonMarkdownHtml?: PythonMarkdownHtml;
  /** `\(…\)` and `\[…\]`. */
  brackets: boolean;
  /** `\[…\]` where it is taken otherwise than `\(…\)` (an arithmatex site's `block_syntax`). */
  displayBrackets?: boolean;
  /**
   * `\\(…\\)` and `\\[…\\]`, as JupyterLab finds them: Markdown turns `\\(` into the `\(` MathJax then sees.
   */
  doubledBrackets: boolean;
  /** `\\eqref{…}` in the text is typeset too (MathJax's processRefs, as Jupyter loads it). */
  textReferences: boolean;
  /** `\begin{align}…\end{align}` and the other amsmath environments, written without dollars. */
  bareEnvironments: boolean;
  /** Info strings of fenced code blocks whose content is display math. */
  mathFences: readonly string[];
  /** ``…`` is inline math rather than code (Julia Documenter). */
  doubleBacktickMath: boolean;
  /**
   * MyST: directive bodies (```` ```{note} ````, `:::{prf:theorem}`) are Markdown, `{math}` directives and the
   * `` {math}`…` `` role are math, and display math is wrapped as Sphinx wraps it.
   */
  myst: boolean;
  /**
   * Python-Markdown's blocks whose indented body is Markdown (MkDocs: admonitions, pymdownx.details, pymdownx.tabbed),
   * which CommonMark would read as code.
   */
  indentedBodies?: readonly IndentedBody[];
  /** Quarto's `{#eq-…}` labels and `@eq-…` references (pandoc's Markdown as Quarto writes it). */
  quartoReferences?: boolean;
  /** The renderer that shows this flavour unless configuration says otherwise. */
  renderer: Renderer;
}

const DIALECTS: Record<Dialect, DialectRules> = {
  github: {
    githubMarkdown: true,
    textReferences: false,
    doubledBrackets: false,
    mathBeforeMarkdown: false,
    tightDollars: true,
    singleDollar: true,
    doubleDollar: true,
    dollarBacktick: true,
    // Never math on GitHub; found as the author meant them, so that the reading can say they show as typed.
    brackets: true,
    bareEnvironments: true,
    mathFences: ['math'],
    doubleBacktickMath: false,
    myst: false,
    renderer: 'github',
  },
  jupyter: {
    githubMarkdown: false,
    textReferences: true,
    doubledBrackets: true,
    mathBeforeMarkdown: true,
    tightDollars: false,
    singleDollar: true,
    doubleDollar: true,
    dollarBacktick: false,
    brackets: false, // Markdown turns `\(` into `(` before MathJax sees it
    bareEnvironments: true,
    mathFences: [],
    doubleBacktickMath: false,
    myst: false,
    renderer: 'jupyterlab',
  },
  myst: {
    githubMarkdown: false,
    textReferences: false,
    doubledBrackets: false,
    mathBeforeMarkdown: false,
    tightDollars: false,
    singleDollar: true,
    doubleDollar: true,
    dollarBacktick: false,
    brackets: false,
    bareEnvironments: true,
    mathFences: ['{math}', 'math'],
    doubleBacktickMath: false,
    myst: true,
    renderer: 'mathjax3',
  },
  mkdocs: {
    githubMarkdown: false,
    textReferences: false,
    doubledBrackets: false,
    mathBeforeMarkdown: false,
    tightDollars: true,
    singleDollar: true,
    doubleDollar: true,
    dollarBacktick: false,
    brackets: true,
    bareEnvironments: true,
    mathFences: ['math'],
    doubleBacktickMath: false,
    myst: false,
    dollarBacktickShownAsText: true,
    displayMathAlone: true,
    closingDollarBeforeAnything: true,
    unclosedFenceIsText: true,
    // (Material for MkDocs' usual set; a site's mkdocs.yml says which it enables.)
    pythonMarkdownHtml: 'markdown-in-html',
    indentedBodies: ['admonition', 'details', 'tabbed'],
    renderer: 'mathjax3',
  },
  pandoc: {
    githubMarkdown: false,
    textReferences: false,
    doubledBrackets: false,
    mathBeforeMarkdown: false,
    tightDollars: true,
    singleDollar: true,
    doubleDollar: true,
    dollarBacktick: false,
    brackets: true,
    bareEnvironments: false,
    mathFences: [],
    doubleBacktickMath: false,
    myst: false,
    quartoReferences: true,
    renderer: 'mathjax3',
  },
  documenter: {
    githubMarkdown: false,
    textReferences: false,
    doubledBrackets: false,
    mathBeforeMarkdown: false,
    tightDollars: false,
    singleDollar: false,
    doubleDollar: false,
    dollarBacktick: false,
    brackets: false,
    bareEnvironments: false,
    mathFences: ['math'],
    doubleBacktickMath: true,
    myst: false,
    renderer: 'katex',
  },
  katex: {
    githubMarkdown: false,
    textReferences: false,
    doubledBrackets: false,
    mathBeforeMarkdown: false,
    tightDollars: false,
    singleDollar: false,
    doubleDollar: true,
    dollarBacktick: false,
    brackets: true,
    bareEnvironments: true,
    mathFences: [],
    doubleBacktickMath: false,
    myst: false,
    renderer: 'katex',
  },
};

export const DIALECT_NAMES = Object.keys(DIALECTS) as Dialect[];

/** Whether a Markdown read by `rules` makes math of GitHub's verbatim form (`$`…`$`, a ```math block). */
export function readsVerbatimForm(rules: DialectRules, form: VerbatimForm): boolean {
  return form === 'dollar-backtick' ? rules.dollarBacktick : rules.mathFences.includes('math');
}

export function dialectRules(dialect: Dialect): DialectRules {
  return DIALECTS[dialect];
}

/** The flavour a file is written in when configuration does not say. */
export function defaultDialect(path: string): Dialect | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.ipynb')) return 'jupyter';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'github';
  if (lower.endsWith('.qmd') || lower.endsWith('.rmd')) return 'pandoc';
  return undefined;
}

/**
 * Markdown that is really a notebook (a jupytext or MyST-notebook mirror, marked in its front matter) is read
 * with the rules of the notebook it mirrors.
 */
export function sniffDialect(text: string): Dialect | undefined {
  if (!text.startsWith('---')) return undefined;
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text.slice(0, 20_000));
  if (!frontMatter) return undefined;
  const yaml = frontMatter[1]!;
  if (/format_name:\s*['"]?myst/.test(yaml)) return 'myst';
  if (/^jupyter:/m.test(yaml) || /\bjupytext\b/.test(yaml)) return 'jupyter';
  return undefined;
}
