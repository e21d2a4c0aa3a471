import { join } from 'node:path';
import { Engine, buildReport } from '../check/engine.js';
import { type FileResult } from '../model/results.js';
import type { Report } from '../model/types.js';
import { SiteMacros } from '../config/site-macros.js';
import type { FilePreview, FormulaPreview } from '../model/preview.js';
import type { Diagnostic } from '../model/types.js';
import { inFilter } from '../pr/diff.js';
import { type FileChange, type FilterMode } from '../model/changes.js';
import { expandForPreview, forGitHub, macroTable } from '../pr/expand.js';
import { formulaChanges } from '../pr/formula-changes.js';
import { suggestionsFor, type Suggested } from '../pr/suggestions.js';
import type { ResolvedConfig } from '../config/config.js';
import { prepareRun } from './check.js';
import { MAX_NOTEBOOK_BYTES } from '../check/load.js';
import { readFileBounded } from '../read-file.js';
import { runFix } from './fix.js';

/**
 * Where a pull request's files come from — one port for every way mathrepro sees one: the changed files (GitHub's
 * list, or `git diff`), the head's bytes (the checked-out work tree, a git revision, or the contents API) and the
 * base's (a git revision or the contents API).
 */
export interface ChangeSources {
  changes: () => Promise<FileChange[]>;
  /**
   * `work-tree`: the head is checked out at the root, and every file under `paths` is checked (the report covers the
   * repository, the comment the change); else the changed files are read from here.
   */
  head: 'work-tree' | ((path: string) => Promise<Uint8Array | undefined>);
  base: (path: string) => Promise<Uint8Array | undefined>;
}

export interface PullRequestRequest {
  root: string;
  paths: readonly string[];
  config: ResolvedConfig;
  filterMode: FilterMode;
  sources: ChangeSources;
}

export interface PullRequestCheck extends ChangeAnalysis {
  /** The report of every file checked at the head. */
  report: Report;
  /** The files checked at the head (with their formulas, for fixes). */
  headFiles: FileResult[];
  changes: FileChange[];
  engine: Engine;
}

/**
 * Files every other file's verdict depends on: the configuration and the site files whose macros pages use (a
 * Jekyll site's layouts and includes, an index.html: config/site-macros.ts reads them).
 */
const SHARED_FILES =
  /(?:^|\/)(?:\.mathrepro\.ya?ml|_config\.ya?ml|myst\.ya?ml|_toc\.ya?ml|conf\.py|mkdocs\.ya?ml|_quarto\.ya?ml|index\.html?|_layouts\/[^/]+\.html?|_includes\/[^/]+\.html?)$/;

/** A changed file as it is in the work tree; none when it is gone, over the largest size checked, or not a regular file. */
export function readWorkTree(path: string): Uint8Array | undefined {
  const read = readFileBounded(path, MAX_NOTEBOOK_BYTES);
  return read.ok ? read.bytes : undefined;
}

/** Whether a repository path lies under one of the paths a run is given (none: everywhere). */
export function underPaths(path: string, paths: readonly string[]): boolean {
  if (paths.length === 0) return true;
  return paths.some((entry) => {
    const prefix = entry.replace(/^\.\/+/, '').replace(/\/+$/, '');
    return prefix === '' || prefix === '.' || path === prefix || path.startsWith(`${prefix}/`);
  });
}

/**
 * The one pull-request use case: the action on `pull_request`, `pull_request_target` and `/mathrepro`, and
 * `mathrepro preview`, differ only in their sources. Files are found as `mathrepro check` finds them (tracked files
 * that an ignore pattern matches are checked too).
 */
export async function checkPullRequest(request: PullRequestRequest): Promise<PullRequestCheck> {
  const { head } = request.sources;
  const { root, config } = request;
  const changes = await request.sources.changes();
  // A pull request costs what it changes: only its changed files are read and checked (the findings shown are theirs
  // under every filter mode but nofilter). The whole tree is checked when nofilter asks for it, or when the change
  // touches what every file depends on (the configuration, a site's macros).
  const whole = head === 'work-tree' && (request.filterMode === 'nofilter' || changes.some((change) => SHARED_FILES.test(change.path)));
  const { files, engine } = whole
    ? prepareRun({ root, paths: request.paths, config }, {})
    : { files: [], engine: new Engine({ root, config, siteMacros: new SiteMacros(root) }) };
  const readHead = head === 'work-tree' ? async (path: string) => readWorkTree(join(root, path)) : head;
  const inScope = (path: string) => config.isIncluded(path) && underPaths(path, request.paths);
  const headFiles = whole ? engine.checkFiles(files).files : engine.withSiteConfigs(await checkChangedFiles(engine, root, changes, inScope, readHead));
  const analysis = await analyzeChanges({ engine, root: request.root, headFiles, changes, readBase: request.sources.base, filterMode: request.filterMode });
  return { report: buildReport(headFiles), headFiles, changes, engine, ...analysis };
}

/** What a pull request (or any two revisions) does to the math: findings to show and formula previews. */
export interface ChangeAnalysis {
  /** Findings under the filter mode. */
  shown: Diagnostic[];
  files: FilePreview[];
  /** Formulas added or changed. */
  changedFormulas: number;
}

export interface ChangeAnalysisInput {
  engine: Engine;
  root: string;
  /** Every checked file at the head revision. */
  headFiles: readonly FileResult[];
  changes: readonly FileChange[];
  /** A file's bytes at the base revision (by base-side path), or undefined when it did not exist. */
  readBase: (path: string) => Promise<Uint8Array | undefined>;
  filterMode: FilterMode;
}

/**
 * The changed files at the head revision, checked, for when there is no full run of the work tree (a local
 * preview from git, a slash command answered from the API): only the files configuration includes.
 */
export async function checkChangedFiles(
  engine: Engine,
  root: string,
  changes: readonly FileChange[],
  isIncluded: (path: string) => boolean,
  readHead: (path: string) => Promise<Uint8Array | undefined>,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const change of changes) {
    if (change.status === 'removed' || !isIncluded(change.path)) continue;
    const bytes = await readHead(change.path);
    // A file the change adds or edits but that cannot be read at its head is reported, never left out.
    results.push(
      bytes
        ? engine.checkFile(join(root, change.path), bytes)
        : engine.notRead(join(root, change.path), 'its content at the head of the change could not be read'),
    );
  }
  return results;
}

export async function analyzeChanges(input: ChangeAnalysisInput): Promise<ChangeAnalysis> {
  const changeByPath = new Map(input.changes.map((change) => [change.path, change]));
  const shown = input.headFiles.flatMap((file) => file.diagnostics).filter((d) => inFilter(d, input.filterMode, changeByPath));
  const files: FilePreview[] = [];
  let changedFormulas = 0;
  for (const head of input.headFiles) {
    const change = changeByPath.get(head.file);
    if (!change || change.status === 'removed' || change.status === 'unchanged') continue;
    const basePath = change.previousPath ?? change.path;
    const baseBytes = change.status === 'added' ? undefined : await input.readBase(basePath);
    // The base side is only found, never validated: its verdicts are not shown.
    const base = baseBytes ? input.engine.formulasOf(join(input.root, basePath), baseBytes) : undefined;
    const configured = input.engine.configuredMacros(join(input.root, head.file));
    // The definitions the engine read in each formula: one reading of the document's macros, not a second parse.
    const headMacros = macroTable(
      head.formulas.flatMap((f) => f.definitions ?? []),
      configured,
    );
    const baseMacros = macroTable(
      (base?.formulas ?? []).flatMap((f) => f.definitions ?? []),
      configured,
    );
    const previews: FormulaPreview[] = [];
    let removed = 0;
    // The comment is read on GitHub: a notebook's or a site's formula is written as GitHub can show it. A file
    // GitHub itself renders is shown as written (what GitHub refuses there is a finding of its own).
    const shownOnGitHub = head.renderer === 'github' ? (tex: string) => tex : forGitHub;
    // Formulas are compared as they render: with the document's macros expanded, so that a formula whose macro
    // changed is a changed formula although its text is the same.
    const rendered = (formulas: FileResult['formulas'], macros: ReturnType<typeof macroTable>) =>
      formulas.map((formula) => ({ formula, tex: shownOnGitHub(expandForPreview(formula.tex, macros)) }));
    for (const change of formulaChanges(rendered(base?.formulas ?? [], baseMacros), rendered(head.formulas, headMacros))) {
      if (change.kind === 'removed' || !change.after) {
        removed++;
        continue;
      }
      const after = change.after.tex;
      if (after === '') continue; // only macro definitions: nothing to show
      const formula = change.after.formula;
      const preview: FormulaPreview = {
        kind: change.kind === 'changed' ? 'changed' : 'added',
        line: formula.line,
        after,
        broken: formula.broken === true,
      };
      if (formula.brokenOn) preview.brokenOn = formula.brokenOn;
      if (formula.cell !== undefined) preview.cell = formula.cell;
      if (change.before) preview.before = change.before.tex;
      // The comment is read on GitHub: a formula of a notebook or a site that GitHub refuses would show its error
      // box there. (GitHub's own files were judged for GitHub already.)
      if (!preview.broken && head.renderer !== 'github') {
        const refusal = input.engine.githubRefusal(after) ?? (preview.before === undefined ? undefined : input.engine.githubRefusal(preview.before));
        if (refusal) preview.unshowable = refusal;
      }
      previews.push(preview);
    }
    changedFormulas += previews.length;
    if (previews.length || removed) files.push({ file: head.file, previews, removed });
  }
  return { shown, files, changedFormulas };
}

/**
 * The mechanical fixes of a pull request's changed files (math and environment files), as review suggestions on
 * the lines of its diff. Nothing is written and nothing of the pull request is run: its files are only read.
 */
export function suggestedFixes(request: {
  root: string;
  paths: readonly string[];
  config: ResolvedConfig;
  changes: readonly FileChange[];
  marker: string;
  /** The checks of the head's files just made: only files with a fix are read and checked again. */
  checked: readonly FileResult[];
  /** Whether environment files are linted (and so fixed) at all. */
  environments: boolean;
}): Suggested {
  const changed = request.changes.filter((change) => change.status !== 'removed');
  const fixes = runFix({
    root: request.root,
    paths: request.paths,
    config: request.config,
    write: false,
    environments: request.environments,
    only: new Set(changed.map((change) => change.path)),
    known: new Map(request.checked.map((result) => [result.file, result])),
  });
  return suggestionsFor(fixes.files, new Map(changed.map((change) => [change.path, change])), request.marker);
}
