import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

export interface CommitStatus {
  /** `<id>/math` or `<id>/reproduce` (id: the action's `id` input, `mathrepro` by default). */
  context: `${string}/math` | `${string}/reproduce`;
  state: 'success' | 'failure' | 'error';
  description: string;
  targetUrl?: string;
}

/** A commit status on the head commit, so branch protection can require `mathrepro/math` and `mathrepro/reproduce`. */
export async function setCommitStatus(octokit: GitHubClient, repo: Repo, sha: string, status: CommitStatus): Promise<void> {
  await octokit.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: status.context,
    state: status.state,
    // GitHub cuts descriptions at 140 characters.
    description: status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
