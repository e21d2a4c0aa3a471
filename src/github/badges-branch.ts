import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

/**
 * Publishes badge files as the whole content of a branch of their own (e.g. `mathrepro-badges`), so a README can
 * embed a stable URL. Needs `contents: write`. One commit per change; nothing is written when the files are the
 * same as the branch already holds.
 */
export async function publishBadges(
  octokit: GitHubClient,
  repo: Repo,
  branch: string,
  files: ReadonlyMap<string, string>,
  message: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  let parent: { sha: string; tree: string } | undefined;
  try {
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    parent = { sha: commit.sha, tree: commit.tree.sha };
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    tree: [...files].map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content })),
  });
  if (parent && parent.tree === tree.sha) return 'unchanged';
  const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message, tree: tree.sha, parents: parent ? [parent.sha] : [] });
  if (parent) {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
    return 'updated';
  }
  await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.sha });
  return 'created';
}
