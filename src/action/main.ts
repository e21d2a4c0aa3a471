import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';
import { join } from 'node:path';
import type { CheckRun } from '../model/results.js';
import { runCheckInParallel } from '../app/check.js';
import { loadConfig } from '../config/load.js';
import { type ResolvedConfig } from '../config/config.js';
import { ConfigurationError } from '../model/errors.js';
import { downloadPayload } from '../github/artifact.js';
import { changesBetween, hasCommit, readAtRevision } from '../git/git.js';
import { createOctokit, type GitHubClient } from '../github/octokit.js';
import { canWrite } from '../github/permissions.js';
import { acknowledgeComment, getPullRequest, listPullFiles, readContent, type Repo } from '../github/pull-files.js';
import { checkPullRequest, suggestedFixes, underPaths, type PullRequestCheck } from '../app/pull-request.js';
import { syncSuggestions } from '../github/review.js';
import { changesFromGit, inFilter } from '../pr/diff.js';
import { type FileChange } from '../model/changes.js';
import { boundedPayload, parsePayload, type CommentPayload } from '../pr/payload.js';
import { PAYLOAD_FILE } from '../model/preview.js';
import { VerifyError } from '../model/errors.js';
import { reproduceDocument, reproduceLookalikes, verifyRepository } from '../app/verify.js';
import { runEnvLint } from '../app/env.js';
import { readInputs, type Inputs } from './inputs.js';
import { describe, publish, publishBadgesOf, type Outcome, type ReproduceOutcome } from './publish.js';
import { reproduce } from '../rules/reproduce.js';

/**
 * The action: reads its inputs and the event, checks the math, and publishes what the token allows. The job
 * summary, annotations and outputs never need write permission and always come out; a failed API call is
 * reported as a warning and never hides the findings. Nothing from the pull request is ever executed.
 */

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
        // A whole-repository run uses the content cache (keep ~/.cache/mathrepro with actions/cache) and, for a
        // large one, the worker threads the CLI uses (dist/cli.js serves them).
        const { report } = await runCheckInParallel({
          root,
          paths: inputs.paths,
          config,
          workerUrl: new URL('./cli.js', import.meta.url),
          ...(actionCacheSalt() ?? {}),
        });
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

async function onPullRequest(inputs: Inputs, root: string, octokit: GitHubClient | undefined, repo: Repo | undefined): Promise<void> {
  const pr = context.payload.pull_request as { number: number; head: { sha: string }; base: { sha: string } } | undefined;
  if (!pr) throw new Error('the pull_request event has no pull_request payload');
  const config = loadConfig(root, inputs.configPath);
  const baseInClone = hasCommit(root, pr.base.sha);
  const checked = await checkPullRequest({
    root,
    paths: inputs.paths,
    config,
    filterMode: inputs.filterMode,
    sources: {
      changes: () =>
        changedFiles(octokit, repo, pr.number, () =>
          baseInClone && hasCommit(root, pr.head.sha) ? changesFromGit(changesBetween(root, pr.base.sha, pr.head.sha)) : undefined,
        ),
      head: 'work-tree',
      base: async (path) =>
        baseInClone ? readAtRevision(root, pr.base.sha, path) : octokit && repo ? readContent(octokit, repo, path, pr.base.sha) : undefined,
    },
  });
  const { changes } = checked;
  const reproduce = reproduceIn(root, inputs, config, baseInClone ? pr.base.sha : undefined);
  const env = envIn(root, inputs, config);
  const changeByPath = new Map(changes.map((change) => [change.path, change]));
  const outcome: Outcome = {
    ...outcomeOf(checked, pr.number, pr.head.sha),
    ...(reproduce ? { reproduce } : {}),
    ...(env
      ? {
          env: {
            shown: env.report.diagnostics.filter((d) => inFilter(d, inputs.filterMode, changeByPath)),
            total: env.report.diagnostics.length,
            files: env.report.summary.files,
          },
        }
      : {}),
  };
  writePayload(outcome);
  await publish(inputs, outcome, octokit, repo, true);
  if (inputs.suggestions) {
    await offerSuggestions(inputs, root, config, changes, { math: { report: checked.report, files: checked.headFiles }, env }, octokit, repo, pr);
  }
}

/**
 * The mechanical fixes of the changed files as one review of suggestions. A failure (a fork's read-only token)
 * is a warning: the findings are already out.
 */
async function offerSuggestions(
  inputs: Inputs,
  root: string,
  config: ResolvedConfig,
  changes: readonly FileChange[],
  checked: { math: CheckRun; env: CheckRun | undefined },
  octokit: GitHubClient | undefined,
  repo: Repo | undefined,
  pr: { number: number; head: { sha: string } },
): Promise<void> {
  const marker = `<!-- ${inputs.id}:suggestion -->`;
  const { suggestions, left } = suggestedFixes({
    root,
    paths: inputs.paths,
    config,
    changes,
    marker,
    checked: [...checked.math.files, ...(checked.env?.files ?? [])],
    environments: checked.env !== undefined,
  });
  core.setOutput('suggestions', suggestions.length);
  if (!octokit || !repo) return;
  const more =
    left > 0 ? ` ${left} more ${left === 1 ? 'fix is' : 'fixes are'} outside this pull request's diff or over the limit: run \`mathrepro fix\` locally.` : '';
  const reviewBody = `${marker}\n**mathrepro** suggests ${suggestions.length === 1 ? 'a fix' : `${suggestions.length} fixes`} to the math and environment files of this pull request: each applies with one click (*Commit suggestion*).${more}`;
  try {
    const sync = await syncSuggestions(octokit, repo, pr.number, pr.head.sha, suggestions, { botLogin: inputs.botLogin, marker, reviewBody });
    core.info(`Review suggestions: ${sync.posted} posted, ${sync.kept} kept, ${sync.removed} taken back${sync.reviewUrl ? ` (${sync.reviewUrl})` : ''}.`);
  } catch (error) {
    core.warning(
      `Could not post the suggested fixes (${describe(error)}). A pull request from a fork gets a read-only token: run \`mathrepro fix\` locally instead.`,
    );
  }
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
  const pr = await getPullRequest(octokit, repo, payload.pullRequest);
  if (pr.headSha !== workflowRun.head_sha || payload.headSha !== workflowRun.head_sha) {
    core.warning(
      `The report is for ${payload.headSha.slice(0, 7)}, pull request #${payload.pullRequest} is at ${pr.headSha.slice(0, 7)}: not posting an outdated or mismatched report.`,
    );
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
  await acknowledgeComment(octokit, repo, payload.comment!.id);
  await fromApi(inputs, root, octokit, repo, payload.issue.number, 'always');
}

/** A pull request checked from the API alone: its changed files at head and base, read as data, no checkout. */
async function fromApi(inputs: Inputs, root: string, octokit: GitHubClient, repo: Repo, pullNumber: number, comment: Inputs['comment']): Promise<void> {
  const pr = await getPullRequest(octokit, repo, pullNumber);
  const checked = await checkPullRequest({
    root,
    paths: inputs.paths,
    config: loadConfig(root, inputs.configPath),
    filterMode: inputs.filterMode,
    sources: {
      changes: async () => {
        const listed = await listPullFiles(octokit, repo, pr.number);
        if (listed.length >= MAX_LISTED_FILES) {
          core.warning(
            `GitHub lists at most ${MAX_LISTED_FILES} files of a pull request: files beyond them are not checked here. A pull_request run on a checkout checks them all.`,
          );
        }
        return listed.filter((change) => underPaths(change.path, inputs.paths));
      },
      head: (path) => readContent(octokit, repo, path, pr.headSha),
      base: (path) => readContent(octokit, repo, path, pr.baseSha),
    },
  });
  await publish({ ...inputs, comment }, outcomeOf(checked, pr.number, pr.headSha), octokit, repo, true);
}

/** What a checked pull request shows: its report, the findings under the filter mode and the formula previews. */
function outcomeOf(checked: PullRequestCheck, pullRequest: number, headSha: string): Outcome {
  const { report, shown, files, changedFormulas } = checked;
  return { report, shown, files, changedFormulas, pullRequest, headSha };
}

/** GitHub's "list pull request files" stops at this many. */
const MAX_LISTED_FILES = 3000;

/**
 * Verifies REPRODUCE.md (the `reproduce` input, configuration's `reproduce.file`, or REPRODUCE.md when it exists)
 * against the results in the workspace, and at the base commit when given. Undefined when there is none.
 */
function reproduceIn(root: string, inputs: Inputs, config: ResolvedConfig, base?: string): ReproduceOutcome | undefined {
  const file = reproduceDocument(root, config, inputs.reproduce);
  // `rules: {reproduce: off}` in the configuration turns the check off, as for any rule.
  const severity = config.severity(reproduce.id);
  // A document that looks like one but is not verified is said, not skipped in silence.
  const lookalikes = file ? [] : reproduceLookalikes(root);
  if (severity && lookalikes.length > 0) {
    core.warning(
      `${lookalikes.join(', ')} looks like a reproduction document but is not verified (only REPRODUCE.md is, by default): name it in the action's \`reproduce\` input or in .mathrepro.yml (reproduce: {file: ${lookalikes[0]}}).`,
    );
  }
  if (!file || file === 'false' || file === 'none' || !severity) return undefined;
  try {
    const run = { resultFolders: inputs.results, ...(inputs.executedAfter ? { executedAfter: inputs.executedAfter } : {}) };
    return { report: verifyRepository({ root, file, config, ...run, ...(base ? { base } : {}) }), severity };
  } catch (error) {
    if (error instanceof VerifyError || error instanceof ConfigurationError) return { error: error.message, file, severity };
    throw error;
  }
}

/** The environment files under the action's paths, linted (the `env` input turns it off). */
function envIn(root: string, inputs: Inputs, config: ResolvedConfig): CheckRun | undefined {
  if (inputs.env === 'off') return undefined;
  const run = runEnvLint({ root, paths: inputs.paths, config });
  return run.report.summary.files > 0 ? run : undefined;
}

/** What the cache's entries are made for: this build of the action (a new release checks every file again). */
function actionCacheSalt(): { cacheSalt: string } | undefined {
  if (process.env.MATHREPRO_CACHE === 'off' || !import.meta.url.endsWith('.js')) return undefined;
  try {
    const bundle = statSync(fileURLToPath(import.meta.url));
    return { cacheSalt: `${VERSION}\u0000action\u0000${bundle.size}\u0000${bundle.mtimeMs}` };
  } catch {
    return undefined;
  }
}

function isPushToDefaultBranch(): boolean {
  const defaultBranch = (context.payload.repository as { default_branch?: string } | undefined)?.default_branch;
  return context.eventName === 'push' && defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}`;
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
