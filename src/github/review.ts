import type { Suggestion } from '../model/changes.js';
import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

interface ReviewComment {
  id: number;
  path: string;
  line?: number | null;
  start_line?: number | null;
  body: string;
  user: { login: string } | null;
}

export interface ReviewSync {
  /** Suggestions posted now (in one new review), kept from earlier runs, and taken back (fixed, or gone stale). */
  posted: number;
  kept: number;
  removed: number;
  reviewUrl?: string;
}

/**
 * Brings mathrepro's review suggestions on a pull request to `wanted`: a suggestion already there (same file,
 * lines and text) stays, one no longer wanted is deleted, and the new ones come in one review — so a push never
 * repeats a suggestion, and a fixed line loses its. Ours are found by author and by the marker each body starts with.
 */
export async function syncSuggestions(
  octokit: GitHubClient,
  repo: Repo,
  pullNumber: number,
  headSha: string,
  wanted: readonly Suggestion[],
  options: { botLogin: string; marker: string; reviewBody: string },
): Promise<ReviewSync> {
  const all = (await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: pullNumber, per_page: 100 })) as ReviewComment[];
  const ours = all.filter((comment) => comment.user?.login === options.botLogin && comment.body.startsWith(`${options.marker}\n`));
  const key = (path: string, line: number | null | undefined, startLine: number | null | undefined, body: string) =>
    `${path}\u0000${line ?? ''}\u0000${startLine ?? ''}\u0000${body}`;
  const existing = new Map(ours.map((comment) => [key(comment.path, comment.line, comment.start_line, comment.body), comment]));
  const wantedKeys = new Set(wanted.map((s) => key(s.path, s.line, s.startLine, s.body)));
  let removed = 0;
  for (const [commentKey, comment] of existing) {
    if (wantedKeys.has(commentKey)) continue;
    try {
      await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id });
      removed++;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error; // another run took it back already
    }
  }
  const fresh = wanted.filter((s) => !existing.has(key(s.path, s.line, s.startLine, s.body)));
  const result: ReviewSync = { posted: fresh.length, kept: wanted.length - fresh.length, removed };
  if (fresh.length === 0) return result;
  const review = await octokit.rest.pulls.createReview({
    ...repo,
    pull_number: pullNumber,
    commit_id: headSha,
    event: 'COMMENT',
    body: options.reviewBody,
    comments: fresh.map((s) => ({
      path: s.path,
      line: s.line,
      side: 'RIGHT' as const,
      ...(s.startLine !== undefined ? { start_line: s.startLine, start_side: 'RIGHT' as const } : {}),
      body: s.body,
    })),
  });
  return { ...result, reviewUrl: review.data.html_url };
}
