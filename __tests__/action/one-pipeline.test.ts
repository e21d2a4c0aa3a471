import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { FakeGitHub, type PostedComment, type RecordedRequest } from '../helpers/fake-github.js';
import { eventFile, git, pullFilesFromGit } from '../helpers/github-events.js';
import { cli } from '../helpers/run.js';

/**
 * One change, sent through every way mathrepro sees a pull request: `mathrepro preview` from git, the action on
 * `pull_request` (a checkout of the head), on `pull_request_target` and on `/mathrepro` (the API alone, the
 * checkout holding the base), and the fork-safe pair (the first half's own payload carried into the second
 * half). Each must find the same problems and preview the same formulas.
 */
const repo = mkdtempSync(join(tmpdir(), 'mathrepro-one-'));
let base = '';
let head = '';

beforeAll(() => {
  git(repo, 'init', '-q');
  mkdirSync(join(repo, 'notes'));
  writeFileSync(join(repo, 'notes', 'model.md'), '# Model\n\nThe loss $L = \\frac{1}{n}\\sum_i \\ell_i$.\n\nKept: $a + b$.\n');
  writeFileSync(join(repo, 'notes', 'old.md'), 'Old note $x$.\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  base = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(
    join(repo, 'notes', 'model.md'),
    '# Model\n\nThe loss $L = \\frac{1}{n}\\sum_{i=1}^n \\ell_i$.\n\nKept: $a + b$.\n\nNew: $\\frac{1}{2$ and $\\betta$.\n',
  );
  writeFileSync(join(repo, 'notes', 'my new note.md'), 'A new file: $e^{i\\pi} + 1 = 0$.\n');
  // A file git tracks although an ignore pattern matches it (added with -f): checked like any other.
  writeFileSync(join(repo, '.gitignore'), 'notes/generated.md\n');
  writeFileSync(join(repo, 'notes', 'generated.md'), 'Generated: $\\sqrt{2$.\n');
  git(repo, 'add', '-f', 'notes/generated.md');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'head');
  head = git(repo, 'rev-parse', 'HEAD');
});

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** GitHub for pull request 7 of octo/notes, answered from the test repository itself. */
function githubOf(extra: (request: RecordedRequest) => ReturnType<FakeGitHub['handle']> = () => undefined) {
  const comments: PostedComment[] = [];
  const fake = new FakeGitHub((request) => {
    const answer = extra(request);
    if (answer) return answer;
    const path = decodeURIComponent(request.path);
    if (path === '/repos/octo/notes/pulls/7') return { status: 200, body: { number: 7, head: { sha: head }, base: { sha: base } } };
    if (path.startsWith('/repos/octo/notes/pulls/7/files')) return { status: 200, body: pullFilesFromGit(repo, base, head) };
    const content = /^\/repos\/octo\/notes\/contents\/(.+)\?ref=([0-9a-f]{40})$/.exec(path);
    if (content) {
      try {
        return { status: 200, body: git(repo, 'show', `${content[2]}:${content[1]}`) + '\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };
      } catch {
        return { status: 404, body: { message: 'Not Found' } };
      }
    }
    if (path.startsWith('/repos/octo/notes/collaborators/')) return { status: 200, body: { permission: 'write', role_name: 'write' } };
    if (path.includes('/reactions')) return { status: 201, body: {} };
    if (path.startsWith('/repos/octo/notes/issues/7/comments') && request.method === 'GET') return { status: 200, body: comments };
    if (path === '/repos/octo/notes/issues/7/comments' && request.method === 'POST') {
      const comment = { id: 1, body: (request.body as { body: string }).body, user: { login: 'github-actions[bot]' }, html_url: 'c' };
      comments.push(comment);
      return { status: 201, body: comment };
    }
    if (path === '/repos/octo/notes/check-runs' || path.startsWith('/repos/octo/notes/statuses/')) return { status: 201, body: { id: 3, html_url: 'u' } };
    return undefined;
  });
  return { fake, comments };
}

/** The comment without its footer (which counts every formula checked: a checkout holds more than the change). */
function withoutFooter(body: string): string {
  return body.replace(/\n<sub>mathrepro [^\n]*<\/sub>$/, '').replace(/^<!-- [\w.-]+:sticky-comment -->\n/, '');
}

function checkoutAt(revision: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-checkout-'));
  execFileSync('git', ['clone', '-q', repo, workspace]);
  git(workspace, 'checkout', '-q', revision);
  return workspace;
}

describe('one pull request, every way in', () => {
  it('gives the same findings and previews through preview, pull_request, pull_request_target, /mathrepro and the fork-safe pair', async () => {
    const preview = withoutFooter((await cli(['preview', '--base', base, '--head', head], repo)).stdout.trimEnd());
    expect(preview).toContain('### ❌ mathrepro: 3 errors in the math this pull request touches (5 added or changed formulas)');
    expect(preview).toContain('notes/generated.md');
    expect(preview).toContain('<b>notes/my new note.md</b>: 1 added');

    const bodies: Record<string, string> = {};

    // pull_request: the head checked out, with the clone's history.
    {
      const { fake, comments } = githubOf();
      server = await fake.start();
      const env = {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile('pull_request', 'opened', (p) => {
          p.number = 7;
          p.pull_request.number = 7;
          p.pull_request.base.sha = base;
          p.pull_request.head.sha = head;
        }),
        GITHUB_REPOSITORY: 'octo/notes',
        GITHUB_API_URL: fake.url,
      };
      const workspace = checkoutAt(head);
      const run = await runAction(workspace, { 'github-token': 'ghs_test' }, env);
      expect(run.stderr).toBe('');
      bodies.pull_request = withoutFooter(comments[0]!.body);
      // The fork-safe pair: the payload this run wrote, uploaded and carried into the privileged half.
      const payload = readFileSync(run.outputs.payload!, 'utf8');
      await server.stop();
      const zip = zipSync({ 'mathrepro-payload.json': strToU8(payload) });
      const second = githubOf((request) => {
        if (request.path.startsWith('/repos/octo/notes/actions/runs/30/artifacts')) {
          return { status: 200, body: { total_count: 1, artifacts: [{ id: 11, name: 'mathrepro-report', size_in_bytes: zip.length, expired: false }] } };
        }
        if (request.path === '/repos/octo/notes/actions/artifacts/11/zip') return { status: 302, headers: { location: `${second.fake.url}/download/11.zip` } };
        if (request.path === '/download/11.zip') return { status: 200, raw: zip };
        return undefined;
      });
      server = await second.fake.start();
      const workflowRun = {
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: eventFile('workflow_run', 'completed', (p) => {
          p.workflow_run.id = 30;
          p.workflow_run.head_sha = head;
        }),
        GITHUB_REPOSITORY: 'octo/notes',
        GITHUB_API_URL: second.fake.url,
      };
      const privileged = await runAction(mkdtempSync(join(tmpdir(), 'mathrepro-ws-')), { 'github-token': 'ghs_write' }, workflowRun);
      expect(privileged.stderr).toBe('');
      bodies.workflow_run = withoutFooter(second.comments[0]!.body);
      await server.stop();
    }

    // pull_request_target and /mathrepro: the checkout holds the base; the change is read from the API.
    for (const event of ['pull_request_target', 'issue_comment'] as const) {
      const { fake, comments } = githubOf();
      server = await fake.start();
      const eventPath =
        event === 'pull_request_target'
          ? eventFile('pull_request', 'opened', (p) => {
              p.number = 7;
              p.pull_request.number = 7;
            })
          : eventFile('issue_comment', 'created', (p) => {
              p.issue.number = 7;
              p.issue.pull_request = { url: 'x' };
              p.comment.body = '/mathrepro';
              p.comment.user.login = 'alice';
            });
      const run = await runAction(
        checkoutAt(base),
        { 'github-token': 'ghs_write' },
        { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo/notes', GITHUB_API_URL: fake.url },
      );
      expect(run.stderr).toBe('');
      bodies[event] = withoutFooter(comments[0]!.body);
      await server.stop();
    }
    server = undefined;

    for (const [event, body] of Object.entries(bodies)) expect({ event, body }).toEqual({ event, body: preview });
  });
});
