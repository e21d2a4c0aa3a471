import { createHash } from 'node:crypto';
import { guardMacro, parseTex } from './katex-parser.js';
import type { Renderer } from '../model/types.js';
import { profile } from './profiles.js';
import type { Definition } from '../model/results.js';
import { readArgument, readOptional } from '../tex.js';

/**
 * The macro table one document sees: what the renderer predefines beyond KaTeX, what configuration adds, and
 * what the document itself has defined so far. MathJax definitions are global to the page, so a definition in
 * one formula (or notebook cell) holds for every later one.
 */

/** A macro from configuration: a body, or MathJax's `[body, argument count]`. */
export type MacroSpec = string | [string, number];

/**
 * Commands MathJax (as GitHub and Jupyter load it) knows and KaTeX does not, as KaTeX definitions that accept
 * the same arguments. They exist so that formulas using them are not reported; they need not look the same.
 */
const MATHJAX_ONLY = [
  // Boxes and text
  String.raw`\gdef\mbox#1{\text{#1}}`,
  String.raw`\gdef\framebox#1{\fbox{#1}}`, // optional [width][position] arguments are taken out before parsing
  String.raw`\gdef\makebox#1{\text{#1}}`,
  String.raw`\gdef\parbox#1#2{\text{#2}}`,
  String.raw`\gdef\vbox#1{{#1}}`,
  String.raw`\gdef\vtop#1{{#1}}`,
  String.raw`\gdef\intertext#1{\text{#1}}`,
  String.raw`\gdef\bbox#1{{#1}}`,
  String.raw`\gdef\enclose#1#2{{#2}}`,
  String.raw`\gdef\class#1#2{{#2}}`,
  String.raw`\gdef\cssId#1#2{{#2}}`,
  String.raw`\gdef\style#1#2{{#2}}`,
  String.raw`\gdef\cancelto#1#2{\cancel{#2}}`,
  // Plain TeX structures
  String.raw`\gdef\cr{\\}`,
  String.raw`\gdef\matrix#1{\begin{matrix}#1\end{matrix}}`,
  String.raw`\gdef\pmatrix#1{\begin{pmatrix}#1\end{pmatrix}}`,
  String.raw`\gdef\cases#1{\begin{cases}#1\end{cases}}`,
  String.raw`\gdef\eqalign#1{\begin{aligned}#1\end{aligned}}`,
  String.raw`\gdef\eqalignno#1{\begin{aligned}#1\end{aligned}}`,
  String.raw`\gdef\leqalignno#1{\begin{aligned}#1\end{aligned}}`,
  String.raw`\gdef\displaylines#1{\begin{gathered}#1\end{gathered}}`,
  String.raw`\gdef\buildrel#1\over#2{\mathrel{\overset{#1}{#2}}}`,
  String.raw`\gdef\root#1\of#2{\sqrt[#1]{#2}}`,
  String.raw`\gdef\uproot#1{}`,
  String.raw`\gdef\leftroot#1{}`,
  String.raw`\gdef\raise#1#2{{#2}}`,
  String.raw`\gdef\lower#1#2{{#2}}`,
  String.raw`\gdef\moveleft#1#2{{#2}}`,
  String.raw`\gdef\moveright#1#2{{#2}}`,
  String.raw`\gdef\skew#1#2#3{{#2{#3}}}`,
  String.raw`\gdef\strut{\mathstrut}`,
  String.raw`\gdef\Rule#1#2#3{\rule{#1}{#2}}`,
  String.raw`\gdef\Space#1#2#3{}`,
  String.raw`\gdef\mspace#1{}`,
  String.raw`\gdef\hsize{}`,
  String.raw`\gdef\nonscript{\relax}`,
  String.raw`\gdef\hfill{\relax}`,
  String.raw`\gdef\hfil{\relax}`,
  String.raw`\gdef\hfilll{\relax}`,
  String.raw`\gdef\*{\relax}`,
  String.raw`\gdef\goodbreak{\relax}`,
  String.raw`\gdef\badbreak{\relax}`,
  String.raw`\gdef\break{\relax}`,
  // Symbols, operators and delimiters
  String.raw`\gdef\ointop{\oint}`,
  String.raw`\gdef\notChar{\mathrel{/}}`,
  String.raw`\gdef\iddots{\ddots}`,
  String.raw`\gdef\idotsint{\int\cdots\int}`,
  String.raw`\gdef\iiiint{\int\!\!\int\!\!\int\!\!\int}`,
  String.raw`\gdef\arrowvert{\vert}`,
  String.raw`\gdef\Arrowvert{\Vert}`,
  String.raw`\gdef\bracevert{\vert}`,
  String.raw`\gdef\sideset#1#2#3{{}#1\mathop{#3}#2}`,
  String.raw`\gdef\prescript#1#2#3{{}^{#1}_{#2}{#3}}`,
  String.raw`\gdef\shoveleft#1{#1}`,
  String.raw`\gdef\shoveright#1{#1}`,
  String.raw`\gdef\overparen#1{\overgroup{#1}}`,
  String.raw`\gdef\underparen#1{\undergroup{#1}}`,
  String.raw`\gdef\overunderset#1#2#3{\overset{#1}{\underset{#2}{#3}}}`,
  String.raw`\gdef\stackbin#1#2{\mathbin{\overset{#1}{#2}}}`,
  // Fonts: TeX switches and the newer alphabets
  String.raw`\gdef\Tiny{\tiny}`,
  String.raw`\gdef\mit{\it}`,
  String.raw`\gdef\oldstyle{\rm}`,
  ...[
    ['mathup', 'mathrm'],
    ['mathbfup', 'mathbf'],
    ['mathbfit', 'boldsymbol'],
    ['mathbffrak', 'mathfrak'],
    ['mathbfscr', 'mathscr'],
    ['mathsfup', 'mathsf'],
    ['mathbfsf', 'mathsf'],
    ['mathbfsfup', 'mathsf'],
    ['mathbfsfit', 'mathsf'],
    ['mathbfcal', 'mathcal'],
    ['symrm', 'mathrm'],
    ['symup', 'mathrm'],
    ['symnormal', 'mathnormal'],
    ['symbf', 'mathbf'],
    ['symbfup', 'mathbf'],
    ['symit', 'mathit'],
    ['symbfit', 'boldsymbol'],
    ['symbb', 'mathbb'],
    ['symfrak', 'mathfrak'],
    ['symbffrak', 'mathfrak'],
    ['symscr', 'mathscr'],
    ['symbfscr', 'mathscr'],
    ['symsf', 'mathsf'],
    ['symsfup', 'mathsf'],
    ['symbfsf', 'mathsf'],
    ['symbfsfup', 'mathsf'],
    ['symsfit', 'mathsf'],
    ['symbfsfit', 'mathsf'],
    ['symtt', 'mathtt'],
    ['symcal', 'mathcal'],
    ['symbfcal', 'mathcal'],
  ].map(([name, katexName]) => `\\gdef\\${name}#1{\\${katexName}{#1}}`),
  // mhchem is loaded on first use by MathJax; its argument is chemistry, not TeX, so it is not checked.
  String.raw`\gdef\ce#1{\@firstoftwo{}{#1}}`,
  String.raw`\gdef\pu#1{\@firstoftwo{}{#1}}`,
];

/** The commands mathrepro itself lets KaTeX accept on behalf of MathJax (`\\mbox`, `\\*`, …), without backslash. */
export const EMULATED_COMMANDS: readonly string[] = MATHJAX_ONLY.flatMap((code) => /^\\gdef\\([A-Za-z@]+|.)/.exec(code)?.[1] ?? []);

export type Macros = Record<string, unknown>;

const baseCache = new Map<string, Macros>();
/**
 * A short name for each base table, given by what it holds: results checked under one table must not be reused
 * under another, but two renderers with the same table (GitHub's MathJax, and the MathJax 3 of a site that defines
 * no macros) share KaTeX's verdicts, so a site's page read for both is parsed once.
 */
const baseIds = new WeakMap<Macros, string>();
const idsByContent = new Map<string, string>();
/** For each base table, the configured macros as MathJax reads them, and their names. */
const baseConfigured = new WeakMap<Macros, { preamble: readonly string[]; names: ReadonlySet<string> }>();

/** Installs KaTeX definition code (`\gdef…`) into `macros`; throws KaTeX's ParseError when it is malformed. */
export function installDefinition(macros: Macros, code: string): void {
  parseTex(code, { macros, globalGroup: true, throwOnError: true, strict: 'ignore', maxExpand: 1000 });
}

export function macroSpecToDefinition(name: string, spec: MacroSpec): string {
  const command = name.startsWith('\\') ? name : `\\${name}`;
  const [body, count] = typeof spec === 'string' ? [spec, 0] : spec;
  const params = Array.from({ length: count }, (_, k) => `#${k + 1}`).join('');
  return `\\gdef${command}${params}{${body}}`;
}

/**
 * The macros every document starts from, for a renderer and the configured macros. Throws an Error naming
 * the macro when a configured one is malformed.
 */
export function baseMacros(renderer: Renderer, configured: Record<string, MacroSpec>): Macros {
  const key = `${renderer}\u0000${JSON.stringify(configured)}`;
  const cached = baseCache.get(key);
  if (cached) return cached;
  const installed: Macros = {};
  if (profile(renderer).engine !== 'katex') for (const code of MATHJAX_ONLY) installDefinition(installed, code);
  for (const code of profile(renderer).siteMacros ?? []) installDefinition(installed, code);
  for (const [name, spec] of Object.entries(configured)) {
    try {
      installDefinition(installed, macroSpecToDefinition(name, spec));
      guardMacro(installed, name.startsWith('\\') ? name : `\\${name}`);
    } catch (error) {
      throw new Error(`macro ${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  // Every document copies this table. A table grown one definition at a time is a hash table in V8, slow to copy
  // (about 50 µs); rebuilt in one go it shares its layout with its copies, which then cost next to nothing.
  const macros: Macros = Object.fromEntries(Object.entries(installed));
  baseCache.set(key, macros);
  const content = JSON.stringify([profile(renderer).engine === 'katex', profile(renderer).siteMacros ?? [], configured]);
  let id = idsByContent.get(content);
  if (id === undefined) idsByContent.set(content, (id = `b${idsByContent.size}`));
  baseIds.set(macros, id);
  const names = Object.keys(configured).map((name) => (name.startsWith('\\') ? name : `\\${name}`));
  const preamble = Object.entries(configured).map(([name, spec]) => mathjaxDefinition(name, spec));
  baseConfigured.set(macros, { preamble, names: new Set(names) });
  return macros;
}

/** A configured macro as MathJax's `\\newcommand` writes it. */
function mathjaxDefinition(name: string, spec: MacroSpec): string {
  const command = name.startsWith('\\') ? name : `\\${name}`;
  const [body, count] = typeof spec === 'string' ? [spec, 0] : spec;
  return `\\newcommand{${command}}${count > 0 ? `[${count}]` : ''}{${body}}`;
}

/** One document's macro table, and a fingerprint of it (for caching results). */
export class MacroContext {
  private table: Macros | undefined;
  /** The base table's name, then a digest of all the document defined, in order, once it defines something. */
  fingerprint: string;
  /**
   * The definitions in force as MathJax reads them (configured, then the document's as written). It only grows,
   * so that MathJax's page for it can be brought up to date with the definitions added since.
   */
  readonly preamble: string[];
  /** Macros that configuration or the document defined (with backslash): not the renderer's to know. */
  readonly userNames: Set<string>;
  /**
   * Definitions the document wrote and the renderer refuses (GitHub has no `\newcommand`), by name: they define
   * nothing, but a use of one is told where it was meant to come from, and can be written out.
   */
  readonly refused = new Map<string, { definition: Definition; group: string }>();

  constructor(private readonly base: Macros) {
    this.fingerprint = baseIds.get(base) ?? '';
    const configured = baseConfigured.get(base);
    this.preamble = [...(configured?.preamble ?? [])];
    this.userNames = new Set(configured?.names);
  }

  /** The document's own copy of the base table, made on first use (many documents hold no formula at all). */
  get macros(): Macros {
    return (this.table ??= { ...this.base });
  }

  /**
   * Applies a definition the document makes (`code` for KaTeX, `source` as written, for MathJax); throws KaTeX's
   * ParseError when it is malformed.
   */
  define(code: string, name: string, source: string): void {
    this.userNames.add(name);
    this.preamble.push(source);
    installDefinition(this.macros, code);
    guardMacro(this.macros, name);
    this.noteDefinition(code);
  }

  /** Notes a definition the renderer refuses: it installs nothing. */
  refuse(definition: Definition, group: string): void {
    this.refused.set(definition.name, { definition, group });
    this.noteDefinition(`refused\u0000${definition.name}\u0000${definition.body}`);
  }

  /** Records that the document changed its macros some other way (KaTeX's own `\def` in a formula). */
  noteDefinition(code: string): void {
    this.fingerprint = createHash('sha1').update(this.fingerprint).update('\u0000').update(code).digest('base64');
  }
}

/** A macro as text to paste: its number of parameters, the default of an optional first one, and its body. */
export interface Macro {
  params: number;
  defaultArg?: string;
  body: string;
}

/**
 * The macro a definition makes, as text to paste; undefined where a use cannot be written out with certainty (a
 * `\def` with delimited parameters).
 */
export function macroOf(definition: Definition): Macro | undefined {
  if (definition.parameterText !== undefined && !/^(#\d)*$/.test(definition.parameterText.replace(/\s+/g, ''))) return undefined;
  const { params, body, defaultArg } = definition;
  return defaultArg === undefined ? { params, body } : { params, defaultArg, body };
}

/**
 * A use of `macro` whose name ends at `at` in `text`, written out as TeX expands it: the end of the use (its
 * arguments read) and the body with the arguments in place. Undefined when an argument is missing; `replacement`
 * is undefined when it would be longer than `maxLength` (sized before it is built: a body that pastes a long
 * argument thousands of times would not fit in a string).
 */
export function writeOut(text: string, at: number, macro: Macro, maxLength: number): { end: number; replacement: string | undefined } | undefined {
  const args: string[] = [];
  if (macro.defaultArg !== undefined) {
    const optional = readOptional(text, at);
    args.push(optional ? optional.inner : macro.defaultArg);
    if (optional) at = optional.end;
  }
  while (args.length < macro.params) {
    const arg = readArgument(text, at);
    if (!arg) return undefined;
    args.push(arg.inner);
    at = arg.end;
  }
  let size = macro.body.length;
  for (const placeholder of macro.body.matchAll(/#([1-9])/g)) size += (args[Number(placeholder[1]) - 1]?.length ?? 2) - 2;
  if (size > maxLength) return { end: at, replacement: undefined };
  let replacement = macro.body.replace(/#([1-9])/g, (whole, digit: string) => args[Number(digit) - 1] ?? whole);
  // A body ending in a control word must not merge with letters that follow the use.
  if (/\\[A-Za-z@]+$/.test(replacement) && /^[A-Za-z@]/.test(text.slice(at, at + 1))) replacement += ' ';
  return { end: at, replacement };
}
