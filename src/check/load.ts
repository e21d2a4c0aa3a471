import { isUtf8 } from 'node:buffer';
import { withoutImageData } from '../scan/image-data.js';
import { NotebookError, readNotebook } from '../scan/notebook.js';
import type { Finding } from '../model/types.js';
import type { Chunk } from './document.js';
import { fileUnreadable } from '../rules/file-unreadable.js';

/**
 * Turns a file's bytes into the chunks the document checker reads, or into one finding that says why the file
 * cannot be read. Never throws on bad input.
 */

export const MAX_MARKDOWN_BYTES = 16 * 1024 * 1024;
export const MAX_NOTEBOOK_BYTES = 200 * 1024 * 1024;

/**
 * A file read: its chunks of Markdown, and, for a notebook, findings on cells that could not be read. `fileText` is
 * the whole file as text, which positions are counted in; for a notebook it is decoded on first use.
 */
export type Loaded = { ok: true; fileText: () => string; chunks: Chunk[]; findings?: Finding[] } | { ok: false; fileText: () => string; finding: Finding };

/** The cell types of nbformat; a cell of another type is shown by no Jupyter. */
const CELL_TYPES = new Set(['markdown', 'code', 'raw', 'heading']);

export type FileKind = 'markdown' | 'notebook';

/** The largest file of a kind that is read at all. */
export function readLimit(kind: FileKind): number {
  return kind === 'notebook' ? MAX_NOTEBOOK_BYTES : MAX_MARKDOWN_BYTES;
}

/** What a file too large to read becomes (callers that know the size before reading use it too). */
export function tooLarge(size: number, kind: FileKind): Loaded & { ok: false } {
  return unreadable(noText, `File of ${megabytes(size)} is larger than the ${megabytes(readLimit(kind))} mathrepro reads; not checked.`, 'warning');
}

export function loadFile(bytes: Uint8Array, kind: FileKind): Loaded {
  if (bytes.length > readLimit(kind)) return tooLarge(bytes.length, kind);
  // UTF-16 text (what Windows PowerShell's `>` writes) is full of NUL bytes, but it is no binary file.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return unreadable(noText, 'UTF-16 text (it starts with a UTF-16 byte-order mark); not checked. Save the file as UTF-8.', 'warning');
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return unreadable(noText, 'Binary file (it contains NUL bytes), not text; not checked.', 'warning');
  // A byte-order mark is not part of the text (editors do not count it in columns).
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + (hasBom ? 3 : 0), bytes.length - (hasBom ? 3 : 0));
  // What is cut out of a notebook is ASCII, cut at ASCII characters: the rest is UTF-8 exactly when the whole is.
  const compact = kind === 'notebook' ? withoutImageData(body) : body;
  if (!isUtf8(compact)) return notUtf8(body, kind);
  if (kind === 'markdown') {
    const text = body.toString('utf8');
    return { ok: true, fileText: () => text, chunks: [{ text }] };
  }
  return loadNotebook(body, compact);
}

/**
 * Text that is not UTF-8 (a Latin-1 byte): checked all the same, each bad byte read as U+FFFD, and said. Jupyter
 * cannot open such a notebook at all (an error); a Markdown page shows replacement characters (a warning).
 */
function notUtf8(body: Buffer, kind: FileKind): Loaded {
  const text = body.toString('utf8');
  const at = Math.max(0, text.indexOf('\ufffd'));
  const finding: Finding =
    kind === 'notebook'
      ? {
          rule: fileUnreadable.id,
          message: 'Notebook is not UTF-8 here: Jupyter cannot open it (UnicodeDecodeError). Save it as UTF-8.',
          start: at,
          end: at + 1,
        }
      : {
          rule: fileUnreadable.id,
          message: 'Not UTF-8 here: the page shows a replacement character. Save the file as UTF-8.',
          start: at,
          end: at + 1,
          severity: 'warning',
        };
  if (kind === 'markdown') return { ok: true, fileText: () => text, chunks: [{ text }], findings: [finding] };
  const loaded = loadNotebook(Buffer.from(text, 'utf8'), Buffer.from(text, 'utf8'));
  return loaded.ok ? { ...loaded, findings: [...(loaded.findings ?? []), finding] } : loaded;
}

/** `compact` is `body` without its image data (./image-data.ts), or `body` itself. */
function loadNotebook(body: Buffer, compact: Buffer): Loaded {
  let text: string | undefined;
  const fileText = () => (text ??= body.toString('utf8'));
  let notebook;
  try {
    notebook = readNotebook(compact === body ? fileText() : compact.toString('utf8'), fileText);
  } catch (error) {
    if (error instanceof NotebookError) {
      return {
        ok: false,
        fileText,
        finding: { rule: fileUnreadable.id, message: `Notebook is ${error.message}; Jupyter cannot open it.`, start: error.offset, end: error.offset + 1 },
      };
    }
    throw error;
  }
  const { nbformat } = notebook;
  if (nbformat !== 3 && nbformat !== 4) {
    const what = nbformat === undefined ? 'has no nbformat field' : `is nbformat ${nbformat}`;
    return unreadable(fileText, `Notebook ${what}; mathrepro reads nbformat 3 and 4. Upgrade it with \`jupyter nbconvert --to notebook\`.`, 'error');
  }
  const chunks: Chunk[] = [];
  // A cell that cannot be read is said, never passed over: its math would go unchecked.
  const findings: Finding[] = [];
  const notRead = (message: string): void => void findings.push({ rule: fileUnreadable.id, message, start: 0, end: 1, severity: 'warning' });
  for (const cell of notebook.cells) {
    if (!CELL_TYPES.has(cell.cellType)) {
      const type = cell.cellType ? `cell_type '${cell.cellType.slice(0, 40)}', which no Jupyter knows` : 'no cell_type';
      notRead(`Cell ${cell.index} has ${type}; it was not checked.`);
      continue;
    }
    if ((cell.cellType === 'markdown' || cell.cellType === 'heading') && !cell.sourceIsText) {
      notRead(`Cell ${cell.index} is markdown but its source is not text (a string or a list of strings); it was not checked.`);
      continue;
    }
    if (cell.cellType === 'markdown' || cell.cellType === 'heading') {
      chunks.push({ text: cell.source, fileOffsets: () => notebook.sourceOffsets(cell.index), cell: cell.index, tags: cell.tags });
    }
    for (const output of cell.markdownOutputs) {
      chunks.push({ text: output, cell: cell.index, definitionsOnly: true });
    }
  }
  return { ok: true, fileText, chunks, ...(findings.length ? { findings } : {}) };
}

function unreadable(fileText: () => string, message: string, severity: 'warning' | 'error'): Loaded & { ok: false } {
  return { ok: false, fileText, finding: { rule: fileUnreadable.id, message, start: 0, end: 1, severity } };
}

const noText = () => '';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
