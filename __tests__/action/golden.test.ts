import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { FakeGitHub, type PostedComment } from '../helpers/fake-github.js';
import { FIXTURES, REPO } from '../helpers/fixtures.js';

/**
 * What reviewers and CI logs see, kept as files beside the tests (`__tests__/fixtures/golden/<case>/`): the
 * sticky comment, the job summary and the annotations the action prints, for representative pull requests. A
 * change to any of them shows in the diff and is reviewed like code; `UPDATE_GOLDEN=1 npm test` rewrites them.
 */
const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, any>> }>;
const GOLDEN = join(FIXTURES, 'golden');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Runs the action on pull request 7 from `base` to `head` of `root` (checked out at head), as GitHub would. */
async function pullRequestRun(root: string, base: string, head: string, inputs: Record<string, string>) {
  const comments: PostedComment[] = [];
  const fake = new FakeGitHub((request) => {
    if (request.path.startsWith('/repos/octo/notes/pulls/7/files')) {
      const names = git(root, 'diff', '--name-status', '-z', base, head).split('\0').filter(Boolean);
      const files = [];
      for (let k = 0; k < names.length; k += 2) {
        const patch = git(root, 'diff', base, head, '--', names[k + 1]!)
          .split('\n')
          .slice(4)
          .join('\n');
        files.push({ filename: names[k + 1], status: names[k] === 'A' ? 'added' : 'modified', patch });
      }
      return { status: 200, body: files };
    }
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
  const payload = structuredClone(examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!);
  Object.assign(payload, { number: 7 });
  payload.pull_request.number = 7;
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  payload.repository.name = 'notes';
  payload.repository.owner.login = 'octo';
  const eventPath = join(mkdtempSync(join(tmpdir(), 'mathrepro-event-')), 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
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
