import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import type { Report } from '../../src/model/types.js';
import { REPO } from '../helpers/fixtures.js';

/** Hostile and broken files: each gets a clear finding on itself, and the good file's finding still comes out. */
describe('bad input', () => {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-bad-'));
  writeFileSync(join(root, 'good.md'), 'A real mistake: $\\frac{1}{2$.\n');
  writeFileSync(join(root, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(root, 'latin1.md'), Buffer.from('caf\xe9 $x$\n', 'latin1'));
  writeFileSync(join(root, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('$x^2^3$\n', 'utf16le')]));
  writeFileSync(join(root, 'empty.ipynb'), '');
  writeFileSync(join(root, 'array.ipynb'), '[1, 2, 3]');
  // (Pandoc's MathJax: GitHub refuses a formula of 100 braces or more before checking it.)
  writeFileSync(join(root, 'huge-formula.qmd'), `$$${'x^2 + \\frac{a}{b} '.repeat(6000)}$$\n`);
  writeFileSync(join(root, 'nested.qmd'), `$$${'{'.repeat(10_000)}x${'}'.repeat(10_000)}$$\n`);
  writeFileSync(join(root, 'nested.md'), `$$${'{'.repeat(10_000)}x${'}'.repeat(10_000)}$$\n`);
  writeFileSync(join(root, 'loop.qmd'), '$$\\newcommand{\\loop}{\\loop x}$$ and $$\\loop$$\n');
  writeFileSync(join(root, 'exponential.qmd'), '$$\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{xx}' + '\\a'.repeat(2000) + '$$\n');
  writeFileSync(join(root, 'too-long.md'), `$$${'x'.repeat(300_000)}$$\n`);
  // Inputs that would make a naive scanner quadratic: 100,000 openers that never close, in one paragraph.
  writeFileSync(join(root, 'parens.qmd'), `${'\\( a '.repeat(100_000)}\n`);
  writeFileSync(
    join(root, 'environments.ipynb'),
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [{ cell_type: 'markdown', metadata: {}, source: `Text ${'\\begin{align} x '.repeat(50_000)}` }],
    }),
  );
  // A 50 MB output in an otherwise valid notebook with one broken formula.
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      {
        cell_type: 'code',
        metadata: {},
        execution_count: 1,
        source: ['print(x)'],
        outputs: [{ output_type: 'stream', name: 'stdout', text: ['y'.repeat(50 * 1024 * 1024)] }],
      },
      { cell_type: 'markdown', metadata: {}, source: ['$x^2^3$'] },
    ],
  };
  writeFileSync(join(root, 'big-output.ipynb'), JSON.stringify(notebook));

  const { report, files } = runCheck({ root, paths: [] });
  const findings = (file: string) => report.diagnostics.filter((d) => d.file === file).map((d) => `${d.rule}: ${d.message}`);

  it('still reports the findings of the good file', () => {
    expect(findings('good.md')).toEqual([expect.stringMatching(/^syntax-error: /)]);
  });

  it('says a binary Markdown file was skipped, and a non-UTF-8 one checked all the same, each as a warning', () => {
    expect(findings('binary.md')).toEqual(['file-unreadable: Binary file (it contains NUL bytes), not text; not checked.']);
    expect(findings('latin1.md')).toEqual(['file-unreadable: Not UTF-8 here: the page shows a replacement character. Save the file as UTF-8.']);
    expect(files.find((f) => f.file === 'latin1.md')!.formulaCount).toBe(1);
    // It was called a binary file.
    expect(findings('utf16.md')).toEqual(['file-unreadable: UTF-16 text (it starts with a UTF-16 byte-order mark); not checked. Save the file as UTF-8.']);
    expect(report.diagnostics.find((d) => d.file === 'binary.md')!.severity).toBe('warning');
  });

  it('reports notebooks that are not notebooks as errors', () => {
    expect(findings('empty.ipynb')).toEqual([expect.stringContaining('not valid JSON')]);
    expect(findings('array.ipynb')).toEqual([expect.stringContaining('the JSON is not an object')]);
  });

  it('checks a 100 KB formula and reports 10,000 nested braces and runaway macros as findings, not crashes', () => {
    expect(findings('huge-formula.qmd')).toEqual([]);
    expect(files.find((f) => f.file === 'huge-formula.qmd')!.formulas[0]!.tex.length).toBeGreaterThan(100_000);
    expect(findings('nested.qmd')).toEqual([expect.stringMatching(/^too-complex: Formula nested too deeply/)]);
    expect(findings('nested.md')).toEqual([
      expect.stringMatching(/^too-complex: GitHub's MathJax shows "Unable to render expression." for a formula with 100 or more/),
    ]);
    expect(findings('loop.qmd')).toEqual([expect.stringMatching(/^syntax-error: A macro expands forever/)]);
    expect(findings('exponential.qmd')).toEqual([expect.stringMatching(/^syntax-error: A macro expands forever/)]);
    expect(findings('too-long.md')).toEqual([expect.stringMatching(/^too-complex: Formula of 300000 characters not checked/)]);
  });

  it('scans paragraphs of 100,000 unclosed openers in linear time: escaped brackets are text, one unclosed environment is reported', () => {
    expect(findings('parens.qmd')).toEqual([]);
    expect(findings('environments.ipynb')).toEqual(['unclosed-math: `\\begin{align}` is never closed with `\\end{align}` before a blank line']);
  });

  it('reads a notebook with a 50 MB output and finds the broken formula after it', () => {
    expect(findings('big-output.ipynb')).toEqual(['syntax-error: Double superscript']);
    expect(report.diagnostics.find((d) => d.file === 'big-output.ipynb')!.cell).toBe(1);
  });
});

/**
 * Files a pull request can plant to stall or exhaust the run: a site configuration that links to /dev/zero (it
 * reads forever), and files of gigabytes (sparse here: they take no disk). Run through the bundled CLI with a time
 * bound, so a run that hangs fails the test instead of the test run.
 */
describe('files planted to stall the run', () => {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-planted-'));
  writeFileSync(join(root, 'good.md'), 'A real mistake: $\\frac{1}{2$.\n');
  symlinkSync('/dev/zero', join(root, '_config.yml'));
  for (const name of ['huge.md', 'environment.yml']) {
    writeFileSync(join(root, name), '');
    truncateSync(join(root, name), 3 * 1024 ** 3);
  }
  const mathrepro = (args: string[], cwd = root) =>
    spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

  it('refuses a 3 GB Markdown file by its size and names a site configuration that is a device, and reports the rest', () => {
    const run = mathrepro(['check', '--no-cache', '--format', 'json']);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.diagnostics.map((d) => `${d.file} ${d.severity} ${d.rule}: ${d.message}`)).toEqual([
      expect.stringMatching(/^good\.md error syntax-error: /),
      'huge.md warning file-unreadable: File of 3072 MB is larger than the 16 MB mathrepro reads; not checked.',
      // (A link out of the repository is not followed: it is named, not read.)
      expect.stringMatching(/^_config\.yml error site-config-unreadable: Not read: a link out of the repository\./),
    ]);
  });

  it('refuses a 3 GB environment file by its size', () => {
    const run = mathrepro(['env', '--format', 'json']);
    expect(run.signal).toBeNull();
    const report = JSON.parse(run.stdout) as Report;
    expect(report.diagnostics.map((d) => `${d.file} ${d.rule}: ${d.message}`)).toEqual([
      'environment.yml env-unreadable: Larger than 5 MB: not an environment file; not checked.',
    ]);
  });

  it('stops with one line when the configuration file is a link to a device', () => {
    const other = mkdtempSync(join(tmpdir(), 'mathrepro-planted-config-'));
    writeFileSync(join(other, 'a.md'), '$x$\n');
    symlinkSync('/dev/zero', join(other, '.mathrepro.yml'));
    const run = mathrepro(['check', '--no-cache'], other);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    // A link out of the repository is refused before it is even sized (a link to a device inside it would be
    // refused as not a regular file).
    expect(run.stderr).toBe('mathrepro: .mathrepro.yml: a link that leads outside the repository; mathrepro does not read it\n');
  });
});
