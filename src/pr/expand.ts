import type { MacroSpec } from '../math/macros.js';
import { definitionsIn, type Definition } from '../math/prepare.js';
import { controlSequences, readArgument, readOptional } from '../math/tex.js';

/**
 * Rewrites a formula so that GitHub, whose MathJax has no `\newcommand`, can show it: the document's and the
 * configuration's macros are expanded in place and their definitions removed. A formula whose macros cannot be
 * expanded (delimited `\def` parameters, runaway recursion) is returned unchanged.
 */

export interface Macro {
  params: number;
  defaultArg?: string;
  body: string;
}

export type MacroTable = Map<string, Macro>;

/**
 * The macros a document's formulas define (as the engine read them, in the formulas' order), after those from
 * configuration (later ones win).
 */
export function macroTable(definitions: Iterable<Definition>, configured: Record<string, MacroSpec> = {}): MacroTable {
  const table: MacroTable = new Map();
  for (const [name, spec] of Object.entries(configured)) {
    const [body, params] = typeof spec === 'string' ? [spec, 0] : spec;
    table.set(name.startsWith('\\') ? name : `\\${name}`, { params, body });
  }
  for (const d of definitions) if (isExpandable(d)) table.set(d.name, toMacro(d));
  return table;
}

function isExpandable(d: Definition): boolean {
  return d.parameterText === undefined || /^(#\d)*$/.test(d.parameterText.replace(/\s+/g, ''));
}

function toMacro(d: Definition): Macro {
  return d.defaultArg === undefined ? { params: d.params, body: d.body } : { params: d.params, defaultArg: d.defaultArg, body: d.body };
}

const MAX_EXPANSIONS = 1000;
const MAX_LENGTH = 20_000;

/** The formula with definitions removed and macros expanded, for display by a renderer without macros. */
export function expandForPreview(tex: string, table: MacroTable): string {
  let text = removeDefinitions(tex);
  if (table.size === 0) return text;
  let expansions = 0;
  let from = 0;
  while (true) {
    const next = nextMacro(text, from, table);
    if (!next) return text;
    const { start, end, replacement } = next;
    if (++expansions > MAX_EXPANSIONS || replacement === undefined || text.length - (end - start) + replacement.length > MAX_LENGTH)
      return removeDefinitions(tex);
    text = text.slice(0, start) + replacement + text.slice(end);
    from = start; // the replacement may itself hold macros
  }
}

function removeDefinitions(tex: string): string {
  let text = tex;
  for (const d of definitionsIn(tex).reverse()) text = text.slice(0, d.start) + text.slice(d.end);
  return text.trim() === '' ? '' : text;
}

/** The next macro call and what it expands to (undefined when that is longer than a preview shows). */
function nextMacro(text: string, from: number, table: MacroTable): { start: number; end: number; replacement: string | undefined } | undefined {
  for (const cs of controlSequences(text.slice(from))) {
    const macro = table.get(cs.name);
    if (!macro) continue;
    const start = from + cs.start;
    let at = from + cs.end;
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
    // Sized before it is built: a body that pastes a long argument thousands of times would not fit in a string.
    let size = macro.body.length;
    for (const placeholder of macro.body.matchAll(/#([1-9])/g)) size += (args[Number(placeholder[1]) - 1]?.length ?? 2) - 2;
    if (size > MAX_LENGTH) return { start, end: at, replacement: undefined };
    let replacement = macro.body.replace(/#([1-9])/g, (whole, digit: string) => args[Number(digit) - 1] ?? whole);
    // A body ending in a control word must not merge with letters that follow the macro call.
    if (/\\[A-Za-z@]+$/.test(replacement) && /^[A-Za-z@]/.test(text.slice(at))) replacement += ' ';
    return { start, end: at, replacement };
  }
  return undefined;
}
