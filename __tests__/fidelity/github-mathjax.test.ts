import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';

/**
 * The `github` profile held to GitHub's own client code for <math-renderer> (as vendored in giscus/giscus,
 * lib/vendor/math-renderer-element.ts, 2024-12), written out here on its own rather than read from the profile:
 * MathJax 3's full TeX bundle less the packages the client removes, its refusal of any formula whose text holds
 * `\` and one of its names, and its "Unable to render expression." for 100 or more `{`. MathJax 3.2.2 itself judges
 * each formula under that setup; mathrepro must agree, command class by command class.
 */
const load = createRequire(import.meta.url);
const { AllPackages } = load('mathjax-full/js/input/tex/AllPackages.js') as { AllPackages: string[] };
const { mathjaxPage } = load('../../src/math/mathjax-referee.cjs') as {
  mathjaxPage: (engine: string, packages: readonly string[]) => { convert(tex: string, display: boolean, fresh?: boolean): void };
};

const REMOVED = ['noerrors', 'bbox', 'html', 'require', 'newcommand', 'action', 'colortbl'];
const REFUSED = [
  'DeclareMathOperator',
  'DeclarePairedDelimiters',
  'renewtagform',
  'newtagform',
  'colorbox',
  'fcolorbox',
  'hphantom',
  'vphantom',
  'phantom',
  'operatorname',
  'Newextarrow',
  'definecolor',
  'mathchoice',
  'unicode',
  'mmlToken',
];
// noundefined shows an undefined command as its name in red: a reader sees it, so it is judged an error here.
const page = mathjaxPage(
  'mathjax3',
  AllPackages.filter((name) => !REMOVED.includes(name) && name !== 'noundefined'),
);

/** GitHub's client: refused by its text, refused by its braces, or MathJax's own verdict. */
function github(tex: string): 'renders' | 'fails' {
  if (REFUSED.some((name) => tex.includes(`\\${name}`))) return 'fails';
  if (`$$${tex}$$`.split('{').length > 100) return 'fails';
  try {
    page.convert(tex, true, true);
    return 'renders';
  } catch {
    return 'fails';
  }
}

const CLASSES: Record<string, string[]> = {
  'packages GitHub loads (mathtools, upgreek, gensymb, centernot, cancel, mhchem, braket, cases, empheq, textcomp)': [
    String.raw`a \coloneqq b`,
    String.raw`\mathclap{\sum_i} x`,
    String.raw`\upalpha + \Upomega`,
    String.raw`90\degree`,
    String.raw`a \centernot\in B`,
    String.raw`\cancel{x}`,
    String.raw`\ce{H2O}`,
    String.raw`\bra{x}\ket{y}`,
    String.raw`\begin{numcases}{f(x)=} 1 & x > 0 \end{numcases}`,
    String.raw`\text{\textdegree}`,
    String.raw`\DeclarePairedDelimiter\abs{\lvert}{\rvert} \abs{x}`,
  ],
  'packages it leaves out: bbox, html, action, colortbl, newcommand, require': [
    String.raw`\bbox[red]{x}`,
    String.raw`\href{https://example.org}{x}`,
    String.raw`\class{a}{x}`,
    String.raw`\toggle{a}{b}\endtoggle`,
    String.raw`\begin{array}{c} \cellcolor{red} x \end{array}`,
    String.raw`\newcommand{\R}{\mathbb{R}} \R`,
    String.raw`\def\R{\mathbb{R}} \R`,
    String.raw`\require{cancel} x`,
  ],
  'refused by its text, anywhere in a command name': [
    String.raw`\phantom{x}`,
    String.raw`\hphantom{x}`,
    String.raw`\vphantom{x}`,
    String.raw`\mathchoice{a}{b}{c}{d}`,
    String.raw`\unicode{x263A}`,
    String.raw`\operatorname{sign}(x)`,
    String.raw`\operatorname*{argmax}_x`,
    String.raw`\operatornamewithlimits{argmax}_x`,
    String.raw`\colorbox{yellow}{x}`,
    String.raw`\DeclareMathOperator{\Tr}{Tr} \Tr A`,
  ],
  'what MathJax 3 takes and KaTeX does not': ['10 \\pm $1 per sale', String.raw`\text{costs $x$}`],
  'braces: 99 render, 100 are refused': [`${'{x}'.repeat(99)}`, `${'{x}'.repeat(100)}`],
  'what MathJax 3 refuses itself': [String.raw`\text{max_iter}`, String.raw`\frac{1}{2`, String.raw`\left( x`, String.raw`x^2^3`],
};

describe("the github profile, held to GitHub's client code", () => {
  for (const [name, formulas] of Object.entries(CLASSES)) {
    it(name, () => {
      const root = mkdtempSync(join(tmpdir(), 'mathrepro-github-mathjax-'));
      // A ```math block reaches MathJax as written, one formula to a file.
      formulas.forEach((tex, index) => writeFileSync(join(root, `f${index}.md`), `\`\`\`math\n${tex}\n\`\`\`\n`));
      const { report } = runCheck({ root, paths: [] });
      const ours = formulas.map((_, index) => (report.diagnostics.some((d) => d.file === `f${index}.md` && d.severity === 'error') ? 'fails' : 'renders'));
      expect(ours.map((verdict, index) => `${verdict} ${formulas[index]}`)).toEqual(formulas.map((tex) => `${github(tex)} ${tex}`));
    });
  }

  it('each class has formulas that render and formulas that fail where the client code says so', () => {
    expect(github(String.raw`a \coloneqq b`)).toBe('renders');
    expect(github(String.raw`\bbox[red]{x}`)).toBe('fails');
    expect(github(String.raw`\operatornamewithlimits{argmax}_x`)).toBe('fails');
    expect(github('{x}'.repeat(99))).toBe('renders');
    expect(github('{x}'.repeat(100))).toBe('fails');
  });
});
