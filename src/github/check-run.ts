import type { Diagnostic } from '../types.js';
import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

/** GitHub accepts at most 50 annotations per check-run request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
const MAX_SUMMARY = 65_535;

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  diagnostics: readonly Diagnostic[];
}

/** A completed check run with every annotation, sent in batches of 50. Returns its URL. */
export async function publishCheckRun(octokit: GitHubClient, repo: Repo, input: CheckRunInput): Promise<string> {
  const annotations = input.diagnostics.map(toAnnotation);
  const output = (batch: typeof annotations) => ({
    title: input.title,
    summary: input.summary.length > MAX_SUMMARY ? `${input.summary.slice(0, MAX_SUMMARY - 20)}\n\n…(cut)` : input.summary,
    annotations: batch,
  });
  const created = await octokit.rest.checks.create({
    ...repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
  });
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST)),
    });
  }
  return created.data.html_url ?? '';
}

function toAnnotation(d: Diagnostic) {
  const oneLine = d.line === d.endLine;
  return {
    path: d.file,
    start_line: d.line,
    end_line: d.endLine,
    ...(oneLine ? { start_column: d.column, end_column: Math.max(d.column, d.endColumn - 1) } : {}),
    annotation_level: d.severity === 'error' ? ('failure' as const) : ('warning' as const),
    title: `mathrepro ${d.rule}`,
    message: d.cell === undefined ? d.message : `${d.message} (cell ${d.cell}, line ${d.cellLine})`,
    ...(d.source ? { raw_details: d.source.slice(0, 60_000) } : {}),
  };
}
