import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { PROFILE_NAMES } from '../../src/math/profiles.js';
import { rendererPage } from '../helpers/mathjax.js';

/**
 * Formulas that tell the renderer profiles apart, each judged by the renderer itself (MathJax 3.2.2 as GitHub,
 * JupyterLab and MathJax 3's default component set it up; MathJax 4; KaTeX) and by mathrepro under that profile.
 */
const FORMULAS = [
  String.raw`\begin{array}\\ a \end{array}`,
  String.raw`\begin{array}{cc} a & b \end{array}`,
  String.raw`a \* b`,
  String.raw`\text{max_iter}`,
  String.raw`\text{a^b}`,
  String.raw`\text{a & b}`,
  String.raw`\text{see \dots}`,
  String.raw`\text{if } x \le y`,
  String.raw`\text{a\_b}`,
  String.raw`\textbf{n_layers}`,
  String.raw`\mbox{count_zero}`,
  String.raw`\operatorname{softmax}(x)`,
  String.raw`\operatorname*{argmax}_x f(x)`,
  String.raw`\DeclareMathOperator{\Tr}{Tr} \Tr A`,
  String.raw`\colorbox{yellow}{x}`,
  String.raw`\fcolorbox{red}{blue}{x}`,
  String.raw`\color{red}{x}`,
  String.raw`\newcommand{\vect}[1]{\mathbf{#1}} \vect{x}`,
  String.raw`\R^n`,
  String.raw`\N \subset \Z`,
  String.raw`\lamda + 1`,
  String.raw`\ce{H2O}`,
  String.raw`\cancel{x}`,
  String.raw`\bbox[red]{x}`,
  String.raw`\htmlClass{a}{b}`,
  String.raw`\frac{1}{2`,
  String.raw`x^2^3`,
  String.raw`\begin{CD} A @>>> B \end{CD}`,
  String.raw`a \coloneqq b`,
  String.raw`\bra{x} \ket{y}`,
  String.raw`\unicode{x263A}`,
  String.raw`\require{cancel} \cancel{y}`,
  String.raw`\begin{eqnarray} a &=& b \end{eqnarray}`,
  String.raw`\begin{multline} a \\ b \end{multline}`,
  String.raw`\sideset{}{'}\sum_{n} a_n`,
  String.raw`\boldsymbol{x} + \pmb{y}`,
  String.raw`\xrightarrow{f} \xleftrightarrow{g}`,
  String.raw`\href{https://example.org}{y}`,
  String.raw`\mathscr{A} \mathbb{R} \mathcal{B}`,
  String.raw`x \tag{1}`,
  String.raw`\vcentcolon \dfrac{1}{2} \tfrac{1}{2}`,
  String.raw`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`,
  String.raw`\left( x \right.`,
  String.raw`\left( x`,
  String.raw`\begin{align} a &= b`,
  String.raw`\mathrm{a}^^b`,
  String.raw`\underbrace{a+b}_{n}`,
  String.raw`\overset{!}{=} \stackrel{?}{=}`,
  String.raw`\iddots \ddots`,
  String.raw`\char"41`,
  String.raw`\Set{x}`,
  String.raw`\mathbin{\#}`,
];

describe('each renderer profile judges as its renderer', () => {
  for (const renderer of PROFILE_NAMES) {
    it(renderer, () => {
      const root = mkdtempSync(join(tmpdir(), `mathrepro-profile-${renderer}-`));
      writeFileSync(join(root, '.mathrepro.yml'), `renderers:\n  "**": ${renderer}\n`);
      // One formula to a file: definitions and labels never carry over from one to the next. A ```math block reaches
      // the renderer as written (GitHub reads its Markdown escapes in $$ first).
      FORMULAS.forEach((tex, index) => writeFileSync(join(root, `f${index}.md`), `\`\`\`math\n${tex}\n\`\`\`\n`));
      const { report } = runCheck({ root, paths: [] });
      const verdicts = FORMULAS.map((tex, index) => {
        const ours = report.diagnostics.some(
          (d) => (d.file === `f${index}.md` && d.severity === 'error') || (d.file === `f${index}.md` && d.rule === 'renderer-compat'),
        );
        const theirs = rendererPage(renderer).typeset(tex, true);
        return `${ours ? 'fails' : 'renders'} ${theirs ? 'fails' : 'renders'}  ${tex}${theirs ? `  (${theirs})` : ''}`;
      });
      const disagreements = verdicts.filter((line) => !line.startsWith('fails fails') && !line.startsWith('renders renders'));
      expect(disagreements).toEqual([]);
    });
  }
});
