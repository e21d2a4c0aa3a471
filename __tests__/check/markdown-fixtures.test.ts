import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { FIXTURES, expectedFindings } from '../helpers/fixtures.js';

const MARKDOWN = join(FIXTURES, 'markdown');

function foundFindings(root: string, file: string, configPath?: string): string[] {
  const { report } = runCheck({ root, paths: [file], configPath });
  return report.diagnostics.map((d) => `${d.line} ${d.rule}`).sort();
}

describe('Markdown fixtures: each finding on the line that says it is expected', () => {
  for (const name of ['github.md', 'suppressed.md', 'jupytext.md', 'dollars.md']) {
    it(name, () => {
      const expected = expectedFindings(join(MARKDOWN, name));
      expect(expected.length).toBeGreaterThan(0);
      expect(foundFindings(MARKDOWN, name)).toEqual(expected);
    });
  }
});

describe('positions', () => {
  it('points at the offending character and ends after the offending token', () => {
    const { report } = runCheck({ root: MARKDOWN, paths: ['github.md'] });
    const unknown = report.diagnostics.find((d) => d.rule === 'unknown-command')!;
    expect(unknown).toMatchObject({ line: 11, column: 31, endLine: 11, endColumn: 37, severity: 'error', source: '\\alpah + \\beta' });
    expect(unknown.message).toContain('\\alpah');
    const quoteLine =
      readFileSync(join(MARKDOWN, 'github.md'), 'utf8')
        .split('\n')
        .findIndex((line) => line.startsWith('> A quote')) + 1;
    const inQuote = report.diagnostics.find((d) => d.line === quoteLine)!;
    expect(inQuote.column).toBe(63); // the closing dollar, where KaTeX runs out of input
  });

  it('takes the characters of a formula in a block quote without the quote markers', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    writeFileSync(join(root, 'quote.md'), '> $$\n> a \\cdot\n> \\frac{1}{2\n> $$\n');
    const { report, files } = runCheck({ root, paths: ['quote.md'] });
    expect(files[0]!.formulas.map((f) => f.tex)).toEqual([`\na \\cdot\n\\frac{1}{2\n`]);
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['4:3 syntax-error']);
  });
});

describe('macros a site generator injects', () => {
  it("reads mystmd's myst.yml (project.math) and Jupyter Book's _config.yml for the pages below them", () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    mkdirSync(join(root, 'book', 'chapter'), { recursive: true });
    mkdirSync(join(root, 'site'));
    writeFileSync(
      join(root, 'book', '_config.yml'),
      "sphinx:\n  config:\n    mathjax3_config:\n      tex:\n        macros:\n          vect: ['\\\\mathbf{#1}', 1]\n",
    );
    writeFileSync(join(root, 'book', 'chapter', 'a.md'), '$\\vect{x}$ and $\\dobs$\n');
    writeFileSync(join(root, 'site', 'myst.yml'), "project:\n  math:\n    '\\dobs': '\\mathbf{d}_\\text{obs}'\n");
    writeFileSync(join(root, 'site', 'b.md'), '$\\dobs$ and $\\vect{x}$\n');
    const { report } = runCheck({ root, paths: [] });
    // Each page is judged for its site and for GitHub: what the site defines is unknown on GitHub only.
    expect(report.diagnostics.map((d) => `${d.file} ${d.rule} ${d.source} ${d.target ?? 'both'}`)).toEqual([
      'book/chapter/a.md unknown-command \\vect{x} github',
      'book/chapter/a.md unknown-command \\dobs both',
      'site/b.md unknown-command \\dobs github',
      'site/b.md unknown-command \\vect{x} both',
    ]);
  });
});

describe('line endings', () => {
  it('reads CRLF files: formulas across lines, blank lines still end a paragraph, positions exact', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    writeFileSync(join(root, 'crlf.md'), 'Para $a\r\nb$ ok\r\n\r\n$x\r\n\r\ny$ is cut in two\r\n\r\n$$\r\nx^2^3\r\n$$\r\n');
    const { report, files } = runCheck({ root, paths: ['crlf.md'] });
    // GitHub's Markdown turns each line ending into \n before MathJax sees the formula.
    expect(files[0]!.formulas.map((f) => f.tex)).toEqual(['a\nb', '\nx^2^3\n']);
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['4:1 unpaired-dollar', '6:2 unpaired-dollar', '9:4 syntax-error']);
  });
});

describe('dialects', () => {
  it("finds math written without a dollar or a backslash: a ```math fence, and Documenter's double backticks", () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    writeFileSync(join(root, 'fence.md'), 'Text.\n\n```math\nx^^2\n```\n');
    writeFileSync(join(root, 'julia.md'), 'The mean ``x^^2`` here.\n');
    writeFileSync(join(root, '.mathrepro.yml'), 'dialects:\n  julia.md: documenter\n');
    const { report } = runCheck({ root, paths: [] });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual(['fence.md:4 syntax-error', 'julia.md:1 syntax-error']);
  });

  it('reads bare environments and \\[…\\] as math only where the dialect has them, chosen per glob; on GitHub they show as typed', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    const text = 'Display \\[ \\frac{1}{ \\] here.\n\n\\begin{align}\na &= \\nosuch\n\\end{align}\n';
    writeFileSync(join(root, 'site.md'), text);
    writeFileSync(join(root, 'readme.md'), text);
    writeFileSync(join(root, '.mathrepro.yml'), 'dialects:\n  site.md: mkdocs\n');
    const { report } = runCheck({ root, paths: [] });
    // GitHub typesets neither: the reader of readme.md sees the TeX, which it does not check as math. MkDocs takes
    // `\[…\]` only as a paragraph of its own: beside text it shows as typed there too, its finding its verdict.
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'readme.md:1 shown-as-text',
      'readme.md:3 shown-as-text',
      'site.md:1 shown-as-text',
      'site.md:4 unknown-command',
    ]);
    expect(report.summary.formulas).toBe(2);
  });

  it('checks KaTeX-rendered files by KaTeX rules: MathJax-only commands are errors there', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    writeFileSync(join(root, 'doc.md'), 'Fine in MathJax, not in KaTeX: $$\\label{x} a$$ and $é$.\n');
    writeFileSync(join(root, '.mathrepro.yml'), 'renderers:\n  "*.md": katex\n');
    const { report } = runCheck({ root, paths: ['doc.md'] });
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['unknown-command', 'katex-strict']);
    expect(report.diagnostics[1]!.severity).toBe('warning');
  });

  it('treats .qmd and .Rmd as Pandoc Markdown', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    copyFileSync(join(MARKDOWN, 'suppressed.md'), join(root, 'notes.qmd'));
    writeFileSync(join(root, 'analysis.Rmd'), 'Pandoc math: \\(\\frac{1}{\\) and $x^2^3$.\n');
    const { report } = runCheck({ root, paths: [] });
    expect(report.summary.files).toBe(2);
    expect(report.diagnostics.filter((d) => d.file === 'analysis.Rmd').map((d) => d.rule)).toEqual(['syntax-error', 'syntax-error']);
  });
});

describe('suppression comments', () => {
  it('count only as real HTML comments: one written inside a formula silences nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    // In Jupyter's reading (math cut out before the Markdown) the comment is part of the formula; on GitHub it is a
    // real comment, and the dollars are text on either side of it.
    writeFileSync(join(root, '.mathrepro.yml'), 'dialects:\n  a.md: jupyter\n');
    writeFileSync(join(root, 'a.md'), 'A formula $a <!-- mathrepro-disable --> b$ here.\n\nLater $x^2^3$ is broken.\n');
    const { report } = runCheck({ root, paths: [] });
    expect(report.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['3 syntax-error']);
  });
});

describe('hostile TeX', () => {
  it('reports dangerous link protocols and absurd sizes, and leaves https links and page-sized spaces alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    writeFileSync(join(root, '.mathrepro.yml'), 'renderers:\n  "**": jupyterlab\n');
    writeFileSync(
      join(root, 'a.md'),
      '$\\href{javascript:alert(1)}{x}$ $\\href{ Data :text/html,x}{y}$ $\\href{https://ok.org}{z}$\n\n$\\rule{99999em}{99999em}$ $\\hspace{2cm}$ $\\kern 200000pt$\n',
    );
    const { report } = runCheck({ root, paths: [] });
    expect(report.diagnostics.filter((d) => d.rule === 'hostile-tex').map((d) => `${d.line}:${d.column} ${d.message.slice(0, 24)}`)).toEqual([
      '1:2 A javascript: link runs ',
      '1:34 A data: link runs code o',
      '3:2 A size of 99999em (about',
      '3:43 A size of 200000pt (abou',
    ]);
  });
});

describe('a | inside math in a table row', () => {
  // GFM tables split a row into cells at every unescaped | before the math is read: $|x|$ becomes the cells "$" and "x".
  const table = [
    '| norm | value |',
    '|---|---|',
    '| $|x|$ | 1 |',
    '| $\\|y\\|$ | 2 |',
    '| $\\vert z \\vert$ | 3 |',
    '| $a | b$ | 4 |',
    '',
    'Outside a table $|x|$ is math.',
    '',
  ].join('\n');

  it('is an error where GitHub reads the table first (it passed, and the formula showed as text); \\| a warning', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    writeFileSync(join(root, 'table.md'), table);
    const { report, files } = runCheck({ root, paths: ['table.md'] });
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      '3:4 error table-pipe',
      '4:4 warning table-pipe',
      '6:6 error table-pipe',
    ]);
    // The formulas the table cuts are none for the renderer; the others are checked as usual.
    // (The table has turned \| into | before MathJax sees it.)
    expect(files[0]!.formulas.map((f) => f.tex)).toEqual(['|y|', '\\vert z \\vert', '|x|']);
  });

  // GitHub's Markdown is cmark-gfm: its table cells are the referee for which formulas a table cuts.
  const cmark = spawnSync('cmark-gfm', ['--version']).status === 0;
  it.skipIf(!cmark && !process.env.CI)('agrees with cmark-gfm on which formulas the table cuts', () => {
    const html = execFileSync('cmark-gfm', ['-e', 'table'], { input: table, encoding: 'utf8' });
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]);
    // Cut: $|x|$ and $a | b$ leave a lone $ in a cell; kept whole: the \| and \vert formulas (\| unescaped to |).
    expect(cells).toEqual(['$', 'x', '$|y|$', '2', '$\\vert z \\vert$', '3', '$a', 'b$']);
  });

  it('is no finding in a notebook: JupyterLab takes the math out before the Markdown is parsed', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-'));
    const notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: 'markdown', metadata: {}, source: table }] };
    writeFileSync(join(root, 'table.ipynb'), JSON.stringify(notebook));
    const { report, files } = runCheck({ root, paths: ['table.ipynb'] });
    expect(report.diagnostics).toEqual([]);
    expect(files[0]!.formulas.map((f) => f.tex)).toContain('|x|');
  });
});
