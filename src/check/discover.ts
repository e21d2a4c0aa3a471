import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { type ResolvedConfig } from '../config/config.js';
import { ConfigurationError } from '../model/errors.js';
import { checkGlob } from '../config/config.js';
import { toPosix } from '../paths.js';
import { readTextBounded } from '../read-file.js';

/**
 * The files to check: every path argument that is a file, and the included files under every folder argument,
 * honouring `.gitignore` files and never following symbolic links (a pull request may add a link to `/`).
 * Returns absolute paths, sorted, without duplicates.
 */
export function discoverFiles(root: string, paths: readonly string[], config: ResolvedConfig, options: DiscoverOptions = {}): string[] {
  const found = new Set<string>();
  let realRoot: string | undefined;
  // `!pattern` leaves out what it matches, as in .gitignore and the action's `paths` (`. !vendor/**`).
  const negated = paths.filter((path) => path.startsWith('!') && path.length > 1).map((path) => path.slice(1));
  for (const path of paths) if (GLOB_CHARACTERS.test(path)) checkGlob(path.replace(/^!/, ''), 'path pattern');
  const given = paths.filter((path) => !(path.startsWith('!') && path.length > 1));
  for (const path of given.length ? given : ['.']) {
    const absolute = resolve(root, path);
    if (!existsSync(absolute) && GLOB_CHARACTERS.test(path)) {
      // A glob the shell did not expand (quoted, or a shell without globbing): the files under the root it matches.
      const matches = picomatch(toPosix(relative(root, absolute)), { dot: false });
      const all = new Set<string>();
      walk(root, root, config, [...repositoryExcludes(root)], all, options.tracked);
      let matched = 0;
      for (const file of all) {
        if (!matches(toPosix(relative(root, file)))) continue;
        found.add(file);
        matched++;
      }
      // A pattern that matches nothing is a mistake to say, not a pass ("0 formulas" over nothing).
      if (matched === 0) throw new ConfigurationError(`${path}: matches no file`);
      continue;
    }
    if (!existsSync(absolute)) throw new ConfigurationError(`${path}: no such file or folder`);
    // A path inside the repository that a link carries out of it (a pull request can turn `docs` into a link to
    // `/`) is refused: what lies outside would be read and echoed into the comment. A path written outside it
    // (`mathrepro check ../other`) is the user's own choice.
    const outside = isOutside(root, absolute);
    if (!outside) {
      realRoot ??= realpathSync(root);
      if (isOutside(realRoot, realpathSync(absolute)))
        throw new ConfigurationError(`${path}: a link that leads outside the repository; mathrepro does not follow it`);
    }
    const stats = statSync(absolute);
    if (stats.isDirectory()) {
      // Globs are relative to the root; a folder outside it is matched relative to itself, and the repository's
      // ignore rules are not its rules (git does not apply them there either), only its own .gitignore files are.
      if (outside) walk(absolute, absolute, config, [], found, options.tracked);
      else walk(absolute, root, config, [...repositoryExcludes(root), ...ignoreStackFor(root, absolute)], found, options.tracked);
    } else if (!config.isExcluded(toPosix(relative(root, absolute)))) {
      // A file named on the command line is checked whatever its extension, unless configuration excludes it; a
      // named pipe, socket or device is handed on too, to be reported as not a regular file (never "0 files").
      found.add(absolute);
    }
  }
  if (negated.length > 0) {
    const leftOut = picomatch(
      negated.map((pattern) => toPosix(pattern).replace(/^\.\//, '')),
      { dot: true },
    );
    for (const file of found) {
      const relativePath = toPosix(relative(root, file));
      // A pattern without a slash leaves out that name anywhere, as in .gitignore.
      if (leftOut(relativePath) || leftOut(relativePath.split('/').pop()!)) found.delete(file);
    }
  }
  return [...found].sort();
}

export interface DiscoverOptions {
  /**
   * The files git tracks (absolute paths), asked only when an ignore rule would leave a file out: git counts a
   * tracked file even when a pattern matches it. Undefined outside a repository.
   */
  tracked?: () => ReadonlySet<string> | undefined;
}

const GLOB_CHARACTERS = /[*?[\]{}]/;

function isOutside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

interface IgnoreLevel {
  base: string;
  rules: Ignore;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.ipynb_checkpoints', '__pycache__']);

function walk(folder: string, base: string, config: ResolvedConfig, ignores: IgnoreLevel[], found: Set<string>, tracked?: DiscoverOptions['tracked']): void {
  const levels = withGitignore(folder, ignores);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // unreadable folder: nothing in it can be checked, and nothing else is affected
  }
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) continue;
    const isDirectory = entry.isDirectory();
    if (isIgnored(path, isDirectory, levels) && !isTracked(path, isDirectory, tracked)) continue;
    if (isDirectory) walk(path, base, config, levels, found, tracked);
    else if (entry.isFile() && config.isIncluded(toPosix(relative(base, path)))) found.add(path);
  }
}

/** A .gitignore larger than this is not read (git's own are a few kilobytes; a hostile one could be gigabytes). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

function withGitignore(folder: string, levels: IgnoreLevel[]): IgnoreLevel[] {
  const file = join(folder, '.gitignore');
  try {
    if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) return levels;
    const read = readTextBounded(file, MAX_GITIGNORE_BYTES);
    return read.ok ? [...levels, { base: folder, rules: ignore().add(read.text) }] : levels;
  } catch {
    return levels;
  }
}

/** The repository's own exclude file (`.git/info/exclude`), which git honours like a .gitignore at the root. */
function repositoryExcludes(root: string): IgnoreLevel[] {
  const file = join(root, '.git', 'info', 'exclude');
  try {
    if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) return [];
    const read = readTextBounded(file, MAX_GITIGNORE_BYTES);
    return read.ok ? [{ base: root, rules: ignore().add(read.text) }] : [];
  } catch {
    return [];
  }
}

/** The .gitignore files of the folders from the root down to (not including) `folder`. */
function ignoreStackFor(root: string, folder: string): IgnoreLevel[] {
  let levels: IgnoreLevel[] = [];
  const inside = relative(root, folder);
  if (inside.startsWith('..') || inside === '') return levels;
  let current = root;
  for (const part of inside.split(sep).slice(0, -1)) {
    levels = withGitignore(current, levels);
    current = join(current, part);
  }
  return withGitignore(current, levels);
}

/** Whether git tracks the file, or a file under the folder, although an ignore pattern matches it. */
function isTracked(path: string, isDirectory: boolean, tracked: DiscoverOptions['tracked']): boolean {
  const files = tracked?.();
  if (!files) return false;
  if (!isDirectory) return files.has(path);
  let folders = trackedFolders.get(files);
  if (!folders) {
    folders = new Set();
    for (const file of files)
      for (let folder = dirname(file); !folders.has(folder) && folder !== dirname(folder); folder = dirname(folder)) folders.add(folder);
    trackedFolders.set(files, folders);
  }
  return folders.has(path);
}

/** The folders holding tracked files, worked out once per list. */
const trackedFolders = new WeakMap<ReadonlySet<string>, Set<string>>();

function isIgnored(path: string, isDirectory: boolean, levels: IgnoreLevel[]): boolean {
  for (const level of levels) {
    const inside = toPosix(relative(level.base, path)) + (isDirectory ? '/' : '');
    if (level.rules.ignores(inside)) return true;
  }
  return false;
}
