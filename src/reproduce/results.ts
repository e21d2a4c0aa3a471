import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'htmlparser2';
import { createScanner } from 'jsonc-parser';
import { loadYaml } from '../read-yaml.js';
import { LineIndex } from '../positions.js';
import { NotebookError, joinText, readNotebook, type Notebook, type NotebookCell } from '../scan/notebook.js';
import { decimalText, hundredths, parseDecimal, toNumber } from './decimal.js';
import { normalizeForReading, withoutTerminalCodes } from './normalize.js';

/**
 * Where observed values come from: an executed notebook (its code cells and their outputs) or a metrics file
 * (JSON, YAML, CSV). These functions read content already loaded; they never run anything.
 */

export interface CodeCell {
  index: number;
  id?: string;
  tags: string[];
  executionCount: number | null;
  /** Output text in order: stream text and `text/plain` results. */
  texts: string[];
  /** `text/html` outputs (a DataFrame's table, a Styler). */
  html: string[];
  /** The cell's last line, when it is an expression whose value Jupyter shows (`test_loss`, `metrics["acc"]`). */
  lastExpression?: string;
  /** What that expression showed (`text/plain` of the execute_result): `np.float64(0.0241)`. */
  result?: string;
  /** Whether the cell has outputs (a notebook stripped of its execution counts still has them). */
  hasOutputs: boolean;
  /** When Jupyter recorded the cell finished (nbconvert records it by default). */
  executedAt?: string;
  error?: string;
}

export interface ExecutedNotebook {
  cells: CodeCell[];
  /** When papermill finished it, if it ran it. */
  executedAt?: string;
}

export class SourceError extends Error {}

/** A notebook's code cells with their outputs; throws SourceError when it is not a notebook. */
export function readExecutedNotebook(text: string): ExecutedNotebook {
  let notebook: Notebook;
  try {
    notebook = readNotebook(text);
  } catch (error) {
    if (!(error instanceof NotebookError)) throw error;
    throw new SourceError(`${error.message} at line ${new LineIndex(text).position(error.offset).line}`);
  }
  const executed: ExecutedNotebook = { cells: notebook.cells.filter((cell) => cell.cellType === 'code').map(executedCell) };
  if (notebook.executedAt) executed.executedAt = notebook.executedAt;
  return executed;
}

/** What a code cell printed (stream text and `text/plain` results, in order), its HTML, and the error it stopped on. */
function executedCell(cell: NotebookCell): CodeCell {
  const texts: string[] = [];
  const html: string[] = [];
  let error: string | undefined;
  let result: string | undefined;
  // Outputs are nbformat JSON as any tool wrote them: every field is looked at before it is used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const output of cell.outputs as Array<Record<string, any> | null>) {
    if (output?.output_type === 'stream') texts.push(joinText(output.text));
    else if (output?.output_type === 'error') error = `${output.ename ?? 'Error'}: ${output.evalue ?? ''}`.trim();
    else {
      if (output?.data?.['text/html'] !== undefined) html.push(joinText(output.data['text/html']));
      if (output?.data?.['text/plain'] !== undefined) {
        texts.push(joinText(output.data['text/plain']));
        if (output.output_type === 'execute_result') result = joinText(output.data['text/plain']);
      } else if (output?.text !== undefined) texts.push(joinText(output.text)); // nbformat 3 pyout
    }
  }
  const executed: CodeCell = { index: cell.index, tags: cell.tags, executionCount: cell.executionCount, texts, html, hasOutputs: cell.outputs.length > 0 };
  const last = cell.source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .pop();
  if (last !== undefined && result !== undefined) {
    executed.lastExpression = last;
    executed.result = result;
  }
  if (cell.id !== undefined) executed.id = cell.id;
  if (cell.executedAt !== undefined) executed.executedAt = cell.executedAt;
  if (error !== undefined) executed.error = error;
  return executed;
}

/**
 * An observed value: `raw` as printed, `exact` its decimal (a percent as hundredths: `95.3%` is `0.953`), the unit
 * printed after it. `invalid` says why it is no number; `missing` whether the metric's name was seen at all.
 */
export type Observation =
  | { kind: 'value'; value: number; raw: string; exact: string; unit?: string }
  | { kind: 'invalid'; raw: string; reason?: string }
  | { kind: 'missing'; mentioned?: boolean };

/** A pattern for a metric's name in output text: case and the separators ` `, `_`, `-` between its words as printed. */
function namePattern(metric: string): string {
  return metric
    .split(/[\s_-]+/)
    .map(escapeRegExp)
    .join('[\\s_-]+');
}

const UNIT_AFTER = String.raw`(?:\s?(ms|µs|us|ns|s|sec|seconds?|min|minutes?|h|hours?|GB|GiB|MB|MiB|KB|KiB|dB|fps|FPS|it/s|samples/s)(?![\p{L}\p{N}]))?`;

/** A line of a progress bar (tqdm, keras): its numbers are progress, never a metric's final value. */
const PROGRESS_BAR = /\d+%\|[^|\n]*\||[█▏▎▍▌▋▊▉]{2,}|\d+\/\d+ \[[\d:<]+|it\/s\]|s\/it\]|━{3,}|\[=+>?\.*\]/;

/** Output text as a reader sees it: colour codes gone, each line as last redrawn (`\r`), progress bars left out. */
/** A cell's outputs made readable once: every metric a document names is looked for in the same outputs. */
const READABLE = new WeakMap<readonly string[], string[]>();
function readableTexts(texts: readonly string[]): string[] {
  let readable = READABLE.get(texts);
  if (!readable) READABLE.set(texts, (readable = texts.map(readableOutput)));
  return readable;
}

function readableOutput(text: string): string {
  return normalizeForReading(withoutTerminalCodes(text))
    .split('\n')
    .map((line) => line.slice(line.lastIndexOf('\r') + 1))
    .filter((line) => !PROGRESS_BAR.test(line))
    .join('\n');
}

/**
 * The last value a metric is given in some output text: `test_loss: 0.018`, `test_loss = 0.018`,
 * `{'test_loss': 0.018}`, `"test_loss": 0.018`, `test_loss (mean of 3 seeds): 0.0259`, numpy 2's
 * `np.float64(0.018)`. A dotted name is looked for in full only: `eval.accuracy` is not `accuracy`.
 */
export function lastValueInTexts(texts: readonly string[], metric: string): Observation {
  const readable = readableTexts(texts);
  const name = namePattern(metric);
  // The value: a list or array in full (shown whole when it is reported), a quoted string, or a token; a comma
  // between digits is taken in (`0,42`, a decimal comma, is then not a number), a percent sign and a unit after it.
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}_.])['"]?${name}['"]?(?:\s*\([^()\n]{0,60}\))?\s*[:=]\s*(?:np\.\w+\(|numpy\.\w+\(|tensor\()?((?:array\()?\[[^\]\n]{0,400}\]\)?|(?:[^\s,;}\])]|,(?=\d))*(?: %)?)${UNIT_AFTER}`,
    'giu',
  );
  let last: RegExpMatchArray | undefined;
  let lastText = '';
  for (const text of readable) {
    for (const match of text.matchAll(pattern)) {
      last = match;
      lastText = text;
    }
  }
  if (last) {
    // `12 345`: digits grouped by a space are one number written for people, not 12.
    const grouped = /^[ \u00a0\u202f]\d{3}(?!\d)/.exec(lastText.slice(last.index! + last[0].length));
    if (grouped && /^\d{1,3}$/.test(last[1]!)) {
      return { kind: 'invalid', raw: `${last[1]}${grouped[0]}`, reason: 'digits grouped with spaces: print the number without separators' };
    }
    const observation = toObservation(last[1]!);
    if (observation.kind === 'value' && last[2]) observation.unit = last[2];
    return observation;
  }
  const mentioned = readable.some((text) => new RegExp(String.raw`(?<![\p{L}\p{N}_.])${name}(?![\p{L}\p{N}_])`, 'iu').test(text));
  return { kind: 'missing', mentioned };
}

/**
 * A metric's value in a code cell, wherever Jupyter shows it: printed (`test_loss: 0.018`), as the value of the
 * cell's last expression (`test_loss` → `np.float64(0.0241)`), in a DataFrame or Series printed as text, or in an
 * HTML table. A cell that shows the metric's name but no value mathrepro can read says so (`invalid`).
 */
export function valueInCell(cell: CodeCell, metric: string): Observation {
  const printed = lastValueInTexts(cell.texts, metric);
  if (printed.kind !== 'missing') return printed;
  const name = new RegExp(String.raw`(?<![\p{L}\p{N}_.])${namePattern(metric)}(?![\p{L}\p{N}_])`, 'iu');
  if (cell.lastExpression !== undefined && cell.result !== undefined && expressionNames(cell.lastExpression, metric)) {
    return toObservation(unwrapped(cell.result.trim()));
  }
  for (const text of readableTexts(cell.texts)) {
    const framed = valueInFrameText(text, name);
    if (framed) return framed;
  }
  for (const html of cell.html) {
    const tabled = valueInHtml(html, name);
    if (tabled) return tabled;
  }
  const mentioned = printed.mentioned === true || cell.html.some((html) => name.test(html));
  if (mentioned) {
    return { kind: 'invalid', raw: '', reason: `the cell shows ${metric}, but not in a form mathrepro reads (NAME: VALUE, a table, a DataFrame)` };
  }
  return { kind: 'missing' };
}

/** Whether a cell's last line is an expression whose value is the metric: `test_loss`, `metrics["test_loss"]`. */
function expressionNames(expression: string, metric: string): boolean {
  const key = escapeRegExp(metric);
  return new RegExp(
    String.raw`^(?:float|round|np\.float64)?\(?\s*(?:[\w.]+\[\s*['"]${key}['"]\s*\]|(?:[\w]+\.)*${key.replace(/\\\./g, '\\.')})\s*(?:,\s*\d+)?\)?(?:\.item\(\))?\s*;?$`,
  ).test(expression);
}

/** `np.float64(0.0241)`, `tensor(0.0241)`, `array(0.0241)` → `0.0241`. */
function unwrapped(result: string): string {
  const wrapped = /^(?:np\.|numpy\.)?(?:float\d*|int\d*|tensor|array)\(\s*([^(),]+?)\s*(?:,\s*[^()]*)?\)$/.exec(result);
  return wrapped ? wrapped[1]! : result;
}

/**
 * A value in a DataFrame or Series as pandas prints it: the metric's column, last row
 * (`   epoch  test_loss` over `0      1     0.0312`), or the metric's row of a Series (`test_loss    0.0241`).
 */
function valueInFrameText(readable: string, name: RegExp): Observation | undefined {
  const lines = readable.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return undefined;
  // A Series: `name  value` lines, closed by `dtype: …` (or `Name: …, dtype: …`).
  if (/^(?:Name: .*, )?dtype: \w+$/.test(lines[lines.length - 1]!.trim())) {
    for (const line of lines.slice(0, -1).reverse()) {
      const pair = /^(.+?)\s{2,}(\S+)$/.exec(line.trim());
      if (pair && name.test(pair[1]!) && pair[1]!.replace(name, '').trim() === '') return toObservation(pair[2]!);
    }
    return undefined;
  }
  const header = lines[0]!.trim().split(/\s+/);
  const column = header.findIndex((cell) => name.test(cell) && cell.replace(name, '') === '');
  if (column < 0) return undefined;
  // Rows carry their index label first: one token more than the header.
  for (const line of lines.slice(1).reverse()) {
    const cells = line.trim().split(/\s+/);
    if (cells.length === header.length + 1) return toObservation(cells[column + 1]!);
  }
  return undefined;
}

/** A value in an HTML table (a DataFrame's `to_html`, a Styler): the metric's column, last row; or its row. */
function valueInHtml(html: string, name: RegExp): Observation | undefined {
  for (const rows of htmlTables(html)) {
    const header = rows[0] ?? [];
    const column = header.findIndex((cell) => name.test(cell) && cell.replace(name, '').trim() === '');
    if (column >= 0) {
      for (const row of rows.slice(1).reverse()) if (row[column] !== undefined && row[column] !== '') return toObservation(row[column]!);
    }
    for (const row of [...rows].reverse()) {
      if (row.length >= 2 && name.test(row[0]!) && row[0]!.replace(name, '').trim() === '') return toObservation(row[row.length - 1]!);
    }
  }
  return undefined;
}

/** The rows of each table in an HTML fragment, as cell texts. */
function htmlTables(html: string): string[][][] {
  return htmlTableCells(html).map((rows) => rows.map((cells) => cells.map((cell) => cell.text)));
}

/** A cell of an HTML table: its text (entities decoded, trimmed), where that starts, and whether it is a header cell. */
export interface HtmlCell {
  text: string;
  start: number;
  header: boolean;
}

/** The rows of each table in an HTML fragment. */
export function htmlTableCells(html: string): HtmlCell[][][] {
  const tables: HtmlCell[][][] = [];
  let row: HtmlCell[] | undefined;
  let cell: HtmlCell | undefined;
  const parser = new Parser(
    {
      onopentag(tag) {
        if (tag === 'table') tables.push([]);
        else if (tag === 'tr') row = [];
        else if ((tag === 'td' || tag === 'th') && row) cell = { text: '', start: parser.endIndex + 1, header: tag === 'th' };
      },
      ontext(text) {
        if (cell !== undefined) cell.text += text;
      },
      onclosetag(tag) {
        if ((tag === 'td' || tag === 'th') && row && cell !== undefined) {
          // (The content's start, past the white space the text is trimmed of.)
          const lead = cell.text.length - cell.text.trimStart().length;
          row.push({ text: cell.text.trim(), start: cell.start + lead, header: cell.header });
          cell = undefined;
        } else if (tag === 'tr' && row) {
          tables[tables.length - 1]?.push(row);
          row = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, 2_000_000));
  parser.end();
  return tables;
}

/** A value from a JSON or YAML document by key path: `eval.accuracy` is `{eval: {accuracy: …}}` or a key with a dot. */
export function valueInData(data: unknown, metric: string): Observation {
  const candidates = [metric.split('.'), [metric]];
  for (const path of candidates) {
    let value: unknown = data;
    for (const key of path) {
      value =
        typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    }
    if (value === undefined) continue;
    // A list or a mapping is no one number, however deep it is (it is described, never printed whole).
    if (Array.isArray(value))
      return { kind: 'invalid', raw: shallow(value), reason: `a list of ${value.length} value${value.length === 1 ? '' : 's'}, not one number` };
    if (typeof value === 'object' && value !== null)
      return { kind: 'invalid', raw: '{…}', reason: `a mapping (keys ${Object.keys(value).slice(0, 5).join(', ')}), not one number` };
    return toObservation(String(value));
  }
  return { kind: 'missing' };
}

/** A list shown for a reader without walking into it: its first scalar items. */
function shallow(list: readonly unknown[]): string {
  const shown = list.slice(0, 5).map((item) => (item !== null && typeof item === 'object' ? (Array.isArray(item) ? '[…]' : '{…}') : String(item)));
  return `[${shown.join(', ')}${list.length > 5 ? ', …' : ''}]`;
}

export function readDataFile(text: string, kind: 'json' | 'yaml'): unknown {
  try {
    return kind === 'json' ? JSON.parse(withPythonConstantsQuoted(text)) : loadYaml(text);
  } catch (error) {
    throw new SourceError(`not valid ${kind.toUpperCase()}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` by default, which JSON has no words for: they are
 * read as strings (then an invalid value, never a pass), everything else as JSON reads it.
 */
function withPythonConstantsQuoted(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text;
  // jsonc-parser's token kinds (a const enum it does not export as a value): Unknown 16, EOF 17.
  const UNKNOWN = 16;
  const EOF = 17;
  const scanner = createScanner(text, false);
  let out = '';
  let last = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if ((token as number) !== UNKNOWN) continue;
    const start = scanner.getTokenOffset();
    const word = text.slice(start, start + scanner.getTokenLength());
    if (word !== 'NaN' && word !== 'Infinity') continue;
    const signed = text[start - 1] === '-' ? start - 1 : start;
    out += `${text.slice(last, signed)}"${text.slice(signed, start + word.length)}"`;
    last = start + word.length;
  }
  return out + text.slice(last);
}

/** A CSV file's rows; throws SourceError when it is not CSV. */
export function readCsv(text: string): string[][] {
  try {
    return parseCsv(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  } catch (error) {
    throw new SourceError(`not valid CSV: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * A value from a CSV file's rows: the metric's column, last row (a training log); or, in a two-column file of names
 * and values, the last row naming the metric.
 */
export function valueInCsv(rows: readonly string[][], metric: string): Observation {
  const header = rows[0] ?? [];
  const column = header.indexOf(metric);
  if (column >= 0) {
    for (let r = rows.length - 1; r >= 1; r--) {
      const cell = rows[r]![column];
      if (cell !== undefined && cell !== '') return toObservation(cell);
    }
    return { kind: 'invalid', raw: '' };
  }
  for (let r = rows.length - 1; r >= 0; r--) {
    if (rows[r]![0] === metric && rows[r]!.length >= 2) return toObservation(rows[r]![1]!);
  }
  return { kind: 'missing' };
}

/**
 * NaN, infinities, empty and non-numeric values (a decimal comma `0,42`, a list `[0.95]`) are invalid, never a
 * pass. A percent sign means hundredths: `95.3%` is 0.953.
 */
function toObservation(raw: string): Observation {
  const cleaned = raw.replace(/^['"]|['"]$/g, '').trim();
  if (/^(?:array\()?\[/.test(cleaned)) {
    const values = cleaned
      .replace(/^array\(|\)$/g, '')
      .slice(1, -1)
      .split(',')
      .filter((v) => v.trim() !== '').length;
    return { kind: 'invalid', raw: cleaned, reason: `a list of ${values} value${values === 1 ? '' : 's'}, not one number: print the one the claim is about` };
  }
  // A count of a total, as training scripts print accuracy (`Accuracy: 9912/10000 (99%)`): the share.
  const ratio = /^(\d{1,15})\/(\d{1,15})$/.exec(cleaned);
  if (ratio && Number(ratio[2]) > 0) {
    const value = Number(ratio[1]) / Number(ratio[2]);
    return { kind: 'value', value, raw: cleaned, exact: String(value) };
  }
  const percent = /\s?%$/.test(cleaned);
  const written = percent ? cleaned.replace(/\s?%$/, '') : cleaned;
  const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(written) ? parseDecimal(written) : undefined;
  const exact = decimal && (percent ? hundredths(decimal) : decimal);
  const value = exact ? toNumber(exact) : Number.NaN;
  if (!exact || !Number.isFinite(value)) return { kind: 'invalid', raw: cleaned };
  return { kind: 'value', value, raw: cleaned, exact: decimalText(exact) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
