import type { MathFinding } from '../model/types.js';
import {
  engineRefusal,
  expandsForever,
  mathCharacterInText,
  missingColumnSpecification,
  parseError,
  pastEngineLimit,
  unparsable,
} from '../rules/syntax-error.js';
import { expandsPastBudget, nestedTooDeeply } from '../rules/too-complex.js';
import { KATEX_KNOWS_IT, undefinedCommand, undefinedEnvironment, unknownCommand, usesRefusedDefinition } from '../rules/unknown-command.js';
import { controlSequences } from '../tex.js';
import { limitAdvice } from './engine-limits.js';
import { renameFix, textUnderscoreFix } from './fixes.js';
import { KatexParseError, TooComplexError } from './katex-parser.js';
import type { MacroContext } from './macros.js';
import { MATHJAX_NAMES } from './mathjax-names.generated.js';
import { textModeCharacters } from './prepare.js';
import { refusalOf, type RendererProfile } from './profiles.js';
import { mathjaxNames, nearestCommand, type Refusal } from './referee.js';
import { everyUseWrittenOut } from './refusals.js';

/**
 * What the engines' failures mean for the reader, as findings of the rules that say them: KaTeX's parse errors
 * and MathJax's refusals, placed where the cause is in the formula, with the nearest known command for a
 * misspelt one and a fix where one is certain.
 */

/** The commands KaTeX defines (without backslash), made on first use. */
let katexNames: Set<string> | undefined;

const FORMULA_START = { start: 0, end: 1 };

/** KaTeX's error for a formula (or a plain Error from its own assertions, or the budget and stack guards). */
export function katexFailure(error: unknown, tex: string, profile: RendererProfile, context: MacroContext): MathFinding {
  const missingPreamble = /\\begin\{(array|darray|subarray)\}(?!\s*\{)/.exec(tex);
  if (missingPreamble && !(error instanceof KatexParseError)) {
    return missingColumnSpecification(missingPreamble[1]!, { start: missingPreamble.index, end: missingPreamble.index + missingPreamble[0].length });
  }
  if (error instanceof TooComplexError) return expandsPastBudget();
  if (error instanceof RangeError) return nestedTooDeeply();
  if (!(error instanceof KatexParseError)) return unparsable(error instanceof Error ? error.message : String(error));
  const parsed = error as Error & { rawMessage?: string; position?: number; length?: number };
  const raw = parsed.rawMessage ?? parsed.message;
  const span = errorSpan(parsed, tex);
  const undefinedName = /^Undefined control sequence: (.+)$/.exec(raw);
  if (undefinedName) return unknownCommandFinding(undefinedName[1]!, span ?? FORMULA_START, tex, profile, context);
  const unknownEnvironment = /^No such environment: (.+)$/.exec(raw);
  if (unknownEnvironment) return undefinedEnvironment(unknownEnvironment[1]!, profile.label, false, span ?? FORMULA_START);
  if (raw.startsWith('Too many expansions')) return expandsForever(profile.maxExpand);
  return parseError(raw, span);
}

/** A finding from MathJax's refusal of a formula KaTeX accepted, placed where the cause is. */
export function mathjaxRefusal(refusal: Refusal, tex: string, profile: RendererProfile, context: MacroContext): MathFinding {
  const undefinedName = /^Undefined control sequence (\\\S+)/.exec(refusal.message);
  if (undefinedName) {
    const name = undefinedName[1]!;
    const at = [...controlSequences(tex)].find((cs) => cs.name === name);
    return unknownCommandFinding(name, at ?? FORMULA_START, tex, profile, context, KATEX_KNOWS_IT);
  }
  const mathOnly = /^'(.)' allowed only in math mode/.exec(refusal.message);
  if (mathOnly) return mathOnlyInText(mathOnly[1]!, textModeCharacter(tex, mathOnly[1]!), tex, profile);
  const limit = limitAdvice(refusal.id, profile);
  if (limit) return pastEngineLimit(profile.label, refusal.message, limit);
  const command = /\\[A-Za-z]+/.exec(refusal.message);
  const at = command ? [...controlSequences(tex)].find((cs) => cs.name === command[0]) : undefined;
  return engineRefusal(profile.label, refusal.message, at);
}

/** `_` or `^` in text under textmacros, with the fix for `_` where it is certain. */
export function mathOnlyInText(char: string, at: number, tex: string, profile: RendererProfile): MathFinding {
  return mathCharacterInText(profile.label, char, at, char === '_' ? textUnderscoreFix(tex) : undefined);
}

/** A KaTeX finding MathJax confirmed: an unknown command gets the nearest known one, as MathJax's profile knows it. */
export function withSuggestion(finding: MathFinding, tex: string, profile: RendererProfile, context: MacroContext): MathFinding {
  if (finding.rule !== unknownCommand.id || !tex.startsWith('\\', finding.start)) return finding;
  const name = tex.slice(finding.start, finding.end).trim();
  if (!/^\\[A-Za-z@]+$/.test(name)) return finding;
  return { ...finding, ...unknownCommandFinding(name, finding, tex, profile, context) };
}

/**
 * A command the renderer does not define, with what to do: write out a macro whose definition the renderer
 * refused, or take the one known command nearest to the name; each with its fix.
 */
export function unknownCommandFinding(
  name: string,
  span: { start: number; end: number },
  tex: string,
  profile: RendererProfile,
  context: MacroContext,
  note = '',
): MathFinding {
  const refused = context.refused.get(name);
  if (refused) {
    const { definition, group } = refused;
    const fix = tex.startsWith(name, span.start) ? everyUseWrittenOut(tex, name, definition, group, profile.refused) : undefined;
    const refuses = profile.refusedByPrefix?.some((prefix) => definition.command.startsWith(prefix)) === true;
    return usesRefusedDefinition(name, definition.command, profile.label, refuses, span, fix);
  }
  const suggestion = nearestCommand(name, context.userNames);
  const fix =
    suggestion && accepts(suggestion, profile, context) && tex.startsWith(name, span.start)
      ? renameFix(span.start, span.start + name.length, name, suggestion)
      : undefined;
  return undefinedCommand(name, profile.label, { ...(suggestion ? { suggestion } : {}), definitions: profile.definitions, note }, span, fix);
}

/** Whether the renderer defines a command and does not refuse it (a suggestion is only a fix then). */
function accepts(name: string, profile: RendererProfile, context: MacroContext): boolean {
  if (refusalOf(profile, name) !== undefined) return false;
  if (context.userNames.has(name)) return true;
  const word = name.slice(1);
  return profile.engine === 'katex' ? (katexNames ??= new Set(MATHJAX_NAMES.katex.all!.macros)).has(word) : mathjaxNames(profile).macros.has(word);
}

/**
 * Where a KaTeX error sits in `tex`, when it does: errors inside a macro's expansion carry positions in the
 * macro's body, which KaTeX's message shows, so the message is rebuilt from `tex` and compared.
 */
function errorSpan(error: { message: string; position?: number; length?: number }, tex: string): { start: number; end: number } | undefined {
  const start = error.position;
  if (start === undefined || start > tex.length) return undefined;
  const end = start + (error.length ?? 0);
  const underlined = tex.slice(start, end).replace(/[^]/g, '$&\u0332');
  const left = start > 15 ? `…${tex.slice(start - 15, start)}` : tex.slice(0, start);
  const right = end + 15 < tex.length ? `${tex.slice(end, end + 15)}…` : tex.slice(end);
  if (!error.message.endsWith(left + underlined + right)) return undefined;
  // KaTeX's tokens include the spaces after a command word; the finding is the command itself.
  let trimmed = end;
  while (trimmed > start + 1 && /\s/.test(tex[trimmed - 1]!)) trimmed--;
  return { start, end: Math.max(trimmed, start + 1) };
}

/** KaTeX's message without the excerpt it appends. */
export function katexMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'rawMessage' in error) return String((error as { rawMessage: unknown }).rawMessage);
  return error instanceof Error ? error.message : String(error);
}

/** The offset of the first `char` written in text mode (inside a text command's braces, outside `$…$`), or 0. */
function textModeCharacter(tex: string, char: string): number {
  for (const found of textModeCharacters(tex, char)) if (!found.command && found.char === char) return found.at;
  return 0;
}
