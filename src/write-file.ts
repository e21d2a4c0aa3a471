import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** Why the file system refused a write, in words: most often a path named by mistake, or a file not the user's. */
const WRITE_PROBLEMS: Record<string, string> = {
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** Writes a file, making its folders as needed; returns why it could not, or undefined once it is written. */
export function writeFileOrSayWhy(path: string, content: string | Uint8Array): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return WRITE_PROBLEMS[code] ?? (error instanceof Error ? error.message : String(error));
  }
}

/**
 * Replaces a file that mathrepro read as `original` with `content`, only if it still holds `original`: the new text
 * is written beside it and renamed over it after a last comparison, so an edit made while `fix` ran (an editor's
 * save, a line appended) is never lost, and a reader never sees half a file. Returns why it did not, or undefined.
 */
export function replaceIfUnchanged(path: string, original: Uint8Array, content: string): string | undefined {
  const temporary = `${path}.mathrepro-${process.pid}.tmp`;
  const changed = () => !readFileSync(path).equals(original);
  const CHANGED = 'it changed while mathrepro was fixing it; run fix again';
  try {
    // Renamed over, a link would become a file of its own; written through, it could lead out of the repository.
    if (lstatSync(path).isSymbolicLink()) return 'it is a link; fix the file it points to';
    if (!writeBeside(temporary, content, statSync(path).mode)) {
      // A writable file in a folder that is not: written in place, still only if unchanged.
      if (changed()) return CHANGED;
      writeFileSync(path, content);
      return undefined;
    }
    if (changed()) {
      rmSync(temporary, { force: true });
      return CHANGED;
    }
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return WRITE_PROBLEMS[code] ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Writes a new file with the given mode; false when the folder does not let this user create one. */
function writeBeside(path: string, content: string, mode: number): boolean {
  try {
    // A leftover of a run that was killed; `wx` then never follows a link that stands in its place.
    rmSync(path, { force: true });
    writeFileSync(path, content, { flag: 'wx', mode: mode & 0o7777 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return false;
    throw error;
  }
  chmodSync(path, mode & 0o7777);
  return true;
}

/**
 * Why a report may not be written at `path` for a run in the repository `root`, or undefined: a path inside the
 * repository that a link carries out of it (a pull request can commit `report.txt` → `~/.bashrc`), a link as the
 * file itself, or one of the files the run reads (`check -o notes.md notes.md` would overwrite what it checks).
 */
export function unsafeOutput(path: string, root: string, inputs: readonly string[] = []): string | undefined {
  const target = resolve(path);
  const inside = (parent: string, child: string) => {
    const to = relative(parent, child);
    return to === '' || (!to.startsWith('..') && !isAbsolute(to));
  };
  if (inside(root, target)) {
    let link = false;
    try {
      link = lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink() === true;
    } catch {
      // Part of the path is a file: the write itself says so.
    }
    if (link) return 'it is a link; mathrepro does not write through links in a repository';
    // The nearest folder that exists must stay inside the repository once its links are followed.
    let folder = dirname(target);
    while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
    if (!inside(realpathSync(root), realpathSync(folder))) return 'a link in the path leads outside the repository';
  }
  const real = existsSync(target) ? realpathSync(target) : target;
  if (inputs.some((input) => existsSync(input) && realpathSync(input) === real)) return 'it is one of the files this run reads';
  return undefined;
}
