import { describe, expect, it } from 'vitest';
import type { LocatedFinding } from '../../src/check/document.js';
import type { MathFinding } from '../../src/math/validate.js';
import { fileOffset, texOffset, type FileOffset, type TexOffset } from '../../src/model/spans.js';

/**
 * Offsets carry their space in their type: the compiler (`tsc`, run by CI over the tests too) refuses one where
 * another is meant. The lines marked @ts-expect-error fail the type check the day that stops being true.
 */
describe('offsets typed by their space', () => {
  it('are plain numbers at run time, and not interchangeable at compile time', () => {
    const inTex: TexOffset = texOffset(3);
    const inFile: FileOffset = fileOffset(40);
    expect(inTex + inFile).toBe(43);
    // @ts-expect-error a TeX offset is not a file offset
    const wrong: FileOffset = inTex;
    // @ts-expect-error a plain number is in no space until it is declared to be
    const finding: MathFinding = { rule: 'syntax-error', message: 'm', start: 0, end: 1 };
    // @ts-expect-error a finding in a formula's TeX is not one in the file
    const located: LocatedFinding = finding;
    expect([wrong, located.start]).toEqual([3, 0]);
  });
});
