import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
