import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { CORPUS, HAVE_CORPUS } from '../helpers/fixtures.js';

/**
 * The whole shared corpus of real research repositories, against a reviewed list of its findings. Each line
 * of the list was read and judged a real problem where the file will be shown; a new finding is either a
 * false alarm to fix or a real problem to add to the list after reading it.
 */
describe.skipIf(!HAVE_CORPUS)('the shared corpus', () => {
  it('finds exactly the reviewed findings', () => {
    const { report } = runCheck({ root: CORPUS, paths: [] });
    expect(report.summary.files).toBeGreaterThan(400);
    expect(report.summary.formulas).toBeGreaterThan(20_000);
    const found = report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
    const reviewed = readFileSync(join(import.meta.dirname, 'reviewed-findings.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(found).toEqual(reviewed);
  });
});
