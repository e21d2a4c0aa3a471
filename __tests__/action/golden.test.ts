import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { FakeGitHub, type PostedComment } from '../helpers/fake-github.js';
import { FIXTURES, REPO } from '../helpers/fixtures.js';
import { eventFile, git, pullFilesFromGit } from '../helpers/github-events.js';

/**
 * What reviewers and CI logs see, kept as files beside the tests (`__tests__/fixtures/golden/<case>/`): the
 * sticky comment, the job summary and the annotations the action prints, for representative pull requests. A
 * change to any of them shows in the diff and is reviewed like code; `UPDATE_GOLDEN=1 npm test` rewrites them.
 */
const GOLDEN = join(FIXTURES, 'golden');

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Runs the action on pull request 7 from `base` to `head` of `root` (checked out at head), as GitHub would. */
async function pullRequestRun(root: string, base: string, head: string, inputs: Record<string, string>) {
  const comments: PostedComment[] = [];
  const fake = new FakeGitHub((request) => {
    if (request.path.startsWith('/repos/octo/notes/pulls/7/files')) return { status: 200, body: pullFilesFromGit(root, base, head) };
    if (request.path.startsWith('/repos/octo/notes/issues/7/comments') && request.method === 'GET') return { status: 200, body: comments };
    if (request.path === '/repos/octo/notes/issues/7/comments') {
      const comment = { id: 1, body: (request.body as { body: string }).body, user: { login: 'github-actions[bot]' }, html_url: 'c' };
      comments.push(comment);
      return { status: 201, body: comment };
    }
    if (request.path === '/repos/octo/notes/check-runs' || request.path.startsWith('/repos/octo/notes/statuses/'))
      return { status: 201, body: { id: 3, html_url: 'u' } };
    return undefined;
  });
  server = await fake.start();
  const eventPath = eventFile('pull_request', 'opened', (payload) => {
    payload.number = 7;
    payload.pull_request.number = 7;
    payload.pull_request.base.sha = base;
    payload.pull_request.head.sha = head;
  });
  const run = await runAction(
    root,
    { 'github-token': 'ghs_test', ...inputs },
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo/notes', GITHUB_API_URL: fake.url },
  );
  return {
    comment: comments[0]?.body ?? '(no comment)\n',
    summary: run.summary,
    annotations: run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::'))
      .join('\n'),
  };
}

function expectGolden(name: string, outputs: Record<string, string>): void {
  const folder = join(GOLDEN, name);
  for (const [kind, text] of Object.entries(outputs)) {
    const file = join(folder, kind === 'annotations' ? 'annotations.txt' : `${kind}.md`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
    }
    expect(`${text.endsWith('\n') ? text : `${text}\n`}`, `${name}/${kind}`).toBe(readFileSync(file, 'utf8'));
  }
}

describe('what reviewers see, kept as golden files', () => {
  it('notes: a changed formula, a new file with a space in its name, two broken formulas', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-golden-'));
    git(root, 'init', '-q');
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'model.md'), '# Model\n\nThe loss $L = \\frac{1}{n}\\sum_i \\ell_i$.\n\nKept: $a + b$.\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(
      join(root, 'notes', 'model.md'),
      '# Model\n\nThe loss $L = \\frac{1}{n}\\sum_{i=1}^n \\ell_i$.\n\nKept: $a + b$.\n\nNew: $\\frac{1}{2$ and $\\betta$, on GitHub $\\operatorname{softmax}(x)$.\n',
    );
    writeFileSync(join(root, 'notes', 'my new note.md'), 'A new file: $e^{i\\pi} + 1 = 0$, and $x$ with a dropped dollar: \\alpha.\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'head');
    expectGolden('notes', await pullRequestRun(root, base, git(root, 'rev-parse', 'HEAD'), {}));
  });

  it('notebook and REPRODUCE.md: a re-run notebook whose required cell failed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-golden-'));
    cpSync(join(REPO, 'examples'), root, { recursive: true });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    const base = git(root, 'rev-parse', 'HEAD');
    const notebook = join(root, 'notebooks', 'training.ipynb');
    const rerun = JSON.parse(readFileSync(notebook, 'utf8'));
    rerun.cells.find((cell: { execution_count?: number }) => cell.execution_count === 5).outputs = [
      { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: [] },
    ];
    writeFileSync(notebook, JSON.stringify(rerun, null, 1));
    git(root, 'commit', '-qam', 'rerun');
    expectGolden('notebook-reproduce', await pullRequestRun(root, base, git(root, 'rev-parse', 'HEAD'), { paths: 'notebooks', comment: 'always' }));
  });
});
