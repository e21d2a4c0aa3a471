import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEnvLint } from '../../src/app/env.js';
import { lintEnvironmentFile } from '../../src/env/lint.js';
import { CORPUS, FIXTURES, HAVE_CORPUS } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

function lint(files: Record<string, string>, config?: string) {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-env-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  if (config) writeFileSync(join(root, '.mathrepro.yml'), config);
  return runEnvLint({ root, paths: [] }).report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
}

const GOOD = 'name: ok\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - numpy=1.26\n  - pip\n  - pip:\n    - requests==2.31.0\n';

describe('environment.yml rules, each at its line', () => {
  it('is quiet on a reproducible environment', () => {
    expect(lint({ 'environment.yml': GOOD })).toEqual([]);
  });

  it('build strings: each line for a few, one finding for a whole export', () => {
    expect(lint({ 'environment.yml': 'channels: [defaults]\ndependencies:\n  - numpy=1.26.0=py311h64a7726_0\n  - python=3.11\n' })).toEqual([
      'environment.yml:3:5 warning env-build-string',
    ]);
    const exported = `channels: [defaults]\ndependencies:\n${Array.from({ length: 8 }, (_, i) => `  - p${i}=1.0=h${i}_0\n`).join('')}`;
    expect(lint({ 'environment.yml': exported })).toEqual(['environment.yml:3:5 warning env-build-string']);
  });

  it('a local prefix', () => {
    expect(lint({ 'environment.yml': `${GOOD}prefix: /home/alice/miniconda3/envs/ok\n` })).toEqual(['environment.yml:10:1 warning env-local-prefix']);
  });

  it('unpinned packages, and loose pins with pinning: exact', () => {
    const text = 'channels: [conda-forge]\ndependencies:\n  - scipy\n  - numpy>=1.2\n  - pip:\n    - torch\n    - rich>=13\n';
    expect(lint({ 'environment.yml': text })).toEqual(['environment.yml:3:5 warning env-unpinned', 'environment.yml:6:7 warning env-unpinned']);
    expect(lint({ 'environment.yml': text }, 'env:\n  pinning: exact\n')).toEqual([
      'environment.yml:3:5 warning env-unpinned',
      'environment.yml:4:5 warning env-unpinned',
      'environment.yml:6:7 warning env-unpinned',
      'environment.yml:7:7 warning env-unpinned',
    ]);
  });

  it('the same package from conda and pip (torch is pytorch)', () => {
    const text = 'channels: [pytorch]\ndependencies:\n  - pytorch=2.1\n  - pip:\n    - torch==2.1.0\n';
    expect(lint({ 'environment.yml': text })).toEqual(['environment.yml:5:7 warning env-conda-pip-duplicate']);
  });

  it('pip entries that cannot be installed the same way elsewhere', () => {
    const sha = 'a'.repeat(40);
    const text = `channels: [defaults]\ndependencies:\n  - pip:\n    - -e .\n    - git+https://github.com/o/r.git@main#egg=r\n    - git+https://github.com/o/r.git@${sha}\n    - ./wheels/x.whl\n`;
    expect(lint({ 'environment.yml': text })).toEqual([
      'environment.yml:4:7 warning env-pip-unreproducible',
      'environment.yml:5:7 warning env-pip-unreproducible',
      'environment.yml:7:7 warning env-pip-unreproducible',
    ]);
  });

  it('missing or misspelt channels', () => {
    expect(lint({ 'environment.yml': 'name: x\ndependencies:\n  - python=3.11\n' })).toEqual(['environment.yml:1:1 warning env-channels']);
    expect(
      lint({ 'environment.yml': 'channels:\n  - default\n  - conda_forge\n  - https://prefix.dev/conda-forge\n  - nodefaults\ndependencies: []\n' }),
    ).toEqual(['environment.yml:2:5 warning env-channels', 'environment.yml:3:5 warning env-channels']);
  });

  it('values YAML silently changes', () => {
    expect(lint({ 'environment.yml': 'channels: [defaults]\nvariables:\n  PYTHON: 3.10\n  OK: "3.10"\ndependencies:\n  - 1.0\n' })).toEqual([
      'environment.yml:3:11 error env-yaml-coercion',
      'environment.yml:6:5 error env-yaml-coercion',
    ]);
  });
});

describe('requirements.txt', () => {
  it('reads pip syntax: comments, options, markers, continuations, extras', () => {
    const text = [
      '# pinned',
      'numpy==1.26.2  # comment',
      'pandas[performance]==2.1.3 ; python_version >= "3.9"',
      '--index-url https://example.org/simple',
      '-r other.txt',
      'scipy \\',
      '    ==1.11.3',
      'rich',
      'torch @ git+https://github.com/pytorch/pytorch@v2.1.0',
      '-e git+https://github.com/o/r.git#egg=r',
    ].join('\n');
    expect(lint({ 'requirements.txt': text, 'other.txt': 'numpy==1.26.2\n' })).toEqual([
      'requirements.txt:8:1 warning env-unpinned',
      'requirements.txt:9:1 warning env-pip-unreproducible',
      'requirements.txt:10:1 warning env-pip-unreproducible',
    ]);
  });
  it('reports a -r or -c file that is not there (pip install stops at it; it passed), next to the file as pip looks', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-env-'));
    mkdirSync(join(root, 'env'));
    writeFileSync(join(root, 'env', 'base.txt'), 'numpy==1.26.2\n');
    const text = [
      '-r base.txt',
      '-r ../env/base.txt',
      '--requirement=missing.txt',
      '-c constraints.txt',
      '-r https://example.org/r.txt',
      '-r ${HOME}/r.txt',
    ].join('\n');
    writeFileSync(join(root, 'env', 'requirements.txt'), text);
    const found = runEnvLint({ root, paths: [] }).report.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule} ${d.message}`);
    expect(found).toEqual([
      expect.stringMatching(
        /^env\/requirements\.txt:3 error env-unreadable --requirement missing\.txt: there is no such file next to this one, so pip install stops here/,
      ),
      expect.stringMatching(/^env\/requirements\.txt:4 error env-unreadable -c constraints\.txt: there is no such file/),
    ]);
  });
});

describe('hostile YAML', () => {
  it.each([
    [
      'an alias bomb',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nchannels: [defaults]\ndependencies: [python=3.11]\n`,
      [],
    ],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}\n`, ['environment.yml:1:64 error env-unreadable']],
    ['a merge key and __proto__', 'channels: [defaults]\n__proto__: {polluted: true}\nbase: &b {x: 1}\nother: {<<: *b}\ndependencies: [python=3.11]\n', []],
    ['unknown tags', 'channels: [defaults]\nhook: !!python/name:os.system\ndependencies: [python=3.11]\n', []],
    ['not a mapping', '- python\n', ['environment.yml:1:1 error env-unreadable']],
    ['broken YAML', 'channels: [defaults\n', ['environment.yml:2:1 error env-unreadable']],
    // What conda refuses, or installs without the lint seeing it, is said (these passed silently).
    ['a second document', 'channels: [defaults]\ndependencies: [python=3.11]\n---\ndependencies: [numpy]\n', ['environment.yml:3:1 error env-unreadable']],
    ['a key written twice', 'channels: [defaults]\ndependencies: [python=3.11]\ndependencies: [numpy]\n', ['environment.yml:3:1 error env-unreadable']],
    [
      'an aliased dependency list',
      'channels: [defaults]\nbase: &deps [numpy, python=3.11]\ndependencies: *deps\n',
      ['environment.yml:3:15 warning env-not-linted'],
    ],
    ['merged dependencies', 'channels: [defaults]\nshared: &s {dependencies: [numpy]}\n<<: *s\n', ['environment.yml:3:1 warning env-not-linted']],
  ])('%s: a clear finding or none, in bounded time, and no pollution', (_name, text, expected) => {
    const started = Date.now();
    expect(lint({ 'environment.yml': text })).toEqual(expected);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mathrepro env', () => {
  it('has the exit codes of check: warnings exit 0, errors exit 1', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-env-'));
    writeFileSync(join(root, 'requirements.txt'), 'rich\n');
    const warned = await cli(['env'], root);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('requirements.txt:1:1  warning  env-unpinned  rich has no version');
    expect(warned.stdout).toContain('1 package in 1 file: 0 errors, 1 warning');
    writeFileSync(join(root, 'environment.yml'), 'channels: [defaults]\nvariables: {PY: 3.10}\n');
    expect((await cli(['env', '--format', 'json'], root)).status).toBe(1);
  });
});

describe.skipIf(!HAVE_CORPUS)('the environment files of the shared corpus', () => {
  it('lint to the reviewed findings: exported environments, local prefixes, unpinned packages', () => {
    const diagnostics = runEnvLint({ root: CORPUS, paths: [] }).report.diagnostics;
    const count = (rule: string) => diagnostics.filter((d) => d.rule === rule).length;
    expect(diagnostics.filter((d) => d.rule === 'env-build-string').map((d) => d.file)).toEqual([
      'eladrich__pixel2style2pixel/environment/psp_env.yaml',
      'gboeing__conda-scripts/linux/environment.yml',
      'gboeing__conda-scripts/win/environment.yml',
      'omertov__encoder4editing/environment/e4e_env.yaml',
      'yuval-alaluf__SAM/environment/sam_env.yaml',
    ]);
    expect(count('env-local-prefix')).toBe(5);
    expect(count('env-unpinned')).toBe(155);
    // Linux exports used as every platform's environment (a win/ or linux/ folder's file is meant for that system).
    expect([...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.file}`))]).toEqual([
      'env-os-only eladrich__pixel2style2pixel/environment/psp_env.yaml',
      'env-os-only omertov__encoder4editing/environment/e4e_env.yaml',
      'env-os-only yuval-alaluf__SAM/environment/sam_env.yaml',
    ]);
    expect(count('env-os-only')).toBe(9);
  });
});

describe('packages of one operating system', () => {
  const EXPORTS = join(FIXTURES, 'env-exports');
  const osOnly = (file: string) =>
    runEnvLint({ root: EXPORTS, paths: [file] })
      .report.diagnostics.filter((d) => d.rule === 'env-os-only')
      .map((d) => `${d.line} ${d.message.split(' exists only on ')[0]} ${d.message.split(' exists only on ')[1]!.split(' (')[0]}`);

  it('names each package of a --no-builds export that exists only where it was exported (macOS, Windows, Linux)', () => {
    expect(osOnly('exported-a.yml')).toEqual(['7 appnope macOS', '10 libcxx macOS', '12 libgfortran5 macOS', '13 llvm-openmp macOS']);
    expect(osOnly('exported-b.yml')).toEqual([
      '7 m2w64-gcc-libs Windows',
      '10 pywin32 Windows',
      '11 ucrt Windows',
      '12 vc Windows',
      '13 vc14_runtime Windows',
      '14 vs2015_runtime Windows',
      '15 win_inet_pton Windows',
    ]);
    expect(osOnly('exported-c.yml')).toEqual([
      '6 _libgcc_mutex linux',
      '7 _openmp_mutex linux and macOS',
      '9 ld_impl_linux-64 linux',
      '10 libgcc-ng linux',
      '11 libgomp linux',
      '12 libstdcxx-ng linux',
    ]);
    expect(osOnly('portable.yml')).toEqual([]);
  });

  it('removes them with mathrepro fix, leaving a file that lints clean of them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-osonly-'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'environment.yml'), readFileSync(join(EXPORTS, 'exported-b.yml'), 'utf8'));
    const fixed = await cli(['fix', 'environment.yml'], root);
    expect(fixed.status).toBe(0);
    const text = readFileSync(join(root, 'environment.yml'), 'utf8');
    expect(text).not.toMatch(/vc|ucrt|pywin32|m2w64|win_inet_pton/);
    expect(text).toContain('  - numpy=1.26.4\n');
    expect(runEnvLint({ root, paths: [] }).report.diagnostics.filter((d) => d.rule === 'env-os-only')).toEqual([]);
  });
});

describe('a file meant for one operating system', () => {
  it('expects that system’s packages in it (win/environment.yml, environment-linux.yml)', () => {
    const windows = readFileSync(join(FIXTURES, 'env-exports', 'exported-b.yml'), 'utf8');
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-osfolder-'));
    mkdirSync(join(root, 'win'));
    writeFileSync(join(root, 'win', 'environment.yml'), windows);
    writeFileSync(join(root, 'environment-linux.yml'), windows);
    const found = runEnvLint({ root, paths: [] })
      .report.diagnostics.filter((d) => d.rule === 'env-os-only')
      .map((d) => d.file);
    expect([...new Set(found)]).toEqual(['environment-linux.yml']);
  });
});

describe('a pip list inside the pip list', () => {
  it('is an error at its line (pip fails on it, and nothing in it was linted), not silence', () => {
    const nested =
      'name: x\nchannels: [conda-forge]\ndependencies:\n  - python=3.11\n  - pip=24.0\n  - pip:\n      - requests==2.31.0\n      - pip:\n          - torch==2.1.0\n';
    expect(lint({ 'environment.yml': nested })).toEqual(['environment.yml:8:9 error env-unreadable']);
  });
});

describe.skipIf(!HAVE_CORPUS)('the platform table against real exports', () => {
  // gboeing/conda-scripts commits an export made on Windows and one made on Linux (with build strings): each
  // platform's own packages, and only those, are the ones the table knows.
  const flagged = (file: string) =>
    lintEnvironmentFile(readFileSync(join(CORPUS, 'gboeing__conda-scripts', file), 'utf8'), 'any')
      .findings.filter((f) => f.rule === 'env-os-only')
      .map((f) => f.message.split(' exists only on ')[0]);

  it('names the Windows packages of a Windows export and the Linux ones of a Linux export, nothing else', () => {
    expect(flagged('win/environment.yml')).toEqual([
      'm2w64-gcc-libgfortran',
      'm2w64-gcc-libs',
      'm2w64-gcc-libs-core',
      'm2w64-gmp',
      'm2w64-libwinpthread-git',
      'msys2-conda-epoch',
      'pywin32',
      'pywin32-ctypes',
      'pywinpty',
      'ucrt',
      'vc',
      'vs2015_runtime',
      'win_inet_pton',
      'winpty',
    ]);
    expect(flagged('linux/environment.yml')).toEqual(['_libgcc_mutex', '_openmp_mutex', 'ld_impl_linux-64', 'libgcc-ng', 'libgomp', 'libstdcxx-ng']);
  });
});

describe('exports that float (conda env export --from-history)', () => {
  it('is one warning for a file with no version at all, naming what floats, instead of one per package', () => {
    const history = 'name: exp\nchannels:\n  - conda-forge\ndependencies:\n  - python\n  - numpy\n  - pandas\n  - scikit-learn\n';
    expect(lint({ 'environment.yml': history })).toEqual(['environment.yml:4:1 warning env-from-history']);
    // Two packages without a version are two unpinned packages, not an export.
    expect(lint({ 'environment.yml': 'channels: [conda-forge]\ndependencies:\n  - numpy\n  - scipy\n' })).toEqual([
      'environment.yml:3:5 warning env-unpinned',
      'environment.yml:4:5 warning env-unpinned',
    ]);
  });

  it('warns when the notebooks pip-install what a file with no pip section does not list', () => {
    const environment = 'name: exp\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - numpy=1.26\n  - pytorch=2.2\n';
    const cell = {
      cell_type: 'code',
      metadata: {},
      execution_count: null,
      outputs: [],
      source: ['%pip install -q transformers==4.40 datasets\n', '!pip install -U torch -r extra.txt\n'],
    };
    const notebook = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [cell] }, null, 1);
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-env-'));
    writeFileSync(join(root, 'environment.yml'), environment);
    writeFileSync(join(root, 'train.ipynb'), notebook);
    const [finding, ...rest] = runEnvLint({ root, paths: [] }).report.diagnostics;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'env-from-history', line: 4 });
    // torch is pytorch, listed; the -r file is no package.
    expect(finding!.message).toMatch(/^The notebooks install transformers, datasets with pip \(train\.ipynb: `%pip install -q transformers==4\.40 datasets`\)/);
    // With a pip section the file says what pip installs: nothing more to say here.
    writeFileSync(join(root, 'environment.yml'), `${environment}  - pip\n  - pip:\n    - transformers==4.40.0\n`);
    expect(runEnvLint({ root, paths: [] }).report.diagnostics.map((d) => d.rule)).toEqual([]);
  });
});
