import { texOffset } from '../model/spans.js';
import type { TexEdit, TexFix } from '../model/types.js';

export type { TexFix };
import { textModeCharacters } from './prepare.js';
import { type Definition } from '../model/results.js';
import { macroOf, writeOut } from './macros.js';
import { controlSequences, readArgument } from '../tex.js';

/**
 * The mechanical repairs of a formula, as edits of its TeX. Each is made only where its result is certain: the
 * same math, spelt the way the renderer accepts it. `mathrepro fix` checks the fixed file again before it keeps one.
 */

/** The group of a formula's refused definitions: their removal and every use written out. */
export function definitionGroup(definitions: readonly Definition[]): string {
  return `definitions ${definitions.map((definition) => definition.name).join(' ')} at ${definitions[0]?.start ?? 0} of ${definitions.map((d) => d.body).join('\u0000')}`;
}

/** The longest text a use is written out as; longer, the fix is left to a person. */
const MAX_EXPANSION = 2_000;

const edit = (start: number, end: number, text: string): TexEdit => ({ start: texOffset(start), end: texOffset(end), text });

/**
 * `\operatorname{X}` → `\mathop{\mathrm{X}}\nolimits` and `\operatorname*{X}` → `\mathop{\mathrm{X}}`, for a renderer
 * that refuses `\operatorname` (GitHub).
 */
export function operatorNameFix(tex: string, start: number, end: number): TexFix | undefined {
  // \mathop keeps the operator's spacing (`2\operatorname{sign}(x)` is not "2sign(x)"); its limits go below in a
  // display and beside inline, as \operatorname*'s do; \nolimits keeps \operatorname's beside everywhere.
  const starred = tex[end] === '*';
  const argument = readArgument(tex, starred ? end + 1 : end);
  if (!argument || tex[argument.start] !== '{') return undefined;
  const written = `\\mathop{\\mathrm{${argument.inner}}}${starred ? '' : '\\nolimits'}`;
  return { description: `${tex.slice(start, argument.end)} → ${written}`, edits: [edit(start, argument.end, written)] };
}

/**
 * The same rewriting over a whole text (an operator's expansion, a formula previewed for GitHub), with
 * `\\operatornamewithlimits` read as `\\operatorname*`.
 */
export function withoutOperatorName(text: string): string {
  if (!text.includes('\\operatorname')) return text;
  let out = '';
  let at = 0;
  for (const cs of controlSequences(text)) {
    if (cs.start < at || (cs.name !== '\\operatorname' && cs.name !== '\\operatornamewithlimits')) continue;
    const written = cs.name === '\\operatorname' ? '\\operatorname' : '\\operatorname*';
    const [only] = operatorNameFix(written + text.slice(cs.end), 0, '\\operatorname'.length)?.edits ?? [];
    if (!only) continue;
    out += text.slice(at, cs.start) + only.text;
    at = cs.end + (only.end - written.length);
  }
  return out + text.slice(at);
}

/**
 * Every bare `_` in the argument of a text command, written `\_`: under textmacros `\text{max_iter}` is an error
 * and `\text{max\_iter}` shows what was meant. `$…$` inside the text is math, and left alone.
 */
export function textUnderscoreFix(tex: string): TexFix | undefined {
  const edits: TexEdit[] = [];
  for (const { char, at, command } of textModeCharacters(tex, '_')) if (!command && char === '_') edits.push(edit(at, at, '\\'));
  if (edits.length === 0) return undefined;
  return { description: `_ in text → \\_ (${edits.length === 1 ? 'one' : edits.length} in this formula)`, edits };
}

/** A misspelt command → the one known command nearest to it. */
export function renameFix(start: number, end: number, name: string, replacement: string): TexFix {
  return { description: `${name} → ${replacement}`, edits: [edit(start, end, replacement)] };
}

/**
 * A definition the renderer refuses, removed (with the spaces after it); when the formula holds nothing else, the
 * whole formula goes.
 */
export function definitionRemovalFix(tex: string, definitions: readonly Definition[]): TexFix {
  const edits = definitions.map((definition) => {
    let end = definition.end;
    while (end < tex.length && /[ \t]/.test(tex[end]!)) end++;
    if (tex[end] === '\n') end++;
    return edit(definition.start, end, '');
  });
  let rest = '';
  let at = 0;
  for (const removal of edits) {
    rest += tex.slice(at, removal.start);
    at = removal.end;
  }
  rest += tex.slice(at);
  const names = definitions.map((definition) => definition.name).join(', ');
  return {
    description: `definition of ${names} removed (its uses are written out)`,
    edits,
    group: definitionGroup(definitions),
    ...(/^\s*$/.test(rest) ? { wholeFormula: true } : {}),
  };
}

/**
 * A use of a macro the renderer never defined (GitHub refuses `\newcommand`), written out as TeX expands it (where
 * the renderer refuses `\operatorname` too, as `\mathrm`). Undefined where the use cannot be read with certainty
 * (a missing argument, a `\def` with delimited parameters) or would be too long for a person to review (a bomb).
 */
export function expansionFix(
  tex: string,
  start: number,
  nameEnd: number,
  definition: Definition,
  group: string,
  refused: ReadonlyMap<string, string>,
): TexFix | undefined {
  const macro = macroOf(definition);
  const use = macro && writeOut(tex, nameEnd, macro, MAX_EXPANSION);
  if (use?.replacement === undefined) return undefined;
  const expanded = refused.has('\\operatorname') ? withoutOperatorName(use.replacement) : use.replacement;
  return { description: `${tex.slice(start, use.end)} → ${expanded}`, edits: [edit(start, use.end, expanded)], group };
}
