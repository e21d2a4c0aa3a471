import { texOffset, type TexOffset } from '../model/spans.js';
import type { Definition } from './prepare.js';
import { TEXT_COMMAND } from './prepare.js';
import { controlSequences, isEscaped, readArgument, readOptional } from './tex.js';

/**
 * The mechanical repairs of a formula, as edits of its TeX. Each is made only where its result is certain: the
 * same math, spelt the way the renderer accepts it. `mathrepro fix` checks the fixed file again before it keeps one.
 */

export interface TexEdit {
  start: TexOffset;
  end: TexOffset;
  text: string;
}

export interface TexFix {
  description: string;
  edits: TexEdit[];
  /** The formula is nothing but what the fix removes: the whole formula goes, delimiters included. */
  wholeFormula?: boolean;
  /** Applied together with the other fixes of its group, or not at all. */
  group?: string;
}

/** The group of a formula's refused definitions: their removal and every use written out. */
export function definitionGroup(definitions: readonly Definition[]): string {
  return `definitions ${definitions.map((definition) => definition.name).join(' ')} at ${definitions[0]?.start ?? 0} of ${definitions.map((d) => d.body).join('\u0000')}`;
}

/** The longest text a use is written out as; longer, the fix is left to a person. */
const MAX_EXPANSION = 2_000;

const edit = (start: number, end: number, text: string): TexEdit => ({ start: texOffset(start), end: texOffset(end), text });

/**
 * `\operatorname{X}` → `\mathrm{X}`, and `\operatorname*{X}` → `\mathop{\mathrm{X}}\limits` (limits above and below,
 * as the starred form puts them), for a renderer that refuses `\operatorname` (GitHub).
 */
export function operatorNameFix(tex: string, start: number, end: number): TexFix | undefined {
  if (tex[end] === '*') {
    const argument = readArgument(tex, end + 1);
    if (!argument || tex[argument.start] !== '{') return undefined;
    return {
      description: `${tex.slice(start, argument.end)} → \\mathop{\\mathrm{${argument.inner}}}\\limits`,
      edits: [edit(start, argument.end, `\\mathop{\\mathrm{${argument.inner}}}\\limits`)],
    };
  }
  const argument = readArgument(tex, end);
  if (!argument) return undefined;
  return { description: `${tex.slice(start, argument.end)} → \\mathrm${tex.slice(end, argument.end)}`, edits: [edit(start, end, '\\mathrm')] };
}

/** The same rewriting over a whole text (an operator's expansion). */
export function withoutOperatorName(text: string): string {
  let out = '';
  let at = 0;
  for (const cs of controlSequences(text)) {
    if (cs.start < at || cs.name !== '\\operatorname') continue;
    const fix = operatorNameFix(text, cs.start, cs.end);
    if (!fix) continue;
    const [only] = fix.edits;
    out += text.slice(at, only!.start) + only!.text;
    at = only!.end;
  }
  return out + text.slice(at);
}

/**
 * Every bare `_` in the argument of a text command, written `\_`: under textmacros `\text{max_iter}` is an error
 * and `\text{max\_iter}` shows what was meant. `$…$` inside the text is math, and left alone.
 */
export function textUnderscoreFix(tex: string): TexFix | undefined {
  const edits: TexEdit[] = [];
  const pattern = new RegExp(TEXT_COMMAND.source, 'g');
  for (let match = pattern.exec(tex); match; match = pattern.exec(tex)) {
    if (isEscaped(tex, match.index)) continue;
    const argument = readArgument(tex, match.index + match[0].length);
    if (!argument || tex[argument.start] !== '{') continue;
    let inMath = false;
    for (let k = argument.start + 1; k < argument.end - 1; k++) {
      const c = tex[k];
      if (c === '\\') k++;
      else if (c === '$') inMath = !inMath;
      else if (c === '_' && !inMath) edits.push(edit(k, k, '\\'));
    }
    pattern.lastIndex = argument.end;
  }
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
 * A use of a macro the renderer never defined (GitHub refuses `\newcommand`), written out: the name and its
 * arguments → the body with the arguments in place, as TeX itself expands it. Undefined where the use cannot be
 * read with certainty (a missing argument, a `\def` with delimited parameters).
 */
export function expansionFix(
  tex: string,
  start: number,
  nameEnd: number,
  definition: Definition,
  group: string,
  rewrite: (text: string) => string,
): TexFix | undefined {
  if (definition.parameterText !== undefined && !/^(?:#\d)*$/.test(definition.parameterText)) return undefined;
  const args: string[] = [];
  let at = nameEnd;
  for (let index = 0; index < definition.params; index++) {
    if (index === 0 && definition.defaultArg !== undefined) {
      const optional = readOptional(tex, at);
      args.push(optional ? optional.inner : definition.defaultArg);
      if (optional) at = optional.end;
      continue;
    }
    const argument = readArgument(tex, at);
    if (!argument) return undefined;
    args.push(argument.inner);
    at = argument.end;
  }
  // A macro that pastes its argument many times (a bomb) is no fix for a person to review: bounded before it is built.
  const pasted = definition.isLet ? 0 : [...definition.body.matchAll(/#(\d)/g)].reduce((sum, m) => sum + (args[Number(m[1]) - 1]?.length ?? 0), 0);
  if (definition.body.length + pasted > MAX_EXPANSION) return undefined;
  const body = definition.isLet
    ? definition.body
    : definition.body.replace(/##|#(\d)/g, (whole, digit: string | undefined) => (digit ? (args[Number(digit) - 1] ?? whole) : '#'));
  // A body ending in a control word must not run into a letter after the use (`\cdot` then `b`).
  const expanded = rewrite(body) + (/\\[A-Za-z@]+$/.test(body) && /[A-Za-z@]/.test(tex[at] ?? '') ? ' ' : '');
  return { description: `${tex.slice(start, at)} → ${expanded}`, edits: [edit(start, at, expanded)], group };
}
