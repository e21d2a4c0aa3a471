import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publishBadges } from '../../src/github/badges-branch.js';
import { setCommitStatus } from '../../src/github/commit-status.js';
import { createOctokit } from '../../src/github/octokit.js';
import { badgeFiles, expectationBadges, mathBadge, reproducedBadge } from '../../src/report/badges.js';
import type { VerifyReport } from '../../src/model/reproduce.js';
import type { Report } from '../../src/model/types.js';
import { REPO } from '../helpers/fixtures.js';
import { cli } from '../helpers/run.js';

const report = (formulas: number, errors: number, warnings: number): Report => ({
  version: 1,
  summary: { files: 1, formulas, errors, warnings },
  diagnostics: [],
});
const verification = (statuses: Array<'pass' | 'fail' | 'missing'>): VerifyReport => ({
  version: 1,
  file: 'REPRODUCE.md',
  summary: { expectations: statuses.length, passed: statuses.filter((s) => s === 'pass').length, failed: 0, missing: 0, invalid: 0, informational: 0 },
  results: statuses.map((status, i) => ({
    metric: i ? `m${i}` : 'test_loss',
    expected: '< 0.02 ± 0.003',
    observed: status === 'missing' ? null : 0.018,
    status,
    source: null,
    base: null,
    message: '',
    line: 1,
    column: 1,
  })),
  cells: [],
  warnings: [],
});

describe('badges', () => {
  it.each([
    [report(412, 0, 0), 'math: 412 formulas ok', 'brightgreen'],
    [report(412, 0, 2), 'math: 412 formulas, 2 warnings', 'yellow'],
    [report(412, 3, 1), 'math: 3 errors', 'red'],
  ])('math badge %#', (r, text, color) => {
    const badge = mathBadge(r);
    expect(`${badge.label}: ${badge.message}`).toBe(text);
    expect(badge.color).toBe(color);
  });

  it.each([
    [['pass', 'pass', 'pass', 'pass'], 'reproduced: 4/4', 'brightgreen'],
    [['pass', 'pass', 'pass', 'fail'], 'reproduced: 3/4', 'orange'],
    [['fail', 'missing'], 'reproduced: 0/2', 'red'],
  ] as const)('reproduced badge %#', (statuses, text, color) => {
    const badge = reproducedBadge(verification([...statuses]));
    expect(`${badge.label}: ${badge.message}`).toBe(text);
    expect(badge.color).toBe(color);
  });

  it('makes one badge per expectation, and self-contained SVGs with a shields.io endpoint each', async () => {
    const badges = expectationBadges(verification(['pass', 'fail', 'missing']));
    expect(badges.map((b) => `${b.name}: ${b.label} ${b.message}`)).toEqual([
      'expect-test_loss: test_loss < 0.02 ± 0.003 0.018 ✓',
      'expect-m1: m1 < 0.02 ± 0.003 0.018 ✗',
      'expect-m2: m2 < 0.02 ± 0.003 missing ?',
    ]);
    const files = await badgeFiles([mathBadge(report(412, 0, 0)), ...badges]);
    const svg = files.get('math.svg')!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('aria-label="math: 412 formulas ok"');
    expect(svg).not.toMatch(/<(script|image|use)\b|href=/); // nothing fetched, nothing run
    expect(JSON.parse(files.get('expect-test_loss.json')!)).toEqual({
      schemaVersion: 1,
      label: 'test_loss < 0.02 ± 0.003',
      message: '0.018 ✓',
      color: 'brightgreen',
    });
  });

  it('mathrepro badge writes them for the example repository', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mathrepro-badges-'));
    const result = await cli(['badge', '--out', out, '--expectations'], join(REPO, 'examples'));
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['expect-test_loss.json', 'expect-test_loss.svg', 'math.json', 'math.svg', 'reproduced.json', 'reproduced.svg']);
    expect(JSON.parse(readFileSync(join(out, 'math.json'), 'utf8'))).toEqual({ schemaVersion: 1, label: 'math', message: '1 error', color: 'red' });
    expect(JSON.parse(readFileSync(join(out, 'reproduced.json'), 'utf8')).message).toBe('1/1');
  });
});

describe('publishing to GitHub (against nock)', () => {
  const API = 'https://api.github.com';
  const repo = { owner: 'octo', repo: 'notes' };
  const octokit = () => createOctokit({ token: 't', log: { info: () => {}, warning: () => {} }, retryBaseMs: 1 });
  const files = new Map([
    ['math.svg', '<svg/>'],
    ['math.json', '{}'],
  ]);
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    expect(nock.pendingMocks()).toEqual([]);
    nock.cleanAll();
  });

  it('creates the badges branch on the first push', async () => {
    nock(API).get('/repos/octo/notes/git/ref/heads%2Fmathrepro-badges').reply(404, { message: 'Not Found' });
    nock(API)
      .post('/repos/octo/notes/git/trees', (b) => b.tree.length === 2 && b.tree[0].path === 'math.svg' && b.tree[0].content === '<svg/>' && !b.base_tree)
      .reply(201, { sha: 'tree1' });
    nock(API)
      .post('/repos/octo/notes/git/commits', (b) => b.tree === 'tree1' && b.parents.length === 0)
      .reply(201, { sha: 'commit1' });
    nock(API)
      .post('/repos/octo/notes/git/refs', (b) => b.ref === 'refs/heads/mathrepro-badges' && b.sha === 'commit1')
      .reply(201, {});
    expect(await publishBadges(octokit(), repo, 'mathrepro-badges', files, 'badges')).toBe('created');
  });

  it('adds a commit when the badges change, and nothing when they do not', async () => {
    const existing = () => {
      nock(API)
        .get('/repos/octo/notes/git/ref/heads%2Fmathrepro-badges')
        .reply(200, { object: { sha: 'commit1' } });
      nock(API)
        .get('/repos/octo/notes/git/commits/commit1')
        .reply(200, { sha: 'commit1', tree: { sha: 'tree1' } });
    };
    existing();
    nock(API).post('/repos/octo/notes/git/trees').reply(201, { sha: 'tree2' });
    nock(API)
      .post('/repos/octo/notes/git/commits', (b) => b.parents[0] === 'commit1')
      .reply(201, { sha: 'commit2' });
    nock(API)
      .patch('/repos/octo/notes/git/refs/heads%2Fmathrepro-badges', (b) => b.sha === 'commit2')
      .reply(200, {});
    expect(await publishBadges(octokit(), repo, 'mathrepro-badges', files, 'badges')).toBe('updated');
    existing();
    nock(API).post('/repos/octo/notes/git/trees').reply(201, { sha: 'tree1' });
    expect(await publishBadges(octokit(), repo, 'mathrepro-badges', files, 'badges')).toBe('unchanged');
  });

  it('sets commit statuses that branch protection can require', async () => {
    nock(API)
      .post('/repos/octo/notes/statuses/abc', (b) => b.context === 'mathrepro/math' && b.state === 'failure' && b.description.length <= 140)
      .reply(201, {});
    await setCommitStatus(octokit(), repo, 'abc', { context: 'mathrepro/math', state: 'failure', description: 'x'.repeat(300) });
  });
});
