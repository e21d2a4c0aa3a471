import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpectation, readClaims } from '../../src/reproduce/claims.js';
import { meets } from '../../src/reproduce/expectation.js';
import { lastValueInTexts } from '../../src/reproduce/results.js';
import { FIXTURES, REPO, repositoryWith } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

const e = (text: string) => parseExpectation(text, true)!;
const found = (text: string) => readClaims(text).map((f) => `${f.expectation.metric} ${f.expectation.expected}`);

/** `mathrepro verify --format json` on a REPRODUCE.md and a metrics file written out. */
async function verify(document: string, metrics: Record<string, unknown> | string) {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-trust-'));
  writeFileSync(join(root, 'REPRODUCE.md'), document);
  writeFileSync(join(root, 'metrics.json'), typeof metrics === 'string' ? metrics : JSON.stringify(metrics));
  const result = await cli(['verify', '--format', 'json'], root);
  const report = JSON.parse(result.stdout) as { summary: Record<string, number>; results: Array<{ metric: string; status: string; expected: string }> };
  return { status: result.status, report, statuses: report.results.map((r) => `${r.metric} ${r.expected} ${r.status}`) };
}

describe('REPRODUCE.md: a claim that does not hold never passes', () => {
  it('reads full-width punctuation from a Chinese input method, and never reports 0/0 on it', async () => {
    expect(found('预期输出指标：test_loss＜0.02±0.003')).toEqual(['test_loss < 0.02 ± 0.003']);
    expect(found('准确率 acc ≧ ０.９ 且 loss ≦ 0.1')).toEqual(['acc >= 0.9', 'loss <= 0.1']);
    const { status, statuses } = await verify('Results in metrics.json.\n\n预期输出指标：test_loss＜0.02±0.003\n', { test_loss: 0.03 });
    expect(statuses).toEqual(['test_loss < 0.02 ± 0.003 fail']);
    expect(status).toBe(1);
  });

  it('reads the minus sign U+2212', () => {
    expect(found('expect delta_reward > −0.01')).toEqual(['delta_reward > -0.01']);
  });

  it('reads a range as both of its bounds, so a value below the range fails', async () => {
    expect(found('We expect 0.84 <= accuracy <= 0.88 and 0.84 ≤ acc ≤ 0.88.')).toEqual(['accuracy >= 0.84', 'accuracy <= 0.88', 'acc >= 0.84', 'acc <= 0.88']);
    const { statuses } = await verify('From metrics.json: 0.84 <= accuracy <= 0.88.\n', { accuracy: 0.83 });
    expect(statuses).toEqual(['accuracy >= 0.84 fail', 'accuracy <= 0.88 pass']);
  });

  it('compares the values as written, in decimal, at the boundaries', () => {
    expect(meets(e('x < 0.05 ± 0.01'), 0.06)).toBe(false);
    expect(meets(e('x < 0.05 ± 0.01'), 0.0599)).toBe(true);
    expect(meets(e('x = 0.3 ± 0.1'), 0.4)).toBe(true);
    expect(meets(e('x = 0.3 ± 0.1'), 0.4000001)).toBe(false);
    expect(meets(e('x ≈ 0.50'), 0.505)).toBe(true); // to the precision written: 0.50 ± 0.005
    expect(meets(e('x ≈ 0.50'), 0.5051)).toBe(false);
    expect(meets(e('x > 0.7 ± 0.1'), 0.6)).toBe(false);
    expect(meets(e('x >= 0.7 ± 0.1'), 0.6)).toBe(true);
  });

  it('reads a percent as hundredths, in the document and in the outputs', async () => {
    expect(e('accuracy >= 95%')).toMatchObject({ value: 0.95, expected: '>= 95%' });
    expect(meets(e('accuracy >= 95%'), 0.953)).toBe(true);
    expect(meets(e('accuracy >= 95%'), 0.949)).toBe(false);
    expect(lastValueInTexts(['accuracy: 95.3%'], 'accuracy')).toMatchObject({ kind: 'value', value: 0.953 });
    expect(lastValueInTexts(['accuracy: 12.0 %'], 'accuracy')).toMatchObject({ kind: 'value', value: 0.12 });
  });

  it('reads outputs through colour codes and full-width colons; a decimal comma or a list is invalid, never a pass', () => {
    expect(lastValueInTexts(['\u001b[32mval_loss: 0.031\u001b[0m'], 'val_loss')).toMatchObject({ kind: 'value', value: 0.031 });
    expect(lastValueInTexts(['val_loss：0.031'], 'val_loss')).toMatchObject({ kind: 'value', value: 0.031 });
    expect(lastValueInTexts(['loss: 0,42'], 'loss')).toEqual({ kind: 'invalid', raw: '0,42' });
    expect(lastValueInTexts(['acc: [0.95]'], 'acc')).toMatchObject({ kind: 'invalid' });
  });

  it('calls an expectation whose value is not a finite number invalid', async () => {
    expect(e('loss < 1e309').problem).toMatch(/not a finite number/);
    const { status, report } = await verify('From metrics.json: `loss < 1e309`.\n', { loss: 0.1 });
    expect(report.results[0]).toMatchObject({ metric: 'loss', status: 'invalid' });
    expect(status).toBe(1);
  });
});

describe('settings are never expectations', () => {
  it('reads `batch_size = 64` and `learning_rate = 0.001` as settings, with spaces or in a code span', () => {
    expect(found('Train with batch_size = 64 and learning_rate = 0.001; expect test_loss = 0.1 ± 0.01.')).toEqual(['test_loss = 0.1 ± 0.01']);
    expect(parseExpectation('batch_size = 64')).toBeUndefined();
    expect(parseExpectation('val_acc = 0.9')).toMatchObject({ metric: 'val_acc' });
  });
});

describe('the example, typed with full-width punctuation', () => {
  it('verifies as the original does', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-fullwidth-'));
    cpSync(join(REPO, 'examples'), root, { recursive: true });
    const original = readFileSync(join(root, 'REPRODUCE.md'), 'utf8');
    const typed = original
      .replace('3. 必须运行的验证单元格:In[5], In[12]', '3. 必须运行的验证单元格：In［5］, In［12］')
      .replace('test_loss < 0.02 ± 0.003', 'test_loss＜０.０２±０.００３');
    expect(typed).not.toBe(original);
    writeFileSync(join(root, 'REPRODUCE.md'), typed);
    const result = await cli(['verify', '--format', 'json'], root);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary).toEqual({ expectations: 1, passed: 1, failed: 0, missing: 0, invalid: 0, informational: 0 });
  });
});

const notebook = (cells: Array<{ count: number | null; text?: string }>) =>
  JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: cells.map(({ count, text }) => ({
      cell_type: 'code',
      metadata: {},
      source: 'print(metrics)',
      execution_count: count,
      outputs: text === undefined ? [] : [{ output_type: 'stream', name: 'stdout', text }],
    })),
  });

describe('where REPRODUCE.md and its sources are', () => {
  it('resolves a link in docs/REPRODUCE.md from the document, and still refuses what leaves the repository', async () => {
    const root = repositoryWith({
      'docs/REPRODUCE.md': 'Results: [metrics](../results/metrics.json). Expect `test_loss < 0.02`.\n',
      'results/metrics.json': '{"test_loss": 0.01}',
    });
    const ok = await cli(['verify', '--file', 'docs/REPRODUCE.md', '--format', 'json'], root);
    expect(JSON.parse(ok.stdout).results[0]).toMatchObject({ status: 'pass', source: 'results/metrics.json#test_loss' });
    writeFileSync(join(root, 'docs', 'REPRODUCE.md'), 'Results: [metrics](../../outside.json). Expect `test_loss < 0.02`.\n');
    const refused = await cli(['verify', '--file', 'docs/REPRODUCE.md'], root);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('outside the repository');
  });

  it("finds the repository's REPRODUCE.md from a subfolder", async () => {
    const root = repositoryWith({ 'REPRODUCE.md': 'From metrics.json: `acc >= 0.9`.\n', 'metrics.json': '{"acc": 0.95}', 'src/deep/x.py': '' });
    const result = await cli(['verify'], join(root, 'src', 'deep'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1/1 expectations met');
  });

  it('writes a JSON report on exit 2 too, saying what could not be verified', async () => {
    const root = repositoryWith({ 'REPRODUCE.md': 'Nothing here to check.\n' });
    const result = await cli(['verify', '--format', 'json'], root);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: 1, error: expect.stringContaining('nothing to check') });
  });
});

describe('what verify tells a researcher', () => {
  it('says a notebook was never executed, how to run it, and names an executed copy beside it', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'Run `train.ipynb`; expect `test_loss < 0.02`.\n',
      'train.ipynb': notebook([{ count: null }, { count: null }]),
      'train.nbconvert.ipynb': notebook([{ count: 1, text: 'test_loss: 0.01\n' }]),
    });
    const report = JSON.parse((await cli(['verify', '--format', 'json'], root)).stdout);
    expect(report.results[0]).toMatchObject({ status: 'missing' });
    expect(report.warnings[0].message).toContain(
      'train.ipynb was never executed: run it first, e.g. `jupyter nbconvert --to notebook --execute --inplace train.ipynb`',
    );
    expect(report.warnings[0].message).toContain('train.nbconvert.ipynb');
  });

  it('says when two sources give the same value, and when a metrics file repeats a key', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'From `train.ipynb` and `metrics.json`: expect `test_loss < 0.02`.\n',
      'train.ipynb': notebook([{ count: 1, text: 'test_loss: 0.01\n' }]),
      'metrics.json': '{"test_loss": 0.5, "test_loss": 0.01}',
    });
    const report = JSON.parse((await cli(['verify', '--format', 'json'], root)).stdout);
    expect(report.results[0]).toMatchObject({ status: 'pass', source: 'train.ipynb#In[1]' });
    expect(report.results[0].message).toBe('test_loss = 0.01 meets < 0.02 (also given, the same, by metrics.json#test_loss)');
    const messages = report.warnings.map((w: { message: string }) => w.message);
    expect(messages).toContain("metrics.json: the key 'test_loss' appears twice in one object; the last one is used");
  });
});

describe('a yaml reproduce block', () => {
  it('points an error at its line', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': '# Results\n\n```yaml reproduce\nsources: [metrics.json]\nexpect:\n  test_loss: < 0.02\n   acc: [oops\n```\n',
      'metrics.json': '{}',
    });
    const result = await cli(['verify'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/REPRODUCE\.md:7: the yaml reproduce block is not valid YAML/);
    writeFileSync(join(root, 'REPRODUCE.md'), '# Results\n\n```yaml reproduce\nsources: [metrics.json]\nexpect:\n  test_loss: < 0.02\n  acc: high\n```\n');
    expect((await cli(['verify'], root)).stderr).toMatch(/REPRODUCE\.md:7: 'acc: high' is not an expectation/);
  });
});

describe('a claim never vanishes', () => {
  it('reports a line that reads like an expectation but is none as invalid, at its place, never a pass', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': '# Results\n\nFrom metrics.json:\n\n- accuracy should improve by 2 points over 0.9\n- test_loss < 0.02\n',
      'metrics.json': '{"accuracy": 0.95, "test_loss": 0.01}',
    });
    const result = await cli(['verify', '--format', 'json'], root);
    const report = JSON.parse(result.stdout);
    expect(report.results.map((r: { metric: string; status: string; line: number }) => `${r.line} ${r.metric} ${r.status}`)).toEqual([
      '5 accuracy invalid',
      '6 test_loss pass',
    ]);
    expect(report.results[0].message).toContain(
      "'accuracy should improve by 2 points over 0.9' reads like a claim about accuracy but mathrepro cannot read it",
    );
    expect(result.status).toBe(1);
  });
});

/**
 * Notebooks executed for real with Jupyter (scripts/reproduce-fixtures.mjs), copied into a repository with the
 * REPRODUCE.md under test.
 */
async function verifyExecuted(document: string) {
  const root = repositoryWith({ 'REPRODUCE.md': document });
  cpSync(join(FIXTURES, 'executed'), root, { recursive: true });
  const result = await cli(['verify', '--format', 'json'], root);
  const report = JSON.parse(result.stdout);
  return {
    status: result.status,
    report,
    statuses: report.results.map((r: { metric: string; expected: string; status: string }) => `${r.metric} ${r.expected} ${r.status}`),
  };
}

describe('against notebooks executed for real', () => {
  it('reads full-width and coloured outputs, percents as hundredths, and a decimal comma or a list as invalid', async () => {
    const { statuses } = await verifyExecuted(
      [
        'Run `outputs.ipynb`.',
        '',
        '- 预期：val_loss＜0.05±0.003',
        '- test_loss ≦ 0.02',
        '- accuracy >= 95%',
        '- recall < 13%',
        '- loss < 1',
        '- delta > −0.01',
        '- acc_list > 0.9',
        '',
      ].join('\n'),
    );
    expect(statuses).toEqual([
      'val_loss < 0.05 ± 0.003 pass',
      'test_loss <= 0.02 pass',
      'accuracy >= 95% pass',
      'recall < 13% pass',
      'loss < 1 invalid',
      'delta > -0.01 pass',
      'acc_list > 0.9 invalid',
    ]);
  });

  it('fails what binary floating point would pass at the boundaries, and reads a range as both bounds', async () => {
    const { statuses } = await verifyExecuted('Run `boundaries.ipynb`: `err < 0.05 ± 0.01`, `mid = 0.3 ± 0.1`, `approx ≈ 0.5`, and 0.84 <= acc <= 0.88.\n');
    expect(statuses).toEqual(['err < 0.05 ± 0.01 fail', 'mid = 0.3 ± 0.1 pass', 'approx ≈ 0.5 pass', 'acc >= 0.84 fail', 'acc <= 0.88 pass']);
  });

  it('says the committed notebook was never executed and names the executed copy beside it', async () => {
    const { report, status } = await verifyExecuted('Run `draft.ipynb`: expect `test_loss < 0.02`.\n');
    expect(report.results[0]).toMatchObject({ status: 'missing' });
    expect(report.warnings[0].message).toContain(
      'draft.ipynb was never executed: run it first, e.g. `jupyter nbconvert --to notebook --execute --inplace draft.ipynb`. An executed copy is beside it, draft.nbconvert.ipynb',
    );
    expect(status).toBe(1);
  });
});

describe('a line that might be a setting or a result', () => {
  it('is reported, not guessed: plain settings stay quiet', async () => {
    const { report } = await verify(
      'From metrics.json: expect `test_loss < 0.02`. We found final_metric = 0.5 with batch_size = 64 and learning_rate = 0.001.\n',
      { test_loss: 0.01 },
    );
    const messages = report.results.length === 1 ? (report as unknown as { warnings: Array<{ message: string }> }).warnings.map((w) => w.message) : [];
    expect(messages).toEqual([
      "'final_metric = 0.5' is read as a setting, not checked: if it is a result to reproduce, write it with a tolerance or a comparison (final_metric = 0.5 ± 0.01, final_metric ≈ 0.5)",
    ]);
  });
});
