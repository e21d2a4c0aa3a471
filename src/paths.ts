import { sep } from 'node:path';

/** A relative path with forward slashes, as reports, globs and GitHub use them. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
