import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { discoverFiles } from '../check/discover.js';
import { buildReport, locateFindings, type CheckRun, type FileResult } from '../check/engine.js';
import { loadConfig } from '../check/run.js';
import { ResolvedConfig } from '../config/config.js';
import { toPosix } from '../paths.js';
import { LineIndex } from '../positions.js';
import { lintEnvironmentFile, lintRequirementsFile } from './lint.js';

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
  const files = discoverFiles(request.root, request.paths, envConfig).map((path): FileResult => {
    const file = toPosix(relative(request.root, path));
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return located(file, '', [{ rule: 'env-unreadable', message: `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? error}).`, start: 0, end: 1 }], 0, config);
    }
    const lint = /\.ya?ml$/i.test(path) ? lintEnvironmentFile(text, config.config.env.pinning) : lintRequirementsFile(text, config.config.env.pinning);
    return located(file, text, lint.findings, lint.packages, config);
  });
  return { report: buildReport(files), files };
}

function located(file: string, text: string, findings: Parameters<typeof locateFindings>[2], packages: number, config: ResolvedConfig): FileResult {
  const { diagnostics, excerpts } = locateFindings(file, new LineIndex(text), findings, (rule, chosen) => config.severity(rule, chosen));
  return { file, formulas: [], formulaCount: packages, diagnostics, excerpts };
}
