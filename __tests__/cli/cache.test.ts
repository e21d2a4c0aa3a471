import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/fixtures.js';

describe("the test suite and the user's cache", () => {
  it("keeps the CLI's cache in the run's own folder, not in ~/.cache/mathrepro", () => {
    const home = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mathrepro');
    const before = existsSync(home) ? readdirSync(home).map((name) => `${name} ${statSync(join(home, name)).mtimeMs}`) : [];
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-own-cache-'));
    writeFileSync(join(root, 'a.md'), `A formula of its own: $x_{${Date.now()}}$\n`);
    // The bundled CLI, started as the suite starts it: with the suite's environment.
    expect(spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', '.'], { cwd: root }).status).toBe(0);
    expect(readdirSync(process.env.MATHREPRO_CACHE_DIR!).length).toBeGreaterThan(0);
    const after = existsSync(home) ? readdirSync(home).map((name) => `${name} ${statSync(join(home, name)).mtimeMs}`) : [];
    expect(after).toEqual(before);
  });
});

describe('the result cache of the bundled CLI', () => {
  const run = (cwd: string, cacheDir: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, MATHREPRO_CACHE_DIR: cacheDir },
    });

  it('gives the same report from the cache, and checks a file again when it changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-cache-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'mathrepro-cache-dir-'));
    writeFileSync(join(root, 'a.md'), 'Broken: $x^2^3$\n');
    writeFileSync(join(root, 'b.md'), 'Fine: $y$\n');
    const first = run(root, cacheDir);
    expect(first.status).toBe(1);
    const [cacheFile] = readdirSync(cacheDir);
    expect(Object.keys(JSON.parse(readFileSync(join(cacheDir, cacheFile!), 'utf8')).entries).sort()).toEqual(['a.md', 'b.md']);
    const second = run(root, cacheDir);
    expect(second.stdout).toBe(first.stdout);
    writeFileSync(join(root, 'a.md'), 'Fixed: $x^2$\n');
    const third = run(root, cacheDir);
    expect(third.status).toBe(0);
    expect(third.stdout).toBe('2 formulas in 2 files: 0 errors, 0 warnings\n');
  });

  it('is not used with --no-cache, and a damaged cache is ignored', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-cache-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'mathrepro-cache-dir-'));
    writeFileSync(join(root, 'a.md'), 'Broken: $x^2^3$\n');
    expect(run(root, cacheDir, '--no-cache').status).toBe(1);
    expect(readdirSync(cacheDir)).toEqual([]);
    run(root, cacheDir);
    const [cacheFile] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, cacheFile!), '{"salt": "x", "entries": {"a.md": {"key": "forged", "result": {}}}}');
    const again = run(root, cacheDir);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('a.md:1:13  error  syntax-error  Double superscript');
  });
});
