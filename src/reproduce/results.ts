import { parse as parseCsv } from 'csv-parse/sync';
import { loadYaml } from '../config/config.js';
import { LineIndex } from '../positions.js';
import { NotebookError, joinText, readNotebook, type Notebook, type NotebookCell } from '../scan/notebook.js';
import { hundredths, parseDecimal, toNumber } from './decimal.js';
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
  error?: string;
}

export interface ExecutedNotebook {
  cells: CodeCell[];
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
  return { cells: notebook.cells.filter((cell) => cell.cellType === 'code').map(executedCell) };
}

/** What a code cell printed (stream text and `text/plain` results, in order) and the error it stopped on. */
function executedCell(cell: NotebookCell): CodeCell {
  const texts: string[] = [];
  let error: string | undefined;
  // Outputs are nbformat JSON as any tool wrote them: every field is looked at before it is used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const output of cell.outputs as Array<Record<string, any> | null>) {
    if (output?.output_type === 'stream') texts.push(joinText(output.text));
    else if (output?.output_type === 'error') error = `${output.ename ?? 'Error'}: ${output.evalue ?? ''}`.trim();
    else if (output?.data?.['text/plain'] !== undefined) texts.push(joinText(output.data['text/plain']));
    else if (output?.text !== undefined) texts.push(joinText(output.text)); // nbformat 3 pyout
  }
  const executed: CodeCell = { index: cell.index, tags: cell.tags, executionCount: cell.executionCount, texts };
  if (cell.id !== undefined) executed.id = cell.id;
  if (error !== undefined) executed.error = error;
  return executed;
}

/** An observed value: `raw` as printed, `exact` its decimal (a percent as hundredths: `95.3%` is `0.953`). */
export type Observation = { kind: 'value'; value: number; raw: string; exact: string } | { kind: 'invalid'; raw: string } | { kind: 'missing' };

/**
 * The last value a metric is given in some output text: `test_loss: 0.018`, `test_loss = 0.018`,
 * `{'test_loss': 0.018}`, `"test_loss": 0.018`. A dotted name is looked for in full, then by its last part.
 */
export function lastValueInTexts(texts: readonly string[], metric: string): Observation {
  // Outputs are read as written by a Chinese input method or a coloured logger: `val_loss：0.031`, `\x1b[32m0.9`.
  const readable = texts.map((text) => normalizeForReading(withoutTerminalCodes(text)));
  for (const name of metric.includes('.') ? [metric, metric.slice(metric.lastIndexOf('.') + 1)] : [metric]) {
    // numpy 2 prints `np.float64(0.018)` in reprs: the number inside counts. A comma between digits is taken in
    // (`0,42`, a decimal comma, is then not a number), and a percent sign after the value too (`12.0 %`).
    const pattern = new RegExp(String.raw`(?<![\w.])['"]?${escapeRegExp(name)}['"]?\s*[:=]\s*(?:np\.\w+\()?((?:[^\s,;}\])]|,(?=\d))*(?: %)?)`, 'g');
    let last: string | undefined;
    for (const text of readable) for (const match of text.matchAll(pattern)) last = match[1];
    if (last !== undefined) return toObservation(last);
  }
  return { kind: 'missing' };
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
    if (value !== undefined) return toObservation(String(value));
  }
  return { kind: 'missing' };
}

export function readDataFile(text: string, kind: 'json' | 'yaml'): unknown {
  try {
    return kind === 'json' ? JSON.parse(text) : loadYaml(text);
  } catch (error) {
    throw new SourceError(`not valid ${kind.toUpperCase()}: ${(error as Error).message.split('\n')[0]}`);
  }
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
  const percent = /\s?%$/.test(cleaned);
  const written = percent ? cleaned.replace(/\s?%$/, '') : cleaned;
  const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(written) ? parseDecimal(written) : undefined;
  const exact = decimal && (percent ? hundredths(decimal) : decimal);
  const value = exact ? toNumber(exact) : Number.NaN;
  if (!exact || !Number.isFinite(value)) return { kind: 'invalid', raw: cleaned };
  return { kind: 'value', value, raw: cleaned, exact: `${exact.digits}e${exact.exponent}` };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
