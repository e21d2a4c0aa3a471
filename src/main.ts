import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from './check/run.js';
import { ConfigurationError } from './config/config.js';
import { formatAnnotations } from './report/annotations.js';
import { formatJson } from './report/json.js';
import { formatSummary } from './report/summary.js';
import type { Diagnostic } from './types.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest go to the summary. */
const ANNOTATIONS_PER_LEVEL = 10;

/** The action: inputs → check → annotations, job summary, outputs, exit status. */
export async function run(): Promise<void> {
  try {
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const paths = core.getInput('paths').split(/\s+/).filter(Boolean);
    const configPath = core.getInput('config') || undefined;
    const failOn = core.getInput('fail-on') || 'error';
    if (!['error', 'warning', 'never'].includes(failOn)) {
      throw new ConfigurationError(`input fail-on must be error, warning or never, not '${failOn}'`);
    }

    const { report } = runCheck({ root, paths, configPath });

    annotate(report.diagnostics);
    const reportPath = join(process.env.RUNNER_TEMP ?? root, 'mathrepro', 'report.json');
    mkdirSync(join(reportPath, '..'), { recursive: true });
    writeFileSync(reportPath, formatJson(report));
    core.setOutput('errors', report.summary.errors);
    core.setOutput('warnings', report.summary.warnings);
    core.setOutput('formulas', report.summary.formulas);
    core.setOutput('report', reportPath);
    try {
      await core.summary.addRaw(formatSummary(report)).write();
    } catch (error) {
      core.warning(`Could not write the job summary: ${(error as Error).message}`);
    }

    const { errors, warnings } = report.summary;
    if ((failOn === 'error' && errors > 0) || (failOn === 'warning' && errors + warnings > 0)) {
      core.setFailed(`mathrepro found ${errors} error(s) and ${warnings} warning(s) in the math.`);
    }
  } catch (error) {
    core.setFailed(error instanceof ConfigurationError ? error.message : `mathrepro failed: ${(error as Error).stack ?? error}`);
  }
}

/** Workflow-command annotations, most important first: GitHub shows only the first ten of each level. */
function annotate(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error').slice(0, ANNOTATIONS_PER_LEVEL);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').slice(0, ANNOTATIONS_PER_LEVEL);
  process.stdout.write(formatAnnotations([...errors, ...warnings]));
}
