import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReproduce } from '../../src/reproduce/document.js';
import { CORPUS, FIXTURES, HAVE_CORPUS, REPO } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

const DIR = join(FIXTURES, 'reproduce');

async function verifyJson(file: string, cwd = DIR, extra: string[] = []) {
  const result = await cli(['verify', '--file', file, '--format', 'json', ...extra], cwd);
  return { status: result.status, stderr: result.stderr, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('mathrepro verify', () => {
  it('works verbatim on the example: required cells by execution count, the metric from them', async () => {
    const { status, report } = await verifyJson('REPRODUCE.md', join(REPO, 'examples'));
    expect(status).toBe(0);
    expect(report.summary).toEqual({ expectations: 1, passed: 1, failed: 0, missing: 0, invalid: 0, informational: 0 });
    expect(report.results[0]).toMatchObject({
      metric: 'test_loss',
      expected: '< 0.02 ± 0.003',
      observed: 0.021,
      status: 'pass',
      source: 'notebooks/training.ipynb#In[12]',
      base: null,
    });
    expect(report.cells).toEqual([
      expect.objectContaining({ ref: 'In[5]', status: 'ok', source: 'notebooks/training.ipynb#In[5]' }),
      expect.objectContaining({ ref: 'In[12]', status: 'ok', source: 'notebooks/training.ipynb#In[12]' }),
    ]);
  });

  it('reads prose: cells by count, id and tag, and the last value, from the required cells first', async () => {
    const { status, report } = await verifyJson('PROSE.md');
    expect(status).toBe(1);
    expect(report.cells.map((c: { ref: string; status: string }) => `${c.ref} ${c.status}`)).toEqual(['In[2] ok', 'id:final-metrics ok', 'tag:training ok']);
    expect(
      report.results.map((r: { metric: string; status: string; observed: number | null; source: string }) => [r.metric, r.status, r.observed, r.source]),
    ).toEqual([
      ['test_loss', 'pass', 0.0183, 'train.ipynb#In[3]'], // not the later 0.5 printed by In[4]: the required cells come first
      ['accuracy', 'pass', 0.964, 'train.ipynb#In[3]'], // numpy 2's np.float64(0.964)
      ['val_loss', 'pass', 0.31, 'train.ipynb#In[2]'], // the last epoch's value
      ['f1', 'missing', null, null],
    ]);
  });

  it('reads a table against JSON, YAML and CSV metrics files: pass, fail and invalid', async () => {
    const { report } = await verifyJson('TABLE.md');
    expect(report.results.map((r: { metric: string; status: string }) => `${r.metric} ${r.status}`)).toEqual([
      'eval.accuracy pass',
      'eval.recall pass',
      'val.loss fail',
      'loss pass',
      'acc pass',
      'bleu pass',
      'rouge invalid',
      'eval.f1 invalid',
      'eval.precision invalid',
    ]);
    expect(report.summary).toEqual({ expectations: 9, passed: 5, failed: 1, missing: 0, invalid: 3, informational: 0 });
  });

  it('reads a yaml reproduce block: errors, cells not run, missing cells, and runs out of order', async () => {
    const { status, report } = await verifyJson('YAML.md');
    expect(status).toBe(1);
    expect(report.cells.map((c: { ref: string; status: string }) => `${c.ref} ${c.status}`)).toEqual([
      'In[1] error',
      'In[3] ok',
      'id:skipped not-executed',
      'id:report ok',
      'id:nope missing',
    ]);
    expect(report.cells[0].message).toContain('ZeroDivisionError: division by zero');
    expect(report.results.map((r: { status: string }) => r.status)).toEqual(['invalid', 'invalid', 'missing']);
    expect(report.warnings[0].message).toContain('was not run top to bottom');
  });

  it('refuses a document with nothing to check, and sources outside the repository', async () => {
    const nothing = await verifyJson('NOTHING.md');
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toMatch(/^mathrepro: NOTHING\.md has nothing to check/);
    const escape = await verifyJson('ESCAPE.md');
    expect(escape.status).toBe(2);
    expect(escape.stderr).toBe('mathrepro: ../../../../../etc/passwd.json: outside the repository\n');
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-link-'));
    const outside = mkdtempSync(join(tmpdir(), 'mathrepro-secret-'));
    writeFileSync(join(outside, 'secret.json'), '{"x": 2}');
    symlinkSync(join(outside, 'secret.json'), join(root, 'metrics.json'));
    writeFileSync(join(root, 'REPRODUCE.md'), 'Check `x > 1` in `metrics.json`.\n');
    const link = await verifyJson('REPRODUCE.md', root);
    expect(link.stderr).toBe('mathrepro: metrics.json: a link that leads outside the repository\n');
    expect((await verifyJson('MISSING.md')).stderr).toBe('mathrepro: MISSING.md: no such file\n');
  });

  it('says where a results notebook is broken, and when it is JSON but not a notebook', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-broken-'));
    writeFileSync(join(root, 'REPRODUCE.md'), 'Run `run.ipynb`; expect `loss < 1`.\n');
    writeFileSync(join(root, 'run.ipynb'), '{\n "nbformat": 4,\n "cells": [\n  {"cell_type": "code" "outputs": []}\n ]\n}\n');
    const broken = await verifyJson('REPRODUCE.md', root);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe('mathrepro: run.ipynb: not valid JSON (a comma was expected) at line 4\n');
    writeFileSync(join(root, 'run.ipynb'), '{"loss": 0.5}\n');
    expect((await verifyJson('REPRODUCE.md', root)).stderr).toBe('mathrepro: run.ipynb: not a notebook: it has no "cells" at line 1\n');
  });

  it('shows how each metric moved against a base revision', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-base-'));
    cpSync(join(REPO, 'examples'), root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    git('init', '-q');
    const notebook = join(root, 'notebooks', 'training.ipynb');
    writeFileSync(notebook, readFileSync(notebook, 'utf8').replaceAll('0.021', '0.0241').replaceAll('0.0210', '0.0241'));
    git('add', '-A');
    git('commit', '-qm', 'base');
    cpSync(join(REPO, 'examples', 'notebooks', 'training.ipynb'), notebook);
    const { report } = await verifyJson('REPRODUCE.md', root, ['--base', 'HEAD']);
    expect(report.results[0]).toMatchObject({ observed: 0.021, base: 0.0241, status: 'pass' });
    expect(report.results[0].message).toBe('test_loss = 0.021 meets < 0.023; base 0.0241 (−12.9 %)');
  });
});

describe.skipIf(!HAVE_CORPUS)('the reproducibility documents of the shared corpus', () => {
  it('parse without a crash; what they hold that a machine can check is listed here', () => {
    const documents: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.md$/i.test(name) && /REPRODUCE|README|ARTIFACT|SETUP|template|GETTING_STARTED|MODEL_ZOO|checklist/i.test(name)) documents.push(path);
      }
    };
    for (const repo of [
      'ADAPT-uiuc__dias-benchmarks',
      'facebookresearch__detectron2',
      'google-research__bert',
      'karpathy__nanoGPT',
      'kit-ps__aimless-onions',
      'paperswithcode__releasing-research-code',
      'TrustworthyComputing__mastic',
    ]) {
      walk(join(CORPUS, repo));
    }
    expect(documents.length).toBeGreaterThan(10);
    const found = documents
      .map((path) => ({ path: path.slice(CORPUS.length + 1), doc: parseReproduce(readFileSync(path, 'utf8')) }))
      .filter(({ doc }) => doc.expectations.length || doc.cells.length)
      .map(
        ({ path, doc }) =>
          `${path}: ${doc.expectations.map((e) => `${e.line} ${e.expectation.metric} ${e.expectation.unread ? '(unreadable)' : e.expectation.expected}`).join('; ')}`,
      );
    // Claims in prose are read ("a loss of ~2.85", "the best validation loss is 1.4697", "Time ≈ 13 hours") or, where
    // they pair a metric with a number and a comparison in a way the grammar does not take, reported as unreadable;
    // tables of results by model, output samples in code blocks and settings are not claims.
    expect(found).toEqual([
      'facebookresearch__detectron2/configs/Detectron1-Comparisons/README.md: 77 AP 36.7',
      'google-research__bert/README.md: 143 F1 (unreadable); 300 Dev F1 score 91.0%; 465 accuracy 84.55%; 559 F1 (unreadable)',
      'karpathy__nanoGPT/README.md: 51 best validation loss 1.4697; 88 loss (unreadable); 121 loss ≈ 2.85; 121 val loss ≈ 3.11; 156 loss (unreadable); 209 time (unreadable)',
      'kit-ps__aimless-onions/ARTIFACT-EVALUATION.md: 50 Time ≈ 13 hours; 87 MAPE < 10%; 105 time (unreadable)',
    ]);
  });
});
