import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryWith } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

describe('silent passes and crashes, round two', () => {
  it('calls a metric given as a list, or nested 5,000 deep, invalid — never a pass, never a crash', async () => {
    const deep = `{"acc": ${'['.repeat(5000)}0.95${']'.repeat(5000)}, "f1": [0.95]}`;
    const root = repositoryWith({ 'REPRODUCE.md': 'From `metrics.json`: acc > 0.9 and f1 > 0.9.\n', 'metrics.json': deep });
    const result = await cli(['verify', '--format', 'json'], root);
    const report = JSON.parse(result.stdout);
    expect(report.results.map((r: { metric: string; status: string }) => `${r.metric} ${r.status}`)).toEqual(['acc invalid', 'f1 invalid']);
    expect(report.results[1].message).toBe("f1 is '[0.95]': a list of 1 value, not one number");
    expect(result.status).toBe(1);
  });

  it('reads `ppl: 12 345` as a number grouped for people, not as 12', async () => {
    const notebook = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        {
          cell_type: 'code',
          metadata: {},
          source: 'print(ppl)',
          execution_count: 1,
          outputs: [{ output_type: 'stream', name: 'stdout', text: 'ppl: 12 345\n' }],
        },
      ],
    });
    const root = repositoryWith({ 'REPRODUCE.md': 'Run `run.ipynb`: ppl < 100.\n', 'run.ipynb': notebook });
    const report = JSON.parse((await cli(['verify', '--format', 'json'], root)).stdout);
    expect(report.results[0]).toMatchObject({ status: 'invalid' });
    expect(report.results[0].message).toContain('digits grouped with spaces');
  });

  it('reports a named pipe given as a path instead of "0 formulas in 0 files"', async () => {
    const root = repositoryWith({});
    execFileSync('mkfifo', [join(root, 'pipe.md')]);
    const result = await cli(['check', 'pipe.md'], root);
    expect(result.stdout).toContain('pipe.md:1:1  error  file-unreadable  Not a regular file');
    expect(result.status).toBe(1);
  });

  it('checks a notebook with a Latin-1 byte (Jupyter cannot open it: an error) and still finds its broken formula', async () => {
    const cell = { cell_type: 'markdown', metadata: {}, source: 'Café $\\frac{1}{2$' };
    const bytes = Buffer.from(JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 }), 'latin1');
    const root = repositoryWith({ 'n.ipynb': bytes, 'n.md': Buffer.from('Café $\\frac{1}{2$\n', 'latin1') });
    const result = await cli(['check', '--format', 'json', 'n.ipynb', 'n.md'], root);
    const rules = JSON.parse(result.stdout).diagnostics.map((d: { file: string; rule: string; severity: string }) => `${d.file} ${d.rule} ${d.severity}`);
    expect(rules).toEqual(['n.ipynb file-unreadable error', 'n.ipynb syntax-error error', 'n.md file-unreadable warning', 'n.md syntax-error error']);
    expect(result.status).toBe(1);
  });

  it('looks for the configuration only in the folder itself outside a git repository', async () => {
    const outer = repositoryWith({ '.mathrepro.yml': 'rules:\n  syntax-error: off\n' }, { git: false });
    mkdirSync(join(outer, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(outer, 'a', 'b', 'c', 'notes.md'), 'Broken: $\\frac{1}{2$.\n');
    const result = await cli(['check', 'notes.md'], join(outer, 'a', 'b', 'c'));
    expect(result.stdout).toContain('syntax-error');
    expect(result.status).toBe(1);
  });

  it('refuses a run of 249,000 superscripts as too complex instead of spending a minute on it', async () => {
    const root = repositoryWith({ 'sup.md': `$x${'²'.repeat(249_000)}$\n` });
    const result = await cli(['check', '--format', 'json', 'sup.md'], root);
    const diagnostics = JSON.parse(result.stdout).diagnostics as Array<{ rule: string; message: string }>;
    expect(diagnostics.map((d) => d.rule)).toEqual(['too-complex']);
    // Said for what it is, before KaTeX is asked (which gathers such a run in time quadratic in its length).
    expect(diagnostics[0]!.message).toBe('A run of 249000 superscript or subscript characters (the limit is 1000); the formula was not checked.');
  });

  it('refuses a glob that takes exponential time to match, with the reason', async () => {
    const root = repositoryWith({ '.mathrepro.yml': 'exclude: ["*a*a*a*a*a*a*b.md"]\n', [`${'a'.repeat(100)}.md`]: '$x$\n' });
    const result = await cli(['check', '.'], root);
    expect(result.stderr).toBe(
      "mathrepro: .mathrepro.yml: exclude: '*a*a*a*a*a*a*b.md' has 7 wildcards in one part of the path; at most 3 are matched (more take exponential time)\n",
    );
    expect(result.status).toBe(2);
  });
});

describe("the referee's page, kept up to date one definition at a time", () => {
  it('judges each refereed formula with exactly the definitions made before it (pages were rebuilt whole: 155 s for 2,000)', async () => {
    const cells: string[] = [];
    for (const name of ['ma', 'mb', 'mc', 'md']) {
      cells.push(`$\\newcommand{\\${name}}{x}$`);
      // KaTeX has no eqnarray: MathJax (the referee) is asked, on a page holding the definitions so far.
      cells.push(`$$\\begin{eqnarray} \\${name} + \\ma &=& b \\end{eqnarray}$$`);
    }
    cells.push('$$\\begin{eqnarray} \\me &=& b \\end{eqnarray}$$', '$\\newcommand{\\me}{y}$', '$$\\begin{eqnarray} \\me &=& b \\end{eqnarray}$$');
    const notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: cells.map((source) => ({ cell_type: 'markdown', metadata: {}, source })) };
    const root = repositoryWith({ 'a.ipynb': JSON.stringify(notebook) });
    const result = await cli(['check', '--no-cache', '--format', 'json'], root);
    const report = JSON.parse(result.stdout);
    // Only \me before its definition is unknown.
    expect(report.diagnostics.map((d: { rule: string; cell: number }) => `${d.rule} cell ${d.cell}`)).toEqual(['unknown-command cell 8']);
  });
});

describe('writes stay in the repository and off its inputs', () => {
  it('does not write a report through a link a pull request committed, nor over a file it checks', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-victim-'));
    writeFileSync(join(outside, 'bashrc'), 'original\n');
    const root = repositoryWith({ 'notes.md': 'Fine: $x$.\n' });
    symlinkSync(join(outside, 'bashrc'), join(root, 'report.txt'));
    const linked = await cli(['check', '-o', 'report.txt', 'notes.md'], root);
    expect(linked.stderr).toBe('mathrepro: --output report.txt: not written: it is a link; mathrepro does not write through links in a repository\n');
    expect(readFileSync(join(outside, 'bashrc'), 'utf8')).toBe('original\n');
    const itself = await cli(['check', '-o', 'notes.md', 'notes.md'], root);
    expect(itself.stderr).toBe('mathrepro: --output notes.md: not written: it is one of the files this run reads\n');
    expect(readFileSync(join(root, 'notes.md'), 'utf8')).toBe('Fine: $x$.\n');
  });

  it('does not write badges into a folder linked out of the repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-victim-'));
    const root = repositoryWith({ 'notes.md': 'Fine: $x$.\n' });
    symlinkSync(outside, join(root, 'badges'));
    const result = await cli(['badge'], root);
    expect(result.stderr).toContain('not written: a link in the path leads outside the repository');
    expect(result.status).toBe(2);
  });
});
