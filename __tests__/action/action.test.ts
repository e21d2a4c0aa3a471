import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/fixtures.js';

/** Runs the bundled action the way the Actions runner does: plain node, inputs and files from the environment. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'mathrepro-runner-'));
  const outputFile = join(runnerTemp, 'output.txt');
  const summaryFile = join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [join(REPO, 'dist', 'index.js')], { cwd: workspace, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  const text = readFileSync(outputFile, 'utf8');
  for (const match of text.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return { ...result, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

describe('the bundled action (dist/index.js)', () => {
  it('annotates findings, writes outputs, the JSON report and the job summary, and fails on errors', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-ws-'));
    writeFileSync(join(workspace, 'notes-@octocat-<b>.md'), 'Fine $x$, broken $\\frac{1}{2$ and <@octocat> $\\text{<script>}\\nope$.\n');
    const result = runAction(workspace, { paths: '.', 'fail-on': 'error' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error file=notes-@octocat-<b>.md,line=1,endLine=1,col=29,endColumn=29,title=mathrepro syntax-error::');
    expect(result.stdout).toContain('::error file=notes-@octocat-<b>.md,line=1,endLine=1,col=62,endColumn=66,title=mathrepro unknown-command::');
    expect(result.stdout).toContain('::error::mathrepro found 2 error(s) and 0 warning(s) in the math.');
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '0', formulas: '3' });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.summary).toEqual({ files: 1, formulas: 3, errors: 2, warnings: 0 });
    expect(result.summary).toContain('❌ **mathrepro**: 2 errors in the math');
    // Text from the repository is escaped in the summary: HTML only inside code spans (shown literally), no @mention.
    const outsideCode = result.summary.replace(/(`+)[^`]*?\1/g, '');
    expect(result.summary).toContain('`\\text{<script>}\\nope`');
    expect(outsideCode).not.toMatch(/<script|<b>|@octocat/);
    expect(outsideCode).toContain('notes\\-@\u200boctocat\\-&lt;b&gt;\\.md:1:29');
  });

  it('passes with fail-on: never, and reports a bad input as a failure without a stack trace', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-ws-'));
    writeFileSync(join(workspace, 'notes.md'), '$x^2^3$\n');
    expect(runAction(workspace, { paths: '.', 'fail-on': 'never' }).status).toBe(0);
    const bad = runAction(workspace, { paths: 'missing-folder', 'fail-on': 'error' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error::missing-folder: no such file or folder');
    expect(bad.stdout).not.toContain('    at ');
  });
});
