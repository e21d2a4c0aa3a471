import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { FakeGitHub, publishing, type PostedComment } from '../helpers/fake-github.js';
import { eventFile } from '../helpers/github-events.js';

const HEAD = 'c'.repeat(40);

const payload = {
  mathrepro: 1,
  pullRequest: 7,
  headSha: HEAD,
  summary: { files: 1, formulas: 4 },
  findings: [
    { file: 'a.md', line: 3, column: 2, endLine: 3, endColumn: 4, severity: 'error', rule: 'syntax-error', message: 'Double superscript', source: 'x^2^3' },
  ],
  files: [{ file: 'a.md', removed: 0, previews: [{ kind: 'added', line: 3, after: 'x^2^3 <img src=x> @octocat', broken: true }] }],
};

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function api(artifact: Uint8Array, prHead = HEAD) {
  const comments: PostedComment[] = [];
  const fake: FakeGitHub = new FakeGitHub((request): ReturnType<FakeGitHub['handle']> => {
    if (request.path.startsWith('/repos/octo/notes/actions/runs/30/artifacts')) {
      return { status: 200, body: { total_count: 1, artifacts: [{ id: 11, name: 'mathrepro-report', size_in_bytes: artifact.length, expired: false }] } };
    }
    if (request.path === '/repos/octo/notes/actions/artifacts/11/zip') {
      return { status: 302, headers: { location: `${fake.url}/download/11.zip` } };
    }
    if (request.path === '/repos/octo/notes/pulls/7') return { status: 200, body: { number: 7, head: { sha: prHead }, base: { sha: 'b'.repeat(40) } } };
    return publishing(request, comments);
  });
  return { fake, comments };
}

/** The privileged half, run on a workflow_run event against the fake API (pull request head `prHead`). */
async function runPrivilegedHalf(prHead = HEAD, inputs: Record<string, string> = {}) {
  const zip = zipSync({ 'mathrepro-payload.json': strToU8(JSON.stringify(payload)) });
  const { fake, comments } = api(zip, prHead);
  server = await fake.start();
  // The artifact download redirects to storage; the fake serves the archive there.
  const original = (fake as any).handle;
  (fake as any).handle = (request: { path: string }) => (request.path === '/download/11.zip' ? { status: 200, raw: zip } : original(request));
  const env = {
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: eventFile('workflow_run', 'completed', (p) => {
      p.workflow_run.id = 30;
      p.workflow_run.head_sha = HEAD;
    }),
    GITHUB_REPOSITORY: 'octo/notes',
    GITHUB_API_URL: fake.url,
  };
  const run = await runAction(mkdtempSync(join(tmpdir(), 'mathrepro-ws-')), { 'github-token': 'ghs_write', ...inputs }, env);
  return { run, comments, fake };
}

describe('the fork-safe second half (workflow_run)', () => {
  it('downloads the artifact, checks the pull request head, and posts the comment it renders itself', async () => {
    const { run, comments } = await runPrivilegedHalf();
    expect(run.stderr).toBe('');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('### ❌ mathrepro: 1 error in the math this pull request touches (1 added or changed formula)');
    expect(comments[0]!.body).toContain('```math\nx^2^3 <img src=x> @octocat\n```');
    expect(run.status).toBe(1);
  });

  it('as the README sets it up (fail-on: never), sets the status branch protection waits for, and passes itself', async () => {
    const { run, fake } = await runPrivilegedHalf(HEAD, { 'fail-on': 'never' });
    expect(run.stderr).toBe('');
    const status = fake.requests.find((r) => r.method === 'POST' && r.path === `/repos/octo/notes/statuses/${HEAD}`)?.body as
      Record<string, unknown> | undefined;
    // The first half's read-only token could not set it: without it, a fork's pull request waited forever.
    expect(status).toMatchObject({ context: 'mathrepro/math', state: 'failure' });
    expect(run.status).toBe(0);
  });

  it("refuses a payload whose pull request head is not the run's commit", async () => {
    const { run, comments } = await runPrivilegedHalf('d'.repeat(40));
    expect(comments).toHaveLength(0);
    expect(run.stdout).toContain('not posting an outdated or mismatched report');
  });
});

describe('the /mathrepro slash command (issue_comment)', () => {
  const event = (login: string, body: string) =>
    eventFile('issue_comment', 'created', (p) => {
      p.issue.number = 7;
      p.issue.pull_request = { url: 'x' };
      p.comment.body = body;
      p.comment.user.login = login;
    });

  function slashApi(permission: string) {
    const comments: PostedComment[] = [];
    const fake = new FakeGitHub((request) => {
      if (request.path.startsWith('/repos/octo/notes/collaborators/')) return { status: 200, body: { permission, role_name: permission } };
      if (request.path.includes('/reactions')) return { status: 201, body: {} };
      if (request.path === '/repos/octo/notes/pulls/7') return { status: 200, body: { number: 7, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } } };
      if (request.path.startsWith('/repos/octo/notes/pulls/7/files'))
        return { status: 200, body: [{ filename: 'a.md', status: 'modified', patch: '@@ -1 +1 @@\n-$x$\n+$x^2^3$' }] };
      if (request.path.startsWith(`/repos/octo/notes/contents/a.md?ref=${HEAD}`))
        return { status: 200, body: '$x^2^3$\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
      if (request.path.startsWith('/repos/octo/notes/contents/a.md?ref=bbbb'))
        return { status: 200, body: '$x$\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
      return publishing(request, comments);
    });
    return { fake, comments };
  }

  it('refreshes the preview from the API, without a checkout, for someone with write access', async () => {
    const { fake, comments } = slashApi('write');
    server = await fake.start();
    const env = {
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: event('alice', '/mathrepro'),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: fake.url,
    };
    const run = await runAction(mkdtempSync(join(tmpdir(), 'mathrepro-empty-')), { 'github-token': 'ghs_write' }, env);
    expect(run.stderr).toBe('');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Before:\n\n```math\nx\n```\n\nAfter:\n\n```math\nx^2^3\n```');
    expect(fake.requests.some((r) => r.path.includes('/reactions'))).toBe(true);
  });

  it('ignores the command from someone without write access', async () => {
    const { fake, comments } = slashApi('read');
    server = await fake.start();
    const env = {
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: event('mallory', '/mathrepro'),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: fake.url,
    };
    const run = await runAction(mkdtempSync(join(tmpdir(), 'mathrepro-empty-')), { 'github-token': 'ghs_write' }, env);
    expect(run.status).toBe(0);
    expect(comments).toHaveLength(0);
    expect(run.stdout).toContain('mallory may not write to this repository');
    expect(fake.requests.some((r) => r.path.includes('/pulls/7'))).toBe(false);
  });
});

/** The environment of a pull_request_target run for pull request 7 of octo/notes, against the stand-in GitHub. */
function pullRequestTarget(fake: FakeGitHub): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: eventFile('pull_request', 'opened', (p) => {
      p.number = 7;
      p.pull_request.number = 7;
    }),
    GITHUB_REPOSITORY: 'octo/notes',
    GITHUB_API_URL: fake.url,
  };
}

describe('pull_request_target', () => {
  it('checks the pull request from the API, never from the checkout (which holds the base branch)', async () => {
    const comments: PostedComment[] = [];
    const fake = new FakeGitHub((request) => {
      if (request.path === '/repos/octo/notes/pulls/7') return { status: 200, body: { number: 7, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } } };
      if (request.path.startsWith('/repos/octo/notes/pulls/7/files')) return { status: 200, body: [{ filename: 'a.md', status: 'added' }] };
      if (request.path.startsWith(`/repos/octo/notes/contents/a.md?ref=${HEAD}`))
        return { status: 200, body: '$\\frac{1}{2$\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
      return publishing(request, comments);
    });
    server = await fake.start();
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-base-'));
    writeFileSync(join(workspace, 'a.md'), 'The base branch has no such file content: $x$\n');
    const env = pullRequestTarget(fake);
    const run = await runAction(workspace, { 'github-token': 'ghs_write' }, env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(comments[0]!.body).toContain('**Added** at line 1 ❌ does not render:');
    expect(comments[0]!.body).not.toContain('no such file content');
  });
  it('reads the site macros of the checkout and honours paths, as the pull_request run does', async () => {
    const comments: PostedComment[] = [];
    const fake = new FakeGitHub((request) => {
      if (request.path === '/repos/octo/notes/pulls/7') return { status: 200, body: { number: 7, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } } };
      if (request.path.startsWith('/repos/octo/notes/pulls/7/files')) {
        return {
          status: 200,
          body: [
            { filename: 'book/ch1.md', status: 'added' },
            { filename: 'scratch/b.md', status: 'added' },
          ],
        };
      }
      if (decodeURIComponent(request.path).startsWith(`/repos/octo/notes/contents/book/ch1.md?ref=${HEAD}`))
        return { status: 200, body: 'Uses the book macro: {math}`\\R^n`\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
      if (decodeURIComponent(request.path).startsWith(`/repos/octo/notes/contents/scratch/b.md?ref=${HEAD}`))
        return { status: 200, body: '$\\frac{1}{2$\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
      return publishing(request, comments);
    });
    server = await fake.start();
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-book-'));
    mkdirSync(join(workspace, 'book'));
    writeFileSync(
      join(workspace, 'book', '_config.yml'),
      'title: A book\nsphinx:\n  config:\n    mathjax3_config:\n      tex:\n        macros:\n          R: "\\\\mathbb{R}"\n',
    );
    const env = pullRequestTarget(fake);
    const run = await runAction(workspace, { 'github-token': 'ghs_write', paths: 'book' }, env);
    expect(run.stderr).toBe('');
    // \R is the book's macro (it was reported unknown), and scratch/ is not under paths (it was checked).
    expect(run.outputs.errors).toBe('0');
    expect(comments[0]!.body).toContain('### ✅ mathrepro: all math renders (1 added or changed formula)');
    expect(fake.requests.some((r) => r.path.includes('scratch'))).toBe(false);
  });
  it('says that files past the 3,000 GitHub lists went unchecked (they passed without a word)', async () => {
    const comments: PostedComment[] = [];
    const fake: FakeGitHub = new FakeGitHub((request) => {
      if (request.path === '/repos/octo/notes/pulls/7') return { status: 200, body: { number: 7, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } } };
      if (request.path.startsWith('/repos/octo/notes/pulls/7/files')) {
        // GitHub's list: 100 a page, 30 pages, then no next page however many files the pull request changes.
        const page = Number(new URL(request.path, fake.url).searchParams.get('page') ?? '1');
        const body = Array.from({ length: 100 }, (_, k) => ({ filename: page === 1 && k === 0 ? 'a.md' : `data/${page}-${k}.csv`, status: 'added' }));
        const next = page < 30 ? { link: `<${fake.url}/repos/octo/notes/pulls/7/files?per_page=100&page=${page + 1}>; rel="next"` } : undefined;
        return { status: 200, body, ...(next ? { headers: next } : {}) };
      }
      if (request.path.startsWith(`/repos/octo/notes/contents/a.md?ref=${HEAD}`))
        return { status: 200, body: '$x$\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
      return publishing(request, comments);
    });
    server = await fake.start();
    const env = pullRequestTarget(fake);
    const run = await runAction(mkdtempSync(join(tmpdir(), 'mathrepro-3000-')), { 'github-token': 'ghs_write' }, env);
    expect(fake.requests.filter((r) => r.path.includes('/pulls/7/files'))).toHaveLength(30);
    expect(run.stdout).toContain('::warning::GitHub lists at most 3000 files of a pull request: files beyond them are not checked here.');
    expect(comments).toHaveLength(1);
  });

  it('reports a changed file it cannot read from GitHub, never leaves it out', async () => {
    const comments: PostedComment[] = [];
    const fake = new FakeGitHub((request) => {
      if (request.path === '/repos/octo/notes/pulls/7') return { status: 200, body: { number: 7, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } } };
      if (request.path.startsWith('/repos/octo/notes/pulls/7/files')) return { status: 200, body: [{ filename: 'gone.md', status: 'added' }] };
      return publishing(request, comments);
    });
    server = await fake.start();
    const env = pullRequestTarget(fake);
    const run = await runAction(mkdtempSync(join(tmpdir(), 'mathrepro-gone-')), { 'github-token': 'ghs_write' }, env);
    expect(run.stdout).toContain(
      '::error file=gone.md,line=1,endLine=1,col=1,endColumn=1,title=mathrepro file-unreadable::Not checked: its content at the head of the change could not be read.',
    );
    expect(comments[0]!.body).toContain('### ❌ mathrepro: 1 error in the math this pull request touches');
  });
});
