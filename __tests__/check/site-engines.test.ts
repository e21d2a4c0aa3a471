import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { profile } from '../../src/math/profiles.js';
import { FIXTURES, repositoryWith } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

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
  const found = (file: string) => report.diagnostics.filter((d) => d.file === file).map((d) => `${d.line}:${d.column} ${d.rule} ${d.target ?? 'both'}`);

  it('reports the commands KaTeX 0.15.6 lacks and the colours it cannot read, and nothing else', () => {
    // GitHub, where the page is browsed too, has all of these; it refuses \\operatorname, which the site renders.
    expect(found('book/chapter/index.md')).toEqual([
      '3:7 unknown-command site',
      '3:25 unknown-command site',
      '3:45 unknown-command site',
      '3:71 unknown-command site',
      '5:18 syntax-error site',
      '5:54 syntax-error site',
      '7:70 refused-command github',
    ]);
    const messages = report.diagnostics.filter((d) => d.file === 'book/chapter/index.md').map((d) => d.message);
    expect(messages[0]).toBe('Unknown command \\dddot: mystmd (KaTeX 0.15.6) does not define it (KaTeX added it after 0.15.6). (on the mystmd site)');
    expect(messages[4]).toBe("Invalid color '#ff000080' for mystmd (KaTeX 0.15.6): KaTeX 0.15.6 reads #RGB and #RRGGBB, not 8 digits. (on the mystmd site)");
    expect(messages[6]).toMatch(/^GitHub's MathJax refuses \\operatorname.* \(on GitHub\)$/);
  });

  it('leaves the files the site does not render to their own renderers (a notebook in JupyterLab, the README on GitHub)', () => {
    expect(found('book/chapter/run.ipynb')).toEqual([]);
    expect(found('README.md')).toEqual([]);
  });
});

describe('targets: GitHub and the site, and what each counts for', () => {
  const files = {
    'docs/index.html': '<html><script>window.$docsify = { katex: { macros: { "\\\\RR": "\\\\mathbb{R}" } } }</script></html>\n',
    // A CJK character right before `$`: the site's auto-render typesets it, GitHub shows it as typed.
    'docs/README.md': '# 笔记\n\n其中$x$为参数，空间 $\\RR^n$。\n',
  };

  it('names the target of each finding the other does not share, in the message and as JSON target', async () => {
    const root = repositoryWith(files);
    const result = await cli(['check', '--no-cache', '--format', 'json'], root);
    const report = JSON.parse(result.stdout) as {
      diagnostics: Array<{ line: number; column: number; rule: string; target?: string; message: string; severity: string }>;
    };
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.target} ${d.severity}`)).toEqual([
      '3:3 shown-as-text github error',
      '3:14 unknown-command github error',
    ]);
    expect(report.diagnostics[0]!.message).toMatch(/^GitHub shows `\$x\$` as typed: .* \(on GitHub\)$/);
    expect(result.status).toBe(1);
  });

  it('counts GitHub for warnings only, or not at all, as .mathrepro.yml says (a book read only on its site)', async () => {
    const warned = repositoryWith({ ...files, '.mathrepro.yml': 'targets:\n  github: warning\n' });
    const result = await cli(['check', '--no-cache', '--format', 'json'], warned);
    expect((JSON.parse(result.stdout) as { diagnostics: Array<{ severity: string }> }).diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(result.status).toBe(0);
    const off = repositoryWith({ ...files, '.mathrepro.yml': 'targets:\n  github: off\n' });
    expect(runCheck({ root: off, paths: [] }).report.diagnostics).toEqual([]);
    const wrong = await cli(['check'], repositoryWith({ ...files, '.mathrepro.yml': 'targets:\n  gitlab: off\n' }));
    expect(wrong.stderr).toContain("targets: unknown target 'gitlab' (known: github, site)");
    expect(wrong.status).toBe(2);
  });
});

describe("the pull request's comment says where a formula does not render", () => {
  it('marks a formula broken on GitHub only (the site renders it)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-targets-preview-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'index.html'), '<html><script>window.$docsify = { katex: { macros: { "\\\\RR": "\\\\mathbb{R}" } } }</script></html>\n');
    writeFileSync(join(root, 'docs', 'README.md'), '# 笔记\n\n空间 $x$。\n');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(join(root, 'docs', 'README.md'), '# 笔记\n\n空间 $x$。\n\n新的$y^2$公式，和 $\\RR^n$。\n');
    const { stdout } = await cli(['preview', '--base', 'HEAD'], root);
    expect(stdout).toContain('**Added** at line 5 ❌ does not render on GitHub (the site renders it):\n\n```math\ny^2\n```');
    // Shown with the site's macro written out, as GitHub needs it.
    expect(stdout).toContain('**Added** at line 5 ❌ does not render on GitHub (the site renders it):\n\n```math\n\\mathbb{R}^n\n```');
  });
});

describe("the engine a site's build files name", () => {
  // MathJax 4 refuses an array whose column specification is missing ("Illegal pream-token"); MathJax 3 keeps only
  // an array's c, l, r letters and renders it.
  const page = 'An array $\\begin{array}\\\\ a \\end{array}$ and $\\R^n$.\n';
  const siteFindings = (files: Record<string, string>) =>
    runCheck({ root: repositoryWith(files), paths: [] })
      .report.diagnostics.filter((d) => d.target !== 'github')
      .map((d) => `${d.rule} ${d.message.split(':')[0]}`);

  it('Sphinx: MathJax 4 unless mathjax_path or the pinned Sphinx (before 9) says MathJax 3', () => {
    const conf = 'project = "notes"\nextensions = ["myst_parser"]\n';
    expect(siteFindings({ 'docs/conf.py': conf, 'docs/page.md': page }).map((f) => f.split(' ')[0])).toContain('syntax-error');
    const pinned3 = `${conf}mathjax_path = "https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"\n`;
    expect(siteFindings({ 'docs/conf.py': pinned3, 'docs/page.md': page }).map((f) => f.split(' ')[0])).not.toContain('syntax-error');
    const sphinx8 = { 'docs/conf.py': conf, 'docs/requirements.txt': 'sphinx==8.2.3\nmyst-parser==4.0.1\n', 'docs/page.md': page };
    expect(siteFindings(sphinx8).map((f) => f.split(' ')[0])).not.toContain('syntax-error');
  });

  it("Jupyter Book 1: MathJax 3, or the MathJax its _config.yml's mathjax_path names", () => {
    const config = 'title: Notes\nsphinx:\n  config:\n    mathjax_path: https://cdn.jsdelivr.net/npm/mathjax@4/tex-mml-chtml.js\n';
    expect(
      siteFindings({ 'book/_config.yml': config, 'book/_toc.yml': 'format: jb-book\nroot: page\n', 'book/page.md': page }).map((f) => f.split(' ')[0]),
    ).toContain('syntax-error');
    const plain = {
      'book/_config.yml': 'title: Notes\nexecute:\n  execute_notebooks: off\n',
      'book/_toc.yml': 'format: jb-book\nroot: page\n',
      'book/page.md': page,
    };
    expect(siteFindings(plain).map((f) => f.split(' ')[0])).not.toContain('syntax-error');
  });

  it("Quarto: KaTeX where _quarto.yml's html-math-method says so (\\R is KaTeX's), else MathJax 3", () => {
    const katex = { '_quarto.yml': 'project:\n  type: book\nformat:\n  html:\n    html-math-method: katex\n', 'notes.md': page };
    expect(siteFindings(katex).filter((f) => f.startsWith('unknown-command'))).toEqual([]);
    const mathjax = { '_quarto.yml': 'project:\n  type: book\n', 'notes.md': page };
    expect(siteFindings(mathjax).filter((f) => f.startsWith('unknown-command'))).toEqual(['unknown-command Unknown command \\R']);
  });
});

describe("a static site's engine, from the HTML that loads it", () => {
  it('judges a docsify-katex site with KaTeX: what KaTeX lacks fails there, what only KaTeX has does not', () => {
    const index = [
      '<html><head>',
      '<link rel="stylesheet" href="//cdn.jsdelivr.net/npm/katex@latest/dist/katex.min.css">',
      '<script>window.$docsify = { katex: { macros: { "\\\\RR": "\\\\mathbb{R}" } } }</script>',
      '<script src="//cdn.jsdelivr.net/npm/docsify-katex@latest/dist/docsify-katex.js"></script>',
      '</head></html>',
    ].join('\n');
    const page = '# Notes\n\nThe reals $\\RR$ and $\\Reals$; an array $\\begin{eqnarray} a &=& b \\end{eqnarray}$.\n';
    const { report } = runCheck({ root: repositoryWith({ 'docs/index.html': index, 'docs/README.md': page }), paths: [] });
    expect(report.diagnostics.map((d) => `${d.column} ${d.rule} ${d.target ?? 'both'}`)).toEqual([
      '12 unknown-command github',
      '22 unknown-command github',
      '47 unknown-command site',
    ]);
  });
});

describe('a d2l book (config.ini)', () => {
  // Its real shape: [project], then [build] with the pages (notebooks) and what is left out (exclusions).
  const config = [
    '[project]',
    '',
    'name = d2l-en',
    'title = Dive into Deep Learning',
    '',
    '[build]',
    '',
    '# A list of wildcards to indicate the markdown files that need to be evaluated as',
    '# Jupyter notebooks.',
    'notebooks = *.md */*.md',
    '',
    'exclusions = README.md STYLE_GUIDE.md contrib/*md',
    '',
    '[html]',
    '',
    'favicon = static/favicon.png',
  ].join('\n');

  it("judges the book's pages for its site (pandoc's dollars, MathJax 3) and GitHub, and a README for GitHub alone", () => {
    const page = '# Softmax\n\nThe loss $-\\log \\hat{y}_j$ and $\\operatorname{softmax}(\\mathbf{o})$.\n';
    const root = repositoryWith({ 'config.ini': config, 'chapter_linear/softmax.md': page, 'README.md': page });
    const { report } = runCheck({ root, paths: [] });
    const found = (file: string) => report.diagnostics.filter((d) => d.file === file).map((d) => `${d.rule} ${d.target ?? 'both'}`);
    // GitHub refuses \operatorname; the book's MathJax renders it.
    expect(found('chapter_linear/softmax.md')).toEqual(['refused-command github']);
    expect(found('README.md')).toEqual(['refused-command both']);
    expect(report.diagnostics.find((d) => d.file === 'chapter_linear/softmax.md')!.message).toMatch(/\(on GitHub\)$/);
  });
});

describe('notebooks in a JupyterLab with jupyterlab-myst', () => {
  it("reads their Markdown as MyST and judges it with mystmd's KaTeX 0.15.6, where the repository installs it", () => {
    const cells = ['Jerk $\\dddot{x}$.', '```{math}\n:label: eq-one\nx^2\n```'].map((source) => ({ cell_type: 'markdown', metadata: {}, source }));
    const notebook = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
    const rules = (files: Record<string, string>) => runCheck({ root: repositoryWith(files), paths: [] }).report.diagnostics.map((d) => `${d.cell} ${d.rule}`);
    expect(rules({ 'requirements.txt': 'numpy==2.1.0\njupyterlab==4.4.0\njupyterlab-myst==2.4.2\n', 'a.ipynb': notebook })).toEqual(['0 unknown-command']);
    // Without it JupyterLab's MathJax has \dddot.
    expect(rules({ 'requirements.txt': 'numpy==2.1.0\njupyterlab==4.4.0\n', 'a.ipynb': notebook })).toEqual([]);
  });
});

describe("mystmd's KaTeX 0.15.6, held to what that KaTeX did", () => {
  it('lacks exactly the commands, and reads exactly the colour lengths, recorded from running it (scripts/katex-versions.mjs)', () => {
    const recorded = JSON.parse(readFileSync(join(FIXTURES, 'katex-0.15.6.json'), 'utf8')) as { version: string; missing: string[]; colorDigits: number[] };
    const older = profile('mystmd').olderKatex!;
    expect({ version: older.version, missing: [...older.missing].sort(), colorDigits: [...older.colorDigits] }).toEqual({
      version: recorded.version,
      missing: recorded.missing,
      colorDigits: recorded.colorDigits,
    });
  });
});
