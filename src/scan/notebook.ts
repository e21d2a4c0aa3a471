import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser';

/**
 * Reads a Jupyter notebook without losing where its text sits in the raw `.ipynb` file: for every character
 * of a cell's source, the offset of that character (or of its JSON escape) in the file. That is what lets a
 * finding inside a notebook become an annotation on the right line of the file.
 */

export interface NotebookCell {
  index: number;
  cellType: string;
  source: string;
  /** File offset of each UTF-16 unit of `source`, plus one entry just past the last. */
  offsets: number[];
  tags: string[];
  /** `text/markdown` outputs of a code cell: Jupyter renders them, with their math and macro definitions. */
  markdownOutputs: string[];
}

export interface Notebook {
  nbformat: number | undefined;
  cells: NotebookCell[];
}

export class NotebookError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface CellDraft {
  cellType: string;
  pieces: Array<{ value: string; offsets: number[] }>;
  tags: string[];
  markdownOutputs: Map<number, string>;
}

export function readNotebook(raw: string): Notebook {
  let nbformat: number | undefined;
  const drafts = new Map<string, CellDraft>();
  const draft = (key: string): CellDraft => {
    let cell = drafts.get(key);
    if (!cell) {
      cell = { cellType: '', pieces: [], tags: [], markdownOutputs: new Map() };
      drafts.set(key, cell);
    }
    return cell;
  };
  let sawTopLevelObject = false;
  let failure: NotebookError | undefined;
  // Outputs can be most of a notebook (images, long logs): their values are not visited one by one.
  let skipNextArray = false;

  visit(
    raw,
    {
      onObjectBegin(_offset, _length, _line, _col, pathSupplier) {
        skipNextArray = false;
        if (!sawTopLevelObject && pathSupplier().length === 0) sawTopLevelObject = true;
      },
      onObjectProperty(property) {
        skipNextArray = property === 'outputs';
      },
      onArrayBegin() {
        if (!skipNextArray) return true;
        skipNextArray = false;
        return false;
      },
      // jsonc-parser counts skipped levels down in its end callbacks: they must exist for skipping to end.
      onArrayEnd() {},
      onObjectEnd() {},
      onLiteralValue(value: unknown, offset, length, _line, _col, pathSupplier) {
        skipNextArray = false;
        const path = pathSupplier();
        if (path.length === 1 && path[0] === 'nbformat' && typeof value === 'number') {
          nbformat = value;
          return;
        }
        const where = cellPath(path);
        if (!where || typeof value !== 'string') return;
        const { key, rest } = where;
        const field = rest[0];
        if (field === 'cell_type' && rest.length === 1) draft(key).cellType = value;
        else if ((field === 'source' || field === 'input') && rest.length <= 2) {
          draft(key).pieces.push({ value, offsets: stringOffsets(raw, offset, length, value) });
        } else if (field === 'metadata' && rest[1] === 'tags' && rest.length === 3) draft(key).tags.push(value);
      },
      onError(error, offset) {
        failure ??= new NotebookError(`not valid JSON (${describeJsonError(printParseErrorCode(error))})`, offset);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );

  if (failure) throw failure;
  if (!sawTopLevelObject) throw new NotebookError('not a notebook: the JSON is not an object', 0);
  if (raw.includes('"text/markdown"')) addMarkdownOutputs(JSON.parse(raw) as unknown, draft);
  const cells: NotebookCell[] = [];
  for (const cell of drafts.values()) {
    let source = '';
    const offsets: number[] = [];
    for (const piece of cell.pieces) {
      source += piece.value;
      for (let k = 0; k < piece.value.length; k++) offsets.push(piece.offsets[k]!);
    }
    const last = cell.pieces[cell.pieces.length - 1];
    offsets.push(last ? last.offsets[last.offsets.length - 1]! : 0);
    cells.push({
      index: cells.length,
      cellType: cell.cellType,
      source,
      offsets,
      tags: cell.tags,
      markdownOutputs: [...cell.markdownOutputs.values()],
    });
  }
  return { nbformat, cells };
}

/** `text/markdown` outputs of code cells, from the parsed notebook (their positions are not needed). */
function addMarkdownOutputs(notebook: unknown, draft: (key: string) => CellDraft): void {
  const data = notebook as { cells?: unknown[]; worksheets?: Array<{ cells?: unknown[] }> };
  const worksheets = data.cells ? [data.cells] : (data.worksheets ?? []).map((w) => w.cells ?? []);
  worksheets.forEach((cells, w) => {
    cells.forEach((cell, i) => {
      const outputs = (cell as { outputs?: Array<{ data?: Record<string, unknown> }> }).outputs;
      if (!Array.isArray(outputs)) return;
      outputs.forEach((output, k) => {
        const markdown = output?.data?.['text/markdown'];
        if (markdown === undefined) return;
        draft(`${w}/${i}`).markdownOutputs.set(k, Array.isArray(markdown) ? markdown.join('') : String(markdown));
      });
    });
  });
}

/** `cells/3/…` (nbformat 4) or `worksheets/0/cells/3/…` (nbformat 3): a key for the cell and the rest of the path. */
function cellPath(path: JSONPath): { key: string; rest: JSONPath } | undefined {
  if (path[0] === 'cells' && typeof path[1] === 'number') return { key: `0/${path[1]}`, rest: path.slice(2) };
  if (path[0] === 'worksheets' && path[2] === 'cells' && typeof path[1] === 'number' && typeof path[3] === 'number') {
    return { key: `${path[1]}/${path[3]}`, rest: path.slice(4) };
  }
  return undefined;
}

/**
 * File offsets of each UTF-16 unit of a decoded JSON string whose literal (with quotes) spans
 * [offset, offset + length). An escape such as `\n` or `\u00e9` maps to the offset of its backslash.
 */
export function stringOffsets(raw: string, offset: number, length: number, value: string): number[] {
  const first = offset + 1;
  const last = offset + length - 1;
  const offsets: number[] = new Array<number>(value.length + 1);
  if (last - first === value.length) {
    for (let k = 0; k <= value.length; k++) offsets[k] = first + k;
    return offsets;
  }
  let unit = 0;
  for (let r = first; r < last && unit < value.length; ) {
    offsets[unit++] = r;
    if (raw.charCodeAt(r) === 92 /* \ */) r += raw[r + 1] === 'u' ? 6 : 2;
    else r++;
  }
  while (unit < value.length) offsets[unit++] = last;
  offsets[value.length] = last;
  return offsets;
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'a property name was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing brace was expected',
    CloseBracketExpected: 'a closing bracket was expected',
    EndOfFileExpected: 'text after the end of the JSON',
    InvalidCommentToken: 'a comment, which JSON does not allow',
    UnexpectedEndOfComment: 'an unfinished comment',
    UnexpectedEndOfString: 'an unfinished string',
    UnexpectedEndOfNumber: 'an unfinished number',
    InvalidUnicode: 'a malformed \\u escape',
    InvalidEscapeCharacter: 'an invalid escape',
    InvalidCharacter: 'a control character inside a string',
  };
  return words[code] ?? code;
}
