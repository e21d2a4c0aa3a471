import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigurationError } from '../model/errors.js';

/**
 * Reading other revisions from the local clone. Only `git` itself runs; nothing from the repository is executed
 * (hooks and filters do not run on `git show` or `git diff`).
 */

const MAX_FILE = 200 * 1024 * 1024;

function git(cwd: string, args: string[], maxBuffer = MAX_FILE): Buffer {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Whether the clone has this commit (a shallow checkout may not have the base). */
export function hasCommit(cwd: string, rev: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The full SHA of a revision; throws with git's message when it does not exist. */
export function resolveRevision(cwd: string, rev: string): string {
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
      .toString('utf8')
      .trim();
  } catch {
    throw new Error(`unknown revision '${rev}'`);
  }
}

/** A file's bytes at a revision, or undefined when it does not exist there. */
export function readAtRevision(cwd: string, rev: string, path: string): Uint8Array | undefined {
  try {
    return git(cwd, ['show', `${rev}:${path}`]);
  } catch {
    return undefined;
  }
}

/**
 * What changed between two revisions (or a revision and the work tree): the NUL-separated name list and the patch
 * text of `git diff -M`, which `changesFromGit` pairs. With `untracked`, new files git does not track yet (and
 * does not ignore) are listed too, as added.
 */
export function changesBetween(
  cwd: string,
  base: string,
  head: string | undefined,
  paths: readonly string[] = [],
  options: { untracked?: boolean } = {},
): { nameStatus: string; diff: string; untracked: string[] } {
  const range = head ? [base, head] : [base];
  const common = ['diff', '--no-color', '--no-ext-diff', '-M', ...range];
  const nameStatus = git(cwd, [...common, '--name-status', '-z', '--', ...paths]).toString('utf8');
  const diff = git(cwd, [...common, '--unified=3', '--', ...paths]).toString('utf8');
  const untracked =
    options.untracked && !head
      ? git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...paths])
          .toString('utf8')
          .split('\0')
          .filter(Boolean)
      : [];
  return { nameStatus, diff, untracked };
}

/** The repository's top folder. */
export function topLevel(cwd: string): string | undefined {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** A revision's full SHA, or a ConfigurationError saying the revision does not exist. */
export function resolveOrExplain(root: string, rev: string): string {
  try {
    return resolveRevision(root, rev);
  } catch {
    throw new ConfigurationError(`${rev}: no such revision in this repository`);
  }
}

/**
 * The files git tracks under `root` (absolute paths), or undefined when it is not in a repository. Asked only when
 * an ignore pattern would leave a file out, so most runs never start git.
 */
export function trackedFiles(root: string): Set<string> | undefined {
  try {
    const top = git(root, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
    const listed = git(root, ['ls-files', '-z', '--full-name', '--', '.']).toString('utf8');
    return new Set(
      listed
        .split('\0')
        .filter(Boolean)
        .map((path) => join(top, path)),
    );
  } catch {
    return undefined;
  }
}
