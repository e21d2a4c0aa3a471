import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/check/fixing.js';
import type { Checked } from '../../src/model/results.js';
import type { Diagnostic } from '../../src/model/types.js';
import { replaceIfUnchanged } from '../../src/write-file.js';

/**
 * A checker of a toy language, so that tens of thousands of fixes cost nothing to check: `\lamda` is an unknown
 * command fixed to `\lambda`; `\bad` is one whose "fix" (`{`) leaves a syntax error, so the checked file is worse.
 */
function toyChecker() {
  let calls = 0;
  const check = (text: string): Checked => {
    calls++;
    const diagnostics: Diagnostic[] = [];
    const finding = (at: number, rule: Diagnostic['rule'], fix?: Diagnostic['fix']): Diagnostic => ({
      file: 'a.md',
      line: 1,
      column: at + 1,
      endLine: 1,
      endColumn: at + 2,
      severity: 'error',
      rule,
      message: rule,
      ...(fix ? { fix } : {}),
    });
    for (let at = text.indexOf('\\lamda'); at >= 0; at = text.indexOf('\\lamda', at + 1)) {
      diagnostics.push(finding(at, 'unknown-command', { description: '\\lamda → \\lambda', edits: [{ start: at, end: at + 6, text: '\\lambda' }] }));
    }
    for (let at = text.indexOf('\\bad'); at >= 0; at = text.indexOf('\\bad', at + 1)) {
      diagnostics.push(finding(at, 'unknown-command', { description: '\\bad → {', edits: [{ start: at, end: at + 4, text: '{' }] }));
    }
    for (let at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) diagnostics.push(finding(at, 'syntax-error'));
    return { diagnostics, formulaCount: 1 };
  };
  return { check, calls: () => calls };
}

describe('fix as one transaction per file', () => {
  it('applies 130,000 fixes in one file with two checks (it stopped with "Maximum call stack size exceeded")', () => {
    const toy = toyChecker();
    const text = '$\\lamda$ '.repeat(130_000);
    const fixed = applyFixes(text, toy.check);
    expect(fixed.applied).toHaveLength(130_000);
    expect(fixed.refused).toEqual([]);
    expect(fixed.text).toBe('$\\lambda$ '.repeat(130_000));
    // The check of the text as read, and one of the text with every fix applied.
    expect(toy.calls()).toBe(2);
  });

  it('keeps every good fix beside a bad one with checks in proportion to the bad ones, not to all (one check a fix before)', () => {
    const toy = toyChecker();
    const words = Array.from({ length: 1_000 }, (_, k) => (k === 617 ? '\\bad' : '\\lamda'));
    const fixed = applyFixes(words.join(' '), toy.check);
    expect(fixed.applied).toHaveLength(999);
    expect(fixed.refused).toEqual([expect.objectContaining({ description: '\\bad → {', reason: 'checked again, the file has more syntax-error findings' })]);
    expect(fixed.text).toBe(words.map((word) => (word === '\\bad' ? word : '\\lambda')).join(' '));
    expect(toy.calls()).toBeLessThanOrEqual(2 + 2 * Math.ceil(Math.log2(1_000)));
  });

  it('moves the later fixes by what the earlier ones changed, identical findings included', () => {
    const toy = toyChecker();
    // Each kept fix grows the text by one character: a fix found at its old offset would land one place early.
    const fixed = applyFixes('\\lamda \\lamda \\bad \\lamda \\lamda \\bad \\lamda', toy.check);
    expect(fixed.text).toBe('\\lambda \\lambda \\bad \\lambda \\lambda \\bad \\lambda');
    expect(fixed.applied).toHaveLength(5);
    expect(fixed.refused).toHaveLength(2);
  });
});

describe('writing a fixed file back', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'mathrepro-replace-'));

  it('writes nothing when the file changed after it was read (a line appended while fix ran was lost)', () => {
    const path = join(folder(), 'notes.md');
    writeFileSync(path, '$\\lamda$\n');
    const read = readFileSync(path);
    writeFileSync(path, '$\\lamda$\nA line added meanwhile.\n');
    expect(replaceIfUnchanged(path, read, '$\\lambda$\n')).toBe('it changed while mathrepro was fixing it; run fix again');
    expect(readFileSync(path, 'utf8')).toBe('$\\lamda$\nA line added meanwhile.\n');
  });

  it('replaces an unchanged file whole, keeping its mode, and leaves no temporary file', () => {
    const where = folder();
    const path = join(where, 'run.md');
    writeFileSync(path, 'old\n', { mode: 0o750 });
    expect(replaceIfUnchanged(path, readFileSync(path), 'new\n')).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(lstatSync(path).mode & 0o777).toBe(0o750);
    expect(readdirSync(where)).toEqual(['run.md']);
  });

  it('does not write through a link (a pull request can commit notes.md → a file outside the repository)', () => {
    const where = folder();
    const outside = join(folder(), 'elsewhere.md');
    writeFileSync(outside, '$\\lamda$\n');
    symlinkSync(outside, join(where, 'notes.md'));
    const read = readFileSync(join(where, 'notes.md'));
    expect(replaceIfUnchanged(join(where, 'notes.md'), read, '$\\lambda$\n')).toBe('it is a link; fix the file it points to');
    expect(readFileSync(outside, 'utf8')).toBe('$\\lamda$\n');
    expect(lstatSync(join(where, 'notes.md')).isSymbolicLink()).toBe(true);
  });
});
