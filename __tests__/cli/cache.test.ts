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
      maxBuffer: 1 << 28,
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

  it('stores a result in a size that grows with the file, not with its findings times its longest line', () => {
    // 20,000 formulas on one line (160 kB), each pair with a finding: each finding kept that whole line for its
    // excerpt, and a result grew as findings × line length — 163 MB of cache at 6,000 formulas, each later run of
    // any file reading it first; at 20,000 too large to be written at all.
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-cache-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'mathrepro-cache-dir-'));
    writeFileSync(join(root, 'huge.md'), '$\\alpha '.repeat(20_000) + '\n');
    writeFileSync(join(root, 'small.md'), 'Broken: $x^2^3$\n');
    const first = run(root, cacheDir);
    expect(first.stdout).toContain('10001 errors');
    const [cacheFile] = readdirSync(cacheDir);
    expect(cacheFile).toBeDefined();
    const stored = readFileSync(join(cacheDir, cacheFile!), 'utf8');
    expect(Object.keys(JSON.parse(stored).entries).sort()).toEqual(['huge.md', 'small.md']);
    expect(stored.length / 10_001).toBeLessThan(1_000);
    // From the cache, the same report, each excerpt cut around its finding as when it was checked.
    expect(run(root, cacheDir).stdout).toBe(first.stdout);
    expect(first.stdout).toMatch(/^ {4}…a \$\\alpha \$\\alpha .{90,}…$/m);
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
