import { join, relative } from 'node:path';
import { Engine } from '../check/engine.js';
import { MAX_NOTEBOOK_BYTES } from '../check/load.js';
import { ConfigurationError } from '../config/config.js';
import { loadConfig } from '../config/load.js';
import { SiteMacros } from '../config/site-macros.js';
import { changesBetween, readAtRevision, resolveOrExplain, topLevel } from '../git/git.js';
import { changesFromGit, type FilterMode } from '../pr/diff.js';
import { readFileBounded } from '../read-file.js';
import { renderComment } from '../report/comment.js';
import { analyzeChanges, checkChangedFiles } from './pull-request.js';

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
  const engine = new Engine({ root, config, siteMacros: new SiteMacros(root) });
  const scope = request.paths.map((path) => relative(root, join(request.cwd, path)) || '.');
  // The work tree's new files count even before `git add` (ignored ones do not).
  const changes = changesFromGit(changesBetween(root, base, head, scope, { untracked: true }));
  const headFiles = await checkChangedFiles(
    engine,
    root,
    changes,
    (path) => config.isIncluded(path),
    async (path) => (head ? readAtRevision(root, head, path) : readWorkTree(join(root, path))),
  );
  const analysis = await analyzeChanges({
    engine,
    root,
    headFiles,
    changes,
    readBase: async (path) => readAtRevision(root, base, path),
    filterMode: request.filterMode,
  });
  const formulas = headFiles.reduce((sum, file) => sum + file.formulaCount, 0);
  return `${renderComment({ findings: analysis.shown, files: analysis.files, formulas })}\n`;
}

/** A changed file as it is in the work tree; none when it is gone, over the largest size checked, or not a regular file. */
function readWorkTree(path: string): Uint8Array | undefined {
  const read = readFileBounded(path, MAX_NOTEBOOK_BYTES);
  return read.ok ? read.bytes : undefined;
}
