import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClaims } from '../../src/reproduce/claims.js';
import { parseReproduce } from '../../src/reproduce/document.js';
import { FIXTURES, REPO, repositoryWith } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

/** `metric expected` of each claim read from a text; `metric ?` for one reported as unreadable. */
const read = (text: string) => readClaims(text).map((f) => (f.unread ? `${f.expectation.metric} ?` : `${f.expectation.metric} ${f.expectation.expected}`));

interface Report {
  summary: Record<string, number>;
  results: Array<{ metric: string; expected: string; status: string; observed: number | null; source: string | null; message: string; line: number }>;
  cells: Array<{ ref: string; status: string; message: string }>;
  warnings: Array<{ message: string }>;
}

async function verifyIn(root: string, extra: string[] = []) {
  const result = await cli(['verify', '--format', 'json', ...extra], root);
  const report = JSON.parse(result.stdout) as Report;
  return { status: result.status, report, statuses: report.results.map((r) => `${r.line} ${r.metric} ${r.status}`) };
}

/** A notebook of one run cell that printed `text`, as JSON. */
function printingNotebook(text: string): string {
  const cell = { cell_type: 'code', id: 'a', metadata: {}, source: 'report()', execution_count: 1, outputs: [{ output_type: 'stream', name: 'stdout', text }] };
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [cell] });
}

/** The notebooks executed for real (scripts/reproduce-fixtures.mjs) in a repository with this REPRODUCE.md. */
function executedRepository(document: string): string {
  const root = repositoryWith({ 'REPRODUCE.md': document });
  cpSync(join(FIXTURES, 'executed'), root, { recursive: true });
  return root;
}

describe('claims as authors write them are read', () => {
  it('reads approximations in words, in English and Chinese, to the precision written', () => {
    expect(read('We get accuracy approximately 0.93 and bleu about 27.5.')).toEqual(['accuracy ≈ 0.93', 'bleu ≈ 27.5']);
    expect(read('准确率约为 0.93，测试损失 < 0.02，召回率0.81左右。')).toEqual(['准确率 ≈ 0.93', '测试损失 < 0.02', '召回率 ≈ 0.81']);
    expect(read('BLEU within 5% of 27.5')).toEqual(['BLEU within 5% of 27.5']);
    expect(read('模型在测试集上的准确率不低于0.9，误差在 0.01 以内')).toEqual(['准确率 >= 0.9', '误差 <= 0.01']);
    // Traditional characters (Taiwan, Hong Kong), and Japanese: each name as written.
    expect(read('準確率約為 0.93，測試損失 < 0.02，誤差在 0.01 以內，召回率不低於 0.8')).toEqual([
      '準確率 ≈ 0.93',
      '測試損失 < 0.02',
      '誤差 <= 0.01',
      '召回率 >= 0.8',
    ]);
    expect(read('モデルの正解率は約 0.93、テスト損失 < 0.02')).toEqual(['正解率 ≈ 0.93', 'テスト損失 < 0.02']);
    // Korean: approximately before the value, at least, at most after it.
    expect(read('정확도는 약 0.93, 손실 < 0.02, 재현율 0.8 이상, 오차 0.01 이하')).toEqual(['정확도 ≈ 0.93', '손실 < 0.02', '재현율 >= 0.8', '오차 <= 0.01']);
    const [approximate] = readClaims('accuracy approximately 0.93');
    expect(approximate!.expectation).toMatchObject({ op: '≈', value: 0.93, precision: true });
    const [bare] = readClaims('top-1 accuracy of 76.1');
    expect(bare!.expectation).toMatchObject({ metric: 'top-1 accuracy', value: 76.1, precision: true });
  });

  it('reports a claim whose name is in a script it has no metric words for, never passing over it', () => {
    expect(read('Точность модели ≥ 0.9, потери < 0.03. الدقة ≥ 0.9')).toEqual(['модели ?', 'الدقة ?']);
  });

  it('reads a value written before its metric, after a verb of attainment', () => {
    expect(read('The model achieves 93.2% accuracy on the test set; it reaches at least 27.5 BLEU.')).toEqual(['accuracy 93.2%', 'BLEU >= 27.5']);
    expect(read('We obtain 76.1 ± 0.2 top-1 accuracy.')).toEqual(['top-1 accuracy 76.1 ± 0.2']);
    // No metric after the value: no claim.
    expect(read('It achieves state of the art in 3 hours; the script scores 5 points.')).toEqual([]);
  });

  it('reads claims written in TeX by meaning', () => {
    expect(read('Expect test_loss $< 0.02 \\pm 0.003$ and acc $\\geq$ 76\\%, loss $\\le$ 0.1.')).toEqual([
      'test_loss < 0.02 ± 0.003',
      'acc >= 76%',
      'loss <= 0.1',
    ]);
    expect(read('loss $< 5 \\times 10^{-3}$')).toEqual(['loss < 5 × 10^-3']);
    expect(readClaims('loss $< 5 \\times 10^{-3}$')[0]!.expectation.value).toBe(0.005);
  });

  it('reads a metric named in TeX with a subscript that names its split', () => {
    expect(read('The test loss $\\mathcal{L}_{\\text{test}} < 0.05$, and $\\mathcal{L}_{val} \\approx 0.02$.')).toEqual(['L_test < 0.05', 'L_val ≈ 0.02']);
  });

  it('reads a metric whose name is a code span, the comparison outside it; a setting or a file in code stays out', () => {
    const doc = parseReproduce(
      [
        '- Expected: `val_loss` ≤ 0.05',
        '- `eval/accuracy` of at least 0.9',
        '- `top1_acc`: 76.1',
        '- Set `batch_size` = 64 and see `results/accuracy.json` for 3 runs.',
        '- The expected accuracy is `0.9975`.',
        '- Its label :eqlabel:`eq_bleu` ≈ 2 (a role’s target names no metric)',
        '',
      ].join('\n'),
    );
    expect(doc.expectations.map((e) => `${e.line}:${e.column} ${e.expectation.metric} ${e.expectation.expected}`)).toEqual([
      '1:14 val_loss <= 0.05',
      '2:4 eval/accuracy >= 0.9',
      '3:4 top1_acc 76.1',
      '5:16 accuracy 0.9975',
    ]);
  });

  it('reads a percent written as a word, and a top-k name with its hyphen', () => {
    expect(read('accuracy ≥ 99.5 percent; error below 2 per cent')).toEqual(['accuracy >= 99.5 percent', 'error < 2 per cent']);
    expect(readClaims('accuracy ≥ 99.5 percent')[0]!.expectation.value).toBe(0.995);
    expect(read('Top-1: 76.1%')).toEqual(['Top-1 76.1%']);
  });

  it('reads whole names with spaces, hyphens, @, units and CJK', () => {
    expect(read('F1-score >= 0.8; acc@1 > 75; inference time < 15 ms; top-5 acc >= 93.5; 测试损失 < 0.02')).toEqual([
      'F1-score >= 0.8',
      'acc@1 > 75',
      'inference time < 15 ms',
      'top-5 acc >= 93.5',
      '测试损失 < 0.02',
    ]);
    expect(readClaims('inference time < 15 ms')[0]!.expectation.unit).toBe('ms');
    expect(read('test accuracy on CIFAR-10 ≥ 93%')).toEqual(['test accuracy >= 93%']);
  });

  it('reads scientific forms whole, not their first number', () => {
    const values = (text: string) => readClaims(text).map((f) => f.expectation.value);
    expect(values('loss < 5×10⁻³')).toEqual([0.005]);
    expect(values('loss < 2 × 10^-2')).toEqual([0.02]);
    expect(values('loss < 1.9e-2 and err < 1.9E-02')).toEqual([0.019, 0.019]);
  });

  it('reads a tolerance in parentheses, an en dash as a minus, and In【12】', () => {
    expect(readClaims('acc ≥ 0.95 (±2%)')[0]!.expectation).toMatchObject({ op: '>=', value: 0.95, tolerance: { amount: 2, percent: true } });
    expect(readClaims('delta_reward ≤ –0.01')[0]!.expectation).toMatchObject({ op: '<=', value: -0.01 });
    expect(parseReproduce('Run In【12】; expect loss < 1.\n').cells.map((c) => c.ref)).toEqual(['In[12]']);
  });

  it('reads a table of expected metrics, with or without operators, a tolerance column, and transposed', () => {
    const doc = parseReproduce(
      [
        '| Metric | Value | ± |',
        '|---|---|---|',
        '| accuracy | 76.1% | |',
        '| test loss | < 0.02 | 0.003 |',
        '| BLEU | ≈ 27.5 | |',
        '| F1 | high | |',
        '',
        'Text.',
        '',
        '| | accuracy | f1 |',
        '|---|---|---|',
        '| expected | 0.93 | ≥ 0.8 |',
        '',
      ].join('\n'),
    );
    expect(
      doc.expectations.map((e) => `${e.line} ${e.expectation.metric} ${e.expectation.unread || e.expectation.problem ? '?' : e.expectation.expected}`),
    ).toEqual(['3 accuracy 76.1%', '4 test loss < 0.02 ± 0.003', '5 BLEU ≈ 27.5', '6 F1 ?', '12 accuracy 0.93', '12 f1 >= 0.8']);
  });

  it('reads a table of expected metrics written in HTML, with or without header cells', () => {
    const doc = parseReproduce(
      [
        '<table>',
        '<tr><th>Metric</th><th>Expected</th></tr>',
        '<tr><td>test_loss</td><td>&lt; 0.03</td></tr>',
        '<tr><td>Accuracy (%)</td><td>99.7 ± 0.5</td></tr>',
        '</table>',
        '',
        '<div align="center">',
        '<table><tr><td>f1</td><td>≥ 0.9</td></tr></table>',
        '</div>',
        '',
        '<table><tr><th>Model</th><th>Accuracy</th></tr><tr><td>ours</td><td>99.7</td></tr></table>',
        '',
      ].join('\n'),
    );
    expect(doc.expectations.map((e) => `${e.line}:${e.column} ${e.expectation.metric} ${e.expectation.expected}`)).toEqual([
      '3:27 test_loss < 0.03',
      '4:30 Accuracy 99.7% ± 0.5',
      '8:27 f1 >= 0.9',
    ]);
  });

  it('reads gates against the base and informational metrics', () => {
    expect(read('test_loss <= base + 2% and accuracy >= base - 0.005')).toEqual(['test_loss <= base + 2%', 'accuracy >= base - 0.005']);
    expect(readClaims('train_time ≈ 3600 s (informational)')[0]!.expectation).toMatchObject({ informational: true, unit: 's' });
  });

  it('reads no part of a number written with a comma (`0,02`, `12,5`) as the number: the claim is reported instead', () => {
    expect(read('test_loss < 0,02 and loss < 12,5')).toEqual(['test_loss ?']);
    // The tolerance too: `± 0,003` was read as ± 0 (a claim of exactly 0.02 that then failed or passed wrongly).
    expect(read('test_loss < 0.02 ± 0,003')).toEqual(['test_loss ?']);
    expect(read('acc = 0.91 (± 0,5)')).toEqual(['acc ?']);
    expect(readClaims('acc = 0.91 ± 0,5')[0]!.expectation.expected).toBe('acc = 0.91 ± 0,5');
    expect(read('acc = 0.91 ± 0.5')).toEqual(['acc = 0.91 ± 0.5']);
  });

  it('quotes an unreadable claim as written, code and all, and names no source for it', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'From `metrics.json`: accuracy should improve by 2 points over 0.9.\n',
      'metrics.json': '{"accuracy": 0.9}',
    });
    const { report } = await verifyIn(root);
    expect(report.results[0]).toMatchObject({ status: 'invalid', source: null });
    expect(report.results[0]!.message).toMatch(/^'From `metrics\.json`: accuracy should improve by 2 points over 0\.9\.?' reads like a claim about accuracy/);
  });

  it('reports what reads like a claim but is not in the grammar, and leaves settings and prose without a metric alone', () => {
    expect(read('accuracy should improve by 2 points over 0.9')).toEqual(['accuracy ?']);
    expect(read('Train with batch_size = 64 for about 3 hours; the batch size of about 64 fits.')).toEqual([]);
    expect(read('Run `python train.py --lr=3e-4` at http://host:8888?token=abc123')).toEqual([]);
  });
});

/** Claim-like lines from the grammar's parts (names, comparisons in words and signs, numbers, settings). */
function* generatedClaims(seed: number): Generator<string> {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const names = [
    'test_loss',
    'accuracy',
    'val acc',
    'F1-score',
    'acc@1',
    'top-5 acc',
    'BLEU',
    '测试损失',
    '准确率',
    'eval.accuracy',
    'word error rate',
    'inference time',
  ];
  const relations = [
    '<',
    '<=',
    '≤',
    '>',
    '>=',
    '≥',
    '≈',
    '~',
    'approximately',
    'about',
    'around',
    'at least',
    'at most',
    'below',
    'above',
    'is',
    ':',
    '约为',
    '不低于',
    '不超过',
    '$\\geq$',
    '$\\le$',
    '$<$',
    'within 5% of',
    'roughly',
  ];
  const values = [
    '0.93',
    '76.1%',
    '27.5',
    '0.02 ± 0.003',
    '5×10⁻³',
    '2 × 10^-2',
    '1.9e-2',
    '0.95 (±2%)',
    '–0.01',
    '15 ms',
    '$0.02 \\pm 0.003$',
    '93.5',
    '0.9 (within 1%)',
  ];
  const frames = [
    '- {claim}',
    '{claim}',
    'We expect {claim}.',
    '* {claim};',
    '1. {claim}',
    'Result: {claim}',
    '| {name} | {relation} {value} |',
    'Expected `{claim}`',
  ];
  for (;;) {
    const name = pick(names);
    const relation = pick(relations);
    const value = pick(values);
    const claim = `${name} ${relation} ${value}`;
    yield pick(frames).replace('{claim}', claim).replace('{name}', name).replace('{relation}', relation).replace('{value}', value);
  }
}

describe('a claim-like line is never absent from the report (property)', () => {
  it('reads or reports each of 600 generated lines', () => {
    const generator = generatedClaims(20261206);
    const absent: string[] = [];
    for (let k = 0; k < 600; k++) {
      const line = generator.next().value!;
      // A table row needs its header to be a table: the rows of one document are each under a header of their own.
      const document = line.startsWith('|') ? `| Metric | Expected |\n|---|---|\n${line}\n` : `${line}\n`;
      const lineNumber = line.startsWith('|') ? 3 : 1;
      const doc = parseReproduce(document);
      if (!doc.expectations.some((e) => e.line === lineNumber)) absent.push(line);
    }
    expect(absent).toEqual([]);
  });
});

describe('values come from the right place', () => {
  it('reads a DataFrame, an HTML-only table, a numpy scalar (numpy 1 and 2), a Series and a summary line; a list is invalid, shown whole', async () => {
    const root = executedRepository(
      [
        'Run `shown.ipynb` and `numpy2.ipynb`.',
        '',
        '- test_loss ≈ 0.024',
        '- bleu about 27.4',
        '- val_acc ≥ 0.93',
        '- recall at least 0.8',
        '- scores < 0.02',
        '- seed_loss < 0.026',
        '- train_loss < 0.03',
        '- test_acc > 0.92',
        '',
      ].join('\n'),
    );
    const { report } = await verifyIn(root);
    expect(report.results.map((r) => `${r.metric} ${r.status} ${r.observed} ${r.source}`)).toEqual([
      'test_loss pass 0.0241 shown.ipynb#In[1]', // the DataFrame's last row
      'bleu pass 27.4 shown.ipynb#In[2]', // an HTML table and nothing else
      'val_acc pass 0.9312 shown.ipynb#In[3]', // numpy 1's 0.9312; numpy2.ipynb shows np.float64(0.9312), the same
      'recall pass 0.81 shown.ipynb#In[4]', // a Series
      'scores invalid null shown.ipynb#In[5]',
      'seed_loss pass 0.0259 shown.ipynb#In[6]', // the mean of 3 seeds, printed last
      'train_loss pass 0.0298 shown.ipynb#In[7]', // not the progress bar's train_loss=0.9 after it
      'test_acc pass 0.9287 numpy2.ipynb#In[2]',
    ]);
    expect(report.results[2]!.message).toContain('also given, the same, by numpy2.ipynb#In[1]');
    expect(report.results[4]!.message).toBe("scores is '[0.0193, 0.0201, 0.0188]': a list of 3 values, not one number: print the one the claim is about");
  });

  it('requires each cell of a range, and never passes over cells it cannot tell (`cells 5 and 12`, `cells: [5]`)', async () => {
    const cell = (count: number) => ({ cell_type: 'code', metadata: {}, source: `x = ${count}`, execution_count: count, outputs: [] });
    const root = repositoryWith({
      'REPRODUCE.md': [
        'Run `run.ipynb`: cells In[1] to In[3], then execute cells 5 and 12.',
        'The plots in cells 2 and 3 show the loss; 运行第 4 个单元格。',
        '',
        '```yaml reproduce',
        'cells: [2]',
        'expect:',
        '  - test_loss < 1',
        '```',
        '',
      ].join('\n'),
      'run.ipynb': JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [...[1, 2, 3].map(cell), { ...cell(4), outputs: [{ output_type: 'stream', name: 'stdout', text: 'test_loss: 0.5\n' }] }],
      }),
    });
    const { status, report } = await verifyIn(root);
    expect(report.cells.map((c) => `${c.ref} ${c.status}`)).toEqual([
      'In[1] ok',
      'In[2] ok',
      'In[3] ok',
      'cells 5 and 12 invalid',
      '第 4 个单元格 invalid',
      '2 invalid',
    ]);
    expect(report.cells[3]!.message).toContain("a number may be a cell's execution count or its place in the notebook");
    expect(report.warnings.map((w) => w.message)).toEqual([expect.stringContaining("'cells 2 and 3' is not read as cells to run")]);
    expect(status).toBe(1);
  });

  it('takes a required cell’s value from that cell, or calls it invalid: never another cell’s', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'Run `run.ipynb`; cell id:final must run. Expect test_loss < 0.05.\n',
      'run.ipynb': JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [
          {
            cell_type: 'code',
            id: 'early',
            metadata: {},
            source: 'print(1)',
            execution_count: 1,
            outputs: [{ output_type: 'stream', name: 'stdout', text: 'test_loss: 0.01\n' }],
          },
          {
            cell_type: 'code',
            id: 'final',
            metadata: {},
            source: 'show(results)',
            execution_count: 2,
            outputs: [{ output_type: 'display_data', metadata: {}, data: { 'text/plain': ['<Figure: test_loss over epochs>'] } }],
          },
        ],
      }),
    });
    const { report } = await verifyIn(root);
    expect(report.results[0]).toMatchObject({ status: 'invalid', source: 'run.ipynb#In[2]' });
    expect(report.results[0]!.message).toContain('the cell shows test_loss, but not in a form mathrepro reads');
  });

  it('calls a metric two notebooks give differently ambiguous, showing both, unless the claim’s line names one', async () => {
    const root = executedRepository('Run `seed_a.ipynb` and `seed_b.ipynb`: val_accuracy >= 0.9.\n\nFrom `seed_b.ipynb`: val_accuracy >= 0.88.\n');
    const { report } = await verifyIn(root);
    expect(report.results.map((r) => `${r.status} ${r.observed}`)).toEqual(['invalid null', 'pass 0.89']);
    expect(report.results[0]!.message).toContain('val_accuracy is ambiguous: seed_a.ipynb#In[1] gives 0.91, seed_b.ipynb#In[1] gives 0.89');
  });

  it('resolves a dotted name in a structured source only, and reads the JSON Python writes (NaN, Infinity)', async () => {
    const root = executedRepository(
      [
        'Results: `results/metrics.json` and `shown.ipynb`.',
        '',
        '```yaml reproduce',
        'expect:',
        '  eval.accuracy: ">= 0.9"',
        '  eval.f1: "> 0.5"',
        '  latency: "< 100"',
        '```',
        '',
      ].join('\n'),
    );
    const { report, status } = await verifyIn(root);
    // shown.ipynb prints `accuracy: 0.9975`: that is not eval.accuracy, which results/metrics.json gives as 0.5.
    expect(report.results.map((r) => `${r.metric} ${r.status} ${r.observed}`)).toEqual([
      'eval.accuracy fail 0.5',
      'eval.f1 invalid null',
      'latency invalid null',
    ]);
    expect(report.results[1]!.message).toBe("eval.f1 is 'NaN', not a number");
    expect(status).toBe(1);
  });

  it('reads the outputs of a notebook whose execution counts were stripped, and says In[N] cannot find its cells', async () => {
    const root = executedRepository('Run `stripped.ipynb`: cell In[2]; final_loss < 0.02.\n');
    const { report } = await verifyIn(root);
    expect(report.results[0]).toMatchObject({ status: 'pass', observed: 0.012, source: 'stripped.ipynb#cell 2' });
    expect(report.cells[0]).toMatchObject({ ref: 'In[2]', status: 'missing' });
    expect(report.warnings.map((w) => w.message)).toEqual([
      'stripped.ipynb has outputs but no execution counts (stripped): its outputs are read, and In[N] references cannot find a cell in it — use id:CELL-ID or tag:TAG',
    ]);
    expect(report.warnings[0]!.message).not.toContain('never executed');
  });

  it('takes a path with a space in a code span as a source', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'Results in `results/final metrics.json`: accuracy > 0.5.\n',
      'results/final metrics.json': '{"accuracy": 0.7}',
    });
    const { report, status } = await verifyIn(root);
    expect(report.results[0]).toMatchObject({ status: 'pass', source: 'results/final metrics.json#accuracy' });
    expect(status).toBe(0);
  });

  it('takes a link to a file whose name holds a % (no escape) as that file, instead of failing on it', async () => {
    const root = repositoryWith({ 'REPRODUCE.md': 'From [the metrics](acc%.json): acc > 0.5.\n', 'acc%.json': '{"acc": 0.7}' });
    const { report, status } = await verifyIn(root);
    expect(report.results[0]).toMatchObject({ status: 'pass', source: 'acc%.json#acc' });
    expect(status).toBe(0);
  });

  it('names a lookalike document when there is no REPRODUCE.md (REPRODUCIBILITY.md is not verified unless named)', async () => {
    const root = repositoryWith({
      'REPRODUCIBILITY.md': '- accuracy >= 0.9\n',
      'run.ipynb': '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
    });
    const result = await cli(['verify'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('REPRODUCE.md: no such file (there is REPRODUCIBILITY.md: name it with --file, or in .mathrepro.yml as reproduce.file)');
  });

  it('reads a count of a total as the share it is (Accuracy: 9912/10000, as PyTorch’s examples print it)', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'Run `run.ipynb`.\n\n- accuracy >= 98%\n- accuracy ≥ 99.5%\n- average loss < 0.05\n',
      'run.ipynb': printingNotebook('\nTest set: Average loss: 0.0312, Accuracy: 9912/10000 (99%)\n\n'),
    });
    const { report } = await verifyIn(root);
    expect(report.results.map((r) => `${r.metric} ${r.status} ${r.observed}`)).toEqual([
      'accuracy pass 0.9912',
      'accuracy fail 0.9912',
      'average loss pass 0.0312',
    ]);
  });

  it('reads a share printed on another scale than the claim (45.0 against accuracy > 0.9), on the claim’s, and says so', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'Run `run.ipynb`.\n\n- test accuracy > 0.9\n- f1 >= 0.85\n- val_acc >= 90\n- val_error < 5\n',
      'run.ipynb': printingNotebook('Test accuracy: 45.0\nf1 = 87\nval_acc: 0.9975\nval_error: 3.2\n'),
    });
    const { report } = await verifyIn(root);
    expect(report.results.map((r) => `${r.metric} ${r.status}`)).toEqual(['test accuracy fail', 'f1 pass', 'val_acc pass', 'val_error pass']);
    expect(report.results[0]!.message).toBe('test accuracy = 45.0 (read as 45.0%: a share above 1 is printed in percent) misses > 0.9');
    expect(report.results[2]!.message).toContain('(read as 99.75: the claim is in percent, the output a fraction)');
    // An error is no share: 3.2 is compared as printed.
    expect(report.results[3]!.message).toBe('val_error = 3.2 meets < 5');
  });

  it('checks a claim’s unit against the one printed', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'From `log.json`: inference time < 15 ms, and peak memory < 16 GB.\n',
      'log.json': '{"inference time": 14.2, "peak memory": 17}',
    });
    const { statuses } = await verifyIn(root);
    expect(statuses).toEqual(['1 inference time pass', '1 peak memory fail']);
  });
});

describe('gates against the base, informational metrics', () => {
  it('checks `test_loss <= base + 2%` against the base revision, reports informational metrics, and never fails on them', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': [
        'From `metrics.json`:',
        '',
        '- test_loss <= base + 2%',
        '- accuracy >= base',
        '- train_time ≈ 3600 s (informational)',
        '',
        '```yaml reproduce',
        'report: [gpu_hours]',
        '```',
        '',
      ].join('\n'),
      'metrics.json': '{"test_loss": 0.0250, "accuracy": 0.91, "train_time": 4000, "gpu_hours": 12}',
    });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    execFileSync('rm', ['-rf', join(root, '.git')]);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(join(root, 'metrics.json'), '{"test_loss": 0.0256, "accuracy": 0.90, "train_time": 5000, "gpu_hours": 14}');
    const { report, status } = await verifyIn(root, ['--base', 'HEAD']);
    expect(report.results.map((r) => `${r.metric} ${r.status}`)).toEqual(['test_loss fail', 'accuracy fail', 'train_time info', 'gpu_hours info']);
    expect(report.results[0]!.message).toBe('test_loss = 0.0256 misses ≤ 0.0255 (<= base + 2%, base 0.025 (+2.4 %))');
    expect(report.results[3]!.message).toBe('gpu_hours = 14; base 12 (+16.7 %)');
    expect(report.summary).toMatchObject({ expectations: 2, failed: 2, informational: 2 });
    expect(status).toBe(1);
    writeFileSync(join(root, 'metrics.json'), '{"test_loss": 0.0254, "accuracy": 0.92, "train_time": 5000, "gpu_hours": 14}');
    const passing = await verifyIn(root, ['--base', 'HEAD']);
    expect(passing.report.results.map((r) => `${r.metric} ${r.status}`)).toEqual(['test_loss pass', 'accuracy pass', 'train_time info', 'gpu_hours info']);
    expect(passing.status).toBe(0);
    // Without a base revision a gate is not checked, and says why.
    const alone = await verifyIn(root);
    expect(alone.report.results[0]!.message).toBe(
      'test_loss = 0.0254; not gated: there is no base revision to compare with (a gate is checked in pull requests)',
    );
  });
});

describe('executed in this run, and in shards', () => {
  it('reads the results of several matrix jobs into one verdict, each source from the folder that holds it', async () => {
    const root = repositoryWith({
      'REPRODUCE.md': 'Run `seed_a.ipynb` and `shown.ipynb`: val_accuracy >= 0.9, test_loss ≈ 0.024.\n',
      // The committed copies were never run: the shards' executed copies are read instead.
      'seed_a.ipynb': readFileSync(join(FIXTURES, 'executed', 'draft.ipynb'), 'utf8'),
      'shown.ipynb': readFileSync(join(FIXTURES, 'executed', 'draft.ipynb'), 'utf8'),
    });
    cpSync(join(FIXTURES, 'executed', 'seed_a.ipynb'), join(root, 'artifacts', 'shard-1', 'seed_a.ipynb'));
    cpSync(join(FIXTURES, 'executed', 'shown.ipynb'), join(root, 'artifacts', 'shard-2', 'shown.ipynb'));
    const { report, status } = await verifyIn(root, ['--results', 'artifacts/shard-1', '--results', 'artifacts/shard-2']);
    expect(report.results.map((r) => `${r.metric} ${r.status} ${r.source}`)).toEqual([
      'val_accuracy pass artifacts/shard-1/seed_a.ipynb#In[1]',
      'test_loss pass artifacts/shard-2/shown.ipynb#In[1]',
    ]);
    expect(status).toBe(0);
  });

  it('calls outputs executed before this run started stale, never evidence', async () => {
    const root = executedRepository('Run `timed.ipynb`: timed_loss < 0.05; cell In[1].\n');
    const executedAt = JSON.parse(readFileSync(join(root, 'timed.ipynb'), 'utf8')).cells[0].metadata.execution['iopub.status.idle'] as string;
    const later = new Date(new Date(executedAt).getTime() + 60_000).toISOString();
    const stale = await verifyIn(root, ['--executed-after', later]);
    expect(stale.report.results[0]).toMatchObject({ status: 'invalid', observed: null });
    expect(stale.report.results[0]!.message).toContain('which is stale: executed');
    expect(stale.report.cells[0]).toMatchObject({ status: 'stale' });
    expect(stale.status).toBe(1);
    const earlier = new Date(new Date(executedAt).getTime() - 60_000).toISOString();
    const fresh = await verifyIn(root, ['--executed-after', earlier]);
    expect(fresh.report.results[0]).toMatchObject({ status: 'pass' });
    expect(fresh.status).toBe(0);
  });
});

describe("the README's REPRODUCE.md grammar", () => {
  it('reads every claim of its example block, none unreadable', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const block = /```markdown reproduce-grammar\n([\s\S]*?)\n```/.exec(readme)![1]!;
    const doc = parseReproduce(`${block}\n`);
    const claims = doc.expectations.map((e) => `${e.line} ${e.expectation.metric} ${e.expectation.unread ? '?' : e.expectation.expected}`);
    expect(claims).toEqual([
      '1 test_loss < 0.02 ± 0.003',
      '2 accuracy ≈ 0.93',
      '2 bleu ≈ 27.5',
      '2 F1-score >= 0.8',
      '2 error rate <= 5%',
      '3 top-5 acc >= 93.5',
      '3 acc@1 > 75',
      '3 inference time < 15 ms',
      '3 peak memory < 16 GB',
      '4 BLEU within 5% of 27.5',
      '4 recall >= 0.8',
      '4 recall <= 0.9',
      '4 val_acc >= 0.84',
      '4 val_acc <= 0.88',
      '5 loss < 5×10^-3',
      '5 err < 2 × 10^-2',
      '5 nll < 1.9e-2',
      '5 delta_reward >= -0.01',
      '5 acc >= 0.95 ± 2%',
      '6 test_loss < 0.02 ± 0.003',
      '6 top1 >= 76%',
      '7 val_loss <= 0.05',
      '7 L_test < 0.05',
      '8 测试损失 < 0.02',
      '8 准确率 ≈ 0.93',
      '8 召回率 >= 0.8',
      '8 误差 <= 0.01',
      '8 精度 ≈ 0.93',
      '9 val_loss <= base + 2%',
      '9 mAP >= base - 0.005',
      '10 train_time ≈ 3600 s',
      '14 test accuracy 76.1%',
      '15 eval loss < 0.02 ± 0.003',
    ]);
    expect(doc.expectations.find((e) => e.expectation.metric === 'train_time')!.expectation.informational).toBe(true);
  });

  it('reads its yaml reproduce block: a source per metric, a gate, informational metrics', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const block = /````markdown\n(```yaml reproduce\n[\s\S]*?\n```)\n````/.exec(readme)![1]!;
    const doc = parseReproduce(`${block}\n`);
    expect(doc.problems).toEqual([]);
    expect(doc.cells.map((c) => c.ref)).toEqual(['In[5]', 'id:final-metrics', 'tag:metrics']);
    expect(
      doc.expectations.map(
        (e) =>
          `${e.expectation.metric} ${e.expectation.expected}${e.expectation.source ? ` from ${e.expectation.source}` : ''}${e.expectation.informational ? ' (informational)' : ''}`,
      ),
    ).toEqual([
      'test_loss < 0.02 ± 0.003',
      'eval.accuracy >= 0.9 from results/metrics.json',
      'val_loss <= base + 2%',
      'train_time reported (informational)',
      'gpu_hours reported (informational)',
    ]);
  });
});
