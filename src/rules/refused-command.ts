import { texOffset } from '../model/spans.js';
import type { MathFinding, TexFix } from '../model/types.js';
import { defineRule } from './define.js';

export const refusedCommand = defineRule({
  id: 'refused-command',
  severity: 'error',
  scope: 'formula',
  description:
    'A command the site refuses outright (GitHub: \\operatorname, \\phantom, \\colorbox, \\unicode, … wherever its name begins a command) or a definition it cannot make (GitHub loads no newcommand package).',
  fix: 'Write it with what the site allows: \\mathop{\\mathrm{…}}\\nolimits for \\operatorname, \\color for \\colorbox, the expanded formula for a \\newcommand.',
  reports:
    "A command the site refuses outright — on GitHub, by its client code's list, wherever the name begins a command (`\\operatorname*`, `\\operatornamewithlimits`, `\\phantom`, `\\mathchoice`, `\\unicode`, `\\colorbox`, `\\DeclareMathOperator`) — or a definition GitHub cannot make (`\\newcommand`, `\\def`: it loads no newcommand package).",
});

const REFUSED_ADVICE: Record<string, string> = {
  '\\operatorname': ' Write \\mathop{\\mathrm{…}}\\nolimits (\\mathop{\\mathrm{…}} for \\operatorname*): the same spacing.',
  '\\DeclareMathOperator': ' Write \\mathop{\\mathrm{…}}\\nolimits where the operator is used.',
  '\\newcommand': ' GitHub has no macros: write the command out where it is used.',
  '\\renewcommand': ' GitHub has no macros: write the command out where it is used.',
  '\\def': ' GitHub has no macros: write the command out where it is used.',
  '\\colorbox': ' \\color{…}{…} works.',
  '\\fcolorbox': ' \\boxed{…} or \\color{…}{…} work.',
};

/**
 * A command the renderer (`label`) refuses before MathJax sees it (`refusal`: its reason or its own words), at
 * [start, end) of the formula; `refusedName` is the name on the renderer's list (GitHub refuses by prefix:
 * `\\operatorname*` under `\\operatorname`), `undefinedThere` when the renderer simply lacks it.
 */
export function refusedCommandFinding(
  label: string,
  name: string,
  refusedName: string,
  refusal: string,
  undefinedThere: boolean,
  span: { start: number; end: number },
  fix: TexFix | undefined,
): MathFinding {
  return {
    rule: refusedCommand.id,
    message:
      (undefinedThere
        ? `${label} has no ${name} (${refusal}): it shows in red, and the formula is wrong.`
        : `${label} refuses ${name} ("${refusal}"): the formula shows that error instead of math.`) + (REFUSED_ADVICE[refusedName] ?? ''),
    start: texOffset(span.start),
    end: texOffset(span.end),
    ...(fix ? { fix } : {}),
  };
}
