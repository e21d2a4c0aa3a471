import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, any>> }>;

/** git in `cwd`, as a user with a name would run it; its output trimmed. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A real webhook payload from GitHub's examples, pointed at octo/notes and edited, written where the runner puts it. */
export function eventFile(name: string, action: string, edit: (payload: Record<string, any>) => void): string {
  const payload = structuredClone(examples.find((e) => e.name === name)!.examples.find((e) => e.action === action)!);
  payload.repository.name = 'notes';
  payload.repository.owner.login = 'octo';
  edit(payload);
  const path = join(mkdtempSync(join(tmpdir(), 'mathrepro-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

/** What GitHub's "list pull request files" answers for the change from `base` to `head` of a real repository. */
export function pullFilesFromGit(repo: string, base: string, head: string): Array<{ filename: string; status: string; patch: string }> {
  const names = git(repo, 'diff', '--name-status', '-z', base, head).split('\0').filter(Boolean);
  const files = [];
  for (let k = 0; k < names.length; k += 2) {
    const filename = names[k + 1]!;
    const patch = git(repo, 'diff', base, head, '--', filename).split('\n').slice(4).join('\n');
    files.push({ filename, status: names[k] === 'A' ? 'added' : 'modified', patch });
  }
  return files;
}
