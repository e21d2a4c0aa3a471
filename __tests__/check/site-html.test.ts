import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryWith } from '../helpers/fixtures.js';
import { runCheck } from '../../src/app/check.js';

/** Unknown commands on the site (each page is judged for GitHub too, which has no macros: those are apart). */
const unknown = (root: string) =>
  runCheck({ root, paths: [] })
    .report.diagnostics.filter((d) => d.rule === 'unknown-command' && d.target !== 'github')
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

describe('macros a site configures in its build files (read as text, never run)', () => {
  const page = 'The space $\\RR^n$, a vector $\\vect{x}$ and $\\Prob(A)$; $\\nope$ is defined nowhere.\n';

  it("reads a Sphinx conf.py's mathjax3_config: raw strings, a tuple with its argument count", () => {
    const confPy = [
      'project = "notes"',
      'extensions = ["myst_parser", "sphinx.ext.mathjax"]',
      'mathjax3_config = {',
      '    "tex": {',
      '        "macros": {',
      '            "RR": r"\\mathbb{R}",',
      "            'Prob': '\\\\operatorname{P}',",
      '            "vect": (r"\\mathbf{#1}", 1),',
      '        },',
      '    },',
      '}',
    ].join('\n');
    const root = repositoryWith({ 'docs/conf.py': confPy, 'docs/notes.md': page });
    expect(unknown(root)).toEqual(['docs/notes.md Unknown command \\nope']);
    // Without the configuration the same page has four unknown commands (it was so before conf.py was read).
    expect(unknown(repositoryWith({ 'docs/notes.md': page }))).toHaveLength(4);
  });

  it('reads the MathJax configuration an mkdocs.yml loads through extra_javascript, past its !!python/name: tags', () => {
    const mkdocs = [
      'site_name: Notes',
      'markdown_extensions:',
      '  - pymdownx.arithmatex:',
      '      generic: true',
      '  - pymdownx.superfences:',
      '      custom_fences:',
      '        - name: mermaid',
      '          format: !!python/name:pymdownx.superfences.fence_code_format',
      'extra_javascript:',
      '  - javascripts/mathjax.js',
      '  - https://unpkg.com/mathjax@3/es5/tex-mml-chtml.js',
    ].join('\n');
    const script =
      'window.MathJax = {\n  tex: {\n    inlineMath: [["\\\\(", "\\\\)"]],\n    macros: { RR: "\\\\mathbb{R}", Prob: "\\\\operatorname{P}", vect: ["\\\\mathbf{#1}", 1] }\n  }\n};\n';
    const root = repositoryWith({ 'mkdocs.yml': mkdocs, 'docs/javascripts/mathjax.js': script, 'docs/notes.md': page });
    expect(unknown(root)).toEqual(['docs/notes.md Unknown command \\nope']);
  });

  it('reads an mkdocs.yml as PyYAML does: a script listed as a mapping, `!ENV` and merge keys, a key written twice taking its last value', () => {
    const mkdocs = [
      'site_name: Notes',
      'docs_dir: wrong',
      'docs_dir: pages',
      'defaults: &defaults',
      '  generic: true',
      'markdown_extensions:',
      '  - pymdownx.arithmatex:',
      '      <<: *defaults',
      'plugins:',
      '  - search:',
      '      enabled: !ENV [SEARCH, true]',
      'extra_javascript:',
      '  - path: javascripts/mathjax.js',
      '    defer: true',
      '  - https://unpkg.com/mathjax@3/es5/tex-mml-chtml.js',
    ].join('\n');
    const script = 'window.MathJax = { tex: { macros: { RR: "\\\\mathbb{R}", Prob: "\\\\operatorname{P}", vect: ["\\\\mathbf{#1}", 1] } } };\n';
    const root = repositoryWith({ 'mkdocs.yml': mkdocs, 'pages/javascripts/mathjax.js': script, 'pages/notes.md': page });
    expect(unknown(root)).toEqual(['pages/notes.md Unknown command \\nope']);
  });
});
