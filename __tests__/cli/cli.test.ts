import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { toPosix } from '../../src/paths.js';
import { VERSION } from '../../src/version.js';
import { REPO } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('exit status and usage errors', () => {
  it('exits 0 when only warnings are found', async () => {
    const root = repoWith({ 'a.md': '$$a \\tag{1}$$\n\n$$b \\tag{1}$$\n' });
    const result = await cli(['check'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 errors, 1 warning');
  });

  it('exits 1 on an error-severity finding, and 0 once configuration lowers it to a warning', async () => {
    const root = repoWith({ 'a.md': '$x^2^3$\n' });
    expect((await cli(['check'], root)).status).toBe(1);
    writeFileSync(join(root, '.mathrepro.yml'), 'rules:\n  syntax-error: warning\n');
    expect((await cli(['check'], root)).status).toBe(0);
    writeFileSync(join(root, '.mathrepro.yml'), 'rules:\n  syntax-error: off\n');
    expect((await cli(['check', '--format', 'json'], root)).stdout).toContain('"diagnostics": []');
  });

  it.each([
    [['check', 'missing.md'], 'mathrepro: missing.md: no such file or folder'],
    [['check', '--format', 'xml'], "mathrepro: --format must be one of text, json, github, sarif, formulas, not 'xml'"],
    [['check', '--frobnicate'], "mathrepro: Unknown option '--frobnicate'"],
    [['check', '--config', 'nope.yml'], 'mathrepro: nope.yml: configuration file not found'],
    [['lint'], "mathrepro: unknown command 'lint' (try mathrepro --help)"],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const result = await cli(args, repoWith({ 'a.md': '$x$\n' }));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([message]);
  });

  it.each([
    ['rules:\n  no-such-rule: error\n', "mathrepro: .mathrepro.yml: rules: unknown rule 'no-such-rule'"],
    ['rules:\n  syntax-error: loud\n', "mathrepro: .mathrepro.yml: rules: 'syntax-error' must be off, warning or error, not 'loud'"],
    ['dialects:\n  "*.md": markdown-it\n', "mathrepro: .mathrepro.yml: dialects: 'markdown-it' for '*.md' is not one of"],
    ['macros:\n  R: "\\\\mathbb{R"\n', 'mathrepro: .mathrepro.yml: macro \\R:'],
    ['include: [\n', 'mathrepro: .mathrepro.yml: not valid YAML'],
    ['colour: blue\n', "mathrepro: .mathrepro.yml: unknown setting 'colour'"],
  ])('rejects a bad configuration: %j', async (config, message) => {
    const root = repoWith({ 'a.md': '$x$\n', '.mathrepro.yml': config });
    const result = await cli(['check'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help and the version', async () => {
    expect((await cli(['--help'], REPO)).stdout).toContain('Usage: mathrepro');
    expect((await cli(['--version'], REPO)).stdout).toBe(`${VERSION}\n`);
    expect(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version).toBe(VERSION);
  });

  it("prints each command's own help, with its options and exit status, and exits 0", async () => {
    for (const command of ['check', 'preview', 'verify', 'env', 'badge']) {
      const result = await cli([command, '--help'], REPO);
      expect(result.status).toBe(0);
      expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: mathrepro ${command}\\b`));
      expect(result.stdout).toMatch(/Exit status: 0 /);
      expect((await cli([command, '-h'], REPO)).stdout).toBe(result.stdout);
    }
  });
});

describe('configuration', () => {
  it('applies include and exclude globs, honours .gitignore, and uses configured macros', async () => {
    const root = repoWith({
      '.gitignore': 'build/\n',
      '.mathrepro.yml': 'exclude: ["drafts/**"]\nmacros:\n  \\RR: \\mathbb{R}\n  vect: ["\\\\mathbf{#1}", 1]\n',
    });
    for (const dir of ['docs', 'drafts', 'build']) execFileSync('mkdir', ['-p', join(root, dir)]);
    writeFileSync(join(root, 'docs', 'a.md'), '$\\RR^n \\ni \\vect{x}$ and $\\broken$\n');
    writeFileSync(join(root, 'drafts', 'b.md'), '$\\broken$\n');
    writeFileSync(join(root, 'build', 'c.md'), '$\\broken$\n');
    writeFileSync(join(root, 'notes.txt'), '$\\broken$\n');
    const report = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout);
    expect(report.summary.files).toBe(1);
    expect(report.diagnostics.map((d: { file: string; source: string }) => `${d.file} ${d.source}`)).toEqual(['docs/a.md \\broken']);
  });

  it('checks a file named on the command line whatever its extension (as pre-commit passes them)', async () => {
    const root = repoWith({ 'notes.txt': '$\\broken$\n', 'ok.md': '$x$\n' });
    const report = JSON.parse((await cli(['check', '--format', 'json', 'notes.txt', 'ok.md'], root)).stdout);
    expect(report.summary.files).toBe(2);
    expect(report.diagnostics).toHaveLength(1);
  });
});

describe('the bundled CLI', () => {
  it('runs with plain node from dist/ and never prints a stack trace for user mistakes', async () => {
    const root = repoWith({ 'a.md': '$x$\n' });
    const ok = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check'], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('1 formula in 1 file: 0 errors, 0 warnings\n');
    const missing = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', 'nope'], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('mathrepro: nope: no such file or folder\n');
  });

  it('stops quietly, with the status of the check, when its reader closes the pipe early (as `| head` does)', async () => {
    // Far more output than a pipe holds, so that writing goes on after the reader is gone.
    const root = repoWith({ 'a.md': `${'$x_{1} + y^{2}$ and $\\alpha$\n\n'.repeat(5000)}$x^2^3$\n` });
    const child = spawn(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', '--format', 'formulas', 'a.md'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const [status] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  it('runs on the bundled example repository and finds its one deliberate mistake', () => {
    const result = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', 'examples'], { cwd: REPO, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('examples/notes/derivation.md:35:38  error  syntax-error');
    expect(result.stdout).toMatch(/formulas in 3 files: 1 error, 0 warnings\n$/);
  });
});

describe('mathrepro preview', () => {
  function gitRepo(): string {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-preview-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    git('init', '-q');
    writeFileSync(join(root, 'notes.md'), 'Keep $a$.\n\nChange $b + c$.\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
    return root;
  }

  it('prints the pull-request comment for the work tree against a revision', async () => {
    const root = gitRepo();
    writeFileSync(join(root, 'notes.md'), 'Keep $a$.\n\nChange $b + c^2$.\n\nAdd $\\frac{1}{2$.\n');
    const result = await cli(['preview', '--base', 'HEAD'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('### ❌ mathrepro: 1 error in the math this pull request touches (2 added or changed formulas)');
    expect(result.stdout).toContain('Before:\n\n```math\nb + c\n```\n\nAfter:\n\n```math\nb + c^2\n```');
    expect(result.stdout).not.toContain('```math\na\n```');
  });

  it('previews files whose names hold spaces, tabs, quotes, backslashes or line breaks, and files not yet added', async () => {
    const root = gitRepo();
    const names = ['my notes.md', 'tab\there.md', 'quote"d.md', 'back\\slash.md', 'line\nbreak.md'];
    for (const name of names) writeFileSync(join(root, name), 'Broken: $\\frac{1}{2$\n');
    execFileSync('git', ['add', ...names], { cwd: root });
    writeFileSync(join(root, 'draft.md'), 'Also broken: $\\frac{3}{4$\n');
    const result = await cli(['preview', '--base', 'HEAD'], root);
    // Each was dropped before ("all math renders"): git quotes such names in its diff.
    expect(result.stdout).toContain('### ❌ mathrepro: 6 errors in the math this pull request touches (6 added or changed formulas)');
  });

  it('counts a formula whose macro changed as changed, and shows it before and after', async () => {
    const root = gitRepo();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    writeFileSync(join(root, 'model.qmd'), '$$\\newcommand{\\w}{\\mathbf{w}}$$\n\nThe score $\\w^T x$.\n');
    git('add', '-A');
    git('commit', '-qm', 'macro');
    writeFileSync(join(root, 'model.qmd'), '$$\\newcommand{\\w}{\\boldsymbol{w}}$$\n\nThe score $\\w^T x$.\n');
    const result = await cli(['preview', '--base', 'HEAD'], root);
    expect(result.stdout).toContain('(1 added or changed formula)');
    expect(result.stdout).toContain('Before:\n\n```math\n\\mathbf{w}^T x\n```\n\nAfter:\n\n```math\n\\boldsymbol{w}^T x\n```');
  });

  it('writes a notebook formula out as GitHub can show it, or shows its TeX, and then never says ✅', async () => {
    const root = gitRepo();
    const notebook = (sources: string[]) =>
      JSON.stringify({ cells: sources.map((source) => ({ cell_type: 'markdown', metadata: {}, source })), metadata: {}, nbformat: 4, nbformat_minor: 5 });
    writeFileSync(join(root, 'model.ipynb'), notebook(['The sign $\\operatorname{sign}(x)$ of the score.']));
    let result = await cli(['preview', '--base', 'HEAD'], root);
    // JupyterLab renders \operatorname; GitHub refuses it in the comment: written with the same spacing instead.
    expect(result.stdout).toContain('### ✅ mathrepro: all math renders (1 added or changed formula)');
    expect(result.stdout).toContain('```math\n\\mathop{\\mathrm{sign}}\\nolimits(x)\n```');
    expect(result.stdout).not.toContain('operatorname');

    writeFileSync(join(root, 'model.ipynb'), notebook(['The sign $\\operatorname{sign}(x)$ and a strut $\\vphantom{X} x$.']));
    result = await cli(['preview', '--base', 'HEAD'], root);
    // \vphantom has no equivalent GitHub takes: its TeX is shown, with the reason, and the headline says so.
    expect(result.stdout).toContain('### ⚠️ mathrepro: 1 formula GitHub cannot show in this comment (2 added or changed formulas)');
    expect(result.stdout).toContain('GitHub cannot show it in this comment (GitHub');
    expect(result.stdout).toContain('```tex\n\\vphantom{X} x\n```');
    expect(result.status).toBe(0);
  });

  it('explains a missing --base or an unknown revision in one line', async () => {
    const root = gitRepo();
    expect((await cli(['preview'], root)).stderr).toBe('mathrepro: preview needs --base REV (the revision the changes are compared with)\n');
    const unknown = await cli(['preview', '--base', 'no-such-branch'], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('mathrepro: no-such-branch: no such revision in this repository\n');
  });
});

describe('configuration from a pull request', () => {
  it('refuses a .mathrepro.yml that links out of the repository, without echoing what it points at', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-secret-'));
    writeFileSync(join(outside, 'secret'), 'token-abc123: yes\n');
    const root = repoWith({ 'a.md': '$x$\n' });
    symlinkSync(join(outside, 'secret'), join(root, '.mathrepro.yml'));
    const result = await cli(['check'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.mathrepro.yml: a link that leads outside the repository');
    expect(result.stderr).not.toContain('token-abc123');
  });

  it('refuses a path to check that a link carries out of the repository, file or folder, without reading it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-outside-'));
    writeFileSync(join(outside, 'private.md'), 'Secret formula: $\\frac{sec}{ret$\n');
    const root = repoWith({ 'a.md': '$x$\n' });
    symlinkSync(outside, join(root, 'docs'));
    symlinkSync(join(outside, 'private.md'), join(root, 'notes.md'));
    for (const path of ['docs', 'notes.md']) {
      const result = await cli(['check', path], root);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`mathrepro: ${path}: a link that leads outside the repository; mathrepro does not follow it\n`);
      expect(result.stdout).not.toContain('sec');
    }
    // A folder named outside the repository on purpose is still checked.
    expect((await cli(['check', outside], root)).stdout).toContain('private.md');
  });
});

describe('report options, as ESLint and markdownlint-cli2 spell them', () => {
  const note = 'Broken: $\\frac{1}{2$.\n\nUnresolved: $\\eqref{nowhere}$ and $\\eqref{elsewhere}$.\n';

  it('--quiet leaves warnings out; --max-warnings fails on more warnings than allowed', async () => {
    const root = repoWith({ 'a.md': note });
    const quiet = await cli(['check', '--quiet'], root);
    expect(quiet.stdout).toContain('error  syntax-error');
    expect(quiet.stdout).not.toContain('unresolved-reference');
    const warningsOnly = repoWith({ 'b.md': 'Unresolved: $\\eqref{nowhere}$ and $\\eqref{elsewhere}$.\n' });
    expect((await cli(['check'], warningsOnly)).status).toBe(0);
    expect((await cli(['check', '--max-warnings', '2'], warningsOnly)).status).toBe(0);
    expect((await cli(['check', '--max-warnings', '1'], warningsOnly)).status).toBe(1);
    expect((await cli(['check', '--max-warnings', 'many'], warningsOnly)).stderr).toBe(
      "mathrepro: --max-warnings must be a whole number of warnings, not 'many'\n",
    );
  });

  it('--output writes the report to a file instead of the terminal', async () => {
    const root = repoWith({ 'a.md': note });
    const result = await cli(['check', '--format', 'sarif', '--output', 'out/report.sarif'], root);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(JSON.parse(readFileSync(join(root, 'out', 'report.sarif'), 'utf8')).runs[0].results).toHaveLength(3);
  });

  it.each([
    [['check', '--output', 'notes'], 'mathrepro: --output notes: cannot write {root}/notes: it is a folder'],
    [
      ['check', '--output', 'a.md/report.txt'],
      'mathrepro: --output a.md/report.txt: cannot write {root}/a.md/report.txt: part of the path is a file, not a folder',
    ],
    [['badge', '--out', 'a.md'], 'mathrepro: --out a.md: cannot write {root}/a.md/math.svg: part of the path is a file, not a folder'],
  ])('says in one line that %j cannot be written there (it was an internal error with a request to report it)', async (args, message) => {
    const root = repoWith({ 'a.md': note });
    mkdirSync(join(root, 'notes'));
    const result = await cli(args, root);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${message.replace('{root}', root)}\n`);
  });

  it('colours only on a terminal, never with --no-color, always with --color', async () => {
    const root = repoWith({ 'a.md': note });
    // (Whatever the machine running the suite sets: FORCE_COLOR has a test of its own below.)
    delete process.env.FORCE_COLOR;
    expect((await cli(['check'], root)).stdout).not.toContain('\u001b[');
    expect((await cli(['check', '--color'], root)).stdout).toContain('\u001b[31merror\u001b[0m');
    expect((await cli(['check', '--color', '--no-color'], root)).stdout).not.toContain('\u001b[');
  });

  it('colours as FORCE_COLOR says, where the output goes to a pipe or a CI log (it was ignored)', () => {
    const root = repoWith({ 'a.md': note });
    const run = (force: string) => {
      const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: force };
      delete env.NO_COLOR;
      return spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check'], { cwd: root, encoding: 'utf8', env }).stdout;
    };
    expect(run('1')).toContain('\u001b[31merror\u001b[0m');
    expect(run('0')).not.toContain('\u001b[');
  });
});

describe('standard input', () => {
  const check = (root: string, input: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', '-', ...args], { cwd: root, input, encoding: 'utf8' });

  it('checks standard input as the file --stdin-filename names, with its dialect and the repository configuration', () => {
    const root = repoWith({ '.mathrepro.yml': 'macros:\n  R: \\mathbb{R}\n' });
    const markdown = check(root, 'Broken: $\\frac{1}{2$ and $\\R$\n', '--stdin-filename', 'notes/draft.md');
    expect(markdown.stdout).toContain("notes/draft.md:1:20  error  syntax-error  Unexpected end of input in a macro argument, expected '}'");
    expect(markdown.status).toBe(1);
    const notebook = JSON.stringify({
      cells: [{ cell_type: 'markdown', metadata: {}, source: '$$\\frac{1}{2$$' }],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    });
    const result = check(root, notebook, '--stdin-filename', 'model.ipynb', '--format', 'json');
    expect((JSON.parse(result.stdout) as Report).diagnostics.map((d) => `${d.file} ${d.cell} ${d.rule}`)).toEqual(['model.ipynb 0 syntax-error']);
  });

  it('reads it as stdin.md when no name is given, and refuses - beside other paths', () => {
    const root = repoWith({});
    expect(check(root, 'Fine: $x$\n').stdout).toBe('1 formula in 1 file: 0 errors, 0 warnings\n');
    const mixed = check(root, '', 'a.md');
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toBe('mathrepro: check - reads standard input alone: give no other path\n');
  });
});

describe('paths', () => {
  it('says so when a pattern matches no file (it passed as "0 formulas in 0 files")', async () => {
    const root = repoWith({ 'a.md': 'Fine: $x$\n' });
    const result = await cli(['check', 'docs/*.md'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('mathrepro: docs/*.md: matches no file\n');
  });

  it('leaves out what a !pattern matches (it was taken as a file name)', async () => {
    const root = repoWith({ 'a.md': 'Fine: $x$\n', 'vendor/b.md': 'Broken: $\\frac{1}{2$\n', 'notes/scratch.md': 'Broken: $x^2^3$\n' });
    const result = await cli(['check', '--format', 'json', '.', '!vendor/**', '!scratch.md'], root);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as Report).summary.files).toBe(1);
    expect(result.status).toBe(0);
  });
});

describe('run from a subfolder', () => {
  it("applies the repository's .mathrepro.yml, found by walking up, and honours .git/info/exclude", async () => {
    const root = repoWith({ '.mathrepro.yml': 'macros:\n  R: \\mathbb{R}\nrules:\n  unresolved-reference: error\n' });
    execFileSync('git', ['init', '-q'], { cwd: root });
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'a.md'), 'The reals $\\R$, and $\\eqref{nowhere}$.\n');
    writeFileSync(join(root, 'notes', 'scratch.md'), 'Private: $\\frac{1}{2$\n');
    writeFileSync(join(root, '.git', 'info', 'exclude'), 'scratch.md\n');
    const result = await cli(['check', '--format', 'json'], join(root, 'notes'));
    const report = JSON.parse(result.stdout) as Report;
    // \R is the configured macro; the rule's configured severity holds; the excluded file is not checked.
    expect(report.diagnostics.map((d) => `${d.file} ${d.severity} ${d.rule}`)).toEqual(['notes/a.md error unresolved-reference']);
    expect(report.summary.files).toBe(1);
  });

  it("honours the root's .gitignore without a configuration file (it was ignored from a subfolder)", async () => {
    const root = repoWith({ '.gitignore': 'scratch.md\n', 'notes/a.md': 'Fine: $x$\n', 'notes/scratch.md': 'Private: $\\frac{1}{2$\n' });
    execFileSync('git', ['init', '-q'], { cwd: root });
    const result = await cli(['check', '--format', 'json'], join(root, 'notes'));
    const report = JSON.parse(result.stdout) as Report;
    expect(report.diagnostics).toEqual([]);
    expect(report.summary.files).toBe(1);
  });

  it("checks a folder outside the repository (check ../other) without applying the repository's ignore rules to it", async () => {
    const root = repoWith({});
    execFileSync('git', ['init', '-q'], { cwd: root });
    writeFileSync(join(root, '.git', 'info', 'exclude'), 'scratch.md\n');
    const other = mkdtempSync(join(tmpdir(), 'mathrepro-other-'));
    writeFileSync(join(other, 'scratch.md'), "Not this repository's: $\\frac{1}{2$\n");
    const result = await cli(['check', '--format', 'json', relative(root, other)], root);
    // It stopped with "internal error: path should be a `path.relative()`d string" (a fresh clone has .git/info/exclude).
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([`${toPosix(relative(root, other))}/scratch.md syntax-error`]);
  });
});

describe('files as git counts them', () => {
  it('checks a tracked file an ignore pattern matches, and expands a glob the shell left alone', async () => {
    const root = repoWith({ '.gitignore': 'generated/\n*.draft.md\n' });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    git('init', '-q');
    mkdirSync(join(root, 'generated'));
    writeFileSync(join(root, 'generated', 'kept.md'), 'Tracked anyway: $\\frac{1}{2$\n');
    writeFileSync(join(root, 'notes.draft.md'), 'Ignored and untracked: $\\frac{1}{2$\n');
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'a.md'), 'Broken: $\\frac{3}{4$\n');
    writeFileSync(join(root, 'docs', 'b.txt'), 'Not Markdown: $\\frac{5}{6$\n');
    git('add', '-f', 'generated/kept.md');
    const all = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout) as Report;
    expect([...new Set(all.diagnostics.map((d) => d.file))].sort()).toEqual(['docs/a.md', 'generated/kept.md']);
    const globbed = JSON.parse((await cli(['check', '--format', 'json', 'docs/*.md'], root)).stdout) as Report;
    expect(globbed.diagnostics.map((d) => d.file)).toEqual(['docs/a.md']);
  });
});

describe('MyST math fences', () => {
  it('reports a :::{math} fence that is never closed (it passed as no formula at all)', async () => {
    const root = repoWith({ 'myst.yml': 'version: 1\n', 'chapter.md': '# Chapter\n\n:::{math}\n\\frac{1}{2}\n\nText that mystmd now typesets as math.\n' });
    const report = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout) as Report;
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual(['chapter.md:3 unclosed-math']);
  });
});

describe('notebook cells that cannot be read', () => {
  it('are warnings on the notebook, not passed over (they passed as no formula at all)', async () => {
    const cells = [
      { cell_type: 'markdown', metadata: {}, source: 42 },
      { cell_type: 'markdwn', metadata: {}, source: ['$\\frac{1}{$'] },
      { metadata: {}, source: ['$x$'] },
      { cell_type: 'markdown', metadata: {}, source: ['Fine: $x^2$'] },
    ];
    const root = repoWith({ 'odd.ipynb': JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells }) });
    const report = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout) as Report;
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}: ${d.message}`)).toEqual([
      'warning file-unreadable: Cell 0 is markdown but its source is not text (a string or a list of strings); it was not checked.',
      "warning file-unreadable: Cell 1 has cell_type 'markdwn', which no Jupyter knows; it was not checked.",
      'warning file-unreadable: Cell 2 has no cell_type; it was not checked.',
    ]);
    expect(report.summary.formulas).toBe(1);
  });
});
