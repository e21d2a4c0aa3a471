import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ResolvedConfig, defaultConfig } from '../config/config.js';
import { discoverFiles } from '../check/discover.js';
import { toPosix } from '../paths.js';
import { readTextBounded } from '../read-file.js';
import type { FileReader } from '../reproduce/verify.js';

const MAX_SOURCE_BYTES = 200 * 1024 * 1024;

/**
 * Reads files a REPRODUCE.md names, only inside the repository (or inside a results folder: `root` is then that
 * folder): no absolute paths, no `..` out of it, and no
 * symbolic link that leads out of it (a pull request could add one pointing at a secret).
 */
export function repositoryReader(root: string): FileReader {
  const realRoot = realpathSync(root);
  return (path) => {
    if (isAbsolute(path)) return { ok: false, reason: 'an absolute path; name files relative to the repository' };
    const full = resolve(root, path);
    if (relative(root, full).startsWith('..')) return { ok: false, reason: 'outside the repository' };
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      return { ok: false, reason: 'no such file' };
    }
    if (relative(realRoot, real).startsWith('..')) return { ok: false, reason: 'a link that leads outside the repository' };
    const read = readTextBounded(real, MAX_SOURCE_BYTES);
    // When the file was written: outputs older than a run's start are stale (--executed-after).
    return read.ok ? { ...read, modified: statSync(real).mtime } : read;
  };
}

/** Every notebook of the repository, honouring .gitignore. */
export function repositoryNotebooks(root: string): string[] {
  const config = new ResolvedConfig({ ...defaultConfig(), include: ['**/*.ipynb'] });
  return discoverFiles(root, [], config).map((path) => toPosix(relative(root, path)));
}
