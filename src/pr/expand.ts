import { macroOf, writeOut, type Macro, type MacroSpec } from '../math/macros.js';
import { definitionsIn } from '../math/prepare.js';
import { type Definition } from '../model/results.js';
import { withoutOperatorName } from '../math/fixes.js';
import { controlSequences } from '../tex.js';

/**
 * Rewrites a formula so that GitHub, whose MathJax has no `\newcommand`, can show it: the document's and the
 * configuration's macros are expanded in place and their definitions removed. A formula whose macros cannot be
 * expanded (delimited `\def` parameters, runaway recursion) is returned unchanged.
 */

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
  for (const d of definitions) {
    const macro = macroOf(d);
    if (macro) table.set(d.name, macro);
  }
  return table;
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
    const use = writeOut(text, from + cs.end, macro, MAX_LENGTH);
    return use && { start, ...use };
  }
  return undefined;
}

/**
 * A formula as GitHub can show it in a comment, where an equivalent exists: `\\operatorname{sign}` (refused there)
 * becomes `\\mathop{\\mathrm{sign}}\\nolimits`, with the same spacing; `\\operatornamewithlimits` as `\\operatorname*`.
 */
export const forGitHub = withoutOperatorName;
