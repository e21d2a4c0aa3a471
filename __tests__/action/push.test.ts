import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { REPO } from '../helpers/fixtures.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, any>> }>;

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function pushEvent(ref: string): string {
  const payload = structuredClone(examples.find((e) => e.name === 'push')!.examples[0]!);
  payload.ref = ref;
  payload.repository.default_branch = 'main';
  const path = join(mkdtempSync(join(tmpdir(), 'mathrepro-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe('the action on a push', () => {
  async function push(ref: string) {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-push-'));
    cpSync(join(REPO, 'examples'), workspace, { recursive: true });
    server = await new FakeGitHub((request) => {
      if (request.path.startsWith('/repos/octo/notes/git/ref/')) return { status: 404, body: { message: 'Not Found' } };
      if (request.path === '/repos/octo/notes/git/trees') return { status: 201, body: { sha: 't1' } };
      if (request.path === '/repos/octo/notes/git/commits') return { status: 201, body: { sha: 'c1' } };
      if (request.path === '/repos/octo/notes/git/refs') return { status: 201, body: {} };
      if (request.path.startsWith('/repos/octo/notes/statuses/')) return { status: 201, body: {} };
      if (request.path === '/repos/octo/notes/check-runs') return { status: 201, body: { id: 1, html_url: 'u' } };
      return undefined;
    }).start();
    const env = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: pushEvent(ref),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: server.url,
      GITHUB_REF: ref,
      GITHUB_SHA: 'a'.repeat(40),
    };
    return runAction(workspace, { 'github-token': 'ghs_write', 'badges-branch': 'mathrepro-badges', 'fail-on': 'never' }, env);
  }

  it('publishes the badges to their branch and sets both commit statuses on the default branch', async () => {
    const run = await push('refs/heads/main');
    expect(run.stderr).toBe('');
    const tree = server!.requests.find((r) => r.path === '/repos/octo/notes/git/trees')!.body as { tree: Array<{ path: string }> };
    expect(tree.tree.map((t) => t.path).sort()).toEqual([
      'expect-test_loss.json',
      'expect-test_loss.svg',
      'math.json',
      'math.svg',
      'reproduced.json',
      'reproduced.svg',
    ]);
    expect(server!.requests.find((r) => r.path === '/repos/octo/notes/git/refs')!.body).toMatchObject({ ref: 'refs/heads/mathrepro-badges', sha: 'c1' });
    const statuses = server!.requests.filter((r) => r.path.startsWith('/repos/octo/notes/statuses/')).map((r) => r.body as { context: string; state: string });
    expect(statuses.map((s) => `${s.context} ${s.state}`)).toEqual(['mathrepro/math failure', 'mathrepro/reproduce success']);
    expect(run.outputs['reproduce-status']).toBe('pass');
  });

  it('publishes no badges from another branch', async () => {
    await push('refs/heads/feature');
    expect(server!.requests.some((r) => r.path.includes('/git/'))).toBe(false);
  });
});

describe('the action lints environment files', () => {
  it('annotates them and adds an environment section to the summary', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-envaction-'));
    writeFileSync(join(workspace, 'notes.md'), 'Fine: $x$\n');
    writeFileSync(join(workspace, 'environment.yml'), 'name: x\nchannels: [conda-forge]\ndependencies:\n  - numpy=1.26.0=py311h64a7726_0\n');
    const run = await runAction(workspace, { paths: '.', 'fail-on': 'warning' }, {});
    expect(run.stdout).toContain('::warning file=environment.yml,line=4,endLine=4,col=5,endColumn=32,title=mathrepro env-build-string::');
    expect(run.summary).toContain('### ⚠️ Environment: 1 finding in 1 file');
    expect(run.outputs).toMatchObject({ 'env-warnings': '1', 'env-errors': '0', warnings: '1' });
    expect(run.status).toBe(1); // fail-on: warning
  });
});

describe('the action finds the reproduction document as it is named', () => {
  it('verifies reproduce.md written in lower case, and names a lookalike it does not verify instead of skipping in silence', async () => {
    const lower = mkdtempSync(join(tmpdir(), 'mathrepro-lowercase-'));
    cpSync(join(REPO, 'examples'), lower, { recursive: true });
    writeFileSync(join(lower, 'reproduce.md'), readFileSync(join(lower, 'REPRODUCE.md'), 'utf8'));
    const { rmSync } = await import('node:fs');
    rmSync(join(lower, 'REPRODUCE.md'));
    const verified = await runAction(lower, { paths: '.', 'fail-on': 'never' }, {});
    expect(verified.outputs['reproduce-status']).toBe('pass');

    const elsewhere = mkdtempSync(join(tmpdir(), 'mathrepro-lookalike-'));
    writeFileSync(join(elsewhere, 'notes.md'), 'Fine: $x$\n');
    cpSync(join(REPO, 'examples', 'REPRODUCE.md'), join(elsewhere, 'docs', 'REPRODUCE.md'));
    const skipped = await runAction(elsewhere, { paths: '.', 'fail-on': 'never' }, {});
    expect(skipped.outputs['reproduce-status']).toBe('skipped');
    expect(skipped.stdout).toContain(
      "::warning::docs/REPRODUCE.md looks like a reproduction document but is not verified (only REPRODUCE.md is, by default): name it in the action's `reproduce` input or in .mathrepro.yml (reproduce: {file: docs/REPRODUCE.md}).",
    );
  });
});

describe('the action annotates within what GitHub shows', () => {
  it('prints at most ten error annotations, REPRODUCE.md failures included, and counts the rest', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-many-'));
    const lines = Array.from({ length: 40 }, (_, i) => `- test_loss_${i} < 0.001`);
    writeFileSync(join(workspace, 'REPRODUCE.md'), `From metrics.json:\n\n${lines.join('\n')}\n`);
    writeFileSync(join(workspace, 'metrics.json'), JSON.stringify(Object.fromEntries(lines.map((_, i) => [`test_loss_${i}`, 0.5]))));
    writeFileSync(join(workspace, 'notes.md'), 'Broken: $x^2^3$\n');
    const run = await runAction(workspace, { paths: '.', 'fail-on': 'error' }, {});
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error file='));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toContain('file=notes.md');
    expect(run.stdout).toContain('::notice::mathrepro: 31 more findings are in the job summary and the check run.');
  });
});

describe('the sarif input', () => {
  it('writes every finding as SARIF where asked, for upload-sarif in the same job', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-sarif-'));
    cpSync(join(REPO, 'examples'), workspace, { recursive: true });
    writeFileSync(join(workspace, 'environment.yml'), 'name: x\nchannels: [conda-forge]\ndependencies:\n  - scipy\n');
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent('refs/heads/main'), GITHUB_SHA: 'a'.repeat(40) };
    const run = await runAction(workspace, { 'github-token': '', sarif: 'results/mathrepro.sarif', 'fail-on': 'never' }, env);
    expect(run.stderr).toBe('');
    expect(run.outputs.sarif).toBe(join(workspace, 'results', 'mathrepro.sarif'));
    const sarif = JSON.parse(readFileSync(run.outputs.sarif!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('syntax-error');
    // The environment file's finding is there too.
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId.startsWith('env-'))).toBe(true);
  });
});

describe('the action verifies REPRODUCE.md against results executed in this run', () => {
  async function run(inputs: Record<string, string>, prepare: (workspace: string) => void = () => {}) {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-shards-'));
    cpSync(join(REPO, 'examples'), workspace, { recursive: true });
    prepare(workspace);
    server = await new FakeGitHub((request) => {
      if (request.path.startsWith('/repos/octo/notes/statuses/')) return { status: 201, body: {} };
      if (request.path === '/repos/octo/notes/check-runs') return { status: 201, body: { id: 1, html_url: 'u' } };
      return undefined;
    }).start();
    const env = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: pushEvent('refs/heads/feature'),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: server.url,
      GITHUB_REF: 'refs/heads/feature',
      GITHUB_SHA: 'a'.repeat(40),
    };
    return runAction(workspace, { 'github-token': 'ghs_write', 'fail-on': 'never', ...inputs }, env);
  }

  it('reads a matrix shard’s executed notebook from its results folder (the input, one folder per line)', async () => {
    const shard = await run({ results: 'artifacts/shard-1\nartifacts/shard-2\n' }, (workspace) => {
      const notebook = readFileSync(join(workspace, 'notebooks', 'training.ipynb'), 'utf8');
      cpSync(join(workspace, 'notebooks'), join(workspace, 'artifacts', 'shard-2', 'notebooks'), { recursive: true });
      writeFileSync(join(workspace, 'artifacts', 'shard-2', 'notebooks', 'training.ipynb'), notebook.replaceAll('0.021', '0.051'));
      cpSync(join(workspace, 'notebooks'), join(workspace, 'artifacts', 'shard-1'), { recursive: true });
    });
    expect(shard.outputs['reproduce-status']).toBe('fail');
    expect(shard.stdout).toContain('test_loss = 0.051 misses < 0.023');
  });

  it('calls outputs written before `executed-after` stale', async () => {
    const inAnHour = String(Math.floor(Date.now() / 1000) + 3600);
    const stale = await run({ 'executed-after': inAnHour });
    expect(stale.outputs['reproduce-status']).toBe('fail');
    expect(stale.stdout).toContain('is stale: written');
    // One headline from one verdict: the job summary does not open with "all math renders" over a failing check.
    expect(stale.summary.split('\n')[0]).toBe(
      '### ❌ mathrepro: 1 error in the math; REPRODUCE.md does not reproduce (0/1 expectations met, 2 required cells not ok)',
    );
    expect(stale.summary).not.toContain('all math renders');
    const fresh = await run({ 'executed-after': '2020-01-01T00:00:00Z' });
    expect(fresh.outputs['reproduce-status']).toBe('pass');
  });
});

describe('REPRODUCE.md findings take the path of every finding', () => {
  async function run(config: string | undefined, inputs: Record<string, string> = {}) {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-rules-'));
    cpSync(join(REPO, 'examples'), workspace, { recursive: true });
    // A claim the notebook does not meet, and no math finding: what the run says comes from REPRODUCE.md alone.
    writeFileSync(join(workspace, 'REPRODUCE.md'), 'Run `notebooks/training.ipynb`; expect test_loss < 0.01.\n');
    writeFileSync(join(workspace, 'notes.md'), 'Fine: $x$.\n');
    if (config !== undefined) writeFileSync(join(workspace, '.mathrepro.yml'), config);
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent('refs/heads/feature'), GITHUB_REF: 'refs/heads/feature', GITHUB_SHA: 'a'.repeat(40) };
    return { workspace, run: await runAction(workspace, { paths: 'notes.md', sarif: 'out/mathrepro.sarif', ...inputs }, env) };
  }

  it('is an error by default: annotated, in SARIF with its end column, and failing the step', async () => {
    const { workspace, run: failing } = await run(undefined);
    expect(failing.stdout).toContain('::error file=REPRODUCE.md,line=1,endLine=1,col=40,endColumn=55,title=mathrepro reproduce::test_loss < 0.01: fail');
    const sarif = JSON.parse(readFileSync(join(workspace, 'out', 'mathrepro.sarif'), 'utf8'));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'reproduce');
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 40, endColumn: 56 } } }] });
    expect(failing.status).toBe(1);
  });

  it('follows `rules: {reproduce: warning}` and `off` in the configuration', async () => {
    const { run: warned } = await run('rules:\n  reproduce: warning\n');
    expect(warned.stdout).toContain('::warning file=REPRODUCE.md,line=1');
    expect(warned.summary.split('\n')[0]).toBe('### ⚠️ mathrepro: REPRODUCE.md does not reproduce (0/1 expectations met)');
    expect(warned.status).toBe(0);
    const { run: off } = await run('rules:\n  reproduce: off\n');
    expect(off.stdout).not.toContain('REPRODUCE.md');
    expect(off.outputs['reproduce-status']).toBe('skipped');
    expect(off.status).toBe(0);
  });
});
