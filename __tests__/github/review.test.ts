import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/octokit.js';
import { syncSuggestions } from '../../src/github/review.js';
import type { Suggestion } from '../../src/model/changes.js';

const API = 'https://api.github.com';
const repo = { owner: 'octo', repo: 'notes' };
const BOT = 'github-actions[bot]';
const MARKER = '<!-- mathrepro:suggestion -->';
const octokit = () => createOctokit({ token: 't0ken', log: { info: () => {}, warning: () => {} }, retryBaseMs: 1 });
const options = { botLogin: BOT, marker: MARKER, reviewBody: `${MARKER}\nmathrepro suggests fixes` };

const suggestion = (line: number, text: string, startLine?: number): Suggestion => ({
  path: 'notes/model.md',
  line,
  ...(startLine ? { startLine } : {}),
  body: `${MARKER}\n**mathrepro** suggests: fix\n\n\`\`\`suggestion\n${text}\n\`\`\`\n`,
});
const posted = (id: number, s: Suggestion, login = BOT) => ({ id, path: s.path, line: s.line, start_line: s.startLine ?? null, body: s.body, user: { login } });

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('review suggestions', () => {
  it('are posted as one review on the head commit, multi-line ones with their first line', async () => {
    const wanted = [suggestion(3, 'Let $\\lambda$.'), suggestion(9, 'a\nb', 8)];
    nock(API).get('/repos/octo/notes/pulls/7/comments').query(true).reply(200, []);
    let review: any;
    nock(API)
      .post('/repos/octo/notes/pulls/7/reviews', (body) => ((review = body), true))
      .reply(200, { id: 1, html_url: 'https://github.com/octo/notes/pull/7#pullrequestreview-1' });
    const sync = await syncSuggestions(octokit(), repo, 7, 'abc123', wanted, options);
    expect(sync).toEqual({ posted: 2, kept: 0, removed: 0, reviewUrl: 'https://github.com/octo/notes/pull/7#pullrequestreview-1' });
    expect(review).toEqual({
      commit_id: 'abc123',
      event: 'COMMENT',
      body: options.reviewBody,
      comments: [
        { path: 'notes/model.md', line: 3, side: 'RIGHT', body: wanted[0]!.body },
        { path: 'notes/model.md', line: 9, side: 'RIGHT', start_line: 8, start_side: 'RIGHT', body: wanted[1]!.body },
      ],
    });
  });

  it('are not repeated on the next push: the same one stays, a stale one is taken back, only the new one is posted', async () => {
    const same = suggestion(3, 'Let $\\lambda$.');
    const stale = suggestion(5, 'old');
    const fresh = suggestion(11, 'new');
    // A reviewer's comment quoting the marker, and a suggestion of another bot, are not ours.
    const theirs = { ...posted(12, stale, 'alice') };
    nock(API)
      .get('/repos/octo/notes/pulls/7/comments')
      .query(true)
      .reply(200, [posted(10, same), posted(11, stale), theirs]);
    nock(API).delete('/repos/octo/notes/pulls/comments/11').reply(204);
    let review: any;
    nock(API)
      .post('/repos/octo/notes/pulls/7/reviews', (body) => ((review = body), true))
      .reply(200, { id: 2, html_url: 'u' });
    const sync = await syncSuggestions(octokit(), repo, 7, 'def456', [same, fresh], options);
    expect(sync).toMatchObject({ posted: 1, kept: 1, removed: 1 });
    expect(review.comments.map((c: { line: number }) => c.line)).toEqual([11]);
  });

  it('post nothing when everything wanted is already there, and take back what is fixed', async () => {
    const same = suggestion(3, 'x');
    nock(API)
      .get('/repos/octo/notes/pulls/7/comments')
      .query(true)
      .reply(200, [posted(10, same), posted(11, suggestion(4, 'y'))]);
    nock(API).delete('/repos/octo/notes/pulls/comments/11').reply(404, { message: 'Not Found' });
    const sync = await syncSuggestions(octokit(), repo, 7, 'abc', [same], options);
    expect(sync).toEqual({ posted: 0, kept: 1, removed: 0 });
  });
});
