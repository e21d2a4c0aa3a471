import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, buildReport, type CheckRun } from './check/engine.js';
import { discoverFiles } from './check/discover.js';
import { loadConfig, runCheck } from './check/run.js';
import { ConfigurationError, type ResolvedConfig } from './config/config.js';
import { SiteMacros } from './config/site-macros.js';
import { downloadPayload } from './github/artifact.js';
import { publishBadges } from './github/badges-branch.js';
import { publishCheckRun } from './github/check-run.js';
import { setCommitStatus, type CommitStatus } from './github/commit-status.js';
import { changesBetween, hasCommit, readAtRevision } from './github/git.js';
import { apiFailure, createOctokit, isPermissionError, type GitHubClient } from './github/octokit.js';
import { canWrite } from './github/permissions.js';
import { listPullFiles, readContent, type Repo } from './github/pull-files.js';
import { upsertStickyComment } from './github/sticky-comment.js';
import { analyzeChanges, checkChangedFiles } from './pr/analyze.js';
import { FILTER_MODES, changesFromGit, inFilter, type FileChange, type FilterMode } from './pr/diff.js';
import { PAYLOAD_FILE, boundedPayload, parsePayload, type CommentPayload } from './pr/payload.js';
import { formatAnnotations } from './report/annotations.js';
import { badgeFiles, expectationBadges, mathBadge, reproducedBadge } from './report/badges.js';
import { commentMarker, renderComment, type FilePreview } from './report/comment.js';
import { escapeMarkdown } from './report/escape.js';
import { count } from './report/count.js';
import { judge, type ReproduceState, type Verdict } from './report/verdict.js';
import { formatJson } from './report/json.js';
import { formatVerifyMarkdown } from './report/reproduce.js';
import { VerifyError, verified, type VerifyReport } from './reproduce/verify.js';
import { reproduceDocument, verifyRepository } from './github/workspace.js';
import { formatEnvSection, formatSummary } from './report/summary.js';
import { GITHUB_LIMITS, fitBytes, utf8Length } from './report/limits.js';
import { runEnvLint } from './env/run.js';
import type { Diagnostic, Report } from './types.js';

/**
 * The action: reads its inputs and the event, checks the math, and publishes what the token allows. The job
 * summary, annotations and outputs never need write permission and always come out; a failed API call is
 * reported as a warning and never hides the findings. Nothing from the pull request is ever executed.
 */

const SUMMARY_CUT = '_…cut here: the job summary reached GitHub\'s 1 MiB limit. The JSON report (output `report`) has every finding._';
const FORK_SETUP = 'https://github.com/mathrepro/mathrepro#pull-requests-from-forks';

interface Inputs {
  /** Names the statuses, the sticky comment and the check run, so that several runs coexist on a pull request. */
  id: string;
  token: string;
  paths: string[];
  configPath: string | undefined;
  comment: 'always' | 'on-change' | 'never';
  filterMode: FilterMode;
  failOn: 'error' | 'warning' | 'never';
  checkName: string;
  botLogin: string;
  artifactName: string;
  command: string;
  reproduce: string;
  commitStatus: boolean;
  badgesBranch: string;
  env: 'auto' | 'off';
}

/** Everything one run found, ready to publish. */
interface Outcome {
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

/** The REPRODUCE.md verification, or why it could not run. */
type ReproduceOutcome = { report: VerifyReport } | { error: string; file: string };

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const octokit = inputs.token
      ? createOctokit({ token: inputs.token, baseUrl: process.env.GITHUB_API_URL, log: { info: core.info, warning: core.warning } })
      : undefined;
    // Outside a repository's workflow (a local test run) there is no repository to talk to.
    const repo: Repo | undefined = process.env.GITHUB_REPOSITORY ? context.repo : undefined;
    const client = repo ? octokit : undefined;
    switch (context.eventName) {
      case 'pull_request':
        await onPullRequest(inputs, root, client, repo);
        break;
      case 'pull_request_target': {
        // Runs with a write token in the base repository's context: the pull request's files are read from the
        // API as data, never checked out (the checkout here is the base branch).
        const number = (context.payload.pull_request as { number?: number } | undefined)?.number;
        if (!client || !repo || number === undefined) throw new ConfigurationError('pull_request_target needs a token and a pull request');
        await fromApi(inputs, root, client, repo, number, inputs.comment);
        break;
      }
      case 'workflow_run':
        await onWorkflowRun(inputs, client, repo);
        break;
      case 'issue_comment':
        await onIssueComment(inputs, root, client, repo);
        break;
      default: {
        const config = loadConfig(root, inputs.configPath);
        const { report } = runCheck({ root, paths: inputs.paths, config });
        const reproduce = reproduceIn(root, inputs, config);
        const env = envIn(root, inputs, config);
        const outcome: Outcome = {
          report,
          shown: report.diagnostics,
          files: [],
          changedFormulas: 0,
          headSha: context.sha,
          ...(reproduce ? { reproduce } : {}),
          ...(env ? { env: { shown: env.report.diagnostics, total: env.report.diagnostics.length, files: env.report.summary.files } } : {}),
        };
        await publish(inputs, outcome, client, repo, false);
        if (client && repo && inputs.badgesBranch && isPushToDefaultBranch()) await publishBadgesOf(inputs, outcome, client, repo);
      }
    }
  } catch (error) {
    if (error instanceof ConfigurationError) core.setFailed(error.message);
    else core.setFailed(`mathrepro failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readInputs(): Inputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = (core.getInput(name) || fallback) as T;
    if (!allowed.includes(value)) throw new ConfigurationError(`input ${name} must be one of ${allowed.join(', ')}, not '${value}'`);
    return value;
  };
  const id = core.getInput('id') || 'mathrepro';
  if (!/^[A-Za-z0-9][\w.-]{0,49}$/.test(id)) throw new ConfigurationError(`input id must be letters, digits, '.', '_' or '-' (at most 50), not '${id.slice(0, 60)}'`);
  return {
    id,
    token: core.getInput('github-token'),
    paths: core.getInput('paths').split(/\s+/).filter(Boolean),
    configPath: core.getInput('config') || undefined,
    comment: choice('comment', ['always', 'on-change', 'never'] as const, 'on-change'),
    filterMode: choice('filter-mode', FILTER_MODES, 'added'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    // An empty check-name turns the check run off; when the input is absent it takes the id.
    checkName: process.env['INPUT_CHECK-NAME'] === undefined ? id : core.getInput('check-name'),
    botLogin: core.getInput('bot-login') || 'github-actions[bot]',
    artifactName: core.getInput('artifact-name') || 'mathrepro-report',
    command: core.getInput('command') || '/mathrepro',
    reproduce: core.getInput('reproduce'),
    commitStatus: choice('commit-status', ['true', 'false'] as const, 'true') === 'true',
    badgesBranch: core.getInput('badges-branch'),
    env: choice('env', ['auto', 'off'] as const, 'auto'),
  };
}

async function onPullRequest(inputs: Inputs, root: string, octokit: GitHubClient | undefined, repo: Repo | undefined): Promise<void> {
  const pr = context.payload.pull_request as { number: number; head: { sha: string }; base: { sha: string } } | undefined;
  if (!pr) throw new Error('the pull_request event has no pull_request payload');
  const config = loadConfig(root, inputs.configPath);
  const engine = new Engine({ root, config, siteMacros: new SiteMacros(root) });
  const head = engine.checkFiles(discoverFiles(root, inputs.paths, config));
  const baseInClone = hasCommit(root, pr.base.sha);
  const changes = await changedFiles(octokit, repo, pr.number, () =>
    baseInClone && hasCommit(root, pr.head.sha) ? changesFromGit(changesBetween(root, pr.base.sha, pr.head.sha)) : undefined,
  );
  const analysis = await analyzeChanges({
    engine,
    root,
    headFiles: head.files,
    changes,
    readBase: async (path) =>
      baseInClone ? readAtRevision(root, pr.base.sha, path) : octokit && repo ? readContent(octokit, repo, path, pr.base.sha) : undefined,
    filterMode: inputs.filterMode,
  });
  const reproduce = reproduceIn(root, inputs, config, baseInClone ? pr.base.sha : undefined);
  const env = envIn(root, inputs, config);
  const changeByPath = new Map(changes.map((change) => [change.path, change]));
  const outcome: Outcome = {
    report: head.report,
    ...analysis,
    pullRequest: pr.number,
    headSha: pr.head.sha,
    ...(reproduce ? { reproduce } : {}),
    ...(env
      ? { env: { shown: env.report.diagnostics.filter((d) => inFilter(d, inputs.filterMode, changeByPath)), total: env.report.diagnostics.length, files: env.report.summary.files } }
      : {}),
  };
  writePayload(outcome);
  await publish(inputs, outcome, octokit, repo, true);
}

/** The pull request's files from the API, else from git when the clone has both commits. */
async function changedFiles(
  octokit: GitHubClient | undefined,
  repo: Repo | undefined,
  pullNumber: number,
  fromGit: () => FileChange[] | undefined,
): Promise<FileChange[]> {
  if (octokit && repo) {
    try {
      return await listPullFiles(octokit, repo, pullNumber);
    } catch (error) {
      core.warning(`Could not list the pull request's files (${describe(error)}); using git instead.`);
    }
  }
  const changes = fromGit();
  if (!changes) throw new Error('cannot tell what the pull request changed: the API failed and the clone lacks its commits (use fetch-depth: 0)');
  return changes;
}

/** The privileged half of the fork-safe setup: post what the read-only run found. */
async function onWorkflowRun(inputs: Inputs, octokit: GitHubClient | undefined, repo: Repo | undefined): Promise<void> {
  const workflowRun = context.payload.workflow_run as { id: number; head_sha: string; event: string } | undefined;
  if (!workflowRun) throw new Error('the workflow_run event has no workflow_run payload');
  if (!octokit || !repo) throw new ConfigurationError('input github-token is empty: the workflow_run half needs a token that may comment');
  const text = await downloadPayload(octokit, repo, workflowRun.id, inputs.artifactName);
  if (text === undefined) {
    core.notice(`The triggering run has no ${inputs.artifactName} artifact (it was not a pull request, or it failed early); nothing to post.`);
    return;
  }
  const payload: CommentPayload = parsePayload(text);
  // The payload comes from the pull request's own run: only believe its pull-request number once GitHub confirms
  // that this pull request's head is the commit the run was for.
  const { data: pr } = await octokit.rest.pulls.get({ ...repo, pull_number: payload.pullRequest });
  if (pr.head.sha !== workflowRun.head_sha || payload.headSha !== workflowRun.head_sha) {
    core.warning(`The report is for ${payload.headSha.slice(0, 7)}, pull request #${payload.pullRequest} is at ${pr.head.sha.slice(0, 7)}: not posting an outdated or mismatched report.`);
    return;
  }
  const errors = payload.findings.filter((d) => d.severity === 'error').length;
  const outcome: Outcome = {
    report: { version: 1, summary: { ...payload.summary, errors, warnings: payload.findings.length - errors }, diagnostics: payload.findings },
    shown: payload.findings,
    files: payload.files,
    changedFormulas: payload.files.reduce((sum, f) => sum + f.previews.length, 0),
    pullRequest: payload.pullRequest,
    headSha: payload.headSha,
    ...(payload.reproduce ? { reproduce: { report: payload.reproduce } } : {}),
    ...(payload.env ? { env: payload.env } : {}),
    ...(payload.omitted ? { omitted: payload.omitted } : {}),
  };
  // The findings were annotated and summarised by the first half; this half posts the comment and check run.
  await publish(inputs, outcome, octokit, repo, true, { annotate: false });
}

/** `/mathrepro` in a pull request's comments refreshes the preview, for people who may write to the repository. */
async function onIssueComment(inputs: Inputs, root: string, octokit: GitHubClient | undefined, repo: Repo | undefined): Promise<void> {
  const payload = context.payload as {
    issue?: { number: number; pull_request?: unknown };
    comment?: { id: number; body?: string; user?: { login: string } };
  };
  const body = payload.comment?.body?.trim() ?? '';
  if (!payload.issue?.pull_request || !(body === inputs.command || body.startsWith(`${inputs.command} `))) {
    core.info(`Not a ${inputs.command} command on a pull request; nothing to do.`);
    return;
  }
  if (!octokit || !repo) throw new ConfigurationError('input github-token is empty: the slash command needs a token');
  const login = payload.comment?.user?.login ?? '';
  if (!(await canWrite(octokit, repo, login))) {
    core.notice(`${login} may not write to this repository; ${inputs.command} is only answered for people who can.`);
    return;
  }
  await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: payload.comment!.id, content: 'eyes' }).catch(() => undefined);
  await fromApi(inputs, root, octokit, repo, payload.issue.number, 'always');
}

/** A pull request checked from the API alone: its changed files at head and base, read as data, no checkout. */
async function fromApi(inputs: Inputs, root: string, octokit: GitHubClient, repo: Repo, pullNumber: number, comment: Inputs['comment']): Promise<void> {
  const { data: pr } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
  const config = loadConfig(root, inputs.configPath);
  // The site's macros and MyST-ness come from the checkout (the base branch): the same files the pull_request run
  // reads, as the base has them.
  const engine = new Engine({ root, config, siteMacros: new SiteMacros(root) });
  const changes = (await listPullFiles(octokit, repo, pr.number)).filter((change) => underPaths(change.path, inputs.paths));
  const headFiles = await checkChangedFiles(engine, root, changes, (path) => config.isIncluded(path), (path) =>
    readContent(octokit, repo, path, pr.head.sha),
  );
  const analysis = await analyzeChanges({
    engine,
    root,
    headFiles,
    changes,
    readBase: (path) => readContent(octokit, repo, path, pr.base.sha),
    filterMode: inputs.filterMode,
  });
  const outcome: Outcome = { report: buildReport(headFiles), ...analysis, pullRequest: pr.number, headSha: pr.head.sha };
  await publish({ ...inputs, comment }, outcome, octokit, repo, true);
}

/** Whether a repository path lies under one of the action's `paths` (as the checkout's run would find it). */
function underPaths(path: string, paths: readonly string[]): boolean {
  if (paths.length === 0) return true;
  return paths.some((entry) => {
    const prefix = entry.replace(/^\.\/+/, '').replace(/\/+$/, '');
    return prefix === '' || prefix === '.' || path === prefix || path.startsWith(`${prefix}/`);
  });
}

/**
 * Verifies REPRODUCE.md (the `reproduce` input, configuration's `reproduce.file`, or REPRODUCE.md when it exists)
 * against the results in the workspace, and at the base commit when given. Undefined when there is none.
 */
function reproduceIn(root: string, inputs: Inputs, config: ResolvedConfig, base?: string): ReproduceOutcome | undefined {
  const file = reproduceDocument(root, config, inputs.reproduce);
  if (!file || file === 'false' || file === 'none') return undefined;
  try {
    return { report: verifyRepository({ root, file, config, ...(base ? { base } : {}) }) };
  } catch (error) {
    if (error instanceof VerifyError || error instanceof ConfigurationError) return { error: error.message, file };
    throw error;
  }
}

/** The environment files under the action's paths, linted (the `env` input turns it off). */
function envIn(root: string, inputs: Inputs, config: ResolvedConfig): CheckRun | undefined {
  if (inputs.env === 'off') return undefined;
  const run = runEnvLint({ root, paths: inputs.paths, config });
  return run.report.summary.files > 0 ? run : undefined;
}

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
                }
              : { state: reproduceStatus, file: reproduce.file },
        }
      : {}),
    failOn,
    pullRequest: isPullRequest,
  });
  const sections = [
    ...(reproduce ? ['report' in reproduce ? formatVerifyMarkdown(reproduce.report) : `### ❌ Reproduced: ${escapeMarkdown(reproduce.error)}\n`] : []),
    ...(outcome.env ? [formatEnvSection(outcome.env.shown, outcome.env.files, outcome.env.total)] : []),
  ];
  const url = runUrl();
  const commentBody = renderComment({
    id,
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
async function publish(
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
  setOutputs(outcome, view);
  const notes = octokit && repo ? await publishToGitHub(inputs, outcome, view, octokit, repo, isPullRequest) : [];
  for (const note of notes) core.warning(`mathrepro: ${note}; the findings are in the annotations and the job summary.`);
  try {
    const previews = isPullRequest ? `${view.commentBody.replace(/^<!--.*?-->\n/, '')}\n\n` : '';
    const extra = isPullRequest ? '' : view.sections.map((section) => `\n${section}`).join('');
    const room = GITHUB_LIMITS.jobSummaryBytes - utf8Length(previews) - Math.min(utf8Length(extra), GITHUB_LIMITS.jobSummaryBytes / 4);
    const summary = fitBytes(previews + formatSummary(outcome.report, room) + extra, GITHUB_LIMITS.jobSummaryBytes - 1024, SUMMARY_CUT);
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${describe(error)}`);
  }
  if (view.verdict.fails) core.setFailed(`mathrepro: ${view.verdict.title}.`);
}

function setOutputs(outcome: Outcome, view: View): void {
  const reportPath = join(process.env.RUNNER_TEMP ?? process.cwd(), 'mathrepro', 'report.json');
  mkdirSync(join(reportPath, '..'), { recursive: true });
  writeFileSync(reportPath, formatJson(outcome.report));
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
  if (!reproduce) return [];
  const at = (file: string, line: number, column: number, message: string): Diagnostic => ({
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    severity: 'error',
    rule: 'reproduce',
    message,
  });
  if ('error' in reproduce) return [at(reproduce.file, 1, 1, reproduce.error)];
  const { report } = reproduce;
  return [
    ...report.results.filter((r) => r.status !== 'pass').map((r) => at(report.file, r.line, r.column, `${r.metric} ${r.expected}: ${r.status} — ${r.message}`)),
    ...report.cells.filter((c) => c.status !== 'ok').map((c) => at(report.file, c.line, c.column, `${c.ref}: ${c.status} — ${c.message}`)),
  ];
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
      description: 'report' in reproduce ? `reproduced ${reproduce.report.summary.passed}/${reproduce.report.summary.expectations} expectations` : reproduce.error,
      ...at,
    });
  }
  return statuses;
}

function isPushToDefaultBranch(): boolean {
  const defaultBranch = (context.payload.repository as { default_branch?: string } | undefined)?.default_branch;
  return context.eventName === 'push' && defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}`;
}

/** Badges on a branch of their own, on pushes to the default branch only (never from a pull request). */
async function publishBadgesOf(inputs: Inputs, outcome: Outcome, octokit: GitHubClient, repo: Repo): Promise<void> {
  const badges = [mathBadge(outcome.report)];
  if (outcome.reproduce && 'report' in outcome.reproduce) badges.push(reproducedBadge(outcome.reproduce.report), ...expectationBadges(outcome.reproduce.report));
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


function writePayload(outcome: Outcome): void {
  if (outcome.pullRequest === undefined || !outcome.headSha) return;
  const payload: CommentPayload = boundedPayload({
    mathrepro: 1,
    pullRequest: outcome.pullRequest,
    headSha: outcome.headSha,
    summary: { files: outcome.report.summary.files, formulas: outcome.report.summary.formulas },
    findings: outcome.shown,
    files: outcome.files,
    ...(outcome.reproduce && 'report' in outcome.reproduce ? { reproduce: outcome.reproduce.report } : {}),
    ...(outcome.env ? { env: outcome.env } : {}),
  });
  const folder = join(process.env.RUNNER_TEMP ?? process.cwd(), 'mathrepro');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, PAYLOAD_FILE);
  writeFileSync(path, JSON.stringify(payload));
  core.setOutput('payload', path);
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = process.env;
  return server && repository && id ? `${server}/${repository}/actions/runs/${id}` : undefined;
}

/** A failed call's cause in words: GitHub's status told apart (401, 403, rate limits, 404), else the message. */
function describe(error: unknown): string {
  return apiFailure(error).reason;
}
