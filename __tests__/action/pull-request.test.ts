import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asTheRunnerSetsThem, runAction } from '../helpers/action.js';
import { REPO } from '../helpers/fixtures.js';
import { FakeGitHub, publishing, type PostedComment } from '../helpers/fake-github.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, unknown>> }>;

/** A real pull_request webhook payload from GitHub's examples, pointed at our test repository and commits. */
function pullRequestEvent(base: string, head: string): string {
  const example = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!;
  const payload = structuredClone(example) as Record<string, any>;
  payload.number = 7;
  payload.pull_request.number = 7;
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  payload.repository.name = 'notes';
  payload.repository.owner.login = 'octo';
  const path = join(mkdtempSync(join(tmpdir(), 'mathrepro-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A research repo with two commits: the base, and a head that changes one formula and adds a broken one. */
function researchRepo() {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-pr-'));
  git(root, 'init', '-q');
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'model.md'), '# Model\n\n$\\sigma(z) = \\frac{1}{1+e^{-z}}$\n\nOld broken, untouched: $x^2^3$\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  writeFileSync(
    join(root, 'notes', 'model.md'),
    '# Model\n\n$\\sigma(z) = \\frac{1}{1+\\exp(-z)}$\n\nOld broken, untouched: $x^2^3$\n\nNew: $$\\newcommand{\\R}{\\mathbb{R}} w \\in \\R^d$$ and $\\frac{1}{2$\n',
  );
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'head');
  const head = git(root, 'rev-parse', 'HEAD');
  const patch = git(root, 'diff', base, head, '--', 'notes/model.md').split('\n').slice(4).join('\n');
  return { root, base, head, patch };
}

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('the action on a pull request', () => {
  it('creates the check run when every input is set as the runner sets it (one without a default is "")', async () => {
    const repo = researchRepo();
    server = await new FakeGitHub((request) => {
      if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/pulls/7/files')) {
        return { status: 200, body: [{ filename: 'notes/model.md', status: 'modified', patch: repo.patch }] };
      }
      if (request.method === 'POST' && request.path.startsWith('/repos/octo/notes/statuses/')) return { status: 201, body: {} };
      return publishing(request, []);
    }).start();
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(repo.base, repo.head),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: server.url,
      GITHUB_SHA: repo.head,
    };
    const inputs = asTheRunnerSetsThem({});
    // check-name has no default: the runner passes it as "" (it passed as absent in the tests, never on a runner).
    expect(inputs['check-name']).toBe('');
    const run = await runAction(repo.root, inputs, env);
    expect(run.stderr).toBe('');
    const checkRun = server.requests.find((r) => r.path === '/repos/octo/notes/check-runs')?.body as Record<string, unknown> | undefined;
    expect(checkRun).toMatchObject({ name: 'mathrepro', head_sha: repo.head, conclusion: 'failure' });
  });

  it('posts one sticky comment with rendered before/after previews, a check run, annotations and a summary', async () => {
    const repo = researchRepo();
    const comments: PostedComment[] = [];
    server = await new FakeGitHub((request) => {
      if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/pulls/7/files')) {
        return { status: 200, body: [{ filename: 'notes/model.md', status: 'modified', patch: repo.patch }] };
      }
      if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/issues/7/comments')) return { status: 200, body: comments };
      if (request.method === 'POST' && request.path === '/repos/octo/notes/issues/7/comments') {
        const comment = {
          id: comments.length + 100,
          body: (request.body as { body: string }).body,
          user: { login: 'github-actions[bot]' },
          html_url: 'https://github.com/octo/notes/pull/7#c',
        };
        comments.push(comment);
        return { status: 201, body: comment };
      }
      if (request.method === 'PATCH' && request.path.startsWith('/repos/octo/notes/issues/comments/')) {
        const comment = comments.find((c) => request.path.endsWith(`/${c.id}`))!;
        comment.body = (request.body as { body: string }).body;
        return { status: 200, body: comment };
      }
      if (request.method === 'POST' && request.path === '/repos/octo/notes/check-runs')
        return { status: 201, body: { id: 5, html_url: 'https://github.com/octo/notes/runs/5' } };
      return undefined;
    }).start();
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(repo.base, repo.head),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: server.url,
      GITHUB_SHA: repo.head,
    };
    const inputs = {
      'github-token': 'ghs_test',
      paths: '.',
      'filter-mode': 'added',
      'fail-on': 'error',
      comment: 'on-change',
      'badges-branch': 'mathrepro-badges',
    };

    const first = await runAction(repo.root, inputs, env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    // Only the new problems are annotated (filter-mode: added); the old untouched one is not.
    expect(first.stdout).toMatch(/::error file=notes\/model\.md,line=7,endLine=7,col=\d+,endColumn=\d+,title=mathrepro syntax-error::/);
    expect(first.stdout).not.toContain('line=5,');
    expect(first.outputs).toMatchObject({ errors: '2', warnings: '0', 'changed-formulas': '3', 'comment-url': 'https://github.com/octo/notes/pull/7#c' });
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('### ❌ mathrepro: 2 errors in the math this pull request touches (3 added or changed formulas)');
    expect(body).toContain('Before:\n\n```math\n\\sigma(z) = \\frac{1}{1+e^{-z}}\n```\n\nAfter:\n\n```math\n\\sigma(z) = \\frac{1}{1+\\exp(-z)}\n```');
    // GitHub cannot define macros: the preview has \R expanded and the definition removed.
    expect(body).toContain('```math\nw \\in \\mathbb{R}^d\n```');
    expect(body).toContain('**Added** at line 7 ❌ does not render:');
    const checkRun = server.requests.find((r) => r.path === '/repos/octo/notes/check-runs')!.body as Record<string, any>;
    expect(checkRun).toMatchObject({ name: 'mathrepro', head_sha: repo.head, status: 'completed', conclusion: 'failure' });
    expect(checkRun.output.annotations).toHaveLength(2);
    expect(first.summary).toContain('## Math check');
    expect(first.summary).toContain('x^2^3'); // the summary has the full report, old findings too

    // A second push: the same comment is updated, never a second one.
    const second = await runAction(repo.root, inputs, env);
    expect(second.status).toBe(1);
    expect(comments).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
    // Badges are never published from a pull request.
    expect(server.requests.some((r) => r.path.includes('/git/'))).toBe(false);
  });

  it('on a fork (read-only token) still annotates and summarises, explains how to get comments, and fails on findings alone', async () => {
    const repo = researchRepo();
    server = await new FakeGitHub((request) => {
      if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/pulls/7/files')) {
        return { status: 200, body: [{ filename: 'notes/model.md', status: 'modified', patch: repo.patch }] };
      }
      if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/issues/7/comments')) return { status: 200, body: [] };
      if (request.method === 'POST') return { status: 403, body: { message: 'Resource not accessible by integration' } };
      return undefined;
    }).start();
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(repo.base, repo.head),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: server.url,
    };
    const run = await runAction(repo.root, { 'github-token': 'ghs_readonly', paths: '.', 'fail-on': 'never' }, env);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('title=mathrepro syntax-error::');
    expect(run.stdout).toContain('::notice::mathrepro could not comment: this token may not write to the pull request');
    expect(run.stdout).toContain('two-workflow setup');
    expect(run.summary).toContain('### Changed formulas');
    expect(run.outputs.payload).toMatch(/mathrepro-payload\.json$/);
    // No retry storm on a 403: each write (check run, commit status, comment) was tried once.
    expect(
      server.requests
        .filter((r) => r.method === 'POST')
        .map((r) => r.path.replace(/[0-9a-f]{40}/, 'SHA'))
        .sort(),
    ).toEqual(['/repos/octo/notes/check-runs', '/repos/octo/notes/issues/7/comments', '/repos/octo/notes/statuses/SHA']);
  });
});

describe('the action verifies REPRODUCE.md on a pull request', () => {
  it('shows each metric against the base branch in the comment, annotates failures, and sets the outputs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-repro-'));
    cpSync(join(REPO, 'examples'), root, { recursive: true });
    const notebook = join(root, 'notebooks', 'training.ipynb');
    const executed = readFileSync(notebook, 'utf8');
    writeFileSync(notebook, executed.replaceAll('0.021', '0.0241').replaceAll('0.0210', '0.0241'));
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    const base = git(root, 'rev-parse', 'HEAD');
    // The pull request re-runs the notebook: the loss improves, and In[5] now fails.
    const rerun = JSON.parse(executed);
    rerun.cells.find((cell: { execution_count?: number }) => cell.execution_count === 5).outputs = [
      { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: [] },
    ];
    writeFileSync(notebook, JSON.stringify(rerun, null, 1));
    git(root, 'commit', '-qam', 'rerun');
    const head = git(root, 'rev-parse', 'HEAD');
    const comments: PostedComment[] = [];
    server = await new FakeGitHub((request) => {
      if (request.path.startsWith('/repos/octo/notes/pulls/7/files'))
        return { status: 200, body: [{ filename: 'notebooks/training.ipynb', status: 'modified' }] };
      if (request.path.startsWith('/repos/octo/notes/statuses/')) return { status: 201, body: {} };
      return publishing(request, comments);
    }).start();
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(base, head),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: server.url,
    };
    // A second mathrepro step of the workflow, named by its id: its statuses and comment are its own.
    const run = await runAction(root, { id: 'repro', 'github-token': 'ghs_test', paths: 'notebooks', comment: 'always' }, env);
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ 'reproduce-status': 'fail', 'reproduce-passed': '1', 'reproduce-expectations': '1' });
    const body = comments[0]!.body;
    // One verdict: the headline does not say the math renders while the step fails on REPRODUCE.md.
    expect(body.split('\n').slice(0, 2)).toEqual([
      '<!-- repro:sticky-comment -->',
      '### ❌ mathrepro: REPRODUCE.md does not reproduce (1/1 expectations met, 1 required cell not ok) (0 added or changed formulas)',
    ]);
    const checkRun = server!.requests.find((r) => r.path === '/repos/octo/notes/check-runs')!.body as {
      name: string;
      conclusion: string;
      output: { title: string };
    };
    expect(checkRun).toMatchObject({
      name: 'repro',
      conclusion: 'failure',
      output: { title: 'REPRODUCE.md does not reproduce (1/1 expectations met, 1 required cell not ok)' },
    });
    const statuses = server!.requests.filter((r) => r.path.startsWith('/repos/octo/notes/statuses/')).map((r) => r.body as { context: string; state: string });
    expect(statuses.map((s) => `${s.context} ${s.state}`)).toEqual(['repro/math success', 'repro/reproduce failure']);
    expect(body).toContain('### ❌ Reproduced: 1/1 expectations of REPRODUCE\\.md');
    expect(body).toContain('| ✅ | `test_loss` | &lt; 0\\.02 ± 0\\.003 | 0.021 | 0.0241 (−12.9 %) | notebooks/training\\.ipynb\\#In\\[12\\] |');
    expect(body).toContain('| ❌ | In\\[5\\] | notebooks/training\\.ipynb\\#In\\[5\\] raised ValueError: bad |');
    expect(run.stdout).toContain('::error file=REPRODUCE.md,line=8,endLine=8,col=15,endColumn=19,title=mathrepro reproduce::In[5]: error');
    expect(run.status).toBe(1);
  });
});
