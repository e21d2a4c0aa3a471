import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { publishBadges } from '../github/badges-branch.js';
import { publishCheckRun } from '../github/check-run.js';
import { setCommitStatus, type CommitStatus } from '../github/commit-status.js';
import { apiFailure, isPermissionError, type GitHubClient } from '../github/octokit.js';
import type { Repo } from '../github/pull-files.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { formatAnnotations } from '../report/annotations.js';
import { badgeFiles, expectationBadges, mathBadge, reproducedBadge } from '../report/badges.js';
import { renderComment, unshowableCount } from '../report/comment.js';
import { commentMarker, type FilePreview } from '../model/preview.js';
import { escapeMarkdown } from '../format/escape.js';
import { count } from '../format/count.js';
import { judge, type ReproduceState, type Verdict } from '../report/verdict.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatVerifyMarkdown } from '../report/reproduce.js';
import { verified, type VerifyReport } from '../model/reproduce.js';
import { formatEnvSection, formatSummary } from '../report/summary.js';
import { GITHUB_LIMITS, fitBytes, utf8Length } from '../format/limits.js';
import type { Diagnostic, Report, Severity } from '../model/types.js';
import { reproduceDiagnostics } from '../reproduce/findings.js';
import type { Inputs } from './inputs.js';
import { unsafeOutput } from '../write-file.js';

/**
 * The action's publishing: what one run found goes out through every channel the token allows (annotations,
 * outputs, job summary, check run, sticky comment, commit statuses, badges), each within GitHub's limits, from
 * one verdict; a channel GitHub refuses becomes a warning, never a lost finding.
 */

const SUMMARY_CUT = "_…cut here: the job summary reached GitHub's 1 MiB limit. The JSON report (output `report`) has every finding._";
const FORK_SETUP = 'https://github.com/mathrepro/mathrepro#pull-requests-from-forks';

/** Everything one run found, ready to publish. */
export interface Outcome {
  report: Report;
  /** Findings under the filter mode: what annotations, the comment and the step's status are about. */
  shown: Diagnostic[];
  files: FilePreview[];
  changedFormulas: number;
  pullRequest?: number;
  headSha?: string;
  reproduce?: ReproduceOutcome;
  /** Environment-file findings to show (under the filter mode), how many the lint found in all, and in how many files. */
  env?: { shown: Diagnostic[]; total: number; files: number };
  /** What the first half of the fork-safe setup left out of its payload to stay within the limits. */
  omitted?: { findings: number; files: number };
}

/** The REPRODUCE.md verification, or why it could not run; with the severity configured for the rule `reproduce`. */
export type ReproduceOutcome = ({ report: VerifyReport } | { error: string; file: string }) & { severity?: Severity };

/** What one run shows, derived once from its outcome for every channel. */
interface View {
  /** Math and environment findings under the filter mode: annotations, the check run and fail-on count them all. */
  shown: Diagnostic[];
  errors: number;
  warnings: number;
  /** Math, REPRODUCE.md and environment judged together: the headline, the check run and the step agree. */
  verdict: Verdict;
  commentBody: string;
  /** Extra sections (reproduction, environment) for the comment and the summary. */
  sections: string[];
  reproduceStatus: ReproduceState;
}

function viewOf(outcome: Outcome, { failOn, id }: Pick<Inputs, 'failOn' | 'id'>, isPullRequest: boolean): View {
  const shown = [...outcome.shown, ...(outcome.env?.shown ?? [])];
  const errors = shown.filter((d) => d.severity === 'error').length;
  const { reproduce } = outcome;
  const reproduceStatus: ReproduceState = !reproduce ? 'skipped' : 'error' in reproduce ? 'error' : verified(reproduce.report) ? 'pass' : 'fail';
  const mathErrors = outcome.shown.filter((d) => d.severity === 'error').length;
  const envErrors = outcome.env ? outcome.env.shown.filter((d) => d.severity === 'error').length : 0;
  const verdict = judge({
    math: { errors: mathErrors, warnings: outcome.shown.length - mathErrors },
    ...(outcome.env ? { env: { errors: envErrors, warnings: outcome.env.shown.length - envErrors, total: outcome.env.total } } : {}),
    ...(reproduce
      ? {
          reproduce:
            'report' in reproduce
              ? {
                  state: reproduceStatus,
                  passed: reproduce.report.summary.passed,
                  expectations: reproduce.report.summary.expectations,
                  cellsNotOk: reproduce.report.cells.filter((cell) => cell.status !== 'ok').length,
                  file: reproduce.report.file,
                  severity: reproduce.severity ?? 'error',
                }
              : { state: reproduceStatus, file: reproduce.file, severity: reproduce.severity ?? 'error' },
        }
      : {}),
    failOn,
    pullRequest: isPullRequest,
    unshowable: unshowableCount(outcome.files),
  });
  const sections = [
    ...(reproduce ? ['report' in reproduce ? formatVerifyMarkdown(reproduce.report) : `### ❌ Reproduced: ${escapeMarkdown(reproduce.error)}\n`] : []),
    ...(outcome.env ? [formatEnvSection(outcome.env.shown, outcome.env.files, outcome.env.total)] : []),
  ];
  const url = runUrl();
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = process.env;
  const commentBody = renderComment({
    id,
    ...(server && repository && outcome.headSha ? { blobBase: { repositoryUrl: `${server}/${repository}`, sha: outcome.headSha } } : {}),
    findings: outcome.shown,
    ...(outcome.omitted?.findings ? { totalFindings: outcome.shown.length + outcome.omitted.findings } : {}),
    files: outcome.files,
    formulas: outcome.report.summary.formulas,
    verdict,
    ...(url ? { runUrl: url } : {}),
    ...(sections.length ? { sections } : {}),
  });
  return { shown, errors, warnings: shown.length - errors, verdict, commentBody, sections, reproduceStatus };
}

/** Summary, annotations, outputs, check run, comment, statuses and the step's status, each as far as the token allows. */
export async function publish(
  inputs: Inputs,
  outcome: Outcome,
  octokit: GitHubClient | undefined,
  repo: Repo | undefined,
  isPullRequest: boolean,
  options: { annotate: boolean } = { annotate: true },
): Promise<void> {
  const view = viewOf(outcome, inputs, isPullRequest);
  if (options.annotate) {
    // GitHub shows ten annotations of each level per step: math first, then REPRODUCE.md, the rest counted.
    const all = [...view.shown, ...reproduceAnnotations(outcome.reproduce)];
    const errors = all.filter((d) => d.severity === 'error');
    const warnings = all.filter((d) => d.severity === 'warning');
    const perLevel = GITHUB_LIMITS.annotationsPerLevel;
    process.stdout.write(formatAnnotations([...errors.slice(0, perLevel), ...warnings.slice(0, perLevel)]));
    const left = Math.max(0, errors.length - perLevel) + Math.max(0, warnings.length - perLevel);
    if (left > 0) core.notice(`mathrepro: ${left} more ${left === 1 ? 'finding is' : 'findings are'} in the job summary and the check run.`);
  }
  setOutputs(outcome, view, inputs.sarif);
  const notes = octokit && repo ? await publishToGitHub(inputs, outcome, view, octokit, repo, isPullRequest) : [];
  for (const note of notes) core.warning(`mathrepro: ${note}; the findings are in the annotations and the job summary.`);
  try {
    const previews = isPullRequest ? `${view.commentBody.replace(/^<!--.*?-->\n/, '')}\n\n` : '';
    const extra = isPullRequest ? '' : view.sections.map((section) => `\n${section}`).join('');
    const room = GITHUB_LIMITS.jobSummaryBytes - utf8Length(previews) - Math.min(utf8Length(extra), GITHUB_LIMITS.jobSummaryBytes / 4);
    // One headline from the one verdict: the comment's on a pull request (above), else the summary's own.
    const headline = isPullRequest ? undefined : `### ${view.verdict.icon} mathrepro: ${view.verdict.title}`;
    const summary = fitBytes(previews + formatSummary(outcome.report, room, headline) + extra, GITHUB_LIMITS.jobSummaryBytes - 1024, SUMMARY_CUT);
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${describe(error)}`);
  }
  if (view.verdict.fails) core.setFailed(`mathrepro: ${view.verdict.title}.`);
}

function setOutputs(outcome: Outcome, view: View, sarif: string): void {
  const reportPath = join(process.env.RUNNER_TEMP ?? process.cwd(), 'mathrepro', 'report.json');
  mkdirSync(join(reportPath, '..'), { recursive: true });
  writeFileSync(reportPath, formatJson(outcome.report));
  if (sarif) {
    // Code scanning gets every finding of the run, math and environment files alike.
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const sarifPath = resolve(workspace, sarif);
    // The workspace holds the pull request's files: a link it committed is not written through.
    // (Refused with a warning: the other channels still carry every finding.)
    const unsafe = unsafeOutput(sarifPath, workspace);
    if (unsafe) core.warning(`mathrepro: input sarif: ${sarif} not written: ${unsafe}`);
    else {
      mkdirSync(dirname(sarifPath), { recursive: true });
      const diagnostics = [...outcome.report.diagnostics, ...(outcome.env?.shown ?? []), ...reproduceAnnotations(outcome.reproduce)];
      writeFileSync(sarifPath, formatSarif({ ...outcome.report, diagnostics }));
      core.setOutput('sarif', sarifPath);
    }
  }
  core.setOutput('errors', view.errors);
  core.setOutput('warnings', view.warnings);
  core.setOutput('formulas', outcome.report.summary.formulas);
  core.setOutput('changed-formulas', outcome.changedFormulas);
  core.setOutput('report', reportPath);
  core.setOutput('reproduce-status', view.reproduceStatus);
  if (outcome.reproduce && 'report' in outcome.reproduce) {
    core.setOutput('reproduce-passed', outcome.reproduce.report.summary.passed);
    core.setOutput('reproduce-expectations', outcome.reproduce.report.summary.expectations);
  }
  if (outcome.env) {
    core.setOutput('env-errors', outcome.env.shown.filter((d) => d.severity === 'error').length);
    core.setOutput('env-warnings', outcome.env.shown.filter((d) => d.severity === 'warning').length);
  }
}

/** Check run, sticky comment and commit statuses; what GitHub refuses comes back as notes, never as a failure. */
async function publishToGitHub(inputs: Inputs, outcome: Outcome, view: View, octokit: GitHubClient, repo: Repo, isPullRequest: boolean): Promise<string[]> {
  const notes: string[] = [];
  if (outcome.headSha && inputs.checkName) {
    try {
      await publishCheckRun(octokit, repo, {
        name: inputs.checkName,
        headSha: outcome.headSha,
        conclusion: view.verdict.conclusion,
        title: view.verdict.title,
        summary: view.commentBody.replace(/^<!--.*?-->\n/, ''),
        diagnostics: view.shown,
      });
    } catch (error) {
      notes.push(isPermissionError(error) ? 'no check run (the token may not create one)' : `no check run (${describe(error)})`);
    }
  }
  if (isPullRequest && outcome.pullRequest !== undefined && wantsComment(inputs, outcome)) {
    try {
      const comment = await upsertStickyComment(octokit, repo, outcome.pullRequest, view.commentBody, inputs.botLogin, commentMarker(inputs.id));
      core.setOutput('comment-url', comment.url);
      core.info(`Preview comment ${comment.action}: ${comment.url}`);
    } catch (error) {
      if (isPermissionError(error)) {
        core.notice(
          `mathrepro could not comment: this token may not write to the pull request (pull requests from forks get a read-only token). ` +
            `The findings are in the annotations and the job summary. To get preview comments on fork pull requests, use the two-workflow setup: ${FORK_SETUP}`,
        );
      } else notes.push(`no comment (${describe(error)})`);
    }
  }
  if (outcome.headSha && inputs.commitStatus) {
    try {
      for (const status of commitStatuses(outcome, view, inputs.id)) await setCommitStatus(octokit, repo, outcome.headSha, status);
    } catch (error) {
      notes.push(isPermissionError(error) ? 'no commit status (the token may not set one: add statuses: write)' : `no commit status (${describe(error)})`);
    }
  }
  return notes;
}

/** Error annotations on the REPRODUCE.md lines of failing expectations and cells not run. */
function reproduceAnnotations(reproduce: ReproduceOutcome | undefined): Diagnostic[] {
  return reproduce ? reproduceDiagnostics(reproduce, reproduce.severity ?? 'error') : [];
}

function commitStatuses(outcome: Outcome, view: View, id: string): CommitStatus[] {
  const target = runUrl();
  const at = target ? { targetUrl: target } : {};
  const { errors, warnings } = view;
  const statuses: CommitStatus[] = [
    {
      context: `${id}/math`,
      state: errors > 0 ? 'failure' : 'success',
      description: errors
        ? `${count(errors, 'error')}, ${count(warnings, 'warning')} in the math`
        : `${count(outcome.report.summary.formulas, 'formula')} checked${warnings ? `, ${count(warnings, 'warning')}` : ''}`,
      ...at,
    },
  ];
  const { reproduce } = outcome;
  if (reproduce) {
    statuses.push({
      context: `${id}/reproduce`,
      state: view.reproduceStatus === 'pass' ? 'success' : view.reproduceStatus === 'error' ? 'error' : 'failure',
      description:
        'report' in reproduce ? `reproduced ${reproduce.report.summary.passed}/${reproduce.report.summary.expectations} expectations` : reproduce.error,
      ...at,
    });
  }
  return statuses;
}

/** Badges on a branch of their own, on pushes to the default branch only (never from a pull request). */
export async function publishBadgesOf(inputs: Inputs, outcome: Outcome, octokit: GitHubClient, repo: Repo): Promise<void> {
  const badges = [mathBadge(outcome.report)];
  if (outcome.reproduce && 'report' in outcome.reproduce)
    badges.push(reproducedBadge(outcome.reproduce.report), ...expectationBadges(outcome.reproduce.report));
  try {
    const result = await publishBadges(octokit, repo, inputs.badgesBranch, await badgeFiles(badges), `mathrepro badges for ${context.sha.slice(0, 7)}`);
    core.info(`Badges ${result} on branch ${inputs.badgesBranch}.`);
  } catch (error) {
    core.warning(
      isPermissionError(error)
        ? `mathrepro could not publish badges to ${inputs.badgesBranch}: the token needs contents: write.`
        : `mathrepro could not publish badges to ${inputs.badgesBranch} (${describe(error)}).`,
    );
  }
}

function wantsComment(inputs: Inputs, outcome: Outcome): boolean {
  if (inputs.comment === 'never') return false;
  return inputs.comment === 'always' || outcome.changedFormulas > 0 || outcome.shown.length > 0;
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = process.env;
  return server && repository && id ? `${server}/${repository}/actions/runs/${id}` : undefined;
}

/** A failed call's cause in words: GitHub's status told apart (401, 403, rate limits, 404), else the message. */
export function describe(error: unknown): string {
  return apiFailure(error).reason;
}
