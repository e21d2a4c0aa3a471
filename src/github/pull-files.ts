import { parsePatch } from '../format/patch.js';
import { type FileChange } from '../model/changes.js';
import type { GitHubClient } from './octokit.js';

export interface Repo {
  owner: string;
  repo: string;
}

/** A pull request's number and the commits of its head and base. */
export async function getPullRequest(octokit: GitHubClient, repo: Repo, pullNumber: number): Promise<{ number: number; headSha: string; baseSha: string }> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
  return { number: data.number, headSha: data.head.sha, baseSha: data.base.sha };
}

/** An "eyes" reaction on a comment, to say the command was seen (a failure to react is of no consequence). */
export async function acknowledgeComment(octokit: GitHubClient, repo: Repo, commentId: number): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content: 'eyes' }).catch(() => undefined);
}

/** The files a pull request changes, with the lines it adds (all pages; GitHub lists up to 3,000 files). */
export async function listPullFiles(octokit: GitHubClient, repo: Repo, pullNumber: number): Promise<FileChange[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  return files.map((file) => {
    const change: FileChange = { path: file.filename, status: file.status };
    if (file.previous_filename) change.previousPath = file.previous_filename;
    // GitHub leaves out the patch of very large diffs; then every line of the file counts as changed.
    if (file.patch !== undefined) Object.assign(change, parsePatch(file.patch));
    return change;
  });
}

/** A file's bytes at a commit, from the contents API; undefined when it does not exist there. */
export async function readContent(octokit: GitHubClient, repo: Repo, path: string, ref: string): Promise<Uint8Array | undefined> {
  try {
    const response = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
    const data = response.data as unknown;
    if (typeof data === 'string') return Buffer.from(data, 'utf8');
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    return undefined;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
