import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const files = staged.filter((file) => new RegExp(hook.files).test(file));
  const [command, ...args] = hook.entry.split(' ');
  return { files, ...spawnSync(command!, [...args, ...files], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } }) };
}

describe('the pre-commit hook', () => {
  const hook = hooks.find((h) => h.id === 'mathrepro')!;

  it('is a node hook running `mathrepro check` on Markdown and notebooks', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'mathrepro check', files: '\\.(md|markdown|qmd|[Rr]md|ipynb)$' });
  });

  it('fails the commit on a broken formula in a staged file, naming it, and passes clean files', () => {
    const repo = mkdtempSync(join(tmpdir(), 'mathrepro-hook-'));
    writeFileSync(join(repo, 'ok.md'), 'Fine: $e^{i\\pi} + 1 = 0$\n');
    writeFileSync(join(repo, 'broken.Rmd'), 'Broken: $\\frac{1}{2$\n');
    writeFileSync(join(repo, 'script.py'), 'price = "$\\frac{"\n');
    const failing = runHook(hook, repo, ['ok.md', 'broken.Rmd', 'script.py']);
    expect(failing.files).toEqual(['ok.md', 'broken.Rmd']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("broken.Rmd:1:20  error  syntax-error  Unexpected end of input in a macro argument, expected '}'");
    const passing = runHook(hook, repo, ['ok.md', 'script.py']);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toBe('1 formula in 1 file: 0 errors, 0 warnings\n');
  });
});
