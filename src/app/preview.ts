import { join, relative } from 'node:path';
import { ConfigurationError } from '../model/errors.js';
import { loadConfig } from '../config/load.js';
import { changesBetween, readAtRevision, resolveOrExplain, topLevel } from '../git/git.js';
import { changesFromGit } from '../pr/diff.js';
import { type FilterMode } from '../model/changes.js';
import { renderComment } from '../report/comment.js';
import { checkPullRequest, readWorkTree } from './pull-request.js';

export interface LocalPreviewRequest {
  cwd: string;
  base: string;
  /** A revision, or undefined for the work tree. */
  head?: string;
  paths: readonly string[];
  configPath?: string;
  filterMode: FilterMode;
}

/** The pull-request comment for local changes, from git: what `mathrepro preview` prints. */
export async function previewChanges(request: LocalPreviewRequest): Promise<string> {
  const root = topLevel(request.cwd);
  if (!root) throw new ConfigurationError('preview needs a git repository (run it inside one)');
  const base = resolveOrExplain(root, request.base);
  const head = request.head === undefined ? undefined : resolveOrExplain(root, request.head);
  const config = loadConfig(root, request.configPath && join(relative(root, request.cwd), request.configPath));
  const scope = request.paths.map((path) => relative(root, join(request.cwd, path)) || '.');
  const checked = await checkPullRequest({
    root,
    paths: scope,
    config,
    filterMode: request.filterMode,
    sources: {
      // The work tree's new files count even before `git add` (ignored ones do not).
      changes: async () => changesFromGit(changesBetween(root, base, head, scope, { untracked: true })),
      head: async (path) => (head ? readAtRevision(root, head, path) : readWorkTree(join(root, path))),
      base: async (path) => readAtRevision(root, base, path),
    },
  });
  return `${renderComment({ findings: checked.shown, files: checked.files, formulas: checked.report.summary.formulas })}\n`;
}
