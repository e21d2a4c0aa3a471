import { texOffset } from '../model/spans.js';
import type { MathFinding, TexFix } from '../model/types.js';
import { defineRule } from './define.js';

export const unknownCommand = defineRule({
  id: 'unknown-command',
  severity: 'error',
  scope: 'formula',
  description: 'A command or environment the renderer does not define and the document never defines.',
  fix: 'Fix the spelling (the message suggests the nearest command), define the command before use (\\newcommand in an earlier formula, or macros: in .mathrepro.yml), or, on GitHub, write it out: GitHub has no macros.',
  reports:
    'A command or environment the renderer does not define and the document never defines; suggests the nearest known one and says how to define it (on GitHub: that it cannot be).',
});

type At = { start: number; end: number };

function finding(message: string, at: At, fix?: TexFix): MathFinding {
  return { rule: unknownCommand.id, message, start: texOffset(at.start), end: texOffset(at.end), ...(fix ? { fix } : {}) };
}

/** Said after the message when KaTeX knows the command and the renderer does not. */
export const KATEX_KNOWS_IT = ' (KaTeX knows it; this renderer does not.)';

/**
 * `name`, which the renderer (`label`) does not define, with what to do: the nearest known command
 * (`suggestion`), and how to define one where the renderer takes definitions (`definitions`).
 */
export function undefinedCommand(
  name: string,
  label: string,
  options: { suggestion?: string; definitions: boolean; note?: string },
  at: At,
  fix: TexFix | undefined,
): MathFinding {
  const guess = options.suggestion ? ` Did you mean ${options.suggestion}?` : '';
  const message = options.definitions
    ? `Unknown command ${name}: ${label} does not define it.${guess} Define it before use (\\newcommand{${name}}{…} in an earlier formula, or under macros: in .mathrepro.yml), or fix the spelling.`
    : `Unknown command ${name}: ${label} does not define it.${guess} GitHub has no macros (no \\newcommand, no configuration): write the command out where it is used.`;
  return finding(message + (options.note ?? ''), at, fix);
}

/** A use of `name`, which the document defines with `command`, a command the renderer refuses or lacks. */
export function usesRefusedDefinition(name: string, command: string, label: string, refuses: boolean, at: At, fix: TexFix | undefined): MathFinding {
  return finding(
    `${name} is defined with ${command} in this document, but ${label} ${refuses ? 'refuses' : 'has no'} ${command}, so ${name} is undefined here. Write it out where it is used.`,
    at,
    fix,
  );
}

/** An environment the renderer does not define (`katexKnows`: KaTeX does). */
export function undefinedEnvironment(name: string, label: string, katexKnows: boolean, at: At): MathFinding {
  return finding(`Unknown environment ${name}: ${label} does not define it${katexKnows ? ' (KaTeX does)' : ''}.`, at);
}

/** A command in `\\text{…}` that textmacros does not define. */
export function undefinedInText(name: string, label: string, at: At): MathFinding {
  return finding(`Unknown command ${name} in text: ${label} does not define it.`, at);
}

/** A command the site's older KaTeX (`version`) does not have yet. */
export function addedLater(name: string, label: string, version: string, at: At): MathFinding {
  return finding(`Unknown command ${name}: ${label} does not define it (KaTeX added it after ${version}).`, at);
}
