import { spawnSync } from 'node:child_process';
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

describe('a site configuration that cannot be read', () => {
  /** The findings on files that are no pages, and whether the page was checked (its formulas). */
  const configFindings = (root: string) => {
    const { report, files } = runCheck({ root, paths: [] });
    return {
      findings: report.diagnostics.filter((d) => !d.file.endsWith('.md')).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`),
      pageFormulas: files.filter((file) => file.file.endsWith('.md')).flatMap((file) => file.formulas.map((formula) => formula.tex)),
    };
  };
  /** Whether PyYAML, the YAML MkDocs and Jupyter Book read with, refuses the text too (when Debian's python3-yaml is here). */
  const pyyamlRefuses = (text: string) => {
    const run = spawnSync('/usr/bin/python3', ['-c', 'import sys, yaml; yaml.safe_load(sys.stdin.read())'], { input: text, encoding: 'utf8' });
    return run.error ? undefined : run.status !== 0;
  };

  it('names an mkdocs.yml that is not YAML, at its error, and still checks the pages as an MkDocs site', () => {
    const mkdocs = ['site_name: Notes', 'markdown_extensions:', '  - pymdownx.arithmatex:', '      generic: true', '   - admonition', ''].join('\n');
    const root = repositoryWith({ 'mkdocs.yml': mkdocs, 'docs/page.md': '!!! note\n    Inside, $x^2$.\n' });
    const { findings, pageFormulas } = configFindings(root);
    expect(findings).toEqual([
      "mkdocs.yml:5:4 error site-config-unreadable: Not valid YAML: bad indentation of a sequence entry; the site generator cannot read it either. Without it, its pages are checked as an MkDocs site with Material's usual extensions (arithmatex, admonition, details, tabbed, md_in_html) and none of its macros.",
    ]);
    expect(pageFormulas).toEqual(['x^2']);
    expect(pyyamlRefuses(mkdocs)).not.toBe(false);
    // Its Python tags are no error: PyYAML's loader for MkDocs reads them, and so does mathrepro (as inert values).
    const tagged =
      'site_name: Notes\nmarkdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n        - name: math\n          format: !!python/name:pymdownx.arithmatex.fence_mathjax_format\n';
    expect(configFindings(repositoryWith({ 'mkdocs.yml': tagged, 'docs/page.md': '$x$\n' })).findings).toEqual([]);
  });

  it("names a myst.yml whose macros are not macros, and a Jupyter Book's _config.yml that is not YAML", () => {
    const myst = repositoryWith({ 'myst.yml': 'version: 1\nproject:\n  math:\n    "\\\\RR": [1, 2]\n', 'page.md': 'In $\\RR$.\n' });
    expect(configFindings(myst).findings).toEqual([
      'myst.yml:1:1 error site-config-unreadable: Its macros cannot be read: project.math: \\RR must be a definition or [definition, number of arguments]. Without it, its pages are checked without the macros it defines.',
    ]);
    const book = repositoryWith({ '_config.yml': 'title: Book\nsphinx:\n  config: {\n', '_toc.yml': 'format: jb-book\nroot: intro\n', 'intro.md': '$x$\n' });
    const { findings } = configFindings(book);
    expect(findings).toEqual([
      "_config.yml:3:12 error site-config-unreadable: Not valid YAML: deficient indentation; the site generator cannot read it either. Without it, its pages are checked without what it sets: its macros, and whether it is a Jupyter Book's.",
    ]);
    expect(pyyamlRefuses('title: Book\nsphinx:\n  config: {\n')).not.toBe(false);
  });

  it('reads no configuration a link carries out of the repository, and says so without quoting it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-outside-'));
    writeFileSync(join(outside, 'secret.yml'), 'token: [ghp_not_yaml\n');
    const root = repositoryWith({ 'docs/page.md': '$x$\n' });
    symlinkSync(join(outside, 'secret.yml'), join(root, 'mkdocs.yml'));
    const { findings } = configFindings(root);
    expect(findings).toEqual([expect.stringMatching(/^mkdocs\.yml:1:1 error site-config-unreadable: Not read: a link out of the repository\./)]);
    expect(findings.join('\n')).not.toContain('ghp_');
  });
});
