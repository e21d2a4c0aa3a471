import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

/** Whether a user may push to the repository (admin, maintain or write): only they may run slash commands. */
export async function canWrite(octokit: GitHubClient, repo: Repo, username: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    const role = (data as { role_name?: string }).role_name;
    return data.permission === 'admin' || data.permission === 'write' || role === 'maintain';
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
