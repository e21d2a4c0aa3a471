import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { formatSarif } from '../../src/report/sarif.js';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { cli } from '../helpers/run.js';

function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-format-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

const NOTE = 'Intro.\n\nThe loss $\\mathcal{L} = \\frac{1}{n$ is broken, $\\betta$ too.\n';

describe('--format json', () => {
  it('prints version 1 with a summary and every diagnostic field', async () => {
    const root = repoWith({ 'note.md': NOTE });
    const { status, stdout } = await cli(['check', '--format', 'json'], root);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toEqual({
      version: 1,
      summary: { files: 1, formulas: 2, errors: 2, warnings: 0 },
      diagnostics: [
        {
          file: 'note.md',
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 36,
          severity: 'error',
          rule: 'syntax-error',
          message: "Unexpected end of input in a macro argument, expected '}'",
          source: '\\mathcal{L} = \\frac{1}{n',
        },
        {
          file: 'note.md',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 55,
          severity: 'error',
          rule: 'unknown-command',
          message: expect.stringContaining('Unknown command \\betta'),
          source: '\\betta',
          fix: { description: '\\betta → \\beta', edits: [{ start: 56, end: 62, text: '\\beta' }] },
        },
      ],
    });
  });
});

describe('--format text', () => {
  it('shows file:line:col, severity, rule, message, the line with a caret under the problem, and a summary', async () => {
    const root = repoWith({ 'note.md': NOTE });
    const { stdout } = await cli(['check', 'note.md'], root);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe("note.md:3:35  error  syntax-error  Unexpected end of input in a macro argument, expected '}'");
    expect(lines[1]).toBe('    The loss $\\mathcal{L} = \\frac{1}{n$ is broken, $\\betta$ too.');
    expect(lines[2]).toBe(`    ${' '.repeat(34)}^`);
    expect(lines[5]).toBe(`    ${' '.repeat(48)}^^^^^^`);
    expect(lines.at(-2)).toBe('2 formulas in 1 file: 2 errors, 0 warnings');
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, escaped, with columns only on one-line findings', async () => {
    const root = repoWith({ 'a,b%.md': 'Percent: $\\nope{50%}$\n\n$$\n\\frac{1}{2}\n\\betta\n$$\n' });
    const { stdout } = await cli(['check', '--format', 'github'], root);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '::error file=a%2Cb%25.md,line=1,endLine=1,col=11,endColumn=15,title=mathrepro unknown-command::' +
        "Unknown command \\nope: GitHub's MathJax does not define it. GitHub has no macros (no \\newcommand, no configuration): write the command out where it is used.",
    );
    expect(lines[1]).toMatch(/^::error file=a%2Cb%25\.md,line=5,endLine=5,col=1,endColumn=6,title=mathrepro unknown-command::/);
  });
});

describe('--format sarif', () => {
  const sarifFor = async (text: string) => JSON.parse((await cli(['check', '--format', 'sarif'], repoWith({ 'note.md': text }))).stdout);

  it('is SARIF 2.1.0 with every rule, UTF-16 columns and exclusive end columns', async () => {
    const sarif = await sarifFor(NOTE);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run = sarif.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('mathrepro');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.results[1]).toMatchObject({
      ruleId: 'unknown-command',
      ruleIndex: RULES.findIndex((r) => r.id === 'unknown-command'),
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'note.md' }, region: { startLine: 3, startColumn: 49, endLine: 3, endColumn: 55 } } }],
    });
  });

  it('keeps fingerprints when lines are added above a finding', async () => {
    const before = (await sarifFor(NOTE)).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    const after = (await sarifFor(`# Title\n\nMore text.\n\n${NOTE}`)).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    expect(after).toEqual(before);
    expect(new Set(before.map((f: Record<string, string>) => f['mathrepro/v1'])).size).toBe(2);
  });
});

describe('--format formulas', () => {
  it('lists every formula found, one JSON object a line, notebooks with their cell', async () => {
    const root = repoWith({ 'note.md': NOTE });
    const { stdout, status } = await cli(['check', '--format', 'formulas'], root);
    expect(status).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { file: 'note.md', line: 3, column: 10, display: false, delimiter: 'dollar', tex: '\\mathcal{L} = \\frac{1}{n' },
      { file: 'note.md', line: 3, column: 48, display: false, delimiter: 'dollar', tex: '\\betta' },
    ]);
  });
});

describe('--format sarif within what code scanning accepts', () => {
  it('keeps at most 25,000 results, errors first, and says how many it left out', async () => {
    const warnings = Array.from({ length: 25_005 }, (_, k) => `$\\ref{missing-${k}}$`).join('\n\n');
    const root = repoWith({ 'many.md': `${warnings}\n\nAt the end: $\\frac{1}{2$ and $\\frac{3}{4$.\n` });
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif'], root)).stdout);
    const run = sarif.runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(2);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^7 of 25007 findings left out: code scanning accepts at most 25000/);
  });

  it('keeps each file its first findings when one file floods the cap', async () => {
    const flood = Array.from({ length: 25_010 }, (_, k) => `$\\ref{missing-${k}}$`).join('\n\n');
    const root = repoWith({ 'a-flood.md': `${flood}\n`, 'b-note.md': 'A reference: $\\ref{nowhere}$.\n' });
    const run = JSON.parse((await cli(['check', '--format', 'sarif'], root)).stdout).runs[0];
    expect(run.results).toHaveLength(25_000);
    // It was dropped: the flood came first and filled the cap.
    expect(
      run.results.filter(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri === 'b-note.md',
      ),
    ).toHaveLength(1);
  });

  it('stays under code scanning’s 10 MB gzipped upload, however little the findings compress', () => {
    // 25,000 findings whose messages are random text (six bits a character): about 20 MB gzipped when all are written.
    const noise = (length: number) => randomBytes((length * 3) / 4).toString('base64');
    const diagnostics = Array.from({ length: 25_000 }, (_, k) => ({
      file: `notes/${k % 2 ? 'a' : 'b'}.md`,
      line: k + 1,
      column: 1,
      endLine: k + 1,
      endColumn: 2,
      severity: 'error' as const,
      rule: 'unknown-command' as const,
      message: `Unknown command \\${noise(1_000)}`,
    }));
    const text = formatSarif({ version: 1, summary: { files: 2, formulas: 25_000, errors: 25_000, warnings: 0 }, diagnostics });
    expect(gzipSync(text).length).toBeLessThanOrEqual(10 * 1024 * 1024);
    const run = JSON.parse(text).runs[0];
    expect(run.results.length).toBeGreaterThan(5_000);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('and 10 MB gzipped');
  });

  it('encodes #, ? and % in file names, so the alert points at the file', async () => {
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif'], repoWith({ 'week #3? 50% done.md': NOTE }))).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('week%20%233%3F%2050%25%20done.md');
  });

  it('describes every rule with help on what to do', async () => {
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif'], repoWith({ 'note.md': NOTE }))).stdout);
    for (const rule of sarif.runs[0].tool.driver.rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(20);
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(rule.help.markdown).toMatch(/\*\*Fix:\*\* .{8,}/);
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
  });
});

describe('text echoed from a repository', () => {
  it('reaches the terminal and the CI log without control characters', async () => {
    const root = repoWith({ 'red\u001b[31m.md': 'Cleared: $\\frac{1}{2\u001b[2J$ and $\\betta\u202e$.\n' });
    for (const format of ['text', 'github']) {
      const { stdout } = await cli(['check', '--format', format], root);
      expect(stdout).not.toMatch(/[\u001b\u202e]/);
      expect(stdout).toContain('red\\x1B[31m.md');
    }
    const { stdout } = await cli(['check'], root);
    // KaTeX stops at the escape character: the caret stands under it, shown as four characters, and under
    // \betta, after the first escape widened the line.
    const lines = stdout.split('\n');
    const excerpts = lines.flatMap((line, index) => (line.includes('\\frac{1}{2\\x1B[2J') ? [index] : []));
    expect(lines[excerpts[0]! + 1]!.indexOf('^')).toBe(lines[excerpts[0]!]!.indexOf('\\x1B[2J'));
    expect(lines[excerpts[1]! + 1]!.indexOf('^')).toBe(lines[excerpts[1]!]!.indexOf('\\betta'));
  });
});
