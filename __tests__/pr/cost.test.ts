import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPullRequest } from '../../src/app/pull-request.js';
import { loadConfig } from '../../src/config/load.js';
import { changesBetween, readAtRevision } from '../../src/git/git.js';
import { changesFromGit } from '../../src/pr/diff.js';
import type { FilterMode } from '../../src/model/changes.js';
import { git } from '../helpers/github-events.js';

/** A repository of 40 notes, one of them broken, and a change to one other note (and, when asked, the configuration). */
function repository(changeConfig: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-cost-'));
  git(root, 'init', '-q');
  mkdirSync(join(root, 'notes'));
  for (let k = 0; k < 40; k++) writeFileSync(join(root, 'notes', `n${k}.md`), k === 7 ? 'Broken long ago: $\\frac{1}{2$.\n' : `Note ${k}: $x_${k}$.\n`);
  writeFileSync(join(root, '.mathrepro.yml'), 'rules:\n  katex-strict: warning\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  writeFileSync(join(root, 'notes', 'n3.md'), 'Changed: $\\betta$.\n');
  if (changeConfig) writeFileSync(join(root, '.mathrepro.yml'), 'rules:\n  katex-strict: off\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'head');
  return { root, base };
}

async function pullRequest(root: string, base: string, filterMode: FilterMode) {
  return checkPullRequest({
    root,
    paths: [],
    config: loadConfig(root),
    filterMode,
    sources: {
      changes: async () => changesFromGit(changesBetween(root, base, 'HEAD')),
      head: 'work-tree',
      base: async (path) => readAtRevision(root, base, path),
    },
  });
}

describe('a pull request costs what it changes', () => {
  it('checks only the changed files of a checked-out head, and shows the same findings', async () => {
    const { root, base } = repository(false);
    const checked = await pullRequest(root, base, 'added');
    expect(checked.report.summary.files).toBe(1);
    expect(checked.shown.map((d) => `${d.file} ${d.rule}`)).toEqual(['notes/n3.md unknown-command']);
  });

  it('checks the whole tree when nofilter asks for every finding, or when the change touches the configuration', async () => {
    const { root, base } = repository(true);
    expect((await pullRequest(root, base, 'added')).report.summary.files).toBe(40);
    const unchanged = repository(false);
    const nofilter = await pullRequest(unchanged.root, unchanged.base, 'nofilter');
    expect(nofilter.report.summary.files).toBe(40);
    expect(nofilter.shown.map((d) => `${d.file} ${d.rule}`).sort()).toEqual(['notes/n3.md unknown-command', 'notes/n7.md syntax-error']);
  });

  it("checks the whole tree when the change touches a site's layout, whose macros every page uses", async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-cost-'));
    git(root, 'init', '-q');
    mkdirSync(join(root, '_layouts'));
    writeFileSync(join(root, '_config.yml'), 'title: notes\n');
    writeFileSync(join(root, '_layouts', 'default.html'), '<div style="display:none">$$\\gdef\\E{\\mathbb{E}}$$</div>\n');
    writeFileSync(join(root, 'page.md'), 'Expected: $\\E[X]$.\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, '_layouts', 'default.html'), '<div>no macros any more</div>\n');
    git(root, 'commit', '-qam', 'head');
    const checked = await pullRequest(root, base, 'added');
    expect(checked.report.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['page.md unknown-command']);
  });
});
