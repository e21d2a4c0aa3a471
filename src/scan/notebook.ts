import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser';

/**
 * Reads a Jupyter notebook. The cells come from the engine's own JSON.parse, which is several times faster than
 * a tokenizer that reports positions. Positions (for every character of a cell's source, the offset of that
 * character or of its JSON escape in the raw `.ipynb`) are worked out only for the cells something asks about, a
 * finding or a preview: most notebooks of a repository have neither, and their outputs can be megabytes.
 */

export interface NotebookCell {
  index: number;
  cellType: string;
  /** The cell id (nbformat 4.5), when it has one. */
  id?: string;
  source: string;
  /** Whether the source is text: a string, or a list (of strings, as nbformat writes it). */
  sourceIsText: boolean;
  tags: string[];
  /** A code cell's execution count (`In[n]`), or null when it has not run. */
  executionCount: number | null;
  /** A code cell's outputs as the JSON holds them (what REPRODUCE.md checks read results from). */
  outputs: readonly unknown[];
  /** `text/markdown` outputs of a code cell: Jupyter renders them, with their math and macro definitions. */
  markdownOutputs: string[];
  /** When the cell last finished running, as Jupyter records it (`metadata.execution`, nbconvert's default). */
  executedAt?: string;
}

export interface Notebook {
  nbformat: number | undefined;
  /** When papermill finished running the notebook (`metadata.papermill.end_time`). */
  executedAt?: string;
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

/**
 * Reads the notebook whose JSON is `json`. Positions are counted in `fileText()`, the file as written, when `json`
 * is a shortened form of it (image data left out: ./image-data.ts); it is asked for only when positions are.
 */
export function readNotebook(json: string, fileText: () => string = () => json): Notebook {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // Python's json writes NaN and Infinity, and Jupyter opens such notebooks: read them as numbers too.
    const tolerant = withoutNonFiniteNumbers(json);
    try {
      if (tolerant === json) throw new Error('no NaN');
      data = JSON.parse(tolerant);
    } catch {
      throw jsonError(fileText());
    }
  }
  if (!isObject(data)) throw new NotebookError('not a notebook: the JSON is not an object', 0);
  if (!Array.isArray(data.cells) && !Array.isArray(data.worksheets)) {
    throw new NotebookError(`not a notebook: ${'cells' in data ? '"cells" is not a list' : 'it has no "cells"'}`, 0);
  }
  const nbformat = typeof data.nbformat === 'number' ? data.nbformat : undefined;

  const cells: NotebookCell[] = [];
  /** `worksheet/cell` of each cell, as the JSON paths name them: how positions find their cell. */
  const keys = new Map<string, number>();
  cellLists(data).forEach((list, worksheet) => {
    list.forEach((cell, position) => {
      if (!isObject(cell)) return;
      keys.set(`${worksheet}/${position}`, cells.length);
      const metadata = isObject(cell.metadata) ? cell.metadata : {};
      const outputs = Array.isArray(cell.outputs) ? cell.outputs : [];
      // nbformat 3 calls the execution count prompt_number.
      const count = cell.execution_count ?? cell.prompt_number;
      const read: NotebookCell = {
        index: cells.length,
        cellType: typeof cell.cell_type === 'string' ? cell.cell_type : '',
        source: joinText(cell.source),
        // A list with a stray non-string piece is still read (its strings joined); anything else is not text.
        sourceIsText: typeof cell.source === 'string' || Array.isArray(cell.source),
        tags: Array.isArray(metadata.tags) ? metadata.tags.filter((tag): tag is string => typeof tag === 'string') : [],
        executionCount: typeof count === 'number' ? count : null,
        outputs,
        markdownOutputs: markdownOutputs(outputs),
      };
      if (typeof cell.id === 'string') read.id = cell.id;
      const execution = isObject(metadata.execution) ? metadata.execution : {};
      const finished = execution['iopub.status.idle'] ?? execution['shell.execute_reply'];
      if (typeof finished === 'string') read.executedAt = finished;
      cells.push(read);
    });
  });

  // What finding positions needs of the parsed JSON: only the sources (the outputs it holds may be megabytes).
  const rawSources = Array.isArray(data.cells) ? data.cells.map((cell) => (isObject(cell) ? cell.source : undefined)) : undefined;
  let literals: Map<number, SourceLiteral[]> | undefined;
  const offsetsByCell = new Map<number, number[]>();
  const papermill = isObject(data.metadata) && isObject(data.metadata.papermill) ? data.metadata.papermill : {};
  return {
    ...(typeof papermill.end_time === 'string' ? { executedAt: papermill.end_time } : {}),
    nbformat,
    cells,
    sourceOffsets(index) {
      let offsets = offsetsByCell.get(index);
      if (offsets) return offsets;
      const raw = fileText();
      literals ??= (rawSources && locateSources(raw, rawSources, keys)) || sourceLiterals(raw, keys);
      offsets = [];
      for (const literal of literals.get(index) ?? []) {
        offsets.pop(); // the previous piece's end: this piece continues the text
        for (const at of stringOffsets(raw, literal.offset, literal.length, literal.value)) offsets.push(at);
      }
      // The two readers agree on valid JSON; should they not (duplicate keys), offsets still cover the text.
      const source = cells[index]?.source ?? '';
      const last = offsets[offsets.length - 1] ?? 0;
      while (offsets.length < source.length + 1) offsets.push(last);
      offsetsByCell.set(index, offsets);
      return offsets;
    },
  };
}

/**
 * The JSON with `NaN`, `Infinity` and `-Infinity` outside strings written as `0` padded to the same length, so that
 * every offset stays that of the file.
 */
function withoutNonFiniteNumbers(json: string): string {
  if (!/NaN|Infinity/.test(json)) return json;
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (json.startsWith('NaN', i) || json.startsWith('Infinity', i) || json.startsWith('-Infinity', i)) {
      const length = json.startsWith('NaN', i) ? 3 : json[i] === '-' ? 9 : 8;
      out += `${json.slice(from, i)}0${' '.repeat(length - 1)}`;
      from = i + length;
      i += length - 1;
    }
  }
  return out + json.slice(from);
}

/** nbformat 4 keeps its cells in `cells`, nbformat 3 in `worksheets[].cells`. */
function cellLists(data: JsonObject): unknown[][] {
  if (Array.isArray(data.cells)) return [data.cells];
  if (!Array.isArray(data.worksheets)) return [];
  return data.worksheets.map((worksheet) => (isObject(worksheet) && Array.isArray(worksheet.cells) ? worksheet.cells : []));
}

/** Notebook text is a string or a list of strings (lines) to be joined. */
export function joinText(value: unknown): string {
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

/** A string of a cell's source as written in the file: where its literal (with quotes) starts, its length, its value. */
interface SourceLiteral {
  offset: number;
  length: number;
  value: string;
}

/**
 * For each cell (by the index `keys` gives its JSON path), the literals of its source: a second, position-keeping
 * pass over the raw JSON that steps over outputs without looking inside them.
 */
function sourceLiterals(raw: string, keys: ReadonlyMap<string, number>): Map<number, SourceLiteral[]> {
  const literals = new Map<number, SourceLiteral[]>();
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
        let cell = literals.get(index);
        if (!cell) literals.set(index, (cell = []));
        cell.push({ offset, length, value });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return literals;
}

/**
 * Positions found the quick way, for nbformat 4: each cell's `"source"` is looked up in the raw text in order, and
 * taken when its strings, parsed again one by one, are exactly those JSON.parse read for that cell. Native string
 * search instead of tokenizing the whole file, outputs included. Undefined when a cell is not found that way (an
 * unusual layout): the tokenizer (sourceLiterals) then decides.
 */
function locateSources(raw: string, sources: readonly unknown[], keys: ReadonlyMap<string, number>): Map<number, SourceLiteral[]> | undefined {
  const literals = new Map<number, SourceLiteral[]>();
  let cursor = 0;
  for (let position = 0; position < sources.length; position++) {
    const source = sources[position];
    const index = keys.get(`0/${position}`);
    if (source === undefined || index === undefined) continue;
    const single = typeof source === 'string';
    const pieces = single ? [source] : Array.isArray(source) && source.every((piece) => typeof piece === 'string') ? (source as string[]) : undefined;
    if (!pieces) return undefined;
    let found: { literals: SourceLiteral[]; end: number } | undefined;
    for (let key = raw.indexOf('"source"', cursor); key >= 0 && !found; key = raw.indexOf('"source"', key + 1)) {
      found = matchSource(raw, key, pieces, single);
    }
    if (!found) return undefined;
    literals.set(index, found.literals);
    cursor = found.end;
  }
  return literals;
}

const SOURCE_KEY = /"source"\s*:\s*/y;

/** The literals of `pieces` when the `"source"` key at `key` holds exactly them, and where its value ends. */
function matchSource(raw: string, key: number, pieces: readonly string[], single: boolean): { literals: SourceLiteral[]; end: number } | undefined {
  SOURCE_KEY.lastIndex = key;
  if (!SOURCE_KEY.test(raw)) return undefined;
  let at = SOURCE_KEY.lastIndex;
  if (!single) {
    if (raw[at] !== '[') return undefined;
    at = skipWhitespace(raw, at + 1);
  }
  const literals: SourceLiteral[] = [];
  for (let p = 0; p < pieces.length; p++) {
    if (p > 0) {
      if (raw[at] !== ',') return undefined;
      at = skipWhitespace(raw, at + 1);
    }
    const end = stringLiteralEnd(raw, at);
    if (end < 0) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw.slice(at, end));
    } catch {
      return undefined;
    }
    if (value !== pieces[p]) return undefined;
    literals.push({ offset: at, length: end - at, value: pieces[p]! });
    at = skipWhitespace(raw, end);
  }
  if (!single && raw[at] !== ']') return undefined;
  return { literals, end: at };
}

/** Just past the closing quote of the JSON string literal that opens at `at`, or -1. */
function stringLiteralEnd(raw: string, at: number): number {
  if (raw[at] !== '"') return -1;
  for (let quote = raw.indexOf('"', at + 1); quote >= 0; quote = raw.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (raw.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return -1;
}

function skipWhitespace(raw: string, at: number): number {
  while (at < raw.length && (raw[at] === ' ' || raw[at] === '\n' || raw[at] === '\r' || raw[at] === '\t')) at++;
  return at;
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
  for (let r = first; r < last && unit < value.length;) {
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
