import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEnvLint } from '../../src/app/env.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

/**
 * Lock files against their manifests. The fixtures are written in each tool's format as it writes it today: uv.lock
 * (version 1, revision 2, `[package.metadata] requires-dist`), pixi.lock (version 6: environments by platform,
 * packages once each, conda names in their file names), conda-lock.yml (version 1: metadata, then a package a
 * platform). Each `*-in-step` folder is a lock made from its manifest; each `*-stale` one the same lock after the
 * manifest changed.
 */
const LOCKS = join(FIXTURES, 'locks');

function copy(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `mathrepro-locks-${name}-`));
  cpSync(join(LOCKS, name), root, { recursive: true });
  return root;
}

function findings(root: string, paths: string[] = []): string[] {
  return runEnvLint({ root, paths: paths.map((path) => join(root, path)) }).report.diagnostics.map(
    (d) => `${d.file}:${d.line} ${d.rule} ${d.message.replace(/^[^:]+: /, '').replace(/\. (`uv lock --check`|`pixi lock --check`|Run `conda-lock).*$/, '')}`,
  );
}

describe('a lock in step with its manifest', () => {
  for (const name of ['uv-in-step', 'pixi-in-step', 'conda-lock-in-step']) {
    it(`${name}: no finding`, () => {
      expect(findings(copy(name)).filter((line) => line.includes('env-lock'))).toEqual([]);
    });
  }
});

describe('a lock out of step: each difference at the manifest line, with the command that refreshes it', () => {
  it('uv.lock against pyproject.toml: requires-python, a changed, an added and a removed dependency', () => {
    expect(findings(copy('uv-stale'))).toEqual([
      'pyproject.toml:6 env-lock-stale requires-python is ">=3.12" here, ">=3.11" in the lock',
      "pyproject.toml:7 env-lock-stale the lock still has torch>=2.3; sys_platform == 'linux', which pyproject.toml no longer requires",
      'pyproject.toml:8 env-lock-stale numpy>=2.0,<3 is locked as numpy<3,>=1.26',
      'pyproject.toml:10 env-lock-stale pandas>=2.2 is not in the lock',
    ]);
  });

  it('pixi.lock against pixi.toml: a platform with no packages, a version the lock does not meet, a dependency not locked', () => {
    expect(findings(copy('pixi-stale'))).toEqual([
      'pixi.toml:5 env-lock-stale it declares the platform win-64, the lock has no packages for it',
      'pixi.toml:12 env-lock-stale python >=3.13,<3.14 is required, the lock has python 3.12.12 (linux-64, osx-arm64)',
      'pixi.toml:14 env-lock-stale xarray is required and not in the lock (linux-64, osx-arm64)',
    ]);
  });

  it('conda-lock.yml against environment.yml: a version, a dependency and a platform', () => {
    expect(findings(copy('conda-lock-stale')).filter((line) => line.includes('env-lock'))).toEqual([
      'environment.yml:5 env-lock-stale python=3.12 is locked as python 3.11.10 (linux-64, osx-64)',
      'environment.yml:8 env-lock-stale xarray is not locked (linux-64, osx-64)',
      'environment.yml:15 env-lock-stale it asks for osx-arm64, the lock has no packages for it',
    ]);
  });

  it('checks the manifest when a commit changes only the lock (the pre-commit hook passes uv.lock alone)', () => {
    const root = copy('uv-stale');
    expect(findings(root, ['uv.lock'])).toHaveLength(4);
  });

  it('reports a lock it cannot read instead of passing it', () => {
    const root = copy('uv-in-step');
    writeFileSync(join(root, 'uv.lock'), 'version = 1\n[[package]\nname = "x"\n');
    const [finding] = runEnvLint({ root, paths: [] }).report.diagnostics;
    expect(finding).toMatchObject({ file: 'pyproject.toml', line: 1, rule: 'env-lock-stale', severity: 'error' });
    expect(finding!.message).toMatch(/^uv\.lock or pyproject\.toml cannot be read \(.+\): whether it is in step cannot be told\. Regenerate it\.$/);
  });

  it('reads pixi.lock version 7 (its platforms listed on their own) and a [tool.pixi] section of pyproject.toml', () => {
    const root = copy('pixi-in-step');
    const manifest = `[project]\nname = "wave-models"\nversion = "0.1.0"\n\n[tool.pixi.workspace]\nchannels = ["conda-forge"]\nplatforms = ["linux-64", "osx-arm64"]\n\n[tool.pixi.dependencies]\npython = ">=3.12,<3.13"\nnumpy = ">=2.4"\n`;
    rmSync(join(root, 'pixi.toml'));
    writeFileSync(join(root, 'pyproject.toml'), manifest);
    writeFileSync(
      join(root, 'pixi.lock'),
      readFileSync(join(root, 'pixi.lock'), 'utf8').replace('version: 6\n', 'version: 7\nplatforms:\n- name: linux-64\n- name: osx-arm64\n'),
    );
    expect(findings(root).filter((line) => line.includes('env-lock'))).toEqual([
      'pyproject.toml:11 env-lock-stale numpy >=2.4 is required, the lock has numpy 2.3.5 (linux-64, osx-arm64)',
    ]);
  });
});

describe('a manifest with no lock', () => {
  it('is a warning where the README installs from a lock (uv sync), and nothing where it does not', async () => {
    const root = copy('uv-missing');
    const result = await cli(['env', '--format', 'json'], root);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; message: string }> };
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['env-lock-missing']);
    expect(report.diagnostics[0]!.message).toMatch(/^The README installs with `uv sync`, but there is no uv\.lock beside pyproject\.toml/);
    writeFileSync(join(root, 'README.md'), '# Heat kernel\n\npip install -e .\n');
    expect(findings(root)).toEqual([]);
  });
});

describe('a lock committed as a link', () => {
  it('is not read through a link out of the repository (its text reached the comment): a finding says so', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-secret-'));
    writeFileSync(join(outside, 'id_rsa'), '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
    const root = copy('uv-in-step');
    rmSync(join(root, 'uv.lock'));
    symlinkSync(join(outside, 'id_rsa'), join(root, 'uv.lock'));
    const diagnostics = runEnvLint({ root, paths: [] }).report.diagnostics;
    expect(diagnostics.map((d) => d.message).join('\n')).not.toContain('OPENSSH');
    expect(diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual([
      'env-lock-stale uv.lock cannot be read (it is a link out of the repository): whether it is in step cannot be told.',
    ]);
  });
});

describe('a lock or manifest that is not what its name says', () => {
  it('reports a conda-lock.yml that is no conda-lock file (a list, or no metadata) instead of passing it', () => {
    for (const lock of ['- just\n- a list\n', 'version: 1\npackage: []\n']) {
      const root = copy('conda-lock-in-step');
      writeFileSync(join(root, 'conda-lock.yml'), lock);
      const locks = runEnvLint({ root, paths: [] }).report.diagnostics.filter((d) => d.rule === 'env-lock-stale');
      expect(locks.map((d) => d.message)).toEqual([
        'conda-lock.yml cannot be read (not a conda-lock file: no metadata with its platforms and sources): whether it is in step cannot be told. Regenerate it.',
      ]);
    }
  });

  it('reports a pyproject.toml that is not TOML, at its place, instead of skipping it', () => {
    const root = copy('uv-in-step');
    writeFileSync(join(root, 'pyproject.toml'), '[project\nname = "heat-kernel"\n');
    const diagnostics = runEnvLint({ root, paths: [] }).report.diagnostics;
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual(['pyproject.toml:1 env-unreadable']);
    expect(diagnostics[0]!.message).toMatch(/^Not valid TOML: /);
  });
});
