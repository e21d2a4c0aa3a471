import { describe, expect, it } from 'vitest';
import { PayloadError, boundedPayload, parsePayload } from '../../src/pr/payload.js';

const valid = {
  mathrepro: 1,
  pullRequest: 7,
  headSha: 'a'.repeat(40),
  summary: { files: 2, formulas: 10 },
  findings: [{ file: 'a.md', line: 1, column: 2, endLine: 1, endColumn: 3, severity: 'error', rule: 'syntax-error', message: 'm', source: 'x' }],
  files: [{ file: 'a.md', removed: 0, previews: [{ kind: 'added', line: 1, after: 'x', broken: true }] }],
};

describe('the fork-safe payload', () => {
  it('reads a valid payload', () => {
    expect(parsePayload(JSON.stringify(valid))).toEqual(valid);
  });

  it.each([
    ['not JSON', '{'],
    ['another tool', JSON.stringify({ ...valid, mathrepro: 2 })],
    ['a forged sha', JSON.stringify({ ...valid, headSha: 'main; rm -rf /' })],
    ['an unknown rule', JSON.stringify({ ...valid, findings: [{ ...valid.findings[0], rule: 'x' }] })],
    ['a negative line', JSON.stringify({ ...valid, findings: [{ ...valid.findings[0], line: -1 }] })],
    ['a huge message', JSON.stringify({ ...valid, findings: [{ ...valid.findings[0], message: 'm'.repeat(3000) }] })],
    ['too many findings', JSON.stringify({ ...valid, findings: Array(5001).fill(valid.findings[0]) })],
    ['a wrong preview kind', JSON.stringify({ ...valid, files: [{ ...valid.files[0], previews: [{ kind: 'evil', line: 1, after: 'x' }] }] })],
  ])('rejects %s', (_name, text) => {
    expect(() => parsePayload(text)).toThrow(PayloadError);
  });
});

describe('the payload the first half writes', () => {
  it('is always one the second half accepts: large pull requests from forks still get their comment', () => {
    const warning = { ...valid.findings[0]!, severity: 'warning' as const, rule: 'unresolved-reference', message: 'w'.repeat(3000) };
    const error = { ...valid.findings[0]!, severity: 'error' as const, source: 'x'.repeat(150_000) };
    const preview = { kind: 'changed' as const, line: 1, before: 'y'.repeat(150_000), after: 'x', broken: false };
    const huge = {
      ...valid,
      findings: [...Array(5_500).fill(warning), error],
      files: Array.from({ length: 3_100 }, (_, k) => ({
        file: `${k}.md`,
        removed: 0,
        previews: Array(2_100)
          .fill(preview)
          .slice(0, k === 0 ? 2_100 : 1),
      })),
      env: { shown: [{ ...valid.findings[0]!, rule: 'env-unpinned', severity: 'warning' as const }], total: 3, files: 1 },
    } as Parameters<typeof boundedPayload>[0];
    const parsed = parsePayload(JSON.stringify(boundedPayload(huge)));
    expect(parsed.findings).toHaveLength(5_000);
    // Errors are kept first.
    expect(parsed.findings[0]!.severity).toBe('error');
    expect(parsed.findings[1]!.message).toHaveLength(2_000);
    expect(parsed.files).toHaveLength(3_000);
    expect(parsed.files[0]!.previews).toHaveLength(2_000);
    expect(parsed.files[0]!.previews[0]!.before).toBe('\\text{(a formula of 150000 characters, too long to show)}');
    expect(parsed.omitted).toEqual({ findings: 501, files: 100 });
    expect(parsed.env).toEqual({ shown: huge.env!.shown, total: 3, files: 1 });
  });
});
