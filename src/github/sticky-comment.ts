import { COMMENT_MARKER } from '../model/preview.js';
import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

export interface StickyComment {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

interface IssueComment {
  id: number;
  html_url: string;
  body?: string | null;
  user: { login: string } | null;
}

/**
 * Creates or updates mathrepro's one comment on a pull request. It is found by the hidden marker at the start
 * of its body and by its author (the bot), across every page of comments, so a comment quoting the marker is
 * never taken for it. When two runs race and both create one, the older is kept and the newer deleted.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  repo: Repo,
  issueNumber: number,
  body: string,
  botLogin: string,
  /** The hidden line the body starts with (`<!-- id:sticky-comment -->`): another run's comment has its own. */
  marker = COMMENT_MARKER,
): Promise<StickyComment> {
  const existing = await findOurComments(octokit, repo, issueNumber, botLogin, marker);
  let ours = existing[0];
  let action: StickyComment['action'];
  if (!ours) {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    action = 'created';
    const again = await findOurComments(octokit, repo, issueNumber, botLogin, marker);
    ours = again[0] ?? (created.data as IssueComment);
    await deleteDuplicates(octokit, repo, again.slice(1));
    if (ours.id !== created.data.id) {
      // Another run created the comment first: ours was a duplicate, and the kept one gets our newer body.
      await octokit.rest.issues.updateComment({ ...repo, comment_id: ours.id, body });
      action = 'updated';
    }
  } else {
    await deleteDuplicates(octokit, repo, existing.slice(1));
    if (ours.body === body) action = 'unchanged';
    else {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: ours.id, body });
      action = 'updated';
    }
  }
  return { id: ours.id, url: ours.html_url, action };
}

/** Our comments, oldest first. */
async function findOurComments(octokit: GitHubClient, repo: Repo, issueNumber: number, botLogin: string, marker: string): Promise<IssueComment[]> {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  })) as IssueComment[];
  return comments.filter((c) => c.user?.login === botLogin && (c.body ?? '').startsWith(`${marker}\n`)).sort((a, b) => a.id - b.id);
}

async function deleteDuplicates(octokit: GitHubClient, repo: Repo, duplicates: readonly IssueComment[]): Promise<void> {
  for (const duplicate of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: duplicate.id });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error; // already deleted by the other run
    }
  }
}
