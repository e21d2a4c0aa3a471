import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { discoverFiles } from '../check/discover.js';
import { trackedOnce } from './check.js';
import { wholeFileFinding } from '../check/document.js';
import { buildReport, locateFindings } from '../check/engine.js';
import { type CheckRun, type FileResult } from '../model/results.js';
import { loadConfig } from '../config/load.js';
import { ResolvedConfig } from '../config/config.js';
import { staysInside, toPosix } from '../paths.js';
import { LineIndex } from '../positions.js';
import { cannotReadSentence, readFileBounded } from '../read-file.js';
import { MAX_ENV_BYTES, lintEnvironmentFile, lintRequirementsFile, platformOfPath } from '../env/lint.js';
import { lockFindings, type Sibling } from '../env/locks.js';
import { pipInstallsIn, type PipInstall } from '../env/packages.js';
import { MAX_NOTEBOOK_BYTES } from '../check/load.js';
import { envUnreadable } from '../rules/env-unreadable.js';

export interface EnvRequest {
  root: string;
  paths: readonly string[];
  configPath?: string;
  /** Configuration already loaded by the caller (else it is loaded from `configPath`). */
  config?: ResolvedConfig;
}

/** `mathrepro env`: the environment and requirements files under the paths, linted. `formulas` counts packages. */
export function runEnvLint(request: EnvRequest): CheckRun {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  let installs: PipInstall[] | undefined;
  const notebookInstalls = () => (installs ??= pipInstallsOfNotebooks(request.root, config));
  const files = environmentFiles({ ...request, config }).map((path): FileResult => {
    const file = toPosix(relative(request.root, path));
    const isEnvironment = /\.ya?ml$/i.test(path);
    // Refused by its size before it is read: a pull request may add a huge "environment.yml".
    const read = readFileBounded(path, MAX_ENV_BYTES);
    if (!read.ok) {
      const message =
        read.problem === 'too-large'
          ? `Larger than ${MAX_ENV_BYTES / 1024 / 1024} MB: not ${isEnvironment ? 'an environment' : 'a requirements'} file; not checked.`
          : cannotReadSentence(read);
      return located(file, '', [wholeFileFinding({ rule: envUnreadable.id, message, start: 0, end: 1 })], 0, config);
    }
    return lintEnvText(request.root, file, read.bytes.toString('utf8'), config, notebookInstalls);
  });
  return { report: buildReport(files), files };
}

/** The environment files the request names (absolute paths): the env section's include patterns. */
export function environmentFiles(request: EnvRequest & { config: ResolvedConfig }): string[] {
  const envConfig = new ResolvedConfig({ ...request.config.config, include: request.config.config.env.include });
  return discoverFiles(request.root, request.paths.flatMap(manifestsOfLock), envConfig, { tracked: trackedOnce(request.root) });
}

/** At most this many notebooks, of at most MAX_NOTEBOOK_BYTES together, are read for the packages they pip-install. */
const MAX_NOTEBOOKS_READ = 500;

/** What the repository's notebooks install with pip (`%pip install …` in a cell), read once a run. */
function pipInstallsOfNotebooks(root: string, config: ResolvedConfig): PipInstall[] {
  const notebooks = new ResolvedConfig({ ...config.config, include: ['**/*.ipynb'] });
  const installs: PipInstall[] = [];
  let budget = MAX_NOTEBOOK_BYTES;
  for (const path of discoverFiles(root, [], notebooks, { tracked: trackedOnce(root) }).slice(0, MAX_NOTEBOOKS_READ)) {
    const read = readFileBounded(path, Math.min(budget, MAX_NOTEBOOK_BYTES));
    if (!read.ok) continue;
    budget -= read.bytes.length;
    installs.push(...pipInstallsIn(toPosix(relative(root, path)), read.bytes.toString('utf8')));
    if (budget <= 0) break;
  }
  return installs;
}

/** The manifests a lock file locks (a commit that changes only uv.lock is checked against pyproject.toml). */
const LOCKED_BY: Record<string, readonly string[]> = {
  'uv.lock': ['pyproject.toml'],
  'pixi.lock': ['pixi.toml', 'pyproject.toml'],
  'conda-lock.yml': ['environment.yml', 'environment.yaml'],
};

function manifestsOfLock(path: string): string[] {
  const manifests = LOCKED_BY[path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1)];
  if (!manifests) return [path];
  const found = manifests.map((manifest) => resolve(dirname(path), manifest)).filter((manifest) => existsSync(manifest));
  return found.length > 0 ? found : [path];
}

/** A lock file is larger than the manifests it locks: a pixi.lock of a few platforms runs to megabytes. */
const MAX_LOCK_BYTES = 50 * 1024 * 1024;

/**
 * One environment (`.yml`), requirements or manifest (`pyproject.toml`, `pixi.toml`) file's text, linted;
 * `file` is its path from `root`. A manifest is held to the lock beside it, and to a README that installs from one.
 */
export function lintEnvText(root: string, file: string, text: string, config: ResolvedConfig, notebookInstalls?: () => PipInstall[]): FileResult {
  const { pinning } = config.config.env;
  const folder = dirname(resolve(root, file));
  const name = file.slice(file.lastIndexOf('/') + 1);
  const manifest = /^(?:pyproject|pixi)\.toml$/i.test(name);
  const lint = manifest
    ? { findings: [], packages: 0 }
    : /\.ya?ml$/i.test(file)
      ? lintEnvironmentFile(text, pinning, platformOfPath(file), notebookInstalls && !/^\s*-\s*pip\s*:/m.test(text) ? notebookInstalls() : [])
      : lintRequirementsFile(text, pinning, (included) => existsSync(resolve(folder, included)));
  if (manifest || /\.ya?ml$/i.test(file)) {
    // A lock a pull request commits as a link out of the repository is not read: what it holds reaches messages.
    const sibling = (lock: string): Sibling => {
      const path = resolve(folder, lock);
      if (!existsSync(path)) return undefined;
      if (!staysInside(root, path)) return { problem: 'it is a link out of the repository' };
      const read = readFileBounded(path, MAX_LOCK_BYTES);
      if (read.ok) return { text: read.bytes.toString('utf8') };
      const problem = {
        'too-large': `larger than ${MAX_LOCK_BYTES / 1024 / 1024} MB`,
        'not-a-file': 'not a regular file',
        unreadable: 'the file system refused it',
      };
      return { problem: problem[read.problem] };
    };
    const readmes = [...new Set([folder, root])].flatMap((where) => {
      const read = readFileBounded(resolve(where, 'README.md'), MAX_ENV_BYTES);
      return read.ok ? [read.bytes.toString('utf8')] : [];
    });
    const lineOf = (needle: string) => {
      const at = text.indexOf(needle);
      return at < 0 ? { start: 0, end: 1 } : { start: at, end: at + needle.length };
    };
    lint.findings.push(...lockFindings(name, text, sibling, readmes, lineOf));
  }
  return located(file, text, lint.findings.map(wholeFileFinding), lint.packages, config);
}

function located(file: string, text: string, findings: Parameters<typeof locateFindings>[2], packages: number, config: ResolvedConfig): FileResult {
  const { diagnostics, excerpts } = locateFindings(file, new LineIndex(text), findings, (rule, chosen) => config.severity(rule, chosen));
  return { file, formulas: [], formulaCount: packages, diagnostics, excerpts };
}
