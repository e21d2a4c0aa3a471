import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reading a file a pull request may have written. Its size is known before a byte is read, so a huge file is
 * refused instead of loaded into memory; and only a regular file is read, so a link to `/dev/zero` or a named pipe
 * (each reads forever) is refused instead of hanging the run.
 */

export type FileRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: 'too-large'; size: number; limit: number }
  | { ok: false; problem: 'not-a-file' }
  | { ok: false; problem: 'unreadable'; code: string };

// Opening a named pipe without O_NONBLOCK waits for a writer. (Windows has no such flag, nor such pipes.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The file's bytes when it is a regular file of at most `maxBytes` (links followed); otherwise why not. */
export function readFileBounded(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, problem: 'not-a-file' };
    if (stats.size > maxBytes) return { ok: false, problem: 'too-large', size: stats.size, limit: maxBytes };
    // The size is from the open file itself; a file that grows while it is read is cut at that size.
    const bytes = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** The file's text (UTF-8) under the same rules, or a sentence saying why it was not read. */
export function readTextBounded(path: string, maxBytes: number): { ok: true; text: string } | { ok: false; reason: string } {
  const read = readFileBounded(path, maxBytes);
  return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : { ok: false, reason: whyNotRead(read) };
}

/** Why a file was not read, as the end of a sentence: "larger than 1 MB", "not a regular file", "cannot be read (EACCES)". */
function whyNotRead(read: Exclude<FileRead, { ok: true }>): string {
  switch (read.problem) {
    case 'too-large':
      return `larger than ${megabytes(read.limit)}`;
    case 'not-a-file':
      return 'not a regular file';
    case 'unreadable':
      return `cannot be read (${read.code})`;
  }
}

/** The sentence for a file that is not a regular file or cannot be read (a size limit is the caller's to explain). */
export function cannotReadSentence(read: Exclude<FileRead, { ok: true } | { problem: 'too-large' }>): string {
  return read.problem === 'not-a-file'
    ? 'Not a regular file (a device or a pipe, perhaps behind a link); not checked.'
    : `Cannot read the file (${read.code}).`;
}

function unreadable(error: unknown): FileRead {
  return { ok: false, problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
