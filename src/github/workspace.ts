import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Engine } from '../check/engine.js';
import { MAX_NOTEBOOK_BYTES } from '../check/load.js';
import { loadConfig, runCheck } from '../check/run.js';
import { ConfigurationError, type ResolvedConfig } from '../config/config.js';
import { SiteMacros } from '../config/site-macros.js';
import { readFileBounded } from '../read-file.js';
import { analyzeChanges, checkChangedFiles } from '../pr/analyze.js';
import { changesFromGit, type FilterMode } from '../pr/diff.js';
import { expectationBadges, mathBadge, reproducedBadge, type Badge } from '../report/badges.js';
import { renderComment } from '../report/comment.js';
import { repositoryNotebooks, repositoryReader } from '../reproduce/repository.js';
import { VerifyError, verify, type FileReader, type VerifyReport } from '../reproduce/verify.js';
import { changesBetween, readAtRevision, resolveRevision, topLevel } from './git.js';

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
  const headFiles = await checkChangedFiles(engine, root, changes, (path) => config.isIncluded(path), async (path) =>
    head ? readAtRevision(root, head, path) : readWorkTree(join(root, path)),
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

function resolveOrExplain(root: string, rev: string): string {
  try {
    return resolveRevision(root, rev);
  } catch {
    throw new ConfigurationError(`${rev}: no such revision in this repository`);
  }
}

/** A changed file as it is in the work tree; none when it is gone, over the largest size checked, or not a regular file. */
function readWorkTree(path: string): Uint8Array | undefined {
  const read = readFileBounded(path, MAX_NOTEBOOK_BYTES);
  return read.ok ? read.bytes : undefined;
}

/**
 * The REPRODUCE.md a run verifies: the one named (argument, input), else the configured one, else REPRODUCE.md when
 * the repository has one. Undefined when there is none to verify.
 */
export function reproduceDocument(root: string, config: ResolvedConfig, named?: string): string | undefined {
  const chosen = named || config.config.reproduce.file;
  if (chosen) return chosen;
  return existsSync(join(root, 'REPRODUCE.md')) ? 'REPRODUCE.md' : undefined;
}

export interface VerifyRequest {
  root: string;
  file?: string;
  configPath?: string;
  /** Configuration already loaded by the caller (else it is loaded from `configPath`). */
  config?: ResolvedConfig;
  /** Also read the results at this revision, for how each metric moved. */
  base?: string;
}

/** `mathrepro verify`: the document from the argument, configuration or REPRODUCE.md, checked in the work tree. */
export function verifyRepository(request: VerifyRequest): VerifyReport {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const file = reproduceDocument(request.root, config, request.file) ?? 'REPRODUCE.md';
  const read = repositoryReader(request.root);
  const document = read(file);
  if (!document.ok) throw new VerifyError(`${file}: ${document.reason}`);
  let readBaseFile: FileReader | undefined;
  if (request.base) {
    const top = topLevel(request.root) ?? request.root;
    const base = resolveOrExplain(top, request.base);
    const prefix = relative(top, request.root);
    readBaseFile = (path) => {
      const bytes = readAtRevision(top, base, join(prefix, path).split('\\').join('/'));
      return bytes ? { ok: true, text: Buffer.from(bytes).toString('utf8') } : { ok: false, reason: `not at ${request.base}` };
    };
  }
  return verify({
    file,
    text: document.text,
    readFile: read,
    configuredSources: config.config.reproduce.sources,
    listNotebooks: () => repositoryNotebooks(request.root),
    ...(readBaseFile ? { readBaseFile } : {}),
  });
}

export interface BadgeRequest {
  root: string;
  paths: readonly string[];
  configPath?: string;
  /** REPRODUCE.md to verify for the `reproduced` badge; by default as `mathrepro verify` finds it, if it exists. */
  reproduceFile?: string;
  /** One badge per expectation as well. */
  perExpectation: boolean;
}

/** The badges of a work tree: `math`, and `reproduced` (with one per expectation when asked) if there is a REPRODUCE.md. */
export function badgesFor(request: BadgeRequest): Badge[] {
  const config = loadConfig(request.root, request.configPath);
  const { report } = runCheck({ root: request.root, paths: request.paths, config });
  const badges = [mathBadge(report)];
  const file = reproduceDocument(request.root, config, request.reproduceFile);
  if (!file) return badges;
  try {
    const verification = verifyRepository({ root: request.root, file, config });
    badges.push(reproducedBadge(verification));
    if (request.perExpectation) badges.push(...expectationBadges(verification));
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    badges.push({ name: 'reproduced', label: 'reproduced', message: 'error', color: 'red' });
  }
  return badges;
}
