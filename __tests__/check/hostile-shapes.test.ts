import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { REPO } from '../helpers/fixtures.js';

/**
 * Inputs shaped to exhaust time or memory, run through the bundled CLI as a user (or a CI job on a stranger's
 * pull request) would run it, with a time bound so that a run that hangs fails the test rather than the test
 * run, and its peak memory read from the process itself.
 */
const peakMemory = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss:'+process.resourceUsage().maxRSS+'\\n'))";

function mathrepro(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, ['--import', peakMemory, join(REPO, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  const megabytes = Number(/maxrss:(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
  return { ...run, megabytes, stderr: run.stderr.replace(/\n?maxrss:\d+\n$/, '') };
}

function git(cwd: string, ...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

/** A macro whose body pastes its argument 2,000 times, applied to itself four deep: 4 KB of TeX. */
const PASTE_BOMB_BODY = '#1'.repeat(2000);
const PASTE_BOMB_USE = String.raw`\b{\b{\b{\b{x}}}}`;

describe('macro expansion has a budget per formula', () => {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-bombs-'));
  writeFileSync(join(root, 'good.md'), 'A real mistake: $\\frac{1}{2$.\n');
  // GitHub Markdown (whose MathJax refuses \def: the use is undefined there).
  writeFileSync(join(root, 'github.md'), `$$\\def\\b#1{${PASTE_BOMB_BODY}} ${PASTE_BOMB_USE}$$\n`);
  // A Quarto page (MathJax 3): the definition in one formula, the use in the next.
  writeFileSync(join(root, 'book.qmd'), `$$\\newcommand{\\b}[1]{${PASTE_BOMB_BODY}}$$\n\n$$${PASTE_BOMB_USE}$$\n`);
  // A KaTeX site, where KaTeX itself applies the definition while parsing the formula that makes it.
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'site', 'page.md'), `$$\\def\\b#1{${PASTE_BOMB_BODY}} ${PASTE_BOMB_USE}$$\n`);
  // No arguments: a 5,000-character body called 3,000 times.
  writeFileSync(join(root, 'site', 'repeat.md'), `$$\\def\\a{${'x'.repeat(5000)}}${'\\a'.repeat(3000)}$$\n`);
  // A macro from configuration, used in a notebook.
  writeFileSync(
    join(root, 'notebook.ipynb'),
    JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: 'markdown', metadata: {}, source: [`$$\\c{\\c{\\c{\\c{x}}}}$$`] }] }),
  );
  writeFileSync(join(root, '.mathrepro.yml'), `renderers:\n  "site/**": katex\nmacros:\n  c: ["${PASTE_BOMB_BODY}", 1]\n  d: ["#1^2 + #1", 1]\n`);
  // A legitimate heavy user of macros stays checked: a configured macro applied 400 times in one formula. At 5,000
  // times MathJax itself refuses it (its buffer: 5 KB of text after a substitution), and so does mathrepro.
  writeFileSync(join(root, 'heavy.qmd'), `$$${'\\d{x_i} + '.repeat(400)}1$$\n`);
  writeFileSync(join(root, 'overlong.qmd'), `$$${'\\d{x_i} + '.repeat(5000)}1$$\n`);

  const run = mathrepro(['check', '--no-cache', '--format', 'json'], root);
  const report = JSON.parse(run.stdout) as Report;
  const rules = (file: string) => report.diagnostics.filter((d) => d.file === file).map((d) => d.rule);

  it('reports each bomb as too-complex, in bounded time and memory, and the good file still', () => {
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(rules('good.md')).toEqual(['syntax-error']);
    // GitHub refuses \def, so there the bomb never goes off: one error, the refused definition.
    expect(rules('github.md')).toEqual(['refused-command']);
    expect(rules('book.qmd')).toEqual(['too-complex']);
    expect(rules('site/page.md')).toEqual(['too-complex']);
    expect(rules('site/repeat.md')).toEqual(['too-complex']);
    expect(rules('notebook.ipynb')).toEqual(['too-complex']);
    expect(report.diagnostics.find((d) => d.file === 'book.qmd')!.message).toMatch(/^Its macros expand to more than can be checked/);
    // Before the budget: 18 s and 1.6 GB for each of the first three.
    expect(run.megabytes).toBeLessThan(800);
  });

  it('still checks a formula that applies a macro thousands of times', () => {
    expect(rules('heavy.qmd')).toEqual([]);
    expect(rules('overlong.qmd')).toEqual(['syntax-error']);
    expect(report.diagnostics.find((d) => d.file === 'overlong.qmd')!.message).toMatch(/refuses it: MathJax internal buffer size exceeded/);
    expect(report.summary.formulas).toBe(9);
  });
});

describe('preview of hostile changes', () => {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-preview-bombs-'));
  git(root, 'init', '-q');
  const many = '$x^2$ and $y$\n\n'.repeat(100_000);
  writeFileSync(join(root, 'many.md'), many);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  // One formula added above 200,000 formulas of two texts: every position moves (matching them was quadratic:
  // 30 s for half as many).
  writeFileSync(join(root, 'many.md'), `$z$ new\n\n${many}`);
  // A body pasting its argument 50,000 times, given a 12,000-character argument: expanded for the preview it
  // would be 600 million characters ("Invalid string length", and no comment at all).
  const argument = 'x'.repeat(12_000);
  writeFileSync(join(root, 'bomb.md'), `$$\\def\\b#1{${'#1'.repeat(50_000)}} \\b{${argument}}$$\n`);
  git(root, 'add', '-A');
  const run = mathrepro(['preview', '--base', 'HEAD'], root);

  it('aligns 200,000 repeated formulas in linear time and previews a macro bomb without expanding it', () => {
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<b>many.md</b>: 1 added');
    expect(run.stdout).toContain('<b>bomb.md</b>: 1 added');
    // On GitHub the definition is refused (so the bomb never goes off there), and the file was read whole.
    expect(run.stdout).toContain('refused-command');
    expect(run.stdout).not.toContain('file-unreadable');
  });
});

describe('a planted REPRODUCE.md', () => {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-reproduce-bombs-'));
  writeFileSync(join(root, 'metrics.json'), '{"loss": 0.01}');
  const claims = (count: number) => Array.from({ length: count }, (_, k) => `- \`loss < 0.0${(k % 9) + 1}\` for run ${k}, see In[${k % 50}]`).join('\n');

  it('of 8 MB is refused by its size, at once and in little memory', () => {
    writeFileSync(join(root, 'REPRODUCE.md'), `# Reproduce\n\nResults: \`metrics.json\`.\n\n${claims(200_000)}\n`);
    const run = mathrepro(['verify'], root);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mathrepro: REPRODUCE\.md:1: 8\.\d MB of text: a reproduction document is read up to 2 MB\./);
    // Before: 600 MB here, and 950 MB for 13 MB (2.7 GB where it was found).
    expect(run.megabytes).toBeLessThan(200);
  });

  it('of more claims than can be checked is refused where they pass the limit, never checked in part', () => {
    writeFileSync(join(root, 'REPRODUCE.md'), `# Reproduce\n\nResults: \`metrics.json\`.\n\n${claims(1_500)}\n`);
    const run = mathrepro(['verify'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'mathrepro: REPRODUCE.md:1005: more than 1,000 expectations (this is the first past it): mathrepro checks at most that many in one document. Split it.\n',
    );
  });
});
