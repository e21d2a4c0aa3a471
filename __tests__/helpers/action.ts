import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { REPO } from './fixtures.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the bundled action the way the Actions runner does: plain `node dist/index.js`, every declared input as an
 * `INPUT_*` variable (set or not), the event payload in a file, outputs and the job summary written to files.
 */
export async function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'mathrepro-runner-'));
  const outputFile = join(runnerTemp, 'output.txt');
  const summaryFile = join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...env,
  };
  // Every input action.yml declares, as the runner passes it: the test's value, else its default, else "".
  for (const [name, value] of Object.entries(asTheRunnerSetsThem(inputs, inputs['github-token']))) {
    childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(REPO, 'dist', 'index.js')], { cwd: workspace, env: childEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(outputFile, 'utf8').matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[match[1]!] = match[3]!;
  }
  return { status, stdout, stderr, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

/**
 * Inputs as the Actions runner sets them: every input action.yml declares, with the workflow's value, else its
 * default (`${{ github.token }}` resolved to `token`), else the empty string (actions/runner#924).
 */
export function asTheRunnerSetsThem(given: Record<string, string>, token: string = 'ghs_runner'): Record<string, string> {
  const declared = (load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    const fallback = input.default === undefined ? '' : String(input.default).replace('${{ github.token }}', token);
    inputs[name] = given[name] ?? fallback;
  }
  return inputs;
}
