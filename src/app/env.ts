import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { discoverFiles } from '../check/discover.js';
import { trackedOnce } from './check.js';
import { wholeFileFinding } from '../check/document.js';
import { buildReport, locateFindings } from '../check/engine.js';
import { type CheckRun, type FileResult } from '../model/results.js';
import { loadConfig } from '../config/load.js';
import { ResolvedConfig } from '../config/config.js';
import { toPosix } from '../paths.js';
import { LineIndex } from '../positions.js';
import { cannotReadSentence, readFileBounded } from '../read-file.js';
import { MAX_ENV_BYTES, lintEnvironmentFile, lintRequirementsFile, platformOfPath } from '../env/lint.js';

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
      return located(file, '', [wholeFileFinding({ rule: 'env-unreadable', message, start: 0, end: 1 })], 0, config);
    }
    return lintEnvText(request.root, file, read.bytes.toString('utf8'), config);
  });
  return { report: buildReport(files), files };
}

/** The environment files the request names (absolute paths): the env section's include patterns. */
export function environmentFiles(request: EnvRequest & { config: ResolvedConfig }): string[] {
  const envConfig = new ResolvedConfig({ ...request.config.config, include: request.config.config.env.include });
  return discoverFiles(request.root, request.paths, envConfig, { tracked: trackedOnce(request.root) });
}

/** One environment (`.yml`) or requirements file's text, linted; `file` is its path from `root`. */
export function lintEnvText(root: string, file: string, text: string, config: ResolvedConfig): FileResult {
  const { pinning } = config.config.env;
  const folder = dirname(resolve(root, file));
  const lint = /\.ya?ml$/i.test(file)
    ? lintEnvironmentFile(text, pinning, platformOfPath(file))
    : lintRequirementsFile(text, pinning, (included) => existsSync(resolve(folder, included)));
  return located(file, text, lint.findings.map(wholeFileFinding), lint.packages, config);
}

function located(file: string, text: string, findings: Parameters<typeof locateFindings>[2], packages: number, config: ResolvedConfig): FileResult {
  const { diagnostics, excerpts } = locateFindings(file, new LineIndex(text), findings, (rule, chosen) => config.severity(rule, chosen));
  return { file, formulas: [], formulaCount: packages, diagnostics, excerpts };
}
