import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/fixtures.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = load(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const packageJson = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> };

/**
 * Runs the hook as pre-commit does: the package's bin on PATH (a node environment links it), the staged files
 * filtered by the hook's `files` pattern, their names appended to `entry` as arguments.
 */
function runHook(hook: Hook, cwd: string, staged: string[]) {
  const bin = mkdtempSync(join(tmpdir(), 'mathrepro-bin-'));
  for (const [name, target] of Object.entries(packageJson.bin)) symlinkSync(join(REPO, target), join(bin, name));
  // pre-commit's patterns are Python's: `(?i)` at the start makes one case-insensitive.
  const pattern = hook.files.startsWith('(?i)') ? new RegExp(hook.files.slice(4), 'i') : new RegExp(hook.files);
  const files = staged.filter((file) => pattern.test(file));
  const [command, ...args] = hook.entry.split(' ');
  return {
    files,
    ...spawnSync(join(REPO, command!), [...args, ...files], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } }),
  };
}

describe('the pre-commit hook', () => {
  const hook = hooks.find((h) => h.id === 'mathrepro')!;

  it("runs the committed bundle with the machine's Node.js, on Markdown and notebooks whatever the case of their extension", () => {
    expect(hook).toMatchObject({ language: 'script', entry: 'dist/cli.js check --', files: '(?i)\\.(md|markdown|qmd|rmd|ipynb)$' });
  });

  it('reads a staged file named like an option as a file (it overwrote README.md with the report)', () => {
    const repo = mkdtempSync(join(tmpdir(), 'mathrepro-hook-'));
    writeFileSync(join(repo, 'README.md'), 'Fine: $x$\n');
    writeFileSync(join(repo, '--output=README.md'), 'Broken: $\\frac{1}{2$\n');
    for (const id of ['mathrepro', 'mathrepro-env', 'mathrepro-verify']) {
      runHook(
        hooks.find((h) => h.id === id)!,
        repo,
        ['--output=README.md', 'README.md'],
      );
      expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('Fine: $x$\n');
    }
    const run = runHook(hook, repo, ['--output=README.md', 'README.md']);
    expect(run.stdout).toContain('--output=README.md:1:20  error  syntax-error');
    expect(run.status).toBe(1);
  });

  it('fails the commit on a broken formula in a staged file, naming it, and passes clean files', () => {
    const repo = mkdtempSync(join(tmpdir(), 'mathrepro-hook-'));
    writeFileSync(join(repo, 'ok.md'), 'Fine: $e^{i\\pi} + 1 = 0$\n');
    writeFileSync(join(repo, 'broken.RMD'), 'Broken: $\\frac{1}{2$\n');
    writeFileSync(join(repo, 'script.py'), 'price = "$\\frac{"\n');
    const failing = runHook(hook, repo, ['ok.md', 'broken.RMD', 'script.py']);
    expect(failing.files).toEqual(['ok.md', 'broken.RMD']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("broken.RMD:1:20  error  syntax-error  Unexpected end of input in a macro argument, expected '}'");
    const passing = runHook(hook, repo, ['ok.md', 'script.py']);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toBe('1 formula in 1 file: 0 errors, 0 warnings\n');
  });
});

describe('the pre-commit verify hook', () => {
  const hook = hooks.find((h) => h.id === 'mathrepro-verify')!;
  const reproduce = '# Reproduce\n\nResults: `results/metrics.json`.\n\n- `loss < 0.02`\n';

  function project(files: Record<string, string>): string {
    const repo = mkdtempSync(join(tmpdir(), 'mathrepro-verify-hook-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, name)), { recursive: true });
      writeFileSync(join(repo, name), text);
    }
    return repo;
  }

  it('lets a commit through in a repository without REPRODUCE.md (it stopped every .json, .csv and .ipynb commit)', () => {
    const run = runHook(hook, project({ 'data/scores.json': '{"a": 1}\n' }), ['data/scores.json']);
    expect(run.files).toEqual(['data/scores.json']);
    expect(run.status).toBe(0);
  });

  it('holds a commit to REPRODUCE.md only when it touches the document or a file it reads', () => {
    const repo = project({ 'REPRODUCE.md': reproduce, 'results/metrics.json': '{"loss": 0.5}\n', 'other/table.csv': 'a,b\n1,2\n' });
    // The claim does not hold; a commit of an unrelated table is not the place to say so.
    expect(runHook(hook, repo, ['other/table.csv']).status).toBe(0);
    const touching = runHook(hook, repo, ['results/metrics.json']);
    expect(touching.status).toBe(1);
    expect(touching.stdout).toContain('loss');
    expect(runHook(hook, repo, ['REPRODUCE.md']).status).toBe(1);
    writeFileSync(join(repo, 'results/metrics.json'), '{"loss": 0.01}\n');
    expect(runHook(hook, repo, ['results/metrics.json']).status).toBe(0);
  });
});

/**
 * Debian's pre-commit itself, against a local clone of the hooks as a release would hold them (the hook file, the
 * bundle and package.json committed), with no network: nothing is installed for the hooks to run.
 */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
describe.skipIf(preCommit.status !== 0 && process.env.CI !== 'true')('the hooks under pre-commit', () => {
  it('install with nothing to download, and fail the commit on a broken formula, an environment error and an upper-case extension', () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
    const hooksRepo = mkdtempSync(join(tmpdir(), 'mathrepro-hooks-'));
    git(hooksRepo, 'init', '-q');
    for (const path of ['.pre-commit-hooks.yaml', 'package.json', 'dist']) cpSync(join(REPO, path), join(hooksRepo, path), { recursive: true });
    git(hooksRepo, 'add', '-A');
    git(hooksRepo, 'commit', '-qm', 'release');
    const rev = git(hooksRepo, 'rev-parse', 'HEAD');

    const project = mkdtempSync(join(tmpdir(), 'mathrepro-project-'));
    git(project, 'init', '-q');
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hooksRepo}\n    rev: ${rev}\n    hooks:\n      - id: mathrepro\n      - id: mathrepro-env\n      - id: mathrepro-verify\n`,
    );
    writeFileSync(join(project, 'ok.md'), 'Fine: $e^{i\\pi} + 1 = 0$\n');
    writeFileSync(join(project, 'NOTES.MD'), 'Broken: $\\frac{1}{2$\n');
    writeFileSync(
      join(project, 'environment.yml'),
      'name: x\nchannels: [conda-forge]\ndependencies:\n  - python=3.11\n  - numpy=1.26\nsettings:\n  python: 3.10\n',
    );
    git(project, 'add', '-A');
    const home = mkdtempSync(join(tmpdir(), 'mathrepro-pre-commit-home-'));
    const run = spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: home, HOME: home, npm_config_offline: 'true' },
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/mathrepro \(check LaTeX math\)\.+Failed/);
    expect(run.stdout).toContain("NOTES.MD:1:20  error  syntax-error  Unexpected end of input in a macro argument, expected '}'");
    expect(run.stdout).toMatch(/mathrepro env \(environment files\)\.+Failed/);
    expect(run.stdout).toContain('env-yaml-coercion');
    // No REPRODUCE.md: the verify hook, given the YAML file, has nothing to verify and lets the commit through.
    expect(run.stdout).toMatch(/mathrepro verify \(REPRODUCE\.md\)\.+Passed/);
  });
});

describe('the npm package', () => {
  it('packs the bundle alone and installs with no registry: it has no dependencies', () => {
    const packed = mkdtempSync(join(tmpdir(), 'mathrepro-pack-'));
    const pack = spawnSync('npm', ['pack', '--pack-destination', packed, '--json'], { cwd: REPO, encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = info!.files.map((file) => file.path);
    expect(paths).toContain('dist/cli.js');
    expect(paths.every((path) => /^(dist\/|action\.yml$|package\.json$|README\.md$|LICENSE)/.test(path))).toBe(true);
    const prefix = mkdtempSync(join(tmpdir(), 'mathrepro-global-'));
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(packed, info!.filename)], {
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    const run = spawnSync(join(prefix, 'bin', 'mathrepro'), ['check', 'examples'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('examples/notes/derivation.md:35:38  error  syntax-error');
  });
});
