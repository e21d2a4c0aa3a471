import { texOffset, type Span as OffsetSpan, type TexOffset } from '../model/spans.js';
import type { Renderer } from '../model/types.js';
import { profile } from './profiles.js';
import { controlSequences, isEscaped, readArgument, readOptional } from '../tex.js';
import type { Definition } from '../model/results.js';

/**
 * Rewrites a formula so that KaTeX's parser judges it as MathJax would, keeping every character at its
 * offset (each rewrite has the length of what it replaces) so KaTeX's error positions stay exact.
 *
 * - `\label`, `\tag`, `\ref`, `\eqref` are taken out and recorded for the cross-reference checks.
 * - `\unicode`, `\require` (MathJax only) become empty groups.
 * - Macro definitions are taken out and returned as KaTeX `\gdef` code, because MathJax lets a document
 *   redefine anything (`\newcommand{\R}…` where KaTeX already has `\R`) and KaTeX's `\newcommand` does not.
 * - `eqnarray` and `multline`, which KaTeX lacks, become `align` and `gather` (padded to the same length).
 */

/** A `\\label`, `\\tag` or reference, at offsets of its formula's TeX. */
export interface Reference extends OffsetSpan<TexOffset> {
  name: string;
  command: string;
}

export interface Prepared {
  tex: string;
  labels: readonly Reference[];
  tags: readonly Reference[];
  refs: readonly Reference[];
  definitions: readonly Definition[];
}

const NONE: readonly never[] = [];

const NEWCOMMANDS = new Set(['\\newcommand', '\\renewcommand', '\\providecommand']);
const DEFS = new Set(['\\def', '\\gdef', '\\edef', '\\xdef']);
const OPERATORS = new Set(['\\DeclareMathOperator']);
const REFERENCES = new Set(['\\ref', '\\eqref']);
const SWALLOWED = new Set(['\\unicode', '\\require']);
const RENAMED_ENVIRONMENTS: Record<string, string> = {
  eqnarray: 'align',
  'eqnarray*': 'align*',
  multline: 'gather',
  'multline*': 'gather*',
  flalign: 'align',
  'flalign*': 'align*',
  xalignat: 'alignat',
  'xalignat*': 'alignat*',
  xxalignat: 'alignat',
};
/** Commands whose `[…]` arguments (styles, widths) KaTeX's stand-ins do not take. */
const OPTIONS_DROPPED = new Set(['\\bbox', '\\framebox', '\\makebox', '\\parbox', '\\enclose']);
/** MathJax shows the argument of these literally: `\text{count_zero}` is fine there, an error in KaTeX. */
export const TEXT_COMMANDS: ReadonlySet<string> = new Set(
  ['text', 'textrm', 'textit', 'textbf', 'textsf', 'texttt', 'textup', 'textnormal', 'textmd', 'mbox', 'hbox', 'intertext'].map((name) => `\\${name}`),
);

/** Every command that defines a macro, for renderers that cannot. */
export const DEFINING_COMMANDS: ReadonlySet<string> = new Set([...NEWCOMMANDS, ...DEFS, ...OPERATORS, '\\let']);
/** A native first search for any of them: most formulas define nothing, and are not walked. */
const MAY_DEFINE = new RegExp(`\\\\(?:${[...DEFINING_COMMANDS].map((name) => name.slice(1)).join('|')})(?![A-Za-z@])`);

/** Whether a formula holds a command that defines a macro (one outside a comment). */
export function mayDefine(tex: string): boolean {
  if (!MAY_DEFINE.test(tex)) return false;
  for (const cs of controlSequences(tex)) if (DEFINING_COMMANDS.has(cs.name)) return true;
  return false;
}

/**
 * Formulas that need no rewriting (most of them) are told apart cheaply: they hold none of the commands rewritten
 * unconditionally, no environment that is renamed, and no text command that could hold characters to neutralise.
 */
const ALWAYS_REWRITTEN =
  /\\(?:label|tag|ref|eqref|unicode|require|bbox|framebox|makebox|parbox|enclose|newcommand|renewcommand|providecommand|def|gdef|edef|xdef|let|DeclareMathOperator)(?![A-Za-z@])/;
const RENAMED_ENVIRONMENT = /\\(?:begin|end)\s*\{\s*(?:eqnarray|multline|flalign|xx?alignat)/;
/** An array whose column specification is a command (`\\begin{array}\\\\`): MathJax 3 keeps only its c, l, r letters. */
const COMMAND_PREAMBLE = /\\begin\s*\{(?:array|darray|subarray)\}\s*\\/;
const ARRAYS = new Set(['array', 'darray', 'subarray']);
export const TEXT_COMMAND = /\\(?:text(?:rm|it|bf|sf|tt|up|normal|md)?|mbox|hbox|intertext)(?![A-Za-z@])/;
const TEXT_SPECIAL = /[_^&#%]/;

/** A character textmacros reads in text mode; a command at its backslash, with its name (`\\dots`, `\\$`). */
export interface TextModeCharacter {
  char: string;
  at: number;
  command?: string;
}

/**
 * The characters of text commands' arguments (`\\text{…}` and kin) that textmacros reads as text-mode TeX, in
 * order: outside the `$…$` text may hold, a command taken whole (its letters, or the one character after `\\`).
 * A text command inside another's argument is walked once, as part of the outer one. Of the other characters only
 * those in `reported` are given (every caller looks for a few special ones).
 */
export function* textModeCharacters(tex: string, reported: string): Generator<TextModeCharacter> {
  const commands = new RegExp(TEXT_COMMAND.source, 'g');
  for (let cs = commands.exec(tex); cs; cs = commands.exec(tex)) {
    if (isEscaped(tex, cs.index)) continue;
    const argument = readArgument(tex, cs.index + cs[0].length);
    if (!argument || tex[argument.start] !== '{') continue;
    let inMath = false;
    for (let k = argument.start + 1; k < argument.end - 1; k++) {
      const c = tex[k]!;
      if (c === '$') inMath = !inMath;
      else if (inMath) continue;
      else if (c === '\\') {
        const word = /^[A-Za-z]+/.exec(tex.slice(k + 1, k + 40))?.[0] ?? tex[k + 1] ?? '';
        yield { char: c, at: k, command: `\\${word}` };
        k += word.length;
      } else if (reported.includes(c)) yield { char: c, at: k };
    }
    commands.lastIndex = argument.end;
  }
}

function needsRewriting(tex: string, lenientArrays: boolean): boolean {
  return (
    ALWAYS_REWRITTEN.test(tex) ||
    RENAMED_ENVIRONMENT.test(tex) ||
    (TEXT_COMMAND.test(tex) && TEXT_SPECIAL.test(tex)) ||
    (lenientArrays && tex.includes('array}') && COMMAND_PREAMBLE.test(tex)) ||
    tex.includes('$')
  );
}

export function prepareFormula(tex: string, renderer: Renderer): Prepared {
  // MathJax 3 strips an array's column specification down to its c, l and r letters, so any argument goes;
  // MathJax 4 parses it (`\\begin{array}\\\\` is "Illegal pream-token" there), as KaTeX does.
  const lenientArrays = profile(renderer).engine === 'mathjax3';
  if (profile(renderer).engine === 'katex' || !needsRewriting(tex, lenientArrays)) return { tex, labels: NONE, tags: NONE, refs: NONE, definitions: NONE };
  return rewrite(tex, lenientArrays);
}

function rewrite(tex: string, lenientArrays: boolean): Prepared {
  const prepared = { tex, labels: [] as Reference[], tags: [] as Reference[], refs: [] as Reference[], definitions: [] as Definition[] };
  // The formula as characters, made on the first change: a \\text formula whose _ and ^ are all outside text (the
  // usual case) is read, not copied.
  let characters: string[] | undefined;
  const chars = (): string[] => (characters ??= tex.split(''));
  let skipUntil = 0;
  const texts: Array<{ start: number; end: number }> = [];
  for (const cs of controlSequences(tex)) {
    if (cs.start < skipUntil) continue;
    const { name } = cs;
    if (name === '\\label' || name === '\\tag' || REFERENCES.has(name)) {
      let at = cs.end;
      if (name === '\\tag' && tex[at] === '*') at++;
      const arg = readArgument(tex, at);
      if (!arg) continue;
      const reference = { name: arg.inner.trim(), command: name, start: texOffset(cs.start), end: texOffset(arg.end) };
      if (name === '\\label') prepared.labels.push(reference);
      else if (name === '\\tag') prepared.tags.push(reference);
      else prepared.refs.push(reference);
      blankOut(tex, chars(), cs.start, arg.end, true);
      skipUntil = arg.end;
    } else if (SWALLOWED.has(name)) {
      const optional = readOptional(tex, cs.end);
      const arg = readArgument(tex, optional ? optional.end : cs.end);
      if (!arg) continue;
      blankOut(tex, chars(), cs.start, arg.end, true);
      skipUntil = arg.end;
    } else if (OPTIONS_DROPPED.has(name)) {
      let optional = readOptional(tex, cs.end);
      while (optional) {
        blankOut(tex, chars(), optional.start, optional.end, false);
        optional = readOptional(tex, optional.end);
      }
    } else if (TEXT_COMMANDS.has(name)) {
      const arg = readArgument(tex, cs.end);
      if (!arg || tex[arg.start] !== '{') continue;
      literalText(tex, chars, arg.start + 1, arg.end - 1);
      texts.push(arg);
      skipUntil = arg.end;
    } else if (name === '\\begin' || name === '\\end') {
      const arg = readArgument(tex, cs.end);
      if (lenientArrays && name === '\\begin' && arg && ARRAYS.has(arg.inner)) {
        // A command as the column specification becomes an empty group of the same length, which KaTeX takes.
        const spec = readArgument(tex, arg.end);
        if (spec && tex[spec.start] === '\\' && spec.end - spec.start >= 2) {
          const edited = chars();
          for (let k = spec.start; k < spec.end; k++) edited[k] = ' ';
          edited[spec.start] = '{';
          edited[spec.end - 1] = '}';
        }
        continue;
      }
      const renamed = arg && RENAMED_ENVIRONMENTS[arg.inner];
      if (!arg || !renamed) continue;
      const replacement = `{${renamed}}`.padEnd(arg.end - arg.start, ' ');
      const edited = chars();
      for (let k = 0; k < replacement.length; k++) edited[arg.start + k] = replacement[k]!;
    } else {
      const definition = readDefinition(tex, cs.start, cs.end, name);
      if (!definition) continue;
      prepared.definitions.push(definition);
      blankOut(tex, chars(), definition.start, definition.end, false);
      skipUntil = definition.end;
    }
  }
  // A `$` in math is a dollar sign to MathJax (GitHub's Markdown can leave one there, `\\$` read as `$`); KaTeX
  // refuses it: it stands in as a letter. In text it opens math, and stays.
  for (let at = tex.indexOf('$'); at >= 0; at = tex.indexOf('$', at + 1)) {
    if (!isEscaped(tex, at) && !texts.some((text) => text.start < at && at < text.end)) chars()[at] = 'S';
  }
  prepared.tex = characters ? characters.join('') : tex;
  return prepared;
}

/** Blanks [start, end) of a formula out (line breaks stay), or makes it an empty group `{  }`. */
function blankOut(tex: string, chars: string[], start: number, end: number, asGroup: boolean): void {
  for (let k = start; k < end; k++) chars[k] = tex[k] === '\n' ? '\n' : ' ';
  if (asGroup && end - start >= 2) {
    chars[start] = '{';
    chars[end - 1] = '}';
  }
}

/**
 * Characters that MathJax prints as they are inside `\\text{…}` but that mean something to KaTeX's text mode
 * become spaces. Math inside the text (`\\text{if $x_1$}`) is left alone.
 */
function literalText(tex: string, chars: () => string[], start: number, end: number): void {
  let inMath = false;
  for (let k = start; k < end; k++) {
    const c = tex[k]!;
    if (c === '\\') {
      k++;
    } else if (c === '$') {
      inMath = !inMath;
    } else if (!inMath && (c === '_' || c === '^' || c === '&' || c === '#' || c === '%')) {
      chars()[k] = ' ';
    }
  }
}

/** Where a definition command starts at `start`, the definition it makes (or undefined when malformed). */
export function readDefinition(tex: string, start: number, afterName: number, command: string): Definition | undefined {
  const make = (name: string, params: number, body: string, end: number, extra: Partial<Definition> = {}): Definition => {
    const definition: Definition = { command, name, params, body, start, end, install: '', ...extra };
    definition.install = installCode(definition);
    return definition;
  };
  if (NEWCOMMANDS.has(command)) {
    let at = afterName;
    if (tex[at] === '*') at++;
    const nameArg = readArgument(tex, at);
    if (!nameArg || !nameArg.inner.trim().startsWith('\\')) return undefined;
    const count = readOptional(tex, nameArg.end);
    const fallback = count ? readOptional(tex, count.end) : undefined;
    const body = readArgument(tex, (fallback ?? count ?? nameArg).end);
    if (!body) return undefined;
    const params = count ? Number.parseInt(count.inner, 10) : 0;
    if (!Number.isInteger(params) || params < 0 || params > 9) return undefined;
    const extra = fallback && params > 0 ? { defaultArg: fallback.inner } : {};
    return make(nameArg.inner.trim(), params, body.inner, body.end, extra);
  }
  if (DEFS.has(command)) {
    const nameArg = readArgument(tex, afterName);
    if (!nameArg || !nameArg.inner.startsWith('\\')) return undefined;
    const open = tex.indexOf('{', nameArg.end);
    if (open < 0) return undefined;
    const parameterText = tex.slice(nameArg.end, open);
    const body = readArgument(tex, open);
    if (!body) return undefined;
    const params = (parameterText.match(/#\d/g) ?? []).length;
    return make(nameArg.inner, params, body.inner, body.end, { parameterText });
  }
  if (OPERATORS.has(command)) {
    let at = afterName;
    const starred = tex[at] === '*';
    if (starred) at++;
    const nameArg = readArgument(tex, at);
    const body = nameArg && readArgument(tex, nameArg.end);
    if (!nameArg || !body) return undefined;
    const operator = starred ? '\\operatorname*' : '\\operatorname';
    return make(nameArg.inner.trim(), 0, `${operator}{${body.inner}}`, body.end);
  }
  if (command === '\\let') {
    const nameArg = readArgument(tex, afterName);
    if (!nameArg) return undefined;
    let at = nameArg.end;
    while (tex[at] === ' ' || tex[at] === '=') at++;
    const target = readArgument(tex, at);
    if (!target) return undefined;
    return make(nameArg.inner, 0, target.inner, target.end, { isLet: true });
  }
  return undefined;
}

/** KaTeX code that installs a definition globally (KaTeX's `\\gdef` never refuses to redefine). */
function installCode(d: Definition): string {
  if (d.isLet) return `\\global\\let${d.name}${d.body}`;
  if (d.parameterText !== undefined) return `\\gdef${d.name}${d.parameterText}{${d.body}}`;
  const params = Array.from({ length: d.params }, (_, k) => `#${k + 1}`);
  if (d.defaultArg === undefined) return `\\gdef${d.name}${params.join('')}{${d.body}}`;
  // `\\newcommand{\\x}[2][d]{…}`: the first argument is optional, with `d` when it is left out.
  const helper = `\\mathrepro@opt@${lettersOnly(d.name)}`;
  return `\\gdef${d.name}{\\@ifnextchar[{${helper}}{${helper}[{${d.defaultArg}}]}}` + `\\gdef${helper}[#1]${params.slice(1).join('')}{${d.body}}`;
}

/** Every macro definition in a formula, in order. */
export function definitionsIn(tex: string): Definition[] {
  const definitions: Definition[] = [];
  if (!MAY_DEFINE.test(tex)) return definitions;
  let skipUntil = 0;
  for (const cs of controlSequences(tex)) {
    if (cs.start < skipUntil || !DEFINING_COMMANDS.has(cs.name)) continue;
    const definition = readDefinition(tex, cs.start, cs.end, cs.name);
    if (!definition) continue;
    definitions.push(definition);
    skipUntil = definition.end;
  }
  return definitions;
}

/** A control-word-safe spelling of any macro name (control words are letters only). */
function lettersOnly(name: string): string {
  let out = '';
  for (const c of name) {
    const code = c.codePointAt(0)!;
    out += code.toString(16).replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!) + 'z';
  }
  return out;
}
