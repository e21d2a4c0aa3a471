import { realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** A relative path with forward slashes, as reports, globs and GitHub use them. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Whether a path, its links followed, stays inside `root` (false when it cannot be resolved). */
export function staysInside(root: string, path: string): boolean {
  try {
    const to = relative(realpathSync(root), realpathSync(path));
    return !to.startsWith('..') && !isAbsolute(to);
  } catch {
    return false;
  }
}
