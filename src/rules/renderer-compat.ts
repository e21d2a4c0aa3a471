import { texOffset } from '../model/spans.js';
import type { MathFinding } from '../model/types.js';
import { controlSequences } from '../tex.js';
import { defineRule } from './define.js';
import { unknownCommand } from './unknown-command.js';

export const rendererCompat = defineRule({
  id: 'renderer-compat',
  severity: 'error',
  scope: 'formula',
  description: 'A command only KaTeX has (\\htmlClass, \\includegraphics…) in a file a MathJax renderer shows: the reader sees an error box.',
  fix: 'Use a command the renderer has, or render the file with KaTeX (renderers: in .mathrepro.yml) if the site does.',
  reports: 'KaTeX accepts it but the renderer will not show it: `\\htmlClass` under MathJax.',
});

/** Commands only KaTeX has. */
export const KATEX_ONLY: ReadonlySet<string> = new Set(['\\htmlClass', '\\htmlId', '\\htmlStyle', '\\htmlData', '\\includegraphics']);
const MAY_BE_KATEX_ONLY = /\\(?:htmlClass|htmlId|htmlStyle|htmlData|includegraphics)(?![A-Za-z@])/;

/** The KaTeX-only commands of a formula a MathJax renderer (`label`) shows. */
export function katexOnlyCommands(tex: string, label: string): MathFinding[] {
  const findings: MathFinding[] = [];
  if (!MAY_BE_KATEX_ONLY.test(tex)) return findings;
  for (const cs of controlSequences(tex)) {
    if (!KATEX_ONLY.has(cs.name)) continue;
    findings.push({
      rule: rendererCompat.id,
      message: `${cs.name} is KaTeX-only: ${label} shows an error for it.`,
      start: texOffset(cs.start),
      end: texOffset(cs.end),
    });
  }
  return findings;
}

/**
 * A KaTeX-only command (`\htmlClass`) under a MathJax renderer is one mistake, reported once: as `renderer-compat`,
 * which says what it is, not also as the unknown command MathJax's tables find for the same command.
 */
export function oneFindingPerKatexOnlyCommand(findings: MathFinding[]): MathFinding[] {
  if (findings.length < 2) return findings;
  const katexOnly = new Set(findings.filter((f) => f.rule === rendererCompat.id).map((f) => `${f.start}:${f.end}`));
  return katexOnly.size === 0 ? findings : findings.filter((f) => f.rule !== unknownCommand.id || !katexOnly.has(`${f.start}:${f.end}`));
}
