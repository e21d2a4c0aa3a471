import { describe, expect, it } from 'vitest';
import { parseExpectation, parseExpected, readClaims } from '../../src/reproduce/claims.js';
import { meets } from '../../src/reproduce/expectation.js';

const findExpectations = (text: string) => readClaims(text).filter((f) => f.expectation.problem === undefined);

const e = (text: string) => parseExpectation(text, true)!;

describe('expectations', () => {
  it.each([
    ['test_loss < 0.02 ± 0.003', { metric: 'test_loss', op: '<', value: 0.02, tolerance: { amount: 0.003, percent: false } }],
    ['acc >= 0.9 +- 0.01', { metric: 'acc', op: '>=', value: 0.9, tolerance: { amount: 0.01, percent: false } }],
    ['acc ≥ 0.9 +/- 2%', { metric: 'acc', op: '>=', value: 0.9, tolerance: { amount: 2, percent: true } }],
    ['eval.accuracy > 84', { metric: 'eval.accuracy', op: '>', value: 84 }],
    ['loss ≤ 1e-3', { metric: 'loss', op: '<=', value: 0.001 }],
    ['f1 = 0.5', { metric: 'f1', op: '=', value: 0.5 }],
    ['f1 == 0.5 ± 0.1', { metric: 'f1', op: '=', value: 0.5, tolerance: { amount: 0.1, percent: false } }],
    ['bleu ≈ 27.3', { metric: 'bleu', op: '≈', value: 27.3 }],
    ['ppl ~ 2.85', { metric: 'ppl', op: '≈', value: 2.85 }],
  ])('reads %s', (text, expected) => {
    expect(e(text)).toMatchObject(expected);
  });

  it('applies the documented semantics at the boundaries', () => {
    expect(meets(e('x < 0.02 ± 0.003'), 0.0229)).toBe(true);
    expect(meets(e('x < 0.02 ± 0.003'), 0.023)).toBe(false);
    expect(meets(e('x <= 0.02 ± 0.003'), 0.023)).toBe(true);
    expect(meets(e('x > 0.9 ± 0.1'), 0.81)).toBe(true);
    expect(meets(e('x > 0.9 ± 0.1'), 0.8)).toBe(false);
    expect(meets(e('x >= 0.9 ± 0.1'), 0.8)).toBe(true);
    expect(meets(e('x = 10 ± 10%'), 11)).toBe(true);
    expect(meets(e('x = 10 ± 10%'), 11.01)).toBe(false);
    // Without a tolerance, `≈` and `=` hold to the precision written: half a unit in the last digit.
    expect(meets(e('x ≈ 100'), 100.5)).toBe(true);
    expect(meets(e('x ≈ 100'), 100.51)).toBe(false);
    expect(meets(e('x ≈ 76.1'), 76.149)).toBe(true);
    expect(meets(e('x ≈ 76.1'), 76.151)).toBe(false);
    expect(meets(e('x = 0.50'), 0.5049)).toBe(true);
    expect(meets(e('x = 0.50'), 0.5051)).toBe(false);
    expect(meets(e('x ≈ 76.1%'), 0.7614)).toBe(true);
    expect(meets(e('x ≈ 76.1%'), 0.7616)).toBe(false);
    // After a percent, a tolerance with none of its own is in percentage points: 90% ± 0.5 is 0.895 to 0.905.
    expect(meets(e('x ≈ 90% ± 0.5'), 0.905)).toBe(true);
    expect(meets(e('x ≈ 90% ± 0.5'), 0.9051)).toBe(false);
    expect(meets(e('x ≈ 90% ± 0.5'), 0.9975)).toBe(false);
  });

  it('finds expectations in prose of any language, and not in flags, settings or URLs', () => {
    const found = (text: string) => findExpectations(text).map((f) => `${f.expectation.metric} ${f.expectation.expected}`);
    expect(found('4. 预期输出指标:test_loss < 0.02 ± 0.003')).toEqual(['test_loss < 0.02 ± 0.003']);
    expect(found('We expect val_acc >= 0.91, and test_loss = 0.1 ± 5%.')).toEqual(['val_acc >= 0.91', 'test_loss = 0.1 ± 5%']);
    expect(found('run with --port=8888 --lr=3e-4 and batch_size=32 at http://host:8888?token=abc123 or a/b<3')).toEqual([]);
  });

  it('reads a metric and a comparison written apart, as in tables', () => {
    expect(parseExpected('test_loss', '< 0.02 ± 0.003')).toMatchObject({ op: '<', value: 0.02 });
    expect(parseExpected('bleu', '27.3 ± 0.2')).toMatchObject({ op: '=', value: 27.3, tolerance: { amount: 0.2 } });
    expect(parseExpected('bleu', '27.3')).toMatchObject({ op: '=', value: 27.3, precision: true });
    // In a table's name column any name is a metric's: the header says so.
    expect(parseExpected('Model name', '< 1')).toMatchObject({ metric: 'Model name', op: '<' });
    expect(parseExpected('bleu', 'high')).toBeUndefined();
    // A unit after the name is the value's: `Accuracy (%)` over `99.7 ± 0.5` is 99.7 % ± 0.5 points.
    const percent = parseExpected('Accuracy (%)', '99.7 ± 0.5')!;
    expect(percent).toMatchObject({ metric: 'Accuracy', value: 0.997 });
    expect(meets(percent, 0.9975)).toBe(true);
    expect(meets(percent, 0.9919)).toBe(false);
  });
});

describe('settings are not expectations', () => {
  it('reads `m = 1` in a code span as a setting, `f1 = 0.5` as an expectation, and ALL_CAPS names as settings', () => {
    expect(parseExpectation('m = 1')).toBeUndefined();
    expect(parseExpectation('m < 1')).toMatchObject({ metric: 'm', op: '<' });
    expect(parseExpectation('f1 = 0.5')).toMatchObject({ metric: 'f1', op: '=' });
    expect(findExpectations('Set NCCL_IB_DISABLE = 1 and POOLER_SAMPLING_RATIO = 0; expect a loss of ~2.85.').map((f) => f.expectation.metric)).toEqual([
      'loss',
    ]);
  });
});
