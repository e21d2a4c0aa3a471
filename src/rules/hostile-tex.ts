import { texOffset } from '../model/spans.js';
import type { MathFinding } from '../model/types.js';
import { defineRule } from './define.js';

export const hostileTex = defineRule({
  id: 'hostile-tex',
  severity: 'warning',
  scope: 'formula',
  description:
    'A javascript:, vbscript: or data: link (\\href, \\url), or a size no page holds (\\rule{99999em}{99999em}): what a hostile pull request hides in a formula.',
  fix: 'Remove the link or the size; a formula needs neither a script link nor a box larger than a page.',
  reports:
    'What a hostile pull request hides in a formula: a `javascript:`, `vbscript:` or `data:` link (`\\href`, `\\url`; whitespace and case do not hide it), or a size no page holds (`\\rule{99999em}{99999em}`, `\\kern 200000pt`).',
});

/** The commands a hostile formula uses: a formula without one is not searched further. */
export const HOSTILE_COMMANDS = ['href', 'url', 'rule', 'kern', 'mkern', 'hspace', 'vspace', 'hskip', 'mskip', 'mspace', 'raisebox', 'Rule', 'Space'];
export const MAY_BE_HOSTILE = new RegExp(`\\\\(?:${HOSTILE_COMMANDS.join('|')})(?![A-Za-z@])`);
const LINK = /\\(?:href|url)\s*\{([^{}]{0,200})/g;
const SIZE =
  /\\(?:rule|kern|mkern|hspace\*?|vspace\*?|hskip|mskip|mspace|raisebox|Rule|Space)\s*(?:\[[^\]]*\]\s*)?((?:\{?\s*-?\d*\.?\d+\s*[a-z]{2}\s*\}?\s*){1,3})/g;
/** Em per unit, roughly: enough to tell a size no page holds (a page is about 50 em wide). */
const EM_PER_UNIT: Record<string, number> = {
  em: 1,
  ex: 0.43,
  pt: 0.1,
  bp: 0.1,
  pc: 1.2,
  dd: 0.107,
  cc: 1.28,
  px: 0.1,
  mm: 0.28,
  cm: 2.8,
  in: 7.2,
  mu: 1 / 18,
  sp: 1.5e-6,
};
const MAX_EM = 1_000;

/**
 * What a stranger's pull request can hide in a formula: a link whose protocol runs code (`\\href{javascript:…}`,
 * shown as a live link where the renderer allows links), and sizes no page holds (`\\rule{99999em}{99999em}`).
 */
export function hostileTexFindings(tex: string): MathFinding[] {
  const findings: MathFinding[] = [];
  for (const link of tex.matchAll(LINK)) {
    // Renderers read the protocol as browsers do: whitespace and control characters left out, any case.
    const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(link[1]!.replace(/[\s\u0000-\u001f]/g, ''))?.[1]?.toLowerCase();
    if (protocol === 'javascript' || protocol === 'vbscript' || protocol === 'data') {
      findings.push({
        rule: hostileTex.id,
        message: `A ${protocol}: link runs code or loads content when clicked, where the renderer makes links live (MathJax's html extension, KaTeX with trust). Link to an https: address.`,
        start: texOffset(link.index),
        end: texOffset(link.index + link[0].length - link[1]!.length),
      });
    }
  }
  for (const size of tex.matchAll(SIZE)) {
    for (const dimension of size[1]!.matchAll(/(-?\d*\.?\d+)\s*([a-z]{2})/g)) {
      const em = Math.abs(Number(dimension[1])) * (EM_PER_UNIT[dimension[2]!] ?? 0);
      if (em <= MAX_EM) continue;
      findings.push({
        rule: hostileTex.id,
        message: `A size of ${dimension[1]}${dimension[2]} (about ${Math.round(em)} em; a page is about 50 em wide): renderers lay it out and browsers slow down or draw over the page.`,
        start: texOffset(size.index),
        end: texOffset(size.index + size[0].length),
      });
      break;
    }
  }
  return findings;
}
