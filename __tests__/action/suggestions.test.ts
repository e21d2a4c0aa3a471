import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { FakeGitHub, publishing, type PostedComment, type RecordedRequest } from '../helpers/fake-github.js';
import { eventFile, git, pullFilesFromGit } from '../helpers/github-events.js';

const BOT = 'github-actions[bot]';

/** A repository whose base has a misspelling on a line the pull request does not touch. */
function repository(): { root: string; base: string } {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-suggest-'));
  git(root, 'init', '-q');
  writeFileSync(join(root, 'model.md'), '# Model\n\nUntouched: $\\betta$.\n\nThe loss $L(w)$.\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  return { root, base: git(root, 'rev-parse', 'HEAD') };
}

function commit(root: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'change');
  return git(root, 'rev-parse', 'HEAD');
}

interface ReviewComment {
  id: number;
  path: string;
  line: number;
  start_line: number | null;
  body: string;
  user: { login: string };
}

/** GitHub as far as a pull request's review comments go: listed, created in a review, deleted. */
class ReviewState {
  comments: ReviewComment[] = [];
  reviews: Array<{ commit_id: string; body: string; comments: Array<Record<string, unknown>> }> = [];
  deleted: number[] = [];
  private nextId = 100;

  handle(request: RecordedRequest): ReturnType<FakeGitHub['handle']> {
    if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/pulls/7/comments')) return { status: 200, body: this.comments };
    if (request.method === 'POST' && request.path === '/repos/octo/notes/pulls/7/reviews') {
      const review = request.body as ReviewState['reviews'][number];
      this.reviews.push(review);
      for (const c of review.comments) {
        this.comments.push({
          id: this.nextId++,
          path: c.path as string,
          line: c.line as number,
          start_line: (c.start_line as number | undefined) ?? null,
          body: c.body as string,
          user: { login: BOT },
        });
      }
      return { status: 200, body: { id: this.reviews.length, html_url: `https://github.com/octo/notes/pull/7#pullrequestreview-${this.reviews.length}` } };
    }
    const deletion = /^\/repos\/octo\/notes\/pulls\/comments\/(\d+)$/.exec(request.path);
    if (request.method === 'DELETE' && deletion) {
      this.deleted.push(Number(deletion[1]));
      this.comments = this.comments.filter((c) => c.id !== Number(deletion[1]));
      return { status: 204 };
    }
    return undefined;
  }
}

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('the action with suggestions: true', () => {
  it('posts the fixes of the changed lines as one review of suggestions, keeps them on the next run, and takes back a fixed one', async () => {
    const { root, base } = repository();
    const head = commit(root, {
      'model.md': '# Model\n\nUntouched: $\\betta$.\n\nThe loss $L(w)$ with rate $\\lamda$.\n\nStop after $\\text{max_iter}$ steps.\n',
      'environment.yml': 'name: m\nchannels:\n  - conda-forge\ndependencies:\n  - numpy=1.24.3=py310h5f9d8c6_1\n',
    });
    const review = new ReviewState();
    const comments: PostedComment[] = [];
    let files = pullFilesFromGit(root, base, head);
    server = await new FakeGitHub((request) => {
      if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/pulls/7/files')) return { status: 200, body: files };
      return review.handle(request) ?? publishing(request, comments);
    }).start();
    const inputs = { 'github-token': 'ghs_test', paths: '.', suggestions: 'true', comment: 'never', 'commit-status': 'false' };
    const env = (sha: string) => ({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile('pull_request', 'opened', (p) => {
        p.number = 7;
        p.pull_request.number = 7;
        p.pull_request.base.sha = base;
        p.pull_request.head.sha = sha;
      }),
      GITHUB_REPOSITORY: 'octo/notes',
      GITHUB_API_URL: server!.url,
      GITHUB_SHA: sha,
    });

    const first = await runAction(root, inputs, env(head));
    expect(first.stderr).toBe('');
    expect(first.outputs.suggestions).toBe('3');
    expect(review.reviews).toHaveLength(1);
    const [posted] = review.reviews;
    expect(posted!.commit_id).toBe(head);
    expect(posted!.body).toContain('suggests 3 fixes');
    // The misspelling on the untouched line 3 is outside the diff: counted, not suggested.
    expect(posted!.body).toContain('1 more fix is outside this pull request');
    expect(posted!.comments.map((c) => [c.path, c.line, c.side])).toEqual([
      ['model.md', 5, 'RIGHT'],
      ['model.md', 7, 'RIGHT'],
      ['environment.yml', 5, 'RIGHT'],
    ]);
    expect(posted!.comments[0]!.body).toBe(
      '<!-- mathrepro:suggestion -->\n**mathrepro** suggests: `\\lamda → \\lambda`\n\n```suggestion\nThe loss $L(w)$ with rate $\\lambda$.\n```\n',
    );
    expect(posted!.comments[1]!.body).toContain('```suggestion\nStop after $\\text{max\\\\_iter}$ steps.\n```');
    expect(posted!.comments[2]!.body).toContain('```suggestion\n  - numpy=1.24.3\n```');

    // The same head again (a re-run): nothing posted twice, nothing taken back.
    const again = await runAction(root, inputs, env(head));
    expect(again.stderr).toBe('');
    expect(review.reviews).toHaveLength(1);
    expect(review.deleted).toEqual([]);
    expect(review.comments).toHaveLength(3);

    // A push that fixes the rate by hand: its suggestion is taken back, the others stay, no new review.
    const next = commit(root, {
      'model.md': '# Model\n\nUntouched: $\\betta$.\n\nThe loss $L(w)$ with rate $\\lambda$.\n\nStop after $\\text{max_iter}$ steps.\n',
    });
    files = pullFilesFromGit(root, base, next);
    const third = await runAction(root, inputs, env(next));
    expect(third.stderr).toBe('');
    expect(third.outputs.suggestions).toBe('2');
    expect(review.reviews).toHaveLength(1);
    expect(review.deleted).toEqual([100]);
    expect(review.comments.map((c) => c.line)).toEqual([7, 5]);
  });

  it('on a fork (read-only token) warns and still reports everything', async () => {
    const { root, base } = repository();
    const head = commit(root, { 'model.md': '# Model\n\nUntouched: $\\betta$.\n\nThe loss $L(w)$ with rate $\\lamda$.\n' });
    const files = pullFilesFromGit(root, base, head);
    server = await new FakeGitHub((request) => {
      if (request.method === 'GET' && request.path.startsWith('/repos/octo/notes/pulls/7/files')) return { status: 200, body: files };
      if (request.path.startsWith('/repos/octo/notes/pulls/7/comments')) return { status: 200, body: [] };
      if (request.path === '/repos/octo/notes/pulls/7/reviews')
        return {
          status: 403,
          body: { message: 'Resource not accessible by integration' },
          headers: { 'x-accepted-github-permissions': 'pull_requests=write' },
        };
      return publishing(request, []);
    }).start();
    const run = await runAction(
      root,
      { 'github-token': 'ghs_test', paths: '.', suggestions: 'true', comment: 'never', 'commit-status': 'false' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile('pull_request', 'opened', (p) => {
          p.number = 7;
          p.pull_request.number = 7;
          p.pull_request.base.sha = base;
          p.pull_request.head.sha = head;
        }),
        GITHUB_REPOSITORY: 'octo/notes',
        GITHUB_API_URL: server.url,
        GITHUB_SHA: head,
      },
    );
    expect(run.stdout).toMatch(/::warning::Could not post the suggested fixes \(.*\)\. A pull request from a fork gets a read-only token/);
    expect(run.stdout).toContain('::error file=model.md,line=5');
    expect(run.summary).toContain('mathrepro');
    expect(run.status).toBe(1);
  });
});
