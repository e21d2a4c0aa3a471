import { texOffset } from '../model/spans.js';
import type { MathFinding, TexFix } from '../model/types.js';
import { defineRule } from './define.js';

export const syntaxError = defineRule({
  id: 'syntax-error',
  severity: 'error',
  scope: 'formula',
  description: 'The formula does not parse: the renderer shows an error instead of math.',
  fix: 'Fix the TeX at the position shown: close the brace or environment, remove the stray character, or write the command as the renderer spells it.',
  reports:
    "The formula does not parse (KaTeX's or MathJax's message, at its position). Also a macro that expands forever, and `_`, `^`, `&` or a math-only command in `\\text{}` under textmacros.",
});

type At = { start: number; end: number };

const FORMULA_START = { start: 0, end: 1 };

function finding(message: string, at: At, fix?: TexFix): MathFinding {
  return { rule: syntaxError.id, message, start: texOffset(at.start), end: texOffset(at.end), ...(fix ? { fix } : {}) };
}

/** The parser's own message, at its place (the formula's start when it has none). */
export function parseError(message: string, at: At | undefined): MathFinding {
  return finding(message, at ?? FORMULA_START);
}

/** A definition (`\\newcommand` of `name`) the parser cannot read. */
export function malformedDefinition(command: string, name: string, reason: string, at: At): MathFinding {
  return finding(`${command} of ${name} is malformed: ${reason}`, at);
}

/** `\\begin{array}` (or darray, subarray) with no column specification after it. */
export function missingColumnSpecification(environment: string, at: At): MathFinding {
  return finding(`\\begin{${environment}} needs its column specification (such as {lcr}) right after it; renderers show an error ("Illegal pream-token").`, at);
}

/** KaTeX's own assertions (`\\begin{array}\\\\` with no column spec) fail with a plain Error. */
export function unparsable(reason: string): MathFinding {
  return finding(`KaTeX cannot parse this formula: ${reason}`, FORMULA_START);
}

/** A macro that expands past `maxExpand` expansions: it uses itself. */
export function expandsForever(maxExpand: number): MathFinding {
  return finding(`A macro expands forever (more than ${maxExpand} expansions): check macros that use themselves.`, FORMULA_START);
}

/** textmacros reads `\\text{…}` as TeX: `&` there is an alignment character. */
export function ampersandInText(label: string, at: number): MathFinding {
  return finding(`${label}: '&' cannot be used in text: its textmacros extension reads \\text{…} as TeX. Write \\& for the character.`, {
    start: at,
    end: at + 1,
  });
}

/** A math-only command inside `\\text{…}` under textmacros. */
export function mathCommandInText(label: string, name: string, at: At): MathFinding {
  return finding(
    `${label}: ${name} is only supported in math mode, and its textmacros extension reads \\text{…} as TeX. Move it out of \\text (\\text{see } ${name}).`,
    at,
  );
}

/** `_` or `^` inside `\\text{…}` under textmacros. */
export function mathCharacterInText(label: string, char: string, at: number, fix: TexFix | undefined): MathFinding {
  return finding(
    `${label}: '${char}' allowed only in math mode. Its textmacros extension reads \\text{…} as TeX: write \\${char} for the character, or move the math out of \\text.`,
    { start: at, end: at + 1 },
    fix,
  );
}

/** MathJax refused the formula for one of its limits (`limit`: which, and what it allows). */
export function pastEngineLimit(label: string, message: string, limit: string): MathFinding {
  return finding(`${label} refuses it: ${message.replace(/[;.].*$/, '')} (${limit}).`, FORMULA_START);
}

/** MathJax's own refusal of a formula KaTeX accepted, at the command it names. */
export function engineRefusal(label: string, message: string, at: At | undefined): MathFinding {
  return finding(`${label}: ${message}.`, at ?? FORMULA_START);
}

/** A `#RGBA` or `#RRGGBBAA` colour, which the site's older KaTeX (`version`) does not read. */
export function unreadableColor(digits: string, label: string, version: string, at: At): MathFinding {
  return finding(`Invalid color '#${digits}' for ${label}: KaTeX ${version} reads #RGB and #RRGGBB, not ${digits.length} digits.`, at);
}
