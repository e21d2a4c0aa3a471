import type { MathFinding } from '../model/types.js';
import { unreadableColor } from '../rules/syntax-error.js';
import { addedLater } from '../rules/unknown-command.js';
import { controlSequences } from '../tex.js';
import type { RendererProfile } from './profiles.js';

/**
 * What the KaTeX a site pins refuses of a formula this KaTeX accepted: commands added since (`\\dddot` on mystmd's
 * KaTeX 0.15.6) and colours in the `#RGBA`/`#RRGGBBAA` forms it does not read. Certain, so errors.
 */
export function olderKatexFindings(tex: string, renderer: RendererProfile): MathFinding[] {
  const older = renderer.olderKatex!;
  const findings: MathFinding[] = [];
  for (const cs of controlSequences(tex)) {
    if (older.missing.has(cs.name.slice(1))) {
      findings.push(addedLater(cs.name, renderer.label, older.version, cs));
    }
  }
  COLOR_ARGUMENT.lastIndex = 0;
  for (let match = COLOR_ARGUMENT.exec(tex); match; match = COLOR_ARGUMENT.exec(tex)) {
    const digits = match[2]!.length;
    if (older.colorDigits.includes(digits)) continue;
    const at = match.index + match[0].indexOf('#');
    findings.push(unreadableColor(match[2]!, renderer.label, older.version, { start: at, end: at + digits + 1 }));
  }
  return findings;
}

/** A colour argument written in hexadecimal: `\\color{#ff000080}`, `\\fcolorbox{#f00}{#0f08}`. */
const COLOR_ARGUMENT = /\\(color|textcolor|colorbox|fcolorbox)\s*\{\s*#([0-9A-Fa-f]+)\s*\}(?:\s*\{\s*#([0-9A-Fa-f]+)\s*\})?/g;
