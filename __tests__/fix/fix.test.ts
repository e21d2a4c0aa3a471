import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/fixtures.js';
import { removeMath } from '../helpers/jupyterlab.js';
import { layoutOf, rendererPage } from '../helpers/mathjax.js';
import { cli } from '../helpers/run.js';
import type { Renderer } from '../../src/model/types.js';

const FIXTURES = join(REPO, '__tests__', 'fixtures', 'fix');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const temporaryFolder = (prefix: string) => mkdtempSync(join(tmpdir(), `mathrepro-${prefix}`));

/** A fresh folder holding copies of the named fixtures. */
function workspace(...names: string[]): string {
  const folder = temporaryFolder('fix-');
  for (const name of names) cpSync(join(FIXTURES, name), join(folder, name));
  return folder;
}

/** Every formula mathrepro finds in a file, as `check --format formulas` lists them. */
async function formulasOf(folder: string, file: string): Promise<Array<{ tex: string; display: boolean }>> {
  const { stdout } = await cli(['check', '--no-cache', '--format', 'formulas', file], folder);
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { tex: string; display: boolean });
}

/** What the renderer itself says of each formula: the ones it refuses, with its message. */
function refusedBy(renderer: Renderer, formulas: ReadonlyArray<{ tex: string; display: boolean }>): Array<{ tex: string; error: string }> {
  const page = rendererPage(renderer);
  return formulas.flatMap(({ tex, display }) => {
    const error = page.typeset(tex, display);
    return error === undefined ? [] : [{ tex, error }];
  });
}

describe('mathrepro fix on GitHub Markdown', () => {
  it("writes \\operatorname out as MathJax lays it out: an operator's spacing, its limits beside inline and below in a display", async () => {
    const folder = temporaryFolder('fix-');
    const formulas = ['2\\operatorname{sigmoid}(x)', '\\operatorname*{argmax}_j x_j'];
    writeFileSync(join(folder, 'ops.md'), `Inline $${formulas[0]}$ and $${formulas[1]}$, and displayed:\n\n$$\n${formulas[1]}\n$$\n`);
    await cli(['fix', 'ops.md'], folder);
    const fixed = readFileSync(join(folder, 'ops.md'), 'utf8');
    expect(fixed).not.toContain('operatorname');
    const [sigmoid, inline, display] = [...fixed.matchAll(/\$\$?\n?([^$]+?)\n?\$\$?/g)].map((match) => match[1]!);
    expect(layoutOf(sigmoid!, false)).toEqual(layoutOf(formulas[0]!, false));
    expect(layoutOf(inline!, false)).toEqual(layoutOf(formulas[1]!, false));
    expect(layoutOf(display!, true)).toEqual(layoutOf(formulas[1]!, true));
    // What the fixes wrote before: "2sigmoid(x)" without an operator's spacing, and limits under an inline argmax.
    expect(layoutOf('2\\mathrm{sigmoid}(x)', false)).not.toEqual(layoutOf(formulas[0]!, false));
    expect(layoutOf('\\mathop{\\mathrm{argmax}}\\limits_j x_j', false)).not.toEqual(layoutOf(formulas[1]!, false));
  });

  it('applies every mechanical fix, leaves money, escaped dollars and code alone, and GitHub renders every formula after', async () => {
    const folder = workspace('derivation.md');
    // Before: GitHub's MathJax (with its refusals) fails on formulas of this file.
    expect(refusedBy('github', await formulasOf(folder, 'derivation.md')).length).toBeGreaterThan(5);

    const run = await cli(['fix', 'derivation.md'], folder);
    expect(run.status).toBe(0);
    expect(readFileSync(join(folder, 'derivation.md'), 'utf8')).toBe(fixture('derivation.fixed.md'));
    expect(run.stdout).toContain('derivation.md:6:59  unknown-command  \\lamda → \\lambda');
    expect(run.stdout).toContain('derivation.md:3:6  refused-command  definition of \\R removed (its uses are written out)');
    expect(run.stdout).toContain('derivation.md:3:89  unknown-command  \\R → \\mathbb{R}');
    expect(run.stdout).toMatch(/Fixed 10 findings in 1 file\.\n$/);

    // After: the check is clean and MathJax, set up as GitHub, typesets every formula.
    expect((await cli(['check', '--no-cache', 'derivation.md'], folder)).status).toBe(0);
    const after = await formulasOf(folder, 'derivation.md');
    expect(after.length).toBe(8);
    expect(refusedBy('github', after)).toEqual([]);
  });

  it('with --dry-run writes nothing and prints a unified diff that git apply turns into the fixed file', async () => {
    const folder = workspace('derivation.md');
    const run = await cli(['fix', '--dry-run', 'derivation.md'], folder);
    expect(readFileSync(join(folder, 'derivation.md'), 'utf8')).toBe(fixture('derivation.md'));
    expect(run.stdout).toMatch(/^--- a\/derivation\.md\n\+\+\+ b\/derivation\.md\n@@ /);
    expect(run.stderr).toMatch(/Would fix 10 findings in 1 file \(nothing was written\)\.\n$/);
    expect(run.status).toBe(0);
    writeFileSync(join(folder, 'fixes.patch'), run.stdout);
    execFileSync('git', ['apply', '--unsafe-paths', 'fixes.patch'], { cwd: folder });
    expect(readFileSync(join(folder, 'derivation.md'), 'utf8')).toBe(fixture('derivation.fixed.md'));
  });

  it('check --fix applies the fixes and reports only what is left', async () => {
    const folder = workspace('derivation.md');
    writeFileSync(join(folder, 'derivation.md'), `${fixture('derivation.md')}\nStill broken: $\\frac{1}{2$.\n`);
    const run = await cli(['check', '--no-cache', '--fix', 'derivation.md'], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('mathrepro: fixed 10 findings in 1 file\n');
    expect(run.stdout).toContain('derivation.md:19:26  error  syntax-error');
    expect(run.stdout).toContain('1 error');
    expect(readFileSync(join(folder, 'derivation.md'), 'utf8')).toBe(`${fixture('derivation.fixed.md')}\nStill broken: $\\frac{1}{2$.\n`);
  });

  it('makes math of what GitHub showed as typed: each fix one formula more, typeset by GitHub', async () => {
    // The check of a fixed file refused any fix after which it held more formulas, and so every fix of math GitHub
    // shows as typed, whose point is one formula more: `mathrepro fix` applied none of them.
    const folder = temporaryFolder('fix-');
    const text = 'Here $a*b*c$ and $ x $ and 其中$y$为参数.\n\nValue \\(z^2\\) here.\n\n\\begin{align}\na &= b\n\\end{align}\n';
    writeFileSync(join(folder, 'notes.md'), text);
    const run = await cli(['fix', 'notes.md'], folder);
    expect(run.stdout).toMatch(/Fixed 5 findings in 1 file\.\n$/);
    expect(readFileSync(join(folder, 'notes.md'), 'utf8')).toBe(
      'Here $`a*b*c`$ and $x$ and 其中 $y$为参数.\n\nValue $`z^2`$ here.\n\n```math\n\\begin{align}\na &= b\n\\end{align}\n```\n',
    );
    expect((await cli(['check', '--no-cache', 'notes.md'], folder)).status).toBe(0);
    const after = await formulasOf(folder, 'notes.md');
    expect(after.map((formula) => formula.tex)).toEqual(['a*b*c', 'x', 'y', 'z^2', '\\begin{align}\na &= b\n\\end{align}']);
    expect(refusedBy('github', after)).toEqual([]);
  });

  it('keeps no fix that the check of the fixed file finds worse, and says why', async () => {
    const folder = temporaryFolder('fix-');
    // Written out, \half is \frac{1} — a syntax error where there was an unknown command.
    const text = 'Let $\\newcommand{\\half}{\\frac{1}} a$ and $x = \\half$.\n';
    writeFileSync(join(folder, 'notes.md'), text);
    const run = await cli(['fix', 'notes.md'], folder);
    // The definition goes only with its uses written out: neither is applied.
    expect(run.stdout).toBe(
      [
        'notes.md:1:6  refused-command  not fixed (checked again, the file has more syntax-error findings): definition of \\half removed (its uses are written out)',
        'notes.md:1:47  unknown-command  not fixed (checked again, the file has more syntax-error findings): \\half → \\frac{1}',
        'Nothing to fix. Left: 2 errors, 0 warnings (mathrepro check shows them).',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
    expect(readFileSync(join(folder, 'notes.md'), 'utf8')).toBe(text);
  });

  it('reports, and fixes, every use of a macro GitHub refused to define (they passed as defined)', async () => {
    const folder = temporaryFolder('fix-');
    writeFileSync(
      join(folder, 'notes.md'),
      'Define $\\newcommand{\\R}{\\mathbb{R}}$ here.\n\nThen $y \\in \\R^n$ and $\\DeclareMathOperator{\\Tr}{Tr}$ and $\\Tr A$.\n',
    );
    const check = await cli(['check', '--no-cache', '--format', 'json', 'notes.md'], folder);
    const diagnostics = (JSON.parse(check.stdout) as { diagnostics: Array<{ rule: string; line: number; column: number; message: string }> }).diagnostics;
    expect(diagnostics.filter((d) => d.rule === 'unknown-command').map((d) => [d.line, d.column, d.message.split(',')[0]])).toEqual([
      [3, 13, '\\R is defined with \\newcommand in this document'],
      [3, 60, '\\Tr is defined with \\DeclareMathOperator in this document'],
    ]);
    await cli(['fix', 'notes.md'], folder);
    expect(readFileSync(join(folder, 'notes.md'), 'utf8')).toBe(
      'Define  here.\n\nThen $y \\in \\mathbb{R}^n$ and  and $\\mathop{\\mathrm{Tr}}\\nolimits A$.\n',
    );
  });

  it('writes out every use of a refused macro in a formula at once, never taking a later one for a misspelling', async () => {
    const folder = temporaryFolder('fix-');
    writeFileSync(join(folder, 'notes.md'), 'Define $\\newcommand{\\two}{2x}$ then $\\two\\two$.\n\nAnd $\\newcommand{\\foo}{y}$ then $\\foo+\\foo$.\n');
    await cli(['fix', 'notes.md'], folder);
    // It was `$2x\\to$` (the second \\two "corrected" to \\to once its definition was gone) and `$y+\\foo$`.
    expect(readFileSync(join(folder, 'notes.md'), 'utf8')).toBe('Define  then $2x2x$.\n\nAnd  then $y+y$.\n');
    const after = await cli(['check', '--no-cache', 'notes.md'], folder);
    expect(after.status).toBe(0);
  });
});

describe('mathrepro fix on a file it may not write', () => {
  // As root every file is writable: the run drops to the unprivileged user `nobody` (uid 65534) with setpriv.
  const root = process.getuid?.() === 0;
  const setpriv = root ? spawnSync('setpriv', ['--version']).status === 0 : true;

  it.skipIf(!setpriv)('fixes the other files, names the one it could not write, and exits 2 (it stopped with an internal error)', () => {
    const folder = temporaryFolder('fix-locked-');
    const broken = 'The score $\\operatorname{softmax}(x)$ of the logits.\n';
    writeFileSync(join(folder, 'locked.md'), broken);
    writeFileSync(join(folder, 'open.md'), broken);
    chmodSync(folder, 0o755);
    // The run's temporary folder (0700) must let that user through to this one.
    if (root) chmodSync(dirname(folder), 0o711);
    chmodSync(join(folder, 'locked.md'), root ? 0o644 : 0o444);
    chmodSync(join(folder, 'open.md'), 0o666);
    const command = [join(REPO, 'dist', 'cli.js'), 'fix'];
    const result = root
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', process.execPath, ...command], { cwd: folder, encoding: 'utf8' })
      : spawnSync(process.execPath, command, { cwd: folder, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('locked.md: not written (permission denied): its 1 fix not applied');
    expect(result.stdout).toContain('Fixed 1 finding in 1 file. Left: 1 error, 0 warnings');
    expect(readFileSync(join(folder, 'locked.md'), 'utf8')).toBe(broken);
    expect(readFileSync(join(folder, 'open.md'), 'utf8')).toBe('The score $\\mathop{\\mathrm{softmax}}\\nolimits(x)$ of the logits.\n');
  });
});

describe('mathrepro fix on a notebook', () => {
  it('edits only the JSON strings of the formulas: the notebook stays valid, formatted as it was, and JupyterLab renders it', async () => {
    const folder = workspace('ridge.ipynb');
    const before = fixture('ridge.ipynb');
    const run = await cli(['fix', 'ridge.ipynb'], folder);
    expect(run.status).toBe(0);
    const after = readFileSync(join(folder, 'ridge.ipynb'), 'utf8');

    // The same lines but three, and those three differ only where the fixes are.
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    expect(afterLines.length).toBe(beforeLines.length);
    const changed = beforeLines.flatMap((line, index) => (line === afterLines[index] ? [] : [index + 1]));
    expect(changed).toEqual([10, 12, 40]);
    expect(afterLines[11]).toBe(
      '    "\\\\hat w = \\\\arg\\\\min_w \\\\lVert y - Xw \\\\rVert^2 + \\\\lambda \\\\lVert w \\\\rVert^2 \\\\quad \\\\text{(see max\\\\_iter)}\\n",',
    );

    // Valid JSON, the same notebook but for the fixed sources; non-ASCII text and quotes as they were.
    const parsedBefore = JSON.parse(before) as { cells: Array<{ source: string | string[] }> };
    const parsedAfter = JSON.parse(after) as { cells: Array<{ source: string | string[] }> };
    expect({ ...parsedAfter, cells: parsedAfter.cells.map((cell) => ({ ...cell, source: '' })) }).toEqual({
      ...parsedBefore,
      cells: parsedBefore.cells.map((cell) => ({ ...cell, source: '' })),
    });
    expect(after).toContain('Régression');
    expect(after).toContain('\\"smoothness\\"');
    expect([parsedAfter.cells[2]!.source].flat().join('')).toBe('One line: $\\alpha + \\beta$ and $\\text{lr\\_decay} = 0.9$, and `$\\lamda$` in code.');

    const formulas = await formulasOf(folder, 'ridge.ipynb');
    expect(formulas.length).toBe(4);
    expect(refusedBy('jupyterlab', formulas)).toEqual([]);
    expect(refusedBy('jupyterlab', await formulasOf(workspace('ridge.ipynb'), 'ridge.ipynb')).length).toBe(4);
  });
});

describe('mathrepro fix on a notebook: the Markdown around the math', () => {
  it('escapes prices JupyterLab pairs as math, in the JSON string of the cell: the notebook stays valid, and holds no such math', async () => {
    const folder = temporaryFolder('fix-prices-');
    const cells = [{ cell_type: 'markdown', metadata: {}, source: ['Plans cost $100-$200 a month, or $5 or $10 a day;\n', 'the rate is $r$.'] }];
    writeFileSync(join(folder, 'plans.ipynb'), `${JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`);
    const run = await cli(['fix', 'plans.ipynb'], folder);
    expect(run.status).toBe(0);
    const after = JSON.parse(readFileSync(join(folder, 'plans.ipynb'), 'utf8')) as { cells: Array<{ source: string[] }> };
    const source = after.cells[0]!.source.join('');
    expect(source).toBe('Plans cost \\$100-\\$200 a month, or \\$5 or \\$10 a day;\nthe rate is $r$.');
    // JupyterLab's own extraction finds the formula alone.
    expect(removeMath(source).math).toEqual(['$r$']);
    expect((await formulasOf(folder, 'plans.ipynb')).map((formula) => formula.tex)).toEqual(['r']);
  });
});

describe('mathrepro fix on environment files', () => {
  it('removes build strings and the local prefix, and quotes the numbers YAML would change', async () => {
    const folder = workspace('environment.yml');
    const run = await cli(['fix', '.'], folder);
    expect(readFileSync(join(folder, 'environment.yml'), 'utf8')).toBe(fixture('environment.fixed.yml'));
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      'environment.yml:5:5  env-build-string  python=3.10.4=h12debd9_0 → python=3.10.4',
      'environment.yml:6:5  env-build-string  numpy=1.24.3=py310h5f9d8c6_1 → numpy=1.24.3',
      'environment.yml:12:19  env-yaml-coercion  3.10 → "3.10"',
      'environment.yml:13:1  env-local-prefix  prefix: line removed',
    ]);
    const lint = await cli(['env', '.'], folder);
    expect(lint.status).toBe(0);
    expect(lint.stdout).not.toMatch(/env-build-string|env-local-prefix|env-yaml-coercion/);
  });

  it('fixes a whole export with build strings at once', async () => {
    const folder = temporaryFolder('fix-');
    const packages = ['python=3.11.5=h955ad1f_0', 'numpy=1.26.0=py311h08b1b3b_0', 'scipy=1.11.3=py311h08b1b3b_0', 'pandas=2.1.1=py311ha02d727_0'];
    mkdirSync(join(folder, 'env'));
    writeFileSync(join(folder, 'env', 'environment.yml'), `name: x\nchannels:\n  - defaults\ndependencies:\n${packages.map((p) => `  - "${p}"\n`).join('')}`);
    const run = await cli(['fix'], folder);
    expect(run.stdout).toContain('build strings removed from 4 packages');
    expect(readFileSync(join(folder, 'env', 'environment.yml'), 'utf8')).toBe(
      'name: x\nchannels:\n  - defaults\ndependencies:\n  - "python=3.11.5"\n  - "numpy=1.26.0"\n  - "scipy=1.11.3"\n  - "pandas=2.1.1"\n',
    );
  });
});
