import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { PROFILE_NAMES } from '../../src/math/profiles.js';
import { rendererPage } from '../helpers/mathjax.js';

const uses = (macro: string, count: number, join = '+') => Array.from({ length: count }, () => macro).join(join);
const DEFINE_V = String.raw`\newcommand{\v}{x} `;
const NESTED = String.raw`\newcommand{\c}{x}\newcommand{\b}{\c\c}\newcommand{\a}{\b\b} `;

/**
 * Formulas at the limits MathJax sets itself (3.2.2 and 4: 1,000 macro substitutions a formula, 5 KB of text left
 * after a substitution, and its own syntax of dimensions), which KaTeX's reading does not share: each judged by the
 * renderer and by mathrepro under its profile. They passed before, MathJax refusing them.
 */
const FORMULAS = [
  DEFINE_V + uses(String.raw`\v`, 999),
  DEFINE_V + uses(String.raw`\v`, 1000),
  DEFINE_V + uses(String.raw`\v`, 1001),
  DEFINE_V + uses(String.raw`\v`, 1500),
  // Each \a is seven substitutions (\a, two \b, four \c).
  NESTED + uses(String.raw`\a`, 140),
  NESTED + uses(String.raw`\a`, 150),
  DEFINE_V + String.raw`\v ` + '+ y'.repeat(1500),
  DEFINE_V + String.raw`\v ` + '+ y'.repeat(2100),
  DEFINE_V + '+ y'.repeat(2100) + String.raw`\v`,
  String.raw`\rule{1e3em}{1em}`,
  String.raw`\rule{1.5.em}{1em}`,
  String.raw`\rule{2em x}{1em}`,
  String.raw`\rule{2em}{1em}`,
  String.raw`\rule[-1ex]{1,5em}{0.4pt}`,
  String.raw`\rule{2EM}{1em}`,
  String.raw`\rule{2bp}{1em}`,
  String.raw`\kern{1.5.em}`,
  String.raw`\kern 1.5.em x`,
  String.raw`\kern 1.5em x`,
  String.raw`\hspace{2em x}`,
  String.raw`\hspace{ -.5 em }`,
  String.raw`\mkern3mu x`,
  String.raw`\raise{0.5ex}{x}`,
  String.raw`\raise{half}{x}`,
  String.raw`a \above 1pt b`,
  String.raw`a \above{thick} b`,
  String.raw`\Rule{1em}{2em}{3em}`,
  String.raw`\\rule{x}`,
];

describe("MathJax's own limits, as each renderer profile meets them", () => {
  for (const renderer of PROFILE_NAMES) {
    it(renderer, () => {
      const root = mkdtempSync(join(tmpdir(), `mathrepro-limits-${renderer}-`));
      writeFileSync(join(root, '.mathrepro.yml'), `renderers:\n  "**": ${renderer}\n`);
      FORMULAS.forEach((tex, index) => writeFileSync(join(root, `f${index}.md`), `\`\`\`math\n${tex}\n\`\`\`\n`));
      const { report } = runCheck({ root, paths: [] });
      const verdicts = FORMULAS.map((tex, index) => {
        const ours = report.diagnostics.some((d) => d.file === `f${index}.md` && (d.severity === 'error' || d.rule === 'renderer-compat'));
        const theirs = rendererPage(renderer).typeset(tex, true);
        return `${ours ? 'fails' : 'renders'} ${theirs ? 'fails' : 'renders'}  ${tex.slice(0, 60)}${theirs ? `  (${theirs})` : ''}`;
      });
      const disagreements = verdicts.filter((line) => !line.startsWith('fails fails') && !line.startsWith('renders renders'));
      expect(disagreements).toEqual([]);
    });
  }
});
