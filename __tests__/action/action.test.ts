import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';

describe('the bundled action (dist/index.js)', () => {
  it('annotates findings, writes outputs, the JSON report and the job summary, and fails on errors', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-ws-'));
    // (GitHub decodes the entities before MathJax sees the formula: its TeX holds a <script> tag.)
    writeFileSync(join(workspace, 'notes-@octocat-<b>.md'), 'Fine $x$, broken $\\frac{1}{2$ and <@octocat> $\\text{&lt;script&gt;}\\nope$.\n');
    const result = await runAction(workspace, { paths: '.', 'fail-on': 'error' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error file=notes-@octocat-<b>.md,line=1,endLine=1,col=29,endColumn=29,title=mathrepro syntax-error::');
    expect(result.stdout).toContain('::error file=notes-@octocat-<b>.md,line=1,endLine=1,col=68,endColumn=72,title=mathrepro unknown-command::');
    expect(result.stdout).toContain('::error::mathrepro: 2 errors in the math.');
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '0', formulas: '3' });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.summary).toEqual({ files: 1, formulas: 3, errors: 2, warnings: 0 });
    expect(result.summary).toContain('### ❌ mathrepro: 2 errors in the math');
    // Text from the repository is escaped in the summary: HTML only inside code spans (shown literally), no @mention.
    const outsideCode = result.summary.replace(/(`+)[^`]*?\1/g, '');
    expect(result.summary).toContain('`\\text{<script>}\\nope`');
    expect(outsideCode).not.toMatch(/<script|<b>|@octocat/);
    expect(outsideCode).toContain('notes\\-@\u200boctocat\\-&lt;b&gt;\\.md:1:29');
  });

  it('passes with fail-on: never, and reports a bad input as a failure without a stack trace', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mathrepro-ws-'));
    writeFileSync(join(workspace, 'notes.md'), '$x^2^3$\n');
    expect((await runAction(workspace, { paths: '.', 'fail-on': 'never' })).status).toBe(0);
    const bad = await runAction(workspace, { paths: 'missing-folder', 'fail-on': 'error' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error::missing-folder: no such file or folder');
    expect(bad.stdout).not.toContain('    at ');
  });
});
