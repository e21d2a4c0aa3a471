import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryWith } from '../helpers/fixtures.js';
import { runCheck } from '../../src/app/check.js';

const unknown = (root: string) =>
  runCheck({ root, paths: [] })
    .report.diagnostics.filter((d) => d.rule === 'unknown-command')
    .map((d) => `${d.file} ${d.message.split(':')[0]}`);

describe('macros a static site defines in its HTML', () => {
  it("knows a Jekyll layout's hidden definitions and its MathJax macros, and still reports what no one defines", () => {
    const layout = [
      '<html><head><script>',
      'MathJax = { tex: { inlineMath: [["$", "$"]], macros: { bold: ["{\\\\bf #1}", 1], RR: "\\\\mathbb{R}" } } };',
      '</script></head><body>',
      '<div style="display:none">',
      '$$',
      '\\gdef\\E{\\mathbb{E}}',
      '\\newcommand{\\Var}{\\operatorname{Var}}',
      '\\DeclareMathOperator{\\Tr}{Tr}',
      '$$',
      '</div>',
      '{{ content }}',
      '</body></html>',
    ].join('\n');
    const root = repositoryWith({
      '_config.yml': 'title: Course notes\ntheme: minima\n',
      '_layouts/default.html': layout,
      'notes.md': 'Use $\\E[X]$, $\\Var(X)$, $\\Tr A$, $\\RR^n$ and $\\bold{v}$; but $\\Cov$ is undefined.\n',
    });
    expect(unknown(root)).toEqual(['notes.md Unknown command \\Cov']);
  });

  it("knows the KaTeX macros of a docsify site's index.html", () => {
    const root = repositoryWith({
      'docs/index.html': '<script>\nwindow.$docsify = { name: "book", katex: { macros: { "\\\\N": "\\\\mathbb{N}" } } };\n</script>\n',
      'docs/README.md': 'Counting: $\\N$ and $\\Zz$.\n',
    });
    expect(unknown(root)).toEqual(['docs/README.md Unknown command \\Zz']);
  });

  it('reads no layout a link carries out of the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-outside-'));
    writeFileSync(join(outside, 'default.html'), '$$\\gdef\\E{\\mathbb{E}}$$');
    const root = repositoryWith({ '_config.yml': 'title: x\n', 'notes.md': 'Use $\\E[X]$.\n' });
    symlinkSync(outside, join(root, '_layouts'));
    expect(unknown(root)).toEqual(['notes.md Unknown command \\E']);
  });
});
