import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { apiFailure, createOctokit, isPermissionError } from '../../src/github/octokit.js';
import { canWrite } from '../../src/github/permissions.js';
import { listPullFiles, readContent } from '../../src/github/pull-files.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { COMMENT_MARKER } from '../../src/model/preview.js';
import type { Diagnostic } from '../../src/model/types.js';

const API = 'https://api.github.com';
const repo = { owner: 'octo', repo: 'notes' };
const BOT = 'github-actions[bot]';
const warnings: string[] = [];
const octokit = () => createOctokit({ token: 't0ken', log: { info: () => {}, warning: (m) => warnings.push(m) }, retryBaseMs: 1 });

const comment = (id: number, body: string, login = BOT) => ({ id, body, user: { login }, html_url: `https://github.com/octo/notes/pull/7#issuecomment-${id}` });

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
  warnings.length = 0;
});

describe('the sticky comment', () => {
  const body = `${COMMENT_MARKER}\n### ✅ mathrepro`;

  it('is created on the first run', async () => {
    nock(API)
      .get('/repos/octo/notes/issues/7/comments')
      .query(true)
      .reply(200, [comment(1, 'LGTM', 'alice')]);
    nock(API)
      .post('/repos/octo/notes/issues/7/comments', (b) => b.body === body)
      .reply(201, comment(50, body));
    nock(API)
      .get('/repos/octo/notes/issues/7/comments')
      .query(true)
      .reply(200, [comment(1, 'LGTM', 'alice'), comment(50, body)]);
    const result = await upsertStickyComment(octokit(), repo, 7, body, BOT);
    expect(result).toEqual({ id: 50, url: 'https://github.com/octo/notes/pull/7#issuecomment-50', action: 'created' });
  });

  it('is updated in place on the next run, found on the second page, ignoring look-alikes by other people', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => comment(i + 1, i === 3 ? `${COMMENT_MARKER} forged` : 'text', i === 3 ? 'mallory' : 'alice'));
    nock(API)
      .get('/repos/octo/notes/issues/7/comments')
      .query({ per_page: '100' })
      .reply(200, page1, { link: `<${API}/repos/octo/notes/issues/7/comments?per_page=100&page=2>; rel="next"` });
    nock(API)
      .get('/repos/octo/notes/issues/7/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, [comment(150, `${COMMENT_MARKER}\nold`)]);
    nock(API)
      .patch('/repos/octo/notes/issues/comments/150', (b) => b.body === body)
      .reply(200, comment(150, body));
    const result = await upsertStickyComment(octokit(), repo, 7, body, BOT);
    expect(result.action).toBe('updated');
    expect(result.id).toBe(150);
  });

  it('is left alone when nothing changed', async () => {
    nock(API)
      .get('/repos/octo/notes/issues/7/comments')
      .query(true)
      .reply(200, [comment(9, body)]);
    expect((await upsertStickyComment(octokit(), repo, 7, body, BOT)).action).toBe('unchanged');
  });

  it('stays one comment when two runs race: the newer duplicate is deleted and the older updated', async () => {
    nock(API).get('/repos/octo/notes/issues/7/comments').query(true).reply(200, []);
    nock(API).post('/repos/octo/notes/issues/7/comments').reply(201, comment(61, body));
    // Meanwhile the other run created comment 60.
    nock(API)
      .get('/repos/octo/notes/issues/7/comments')
      .query(true)
      .reply(200, [comment(60, `${COMMENT_MARKER}\nother`), comment(61, body)]);
    nock(API).delete('/repos/octo/notes/issues/comments/61').reply(204);
    nock(API)
      .patch('/repos/octo/notes/issues/comments/60', (b) => b.body === body)
      .reply(200, comment(60, body));
    const result = await upsertStickyComment(octokit(), repo, 7, body, BOT);
    expect(result).toMatchObject({ id: 60, action: 'updated' });
  });

  it('lets a 403 through as a permission error, without retrying it', async () => {
    nock(API).get('/repos/octo/notes/issues/7/comments').query(true).reply(200, []);
    nock(API).post('/repos/octo/notes/issues/7/comments').reply(403, { message: 'Resource not accessible by integration' });
    const error = await upsertStickyComment(octokit(), repo, 7, body, BOT).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(true);
  });
});

describe('retries', () => {
  it('waits out a secondary rate limit and retries', async () => {
    nock(API).get('/repos/octo/notes/pulls/7/files').query(true).reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' });
    nock(API)
      .get('/repos/octo/notes/pulls/7/files')
      .query(true)
      .reply(200, [{ filename: 'a.md', status: 'added', patch: '@@ -0,0 +1 @@\n+$x$' }]);
    const files = await listPullFiles(octokit(), repo, 7);
    expect(files.map((f) => f.path)).toEqual(['a.md']);
    expect(warnings.join('\n')).toContain('secondary rate limit');
  });

  it('retries a 502 and gives up on a 404 at once', async () => {
    nock(API).get('/repos/octo/notes/contents/a.md').query({ ref: 'abc' }).reply(502, 'Bad gateway');
    nock(API).get('/repos/octo/notes/contents/a.md').query({ ref: 'abc' }).reply(200, '$x$', { 'content-type': 'application/vnd.github.raw' });
    expect(Buffer.from((await readContent(octokit(), repo, 'a.md', 'abc'))!).toString()).toBe('$x$');
    nock(API).get('/repos/octo/notes/contents/gone.md').query({ ref: 'abc' }).once().reply(404, { message: 'Not Found' });
    expect(await readContent(octokit(), repo, 'gone.md', 'abc')).toBeUndefined();
  });
});

describe('pull-request files', () => {
  it('reads every page, with renames and added lines', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => ({ filename: `f${i}.md`, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }));
    nock(API)
      .get('/repos/octo/notes/pulls/7/files')
      .query({ per_page: '100' })
      .reply(200, page1, { link: `<${API}/repos/octo/notes/pulls/7/files?per_page=100&page=2>; rel="next"` });
    nock(API)
      .get('/repos/octo/notes/pulls/7/files')
      .query({ per_page: '100', page: '2' })
      .reply(200, [
        { filename: 'new.md', previous_filename: 'old.md', status: 'renamed' },
        { filename: 'big.ipynb', status: 'modified' },
      ]);
    const files = await listPullFiles(octokit(), repo, 7);
    expect(files).toHaveLength(102);
    expect([...files[0]!.addedLines!]).toEqual([1]);
    expect(files[100]).toEqual({ path: 'new.md', status: 'renamed', previousPath: 'old.md' });
    expect(files[101]!.addedLines).toBeUndefined(); // no patch: too large for GitHub to show
  });
});

describe('check run', () => {
  it('creates a completed run with the first 50 annotations and adds the rest in batches of 50', async () => {
    const diagnostics: Diagnostic[] = Array.from({ length: 120 }, (_, i) => ({
      file: 'a.md',
      line: i + 1,
      column: 2,
      endLine: i + 1,
      endColumn: 5,
      severity: i % 2 ? 'warning' : 'error',
      rule: 'syntax-error',
      message: `problem ${i}`,
      source: 'x^2^3',
    }));
    const batches: number[] = [];
    nock(API)
      .post('/repos/octo/notes/check-runs', (b) => {
        batches.push(b.output.annotations.length);
        return (
          b.name === 'mathrepro' &&
          b.head_sha === 'abc' &&
          b.conclusion === 'failure' &&
          b.output.annotations[0].start_column === 2 &&
          b.output.annotations[0].end_column === 4
        );
      })
      .reply(201, { id: 99, html_url: 'https://github.com/octo/notes/runs/99' });
    nock(API)
      .patch('/repos/octo/notes/check-runs/99', (b) => {
        batches.push(b.output.annotations.length);
        return true;
      })
      .times(2)
      .reply(200, { id: 99 });
    const url = await publishCheckRun(octokit(), repo, { name: 'mathrepro', headSha: 'abc', conclusion: 'failure', title: 't', summary: 's', diagnostics });
    expect(url).toBe('https://github.com/octo/notes/runs/99');
    expect(batches).toEqual([50, 50, 20]);
  });
});

describe('permissions', () => {
  it('answers slash commands only for people who can write', async () => {
    nock(API).get('/repos/octo/notes/collaborators/alice/permission').reply(200, { permission: 'write', role_name: 'write' });
    nock(API).get('/repos/octo/notes/collaborators/bob/permission').reply(200, { permission: 'read', role_name: 'triage' });
    nock(API).get('/repos/octo/notes/collaborators/eve/permission').reply(404, { message: 'Not Found' });
    expect(await canWrite(octokit(), repo, 'alice')).toBe(true);
    expect(await canWrite(octokit(), repo, 'bob')).toBe(false);
    expect(await canWrite(octokit(), repo, 'eve')).toBe(false);
  });
});

describe('a failed call says its cause', () => {
  // A read: writes that notify (comments) are spaced seconds apart by the client, as GitHub asks.
  const failing = async (status: number, headers: Record<string, string> = {}, message = 'Nope') => {
    nock(API).get('/repos/octo/notes').reply(status, { message }, headers);
    return octokit()
      .rest.repos.get(repo)
      .catch((error: unknown) => error);
  };

  it('tells an invalid token, a read-only one, a rate limit and a missing resource apart', async () => {
    expect(apiFailure(await failing(401, {}, 'Bad credentials'))).toEqual({ kind: 'unauthorized', reason: 'the token is invalid or expired (HTTP 401)' });
    expect(apiFailure(await failing(403, {}, 'Resource not accessible by integration')).kind).toBe('forbidden');
    // Rate limits are waited out by the client first (tested above); what reaches the report after that:
    const limited = (status: number, headers: Record<string, string>, message: string) => Object.assign(new Error(message), { status, response: { headers } });
    expect(apiFailure(limited(403, { 'x-ratelimit-remaining': '0' }, 'API rate limit exceeded for installation')).kind).toBe('rate-limited');
    expect(apiFailure(limited(403, {}, 'You have exceeded a secondary rate limit')).kind).toBe('rate-limited');
    expect(apiFailure(limited(429, {}, 'Too many requests')).reason).toMatch(/^GitHub's rate limit was reached \(HTTP 429\)/);
    expect(apiFailure(await failing(404)).kind).toBe('not-found');
    expect(isPermissionError(await failing(401))).toBe(false);
  });
});
