import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesFromGit, inFilter } from '../../src/pr/diff.js';
import { parsePatch } from '../../src/format/patch.js';
import { type FileChange } from '../../src/model/changes.js';
import { changesBetween } from '../../src/git/git.js';
import { expandForPreview, macroTable } from '../../src/pr/expand.js';
import { definitionsIn } from '../../src/math/prepare.js';
import { formulaChanges } from '../../src/pr/formula-changes.js';
import type { Diagnostic } from '../../src/model/types.js';
import { Engine } from '../../src/check/engine.js';
import { ResolvedConfig, defaultConfig } from '../../src/config/config.js';

describe('formula changes', () => {
  const f = (tex: string, line = 1) => ({ tex, line });

  it('pairs replaced formulas as changed, and keeps whitespace-only edits unchanged', () => {
    const before = [f('a'), f('b + c'), f('d'), f('e')];
    const after = [f('a'), f('b  +  c'), f('d^2'), f('new'), f('e')];
    expect(formulaChanges(before, after)).toEqual([
      { kind: 'changed', before: f('d'), after: f('d^2') },
      { kind: 'added', after: f('new') },
    ]);
  });

  it('reports removed formulas, and every formula of a new file as added', () => {
    expect(formulaChanges([f('a'), f('b')], [f('b')])).toEqual([{ kind: 'removed', before: f('a') }]);
    expect(formulaChanges([], [f('x'), f('y')]).map((c) => c.kind)).toEqual(['added', 'added']);
  });

  it('handles very large files by matching equal formulas', () => {
    const before = Array.from({ length: 3000 }, (_, i) => f(`x_{${i}}`));
    const after = [...before.slice(0, 1500), f('changed'), ...before.slice(1501)];
    const changes = formulaChanges(before, after);
    expect(changes.filter((c) => c.kind !== 'removed').map((c) => c.after!.tex)).toEqual(['changed']);
  });
});

describe('macro expansion for previews', () => {
  const table = macroTable(
    [
      '\\newcommand{\\vect}[1]{\\mathbf{#1}} \\newcommand{\\R}{\\mathbb{R}}',
      '\\DeclareMathOperator*{\\argmax}{arg\\,max}',
      '\\newcommand{\\pair}[2][0]{(#1, #2)}',
    ].flatMap(definitionsIn),
    { E: '\\mathbb{E}', norm: ['\\lVert #1 \\rVert', 1] },
  );

  it('expands the document and configuration macros, with arguments and defaults', () => {
    expect(expandForPreview('\\vect{x} \\in \\R^d', table)).toBe('\\mathbf{x} \\in \\mathbb{R}^d');
    expect(expandForPreview('\\argmax_\\theta \\E[\\norm{\\vect{v}}]', table)).toBe(
      '\\operatorname*{arg\\,max}_\\theta \\mathbb{E}[\\lVert \\mathbf{v} \\rVert]',
    );
    expect(expandForPreview('\\pair{y} = \\pair[x]{y}', table)).toBe('(0, y) = (x, y)');
  });

  it('drops definitions, and leaves formulas that only define nothing to show', () => {
    expect(expandForPreview('\\newcommand{\\R}{\\mathbb{R}}', table)).toBe('');
    expect(expandForPreview('\\newcommand{\\half}{\\frac12} \\half x', macroTable(definitionsIn('\\newcommand{\\half}{\\frac12}')))).toBe(' \\frac12 x');
  });

  it('gives up on runaway macros instead of looping', () => {
    const loop = macroTable(definitionsIn('\\newcommand{\\a}{\\a\\a}'));
    expect(expandForPreview('x + \\a', loop)).toBe('x + \\a');
  });
});

describe('diffs and filter modes', () => {
  const patch = ['@@ -1,3 +1,4 @@', ' one', '-two', '+TWO', '+extra', ' three', '@@ -10,2 +11,2 @@', ' ten', '+eleven'].join('\n');

  it('reads added lines and hunks on the head side', () => {
    const { addedLines, hunks } = parsePatch(patch);
    expect([...addedLines]).toEqual([2, 3, 12]);
    expect(hunks).toEqual([
      [1, 4],
      [11, 12],
    ]);
  });

  it('filters findings as reviewdog does', () => {
    const change: FileChange = { path: 'a.md', status: 'modified', ...parsePatch(patch) };
    const changes = new Map([['a.md', change]]);
    const at = (file: string, line: number) => ({ file, line, endLine: line }) as Diagnostic;
    const kept = (mode: 'added' | 'diff_context' | 'file' | 'nofilter') =>
      [at('a.md', 2), at('a.md', 4), at('a.md', 30), at('b.md', 1)].filter((d) => inFilter(d, mode, changes)).map((d) => `${d.file}:${d.line}`);
    expect(kept('added')).toEqual(['a.md:2']);
    expect(kept('diff_context')).toEqual(['a.md:2', 'a.md:4']);
    expect(kept('file')).toEqual(['a.md:2', 'a.md:4', 'a.md:30']);
    expect(kept('nofilter')).toEqual(['a.md:2', 'a.md:4', 'a.md:30', 'b.md:1']);
  });

  it('reads what git says changed, every file name as stored, with new, deleted and renamed files', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    git('init', '-q');
    writeFileSync(join(root, 'old.md'), '$y$\n');
    writeFileSync(join(root, 'a.md'), '$a$\n\nsame\n\nsame\n\nsame\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const weird = ['my notes.md', 'tab\there.md', 'quote"d.md', 'back\\slash.md', 'line\nbreak.md', 'déjà vu.md'];
    for (const name of ['new.md', ...weird]) writeFileSync(join(root, name), '$x$\n');
    rmSync(join(root, 'old.md'));
    git('mv', 'a.md', 'b.md');
    writeFileSync(join(root, 'b.md'), '$b$\n\nsame\n\nsame\n\nsame\n');
    git('add', '-A');
    git('commit', '-qm', 'head');
    writeFileSync(join(root, 'untracked draft.md'), '$z$\n');
    const changes = changesFromGit(changesBetween(root, 'HEAD~1', 'HEAD'));
    expect(changes.map((c) => [c.path, c.status, c.previousPath, [...(c.addedLines ?? [])]]).sort()).toEqual(
      [
        ['b.md', 'renamed', 'a.md', [1]],
        ['new.md', 'added', undefined, [1]],
        ['old.md', 'removed', undefined, []],
        ...weird.map((name) => [name, 'added', undefined, [1]]),
      ].sort(),
    );
    // Against the work tree, a file not yet added counts as added.
    const worktree = changesFromGit(changesBetween(root, 'HEAD', undefined, [], { untracked: true }));
    expect(worktree.map((c) => [c.path, c.status])).toEqual([['untracked draft.md', 'added']]);
  });
});

describe('the base side of a preview', () => {
  it('is found, not validated: the same formulas, none of the verdicts', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-base-'));
    const engine = new Engine({ root, config: new ResolvedConfig(defaultConfig()) });
    const text = Buffer.from('Broken: $\\frac{1}{2$ and $\\betta$, fine: $x^2$.\n');
    const checked = engine.checkFile(join(root, 'a.md'), text);
    const found = engine.formulasOf(join(root, 'a.md'), text);
    expect(checked.diagnostics.map((d) => d.rule)).toEqual(['syntax-error', 'unknown-command']);
    expect(found.diagnostics).toEqual([]);
    expect(found.formulas.map((f) => f.tex)).toEqual(checked.formulas.map((f) => f.tex));
  });
});
