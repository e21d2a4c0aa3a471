import type { Renderer } from '../model/types.js';

/**
 * The renderers mathrepro judges formulas for, as data: which engine and version shows the math, with which TeX
 * packages, what the site refuses outright, and how long a macro may expand. Validation uses KaTeX's parser as
 * the fast path and asks the real engine (MathJax, loaded lazily) to confirm wherever the two may disagree.
 */
export interface RendererProfile {
  name: Renderer;
  /** How reports name it. */
  label: string;
  /** What it stands for, for the README. */
  usedBy: string;
  engine: 'mathjax3' | 'mathjax4' | 'katex';
  /** MathJax TeX packages the renderer loads (for MathJax engines); packages loaded on demand count as loaded. */
  packages: readonly string[];
  /**
   * Commands the site refuses before MathJax sees them, with its message. GitHub filters these out ("The
   * following macros are not allowed: operatorname"): the formula shows an error box instead of math.
   */
  refused: ReadonlyMap<string, string>;
  /**
   * Of `refused`, the names refused wherever they begin a command (GitHub tests the formula's text for `\\name`):
   * `\\operatorname*` and `\\operatornamewithlimits` as `\\operatorname`.
   */
  refusedByPrefix?: readonly string[];
  /** A formula with this many `{` or more is refused whole (GitHub: "Unable to render expression."). */
  maxBraces?: number;
  /** `\text{a_b}` is an error: textmacros reads `_`, `^` and `&` in text as TeX, and they are math-only. */
  textmacros: boolean;
  /** Whether `\newcommand` and friends work (GitHub refuses them). */
  definitions: boolean;
  /**
   * KaTeX's own expansion limit, as KaTeX counts (its built-in macros included): KaTeX sites stop at 1,000; for a
   * MathJax renderer it only stops a loop, as MathJax's own limits below say what MathJax refuses.
   */
  maxExpand: number;
  /**
   * MathJax's limits on one formula (its TeX input's `maxMacros` and `maxBuffer` options): substitutions of the
   * document's and configuration's macros, and the length of the text a substitution leaves to read ("MathJax
   * internal buffer size exceeded"). Undefined for KaTeX.
   */
  limits?: { maxMacros: number; maxBuffer: number };
  /**
   * For a site that pins a KaTeX older than the one mathrepro parses with: its version, the commands it lacks and
   * the hexadecimal colour lengths it reads (scripts/katex-versions.mjs compares the two packages).
   */
  olderKatex?: { version: string; missing: ReadonlySet<string>; colorDigits: readonly number[] };
  /** Macros the site defines for every page, as KaTeX definition code (mystmd's `\mbox`). */
  siteMacros?: readonly string[];
}

/** MathJax 3.2.2's and 4's defaults (input/tex.js `maxBuffer: 5 * 1024`; base and newcommand `maxMacros: 1000`); GitHub's client sets `maxMacros: 1000` too. */
const MATHJAX_LIMITS = { maxMacros: 1000, maxBuffer: 5 * 1024 };

/** MathJax 3's packages that its `autoload` extension loads on first use of one of their commands. */
const MATHJAX3_AUTOLOADED = [
  'action',
  'amscd',
  'bbox',
  'boldsymbol',
  'braket',
  'bussproofs',
  'cancel',
  'color',
  'enclose',
  'extpfeil',
  'html',
  'mhchem',
  'unicode',
  'verb',
];
/** MathJax 3.2's `AllPackages`, without the two that turn errors into rendered text (errors are what is looked for). */
const MATHJAX3_ALL = [
  'base',
  'action',
  'ams',
  'amscd',
  'bbox',
  'boldsymbol',
  'braket',
  'bussproofs',
  'cancel',
  'cases',
  'centernot',
  'color',
  'colortbl',
  'empheq',
  'enclose',
  'extpfeil',
  'gensymb',
  'html',
  'mathtools',
  'mhchem',
  'newcommand',
  'upgreek',
  'unicode',
  'verb',
  'configmacros',
  'tagformat',
  'textcomp',
  'textmacros',
];

/**
 * GitHub's own client code for its `<math-renderer>` element (as vendored, its source map origin noted, in
 * giscus/giscus lib/vendor/math-renderer-element.ts, 2024-12) sets up MathJax 3: the full TeX bundle without
 * noerrors, bbox, html, require, newcommand, action and colortbl; before typesetting a formula it refuses it when its
 * text contains a backslash and one of these names anywhere (a substring test: `\operatorname*`,
 * `\operatornamewithlimits` and `\phantomsection` are refused too); and it shows "Unable to render expression." for
 * a formula with 100 or more `{`. They "allow overriding other macros or operators, or invisible text" (GitHub
 * Support, 2023).
 */
const GITHUB_REFUSED_SUBSTRINGS = [
  'DeclareMathOperator',
  'DeclarePairedDelimiters',
  'renewtagform',
  'newtagform',
  'colorbox',
  'fcolorbox',
  'hphantom',
  'vphantom',
  'phantom',
  'operatorname',
  'Newextarrow',
  'definecolor',
  'mathchoice',
  'unicode',
  'mmlToken',
];
/** MathJax 3's packages that GitHub's client leaves out of the full bundle. */
const GITHUB_LEFT_OUT = ['bbox', 'html', 'newcommand', 'action', 'colortbl'];
/**
 * Definitions GitHub cannot make: without the newcommand package these are undefined there (MathJax shows them in
 * red) and define nothing; the others were never MathJax's.
 */
const GITHUB_NO_DEFINITIONS = ['newcommand', 'renewcommand', 'providecommand', 'def', 'gdef', 'edef', 'xdef', 'let', 'newenvironment', 'renewenvironment'];

/** KaTeX itself; mystmd's profile is this one at the version it pins. */
const KATEX: RendererProfile = {
  name: 'katex',
  label: 'KaTeX',
  usedBy: 'KaTeX sites, Julia Documenter',
  engine: 'katex',
  packages: [],
  refused: new Map(),
  textmacros: false,
  definitions: true,
  maxExpand: 1_000,
};

const PROFILES: Record<Renderer, RendererProfile> = {
  github: {
    name: 'github',
    label: "GitHub's MathJax",
    usedBy: 'GitHub Markdown (READMEs, issues, pull requests)',
    engine: 'mathjax3',
    packages: MATHJAX3_ALL.filter((name) => !GITHUB_LEFT_OUT.includes(name)),
    refused: new Map([
      ...GITHUB_REFUSED_SUBSTRINGS.map((name): [string, string] => [`\\${name}`, `The following macros are not allowed: ${name}`]),
      ...GITHUB_NO_DEFINITIONS.map((name): [string, string] => [`\\${name}`, 'it loads no newcommand package, so the definition defines nothing']),
    ]),
    refusedByPrefix: GITHUB_REFUSED_SUBSTRINGS.map((name) => `\\${name}`),
    maxBraces: 100,
    textmacros: true,
    definitions: false,
    maxExpand: 10_000,
    limits: MATHJAX_LIMITS,
  },
  jupyterlab: {
    name: 'jupyterlab',
    label: 'JupyterLab (MathJax 3.2.2)',
    usedBy: 'JupyterLab 4 and Notebook 7 (notebooks, jupytext mirrors)',
    engine: 'mathjax3',
    packages: [...MATHJAX3_ALL, 'require'],
    refused: new Map(),
    textmacros: true,
    definitions: true,
    maxExpand: 10_000,
    limits: MATHJAX_LIMITS,
  },
  mathjax3: {
    name: 'mathjax3',
    label: 'MathJax 3',
    usedBy: "MathJax 3's default component with autoload: Jupyter Book 1 and Sphinx, MkDocs, Quarto, R Markdown",
    engine: 'mathjax3',
    packages: ['base', 'ams', 'newcommand', 'require', 'configmacros', ...MATHJAX3_AUTOLOADED],
    refused: new Map(),
    textmacros: false,
    definitions: true,
    maxExpand: 10_000,
    limits: MATHJAX_LIMITS,
  },
  mathjax4: {
    name: 'mathjax4',
    label: 'MathJax 4',
    usedBy: "MathJax 4's default component (textmacros included)",
    engine: 'mathjax4',
    packages: ['base', 'ams', 'newcommand', 'textmacros', 'require', 'configmacros', ...MATHJAX3_AUTOLOADED],
    refused: new Map(),
    textmacros: true,
    definitions: true,
    maxExpand: 10_000,
    limits: MATHJAX_LIMITS,
  },
  katex: KATEX,
  mystmd: {
    ...KATEX,
    name: 'mystmd',
    label: 'mystmd (KaTeX 0.15.6)',
    usedBy: 'mystmd and Jupyter Book 2 sites (a myst.yml project), jupyterlab-myst',
    // mystmd's lock file (v1.10, 2026) pins katex 0.15.6; commands KaTeX defines now that 0.15.6 did not, and its
    // colour reader (#RGB, #RRGGBB only), from scripts/katex-versions.mjs.
    olderKatex: {
      version: '0.15.6',
      missing: new Set(['ddddot', 'dddot', 'emph', 'mapsfrom', 'mathreflectbox', 'mathsfit', 'overbracket', 'reflectbox', 'underbracket']),
      colorDigits: [3, 6],
    },
    // mystmd adds \mbox to KaTeX's macros and loads mhchem (its argument is chemistry, not TeX: not checked).
    siteMacros: [String.raw`\gdef\mbox#1{\text{#1}}`, String.raw`\gdef\ce#1{\@firstoftwo{}{#1}}`, String.raw`\gdef\pu#1{\@firstoftwo{}{#1}}`],
  },
};

export const PROFILE_NAMES = Object.keys(PROFILES) as Renderer[];

/** The renderer's refusal of a command (its name with the backslash), or undefined when it takes it. */
export function refusalOf(renderer: RendererProfile, name: string): string | undefined {
  const exact = renderer.refused.get(name);
  if (exact !== undefined || !renderer.refusedByPrefix) return exact;
  const prefix = renderer.refusedByPrefix.find((refused) => name.startsWith(refused));
  return prefix === undefined ? undefined : renderer.refused.get(prefix);
}

/** Older configuration said `mathjax` for what is now `mathjax3`. */
const ALIASES: Record<string, Renderer> = { mathjax: 'mathjax3' };

export function profile(name: Renderer): RendererProfile {
  return PROFILES[name];
}

/** The renderer a configuration value names, or undefined. */
export function rendererNamed(value: string): Renderer | undefined {
  if ((PROFILE_NAMES as readonly string[]).includes(value)) return value as Renderer;
  return ALIASES[value];
}
