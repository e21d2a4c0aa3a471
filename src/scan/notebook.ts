import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser';

/**
 * Reads a Jupyter notebook. The cells come from the engine's own JSON.parse, which is several times faster than
 * a tokenizer that reports positions. Positions (for every character of a cell's source, the offset of that
 * character or of its JSON escape in the raw `.ipynb`) are worked out only when something asks for them, a
 * finding or a preview: most notebooks of a repository have neither, and their outputs can be megabytes.
 */

export interface NotebookCell {
  index: number;
  cellType: string;
  source: string;
  tags: string[];
  /** `text/markdown` outputs of a code cell: Jupyter renders them, with their math and macro definitions. */
  markdownOutputs: string[];
}

export interface Notebook {
  nbformat: number | undefined;
  cells: NotebookCell[];
  /** File offset of each UTF-16 unit of a cell's source, plus one entry just past the last. */
  sourceOffsets(cell: number): readonly number[];
}

export class NotebookError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readNotebook(raw: string): Notebook {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw jsonError(raw);
  }
  if (!isObject(data)) throw new NotebookError('not a notebook: the JSON is not an object', 0);
  const nbformat = typeof data.nbformat === 'number' ? data.nbformat : undefined;

  const cells: NotebookCell[] = [];
  /** `worksheet/cell` of each cell, as the JSON paths name them: how positions find their cell. */
  const keys = new Map<string, number>();
  cellLists(data).forEach((list, worksheet) => {
    list.forEach((cell, position) => {
      if (!isObject(cell)) return;
      keys.set(`${worksheet}/${position}`, cells.length);
      const metadata = isObject(cell.metadata) ? cell.metadata : {};
      cells.push({
        index: cells.length,
        cellType: typeof cell.cell_type === 'string' ? cell.cell_type : '',
        source: joinText(cell.source),
        tags: Array.isArray(metadata.tags) ? metadata.tags.filter((tag): tag is string => typeof tag === 'string') : [],
        markdownOutputs: markdownOutputs(cell.outputs),
      });
    });
  });

  let positions: Map<number, number[]> | undefined;
  return {
    nbformat,
    cells,
    sourceOffsets(index) {
      positions ??= sourcePositions(raw, keys);
      const source = cells[index]?.source ?? '';
      const offsets = positions.get(index) ?? [];
      // The two readers agree on valid JSON; should they not (duplicate keys), offsets still cover the text.
      const last = offsets[offsets.length - 1] ?? 0;
      while (offsets.length < source.length + 1) offsets.push(last);
      return offsets;
    },
  };
}

/** nbformat 4 keeps its cells in `cells`, nbformat 3 in `worksheets[].cells`. */
function cellLists(data: JsonObject): unknown[][] {
  if (Array.isArray(data.cells)) return [data.cells];
  if (!Array.isArray(data.worksheets)) return [];
  return data.worksheets.map((worksheet) => (isObject(worksheet) && Array.isArray(worksheet.cells) ? worksheet.cells : []));
}

/** Notebook text is a string or a list of strings (lines) to be joined. */
function joinText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  let text = '';
  for (const piece of value) if (typeof piece === 'string') text += piece;
  return text;
}

function markdownOutputs(outputs: unknown): string[] {
  if (!Array.isArray(outputs)) return [];
  const found: string[] = [];
  for (const output of outputs) {
    const data = isObject(output) && isObject(output.data) ? output.data : undefined;
    if (data && 'text/markdown' in data) found.push(joinText(data['text/markdown']));
  }
  return found;
}

/** The first syntax error of text JSON.parse refused, with its offset (JSON.parse's own message has none portable). */
function jsonError(raw: string): NotebookError {
  let failure: NotebookError | undefined;
  visit(
    raw,
    {
      onError(error, offset) {
        failure ??= new NotebookError(`not valid JSON (${describeJsonError(printParseErrorCode(error))})`, offset);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return failure ?? new NotebookError('not valid JSON', 0);
}

/**
 * For each cell (by the index `keys` gives its JSON path), the file offsets of its source's characters: a second,
 * position-keeping pass over the raw JSON that steps over outputs without looking inside them.
 */
function sourcePositions(raw: string, keys: ReadonlyMap<string, number>): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  let skipNextArray = false;
  visit(
    raw,
    {
      onObjectBegin() {
        skipNextArray = false;
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
        if (typeof value !== 'string') return;
        const path = pathSupplier();
        const where = cellPath(path);
        if (!where || where.rest[0] !== 'source' || where.rest.length > 2) return;
        const index = keys.get(where.key);
        if (index === undefined) return;
        let offsets = positions.get(index);
        if (!offsets) positions.set(index, (offsets = []));
        else offsets.pop(); // the previous piece's end: the next piece continues the text
        const piece = stringOffsets(raw, offset, length, value);
        for (const at of piece) offsets.push(at);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return positions;
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
