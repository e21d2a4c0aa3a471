import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { jupyterlabMath, removeMath } from '../helpers/jupyterlab.js';

/** A notebook with one markdown cell, checked; its formulas and findings. */
function notebook(source: string) {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-jupyter-'));
  const cells = [{ cell_type: 'markdown', metadata: {}, source }];
  writeFileSync(join(root, 'n.ipynb'), JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1));
  const { files, report } = runCheck({ root, paths: [] });
  return {
    formulas: files[0]!.formulas.map((f) => f.tex),
    findings: report.diagnostics.map((d) => d.rule),
    places: report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`),
  };
}

describe('notebooks: math found as JupyterLab finds it', () => {
  it('pairs a closing dollar followed by a digit ($\\pm$2 is math in JupyterLab)', () => {
    expect(notebook('The error is $\\pm$2 units and $x$.').formulas).toEqual(['\\pm', 'x']);
  });

  it('typesets math inside HTML blocks, but not in HTML comments or code', () => {
    const cell = '<div>\nAt state $x_k$ we plan.\n</div>\n\n<!-- $hidden$ -->\n\n`$code$` and\n\n    $indented$\n';
    expect(notebook(cell).formulas).toEqual(['x_k']);
  });

  it('names prices JupyterLab pairs as math ($100-$200: the reader sees 100- and no dollar sign); escaped, they are text', () => {
    const cell = 'It costs $100-$200 a month, $5 or $10 more; but $2$ and $x$3 are math.';
    // JupyterLab's own extraction (rendermime's removeMath) takes the prices as formulas.
    expect(removeMath(cell).math).toEqual(['$100-$', '$5 or $', '$2$', '$x$']);
    const { formulas, findings } = notebook(cell);
    expect(formulas).toEqual(['100-', '5 or ', '2', 'x']);
    expect(findings).toEqual(['swallowed-text', 'swallowed-text']);
    const escaped = 'It costs \\$100-\\$200 a month, \\$5 or \\$10 more; but $2$ and $x$3 are math.';
    expect(removeMath(escaped).math).toEqual(['$2$', '$x$']);
    expect(notebook(escaped)).toMatchObject({ formulas: ['2', 'x'], findings: [] });
  });

  it("names a ```math block, which JupyterLab shows as code (GitHub's Markdown files typeset it)", () => {
    const cell = 'Energy:\n\n```math\nE = mc^2\n```\n\nand\n\n~~~math\n\\begin{aligned} a = b \\end{aligned}\n~~~\n\nbut $$x^2$$ is math.\n';
    const { places, formulas } = notebook(cell);
    // (At each fence's marker, in the notebook's JSON: the cell's source is one string on line 6.)
    expect(places).toEqual(['6:26 shown-as-text', '6:59 shown-as-text']);
    // (JupyterLab's extraction takes the environment out, but puts it back in the code block, where MathJax leaves
    // it: no formula.)
    expect(formulas).toEqual(['x^2']);
    const jupyterlab = jupyterlabMath(cell);
    expect(jupyterlab.html).toContain('<pre><code class="language-math">E = mc^2');
    expect(jupyterlab.asCode).toEqual(['\\begin{aligned} a = b \\end{aligned}']);
    expect(jupyterlab.typeset).toEqual(['$$x^2$$']);
  });

  it('reads any bare environment as math: pmatrix, bmatrix, array', () => {
    const cell = 'A matrix \\begin{bmatrix} 1 & 2 \\end{bmatrix} and \\begin{array}{c} a \\end{array}.';
    expect(notebook(cell).formulas).toEqual(['\\begin{bmatrix} 1 & 2 \\end{bmatrix}', '\\begin{array}{c} a \\end{array}']);
  });

  it('does not read \\( \\) with one backslash (Markdown makes it a parenthesis), but \\\\( \\\\) is math', () => {
    expect(notebook('Heads \\(k\\) and \\\\(n\\\\).').formulas).toEqual(['n']);
  });

  it('reports a brace never closed, after which JupyterLab runs the formula on over the next dollars', () => {
    const { formulas, findings } = notebook('Sum $\\frac{1}{2$ and $x$ and $y$.');
    expect(formulas).toEqual(['\\frac{1}{2$ and $x$ and $y']);
    expect(findings).toContain('swallowed-text');
  });

  it('closes a dollar only at brace depth zero, and never across a blank line', () => {
    expect(notebook('$\\text{a $b$ c}$ then $open\n\nnot $closed$').formulas).toEqual(['\\text{a $b$ c}', 'closed']);
  });
});
