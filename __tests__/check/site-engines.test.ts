import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { repositoryWith } from '../helpers/fixtures.js';

/**
 * A mystmd site (a myst.yml project, Jupyter Book 2) renders its pages with the KaTeX its lock file pins, 0.15.6,
 * plus its own \mbox and mhchem. Commands KaTeX added later and 8-digit colours fail there; the verdicts below are
 * KaTeX 0.15.6's own (scripts/katex-versions.mjs runs it), and they passed before, judged with MathJax 3.
 */
describe("a mystmd site's pages, judged by its KaTeX", () => {
  const page = [
    '# Notes',
    '',
    'Jerk $\\dddot{x}$, snap $\\ddddot{x}$, a set $\\mathsfit{A}$, a bracket $\\underbracket{a+b}$.',
    '',
    'A colour $\\color{#ff000080}{x}$, another $\\textcolor{#f008}{y}$; fine: $\\color{#f00}{z}$ and $\\color{#00ff00}{w}$.',
    '',
    'Fine too: $\\mbox{if } x \\ge 0$, $\\ce{H2O}$, $\\underbrace{a+b}_{2}$, $\\operatorname{tr} A$.',
    '',
  ].join('\n');
  const notebook = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: 'markdown', metadata: {}, source: '$\\dddot{x}$' }] });
  const root = repositoryWith({
    'book/myst.yml': 'version: 1\nproject:\n  title: Notes\n',
    'book/chapter/index.md': page,
    'book/chapter/run.ipynb': notebook,
    'README.md': 'Jerk $\\dddot{x}$.\n',
  });
  const { report } = runCheck({ root, paths: [] });
  const found = (file: string) => report.diagnostics.filter((d) => d.file === file).map((d) => `${d.line}:${d.column} ${d.rule}`);

  it('reports the commands KaTeX 0.15.6 lacks and the colours it cannot read, and nothing else', () => {
    expect(found('book/chapter/index.md')).toEqual([
      '3:7 unknown-command',
      '3:25 unknown-command',
      '3:45 unknown-command',
      '3:71 unknown-command',
      '5:18 syntax-error',
      '5:54 syntax-error',
    ]);
    const messages = report.diagnostics.filter((d) => d.file === 'book/chapter/index.md').map((d) => d.message);
    expect(messages[0]).toBe('Unknown command \\dddot: mystmd (KaTeX 0.15.6) does not define it (KaTeX added it after 0.15.6).');
    expect(messages[4]).toBe("Invalid color '#ff000080' for mystmd (KaTeX 0.15.6): KaTeX 0.15.6 reads #RGB and #RRGGBB, not 8 digits.");
  });

  it('leaves the files the site does not render to their own renderers (a notebook in JupyterLab, the README on GitHub)', () => {
    expect(found('book/chapter/run.ipynb')).toEqual([]);
    expect(found('README.md')).toEqual([]);
  });
});
