import { describe, expect, it } from 'vitest';
import { PayloadError, parsePayload } from '../../src/pr/payload.js';

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
