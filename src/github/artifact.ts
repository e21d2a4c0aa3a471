import { unzipSync } from 'fflate';
import { PAYLOAD_FILE } from '../model/preview.js';
import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

const MAX_ARTIFACT_BYTES = 50 * 1024 * 1024;
const MAX_PAYLOAD_BYTES = 30 * 1024 * 1024;

/**
 * The payload file from the named artifact of a workflow run, as text; undefined when the run has no such
 * artifact. The archive comes from a pull request's run: sizes are checked before and while unpacking.
 */
export async function downloadPayload(octokit: GitHubClient, repo: Repo, runId: number, artifactName: string): Promise<string | undefined> {
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: runId, per_page: 100 });
  const artifact = artifacts.find((a) => a.name === artifactName && !a.expired);
  if (!artifact) return undefined;
  if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) throw new Error(`artifact ${artifactName} is larger than ${MAX_ARTIFACT_BYTES} bytes`);
  const response = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
  const zip = new Uint8Array(response.data as ArrayBuffer);
  if (zip.length > MAX_ARTIFACT_BYTES) throw new Error(`artifact ${artifactName} is larger than ${MAX_ARTIFACT_BYTES} bytes`);
  const files = unzipSync(zip, { filter: (file) => file.name === PAYLOAD_FILE && file.originalSize <= MAX_PAYLOAD_BYTES });
  const payload = files[PAYLOAD_FILE];
  if (!payload) throw new Error(`artifact ${artifactName} holds no ${PAYLOAD_FILE} of at most ${MAX_PAYLOAD_BYTES} bytes`);
  if (payload.length > MAX_PAYLOAD_BYTES) throw new Error(`${PAYLOAD_FILE} is larger than ${MAX_PAYLOAD_BYTES} bytes`);
  return new TextDecoder('utf-8', { fatal: true }).decode(payload);
}
