import { relative } from 'node:path';
import { discoverFiles } from '../check/discover.js';
import { trackedOnce } from './check.js';
import { wholeFileFinding } from '../check/document.js';
import { buildReport, locateFindings, type CheckRun, type FileResult } from '../check/engine.js';
import { loadConfig } from '../config/load.js';
import { ResolvedConfig } from '../config/config.js';
import { toPosix } from '../paths.js';
import { LineIndex } from '../positions.js';
import { cannotReadSentence, readFileBounded } from '../read-file.js';
import { MAX_ENV_BYTES, lintEnvironmentFile, lintRequirementsFile } from '../env/lint.js';

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
  const envConfig = new ResolvedConfig({ ...config.config, include: config.config.env.include });
  const files = discoverFiles(request.root, request.paths, envConfig, { tracked: trackedOnce(request.root) }).map((path): FileResult => {
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
    const text = read.bytes.toString('utf8');
    const lint = isEnvironment ? lintEnvironmentFile(text, config.config.env.pinning) : lintRequirementsFile(text, config.config.env.pinning);
    return located(file, text, lint.findings.map(wholeFileFinding), lint.packages, config);
  });
  return { report: buildReport(files), files };
}

function located(file: string, text: string, findings: Parameters<typeof locateFindings>[2], packages: number, config: ResolvedConfig): FileResult {
  const { diagnostics, excerpts } = locateFindings(file, new LineIndex(text), findings, (rule, chosen) => config.severity(rule, chosen));
  return { file, formulas: [], formulaCount: packages, diagnostics, excerpts };
}
