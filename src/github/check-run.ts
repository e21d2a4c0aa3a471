import { clip } from '../format/escape.js';
import { GITHUB_LIMITS, mostImportantFirst } from '../format/limits.js';
import type { Diagnostic } from '../model/types.js';
import type { GitHubClient } from './octokit.js';
import type { Repo } from './pull-files.js';

const { annotationsPerRequest: ANNOTATIONS_PER_REQUEST, checkRunAnnotations: MAX_ANNOTATIONS, checkRunSummaryCharacters: MAX_SUMMARY } = GITHUB_LIMITS;

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  diagnostics: readonly Diagnostic[];
}

/**
 * A completed check run with its annotations, sent 50 a request: the first 500, errors first (more would take a
 * request a second for minutes); its summary counts the rest. Returns its URL.
 */
export async function publishCheckRun(octokit: GitHubClient, repo: Repo, input: CheckRunInput): Promise<string> {
  const annotations = mostImportantFirst(input.diagnostics).slice(0, MAX_ANNOTATIONS).map(toAnnotation);
  const left = input.diagnostics.length - annotations.length;
  const notice =
    left > 0
      ? `\n\n_${left} more ${left === 1 ? 'finding is' : 'findings are'} not annotated here (mathrepro annotates ${MAX_ANNOTATIONS}, errors first); the job summary and the JSON report list them._`
      : '';
  const room = MAX_SUMMARY - notice.length;
  const summary = (input.summary.length > room ? `${clip(input.summary, room - 20)}\n\n…(cut)` : input.summary) + notice;
  const output = (batch: typeof annotations) => ({ title: input.title, summary, annotations: batch });
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
