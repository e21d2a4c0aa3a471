import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/fixtures.js';

/** npm itself: the script npm runs the tests with, else the one on the PATH. */
function npmCli(): string {
  if (process.env.npm_execpath?.endsWith('.js')) return process.env.npm_execpath;
  const bin = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return execFileSync('readlink', ['-f', bin], { encoding: 'utf8' }).trim();
}

describe('npm ci on any machine', () => {
  // npm's --os and --cpu flags do not reach its platform check; the process's own platform and arch do.
  const preload = join(mkdtempSync(join(tmpdir(), 'mathrepro-platform-')), 'platform.cjs');
  writeFileSync(
    preload,
    "Object.defineProperty(process, 'platform', { value: process.env.AS_PLATFORM });\nObject.defineProperty(process, 'arch', { value: process.env.AS_ARCH });\n",
  );

  it.each([
    ['darwin', 'arm64'],
    ['win32', 'x64'],
    ['linux', 'arm64'],
  ])('passes npm install checks as on %s/%s (a linux/x64-only dependency stopped it: EBADPLATFORM)', (platform, arch) => {
    const folder = mkdtempSync(join(tmpdir(), 'mathrepro-npm-ci-'));
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(REPO, file), join(folder, file));
    const run = spawnSync(process.execPath, ['--require', preload, npmCli(), 'ci', '--dry-run', '--offline', '--no-audit', '--no-fund'], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, AS_PLATFORM: platform, AS_ARCH: arch },
      timeout: 120_000,
    });
    expect(run.stderr).not.toMatch(/EBADPLATFORM|notsup/);
    expect(run.status).toBe(0);
  });

  it('installs from its packed tarball offline into a fresh prefix, and the mathrepro command runs', () => {
    const folder = mkdtempSync(join(tmpdir(), 'mathrepro-pack-'));
    const packed = execFileSync(process.execPath, [npmCli(), 'pack', '--pack-destination', folder, '--silent'], { cwd: REPO, encoding: 'utf8' }).trim();
    const prefix = join(folder, 'prefix');
    const install = spawnSync(
      process.execPath,
      [npmCli(), 'install', '--global', '--offline', '--prefix', prefix, '--no-audit', '--no-fund', join(folder, packed)],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(install.status).toBe(0);
    const mathrepro = (cwd: string, ...args: string[]) => spawnSync(join(prefix, 'bin', 'mathrepro'), args, { cwd, encoding: 'utf8' });
    // The README's commands, as printed, on a copy of the example repository under git.
    const examples = join(folder, 'examples');
    cpSync(join(REPO, 'examples'), examples, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: examples });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const check = mathrepro(folder, 'check', 'examples');
    expect(check.stdout).toContain('1 error, 0 warnings'); // the example's one deliberate mistake
    expect(check.status).toBe(1);
    expect(mathrepro(examples, 'verify').status).toBe(0);
    expect(mathrepro(examples, 'env').status).toBe(0);
    writeFileSync(
      join(examples, 'notes', 'derivation.md'),
      readFileSync(join(examples, 'notes', 'derivation.md'), 'utf8').replace('\\frac{1}{2L$', '\\frac{1}{2L}$'),
    );
    const preview = mathrepro(examples, 'preview', '--base', 'HEAD');
    expect(preview.stdout).toContain('mathrepro: all math renders (1 added or changed formula)');
    expect(mathrepro(examples, 'badge', '--out', join(folder, 'badges')).status).toBe(0);
    expect(mathrepro(examples, '--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('declares where the project lives and its licence, as the packed tarball shows them', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ license: 'MIT', repository: { type: 'git' }, bugs: {}, homepage: expect.any(String) });
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});
