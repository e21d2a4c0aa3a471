import { posix } from 'node:path';
import { visit } from 'jsonc-parser';
import { parseReproduce, type CellRef, type DocumentExpectation } from './document.js';
import { meets, toleranceOf } from './expectation.js';
import {
  SourceError,
  lastValueInTexts,
  readCsv,
  readDataFile,
  readExecutedNotebook,
  valueInCsv,
  valueInData,
  type CodeCell,
  type ExecutedNotebook,
  type Observation,
} from './results.js';

/**
 * Checks a REPRODUCE.md against executed results: did the required cells run without error, and do the
 * outputs meet the expected metrics? Nothing is executed; the notebooks must have been run before.
 */

export type ExpectationStatus = 'pass' | 'fail' | 'missing' | 'invalid';
export type CellStatus = 'ok' | 'missing' | 'error' | 'not-executed';

export interface ExpectationResult {
  metric: string;
  expected: string;
  observed: number | null;
  status: ExpectationStatus;
  source: string | null;
  base: number | null;
  message: string;
  line: number;
  column: number;
}

export interface CellResult {
  ref: string;
  status: CellStatus;
  source: string | null;
  message: string;
  line: number;
  column: number;
}

export interface VerifyReport {
  version: 1;
  file: string;
  summary: { expectations: number; passed: number; failed: number; missing: number; invalid: number };
  results: ExpectationResult[];
  cells: CellResult[];
  warnings: Array<{ message: string; line?: number }>;
}

/** The document cannot be used: unreadable, nothing to check, or a named source that cannot be read. */
export class VerifyError extends Error {}

/** Reads a repository file (a path relative to the root), or says why it cannot. */
export type FileReader = (path: string) => { ok: true; text: string } | { ok: false; reason: string };

export interface VerifyInput {
  file: string;
  text: string;
  readFile: FileReader;
  /** Sources named in configuration, used besides those the document names. */
  configuredSources?: readonly string[];
  /** Every notebook of the repository: the source when the document names none and there is exactly one. */
  listNotebooks: () => string[];
  /** The same files at the base revision, for the change a pull request makes to each metric. */
  readBaseFile?: FileReader;
}

interface Sources {
  notebooks: Array<{ path: string; notebook: ExecutedNotebook }>;
  data: Array<{ path: string; lookup: (metric: string) => Observation }>;
}

export function verify(input: VerifyInput): VerifyReport {
  const doc = parseReproduce(input.text);
  if (doc.problems.length) throw new VerifyError(`${input.file}:${doc.problems[0]!.line}: ${doc.problems[0]!.message}`);
  if (doc.expectations.length === 0 && doc.cells.length === 0) {
    throw new VerifyError(
      `${input.file} has nothing to check: write expectations such as "test_loss < 0.02 ± 0.003" and cells such as In[5], or a \`\`\`yaml reproduce block`,
    );
  }
  const read = memoized(input.readFile);
  // A path in the document is relative to the document (as its links are), else to the repository's root.
  const named = doc.sources.map((source) => fromDocument(input.file, source.path, read));
  const paths = [...new Set([...named, ...(input.configuredSources ?? [])])];
  if (paths.length === 0) {
    const notebooks = input.listNotebooks();
    if (notebooks.length !== 1) {
      throw new VerifyError(
        `${input.file} names no notebook or metrics file, and the repository has ${notebooks.length === 0 ? 'no notebook' : `${notebooks.length} notebooks`}: name the source in the document (a link or \`path.ipynb\`)`,
      );
    }
    paths.push(notebooks[0]!);
  }
  const warnings: VerifyReport['warnings'] = doc.notes.map((note) => ({ message: note.message, line: note.line }));
  const head = loadSources(paths, read, true, warnings)!;
  const base = input.readBaseFile ? loadSources(paths, input.readBaseFile, false, []) : undefined;

  for (const { path, notebook } of head.notebooks) {
    if (notebook.cells.length > 0 && notebook.cells.every((cell) => cell.executionCount === null)) {
      const copy = path.replace(/\.ipynb$/i, '.nbconvert.ipynb');
      const executedCopy = copy !== path && read(copy).ok ? ` An executed copy is beside it, ${copy}: name that one in the document, or run this one.` : '';
      warnings.push({
        message: `${path} was never executed: run it first, e.g. \`jupyter nbconvert --to notebook --execute --inplace ${path}\`.${executedCopy}`,
      });
      continue;
    }
    const order = notebook.cells.filter((c) => c.executionCount !== null).map((c) => c.executionCount!);
    const outOfOrder = order.findIndex((count, i) => i > 0 && count < order[i - 1]!);
    if (outOfOrder > 0) {
      warnings.push({
        message: `${path} was not run top to bottom: In[${order[outOfOrder - 1]}] comes before In[${order[outOfOrder]}]; restart the kernel and run all cells`,
      });
    }
  }

  const cellMatches = doc.cells.map((ref) => ({ ref, found: findCells(ref, head) }));
  const cells: CellResult[] = cellMatches.map(({ ref, found }) => cellResult(ref, found));
  const requiredCells = cellMatches.flatMap(({ found }) => found);
  // At the base revision the same cells are looked for; with none required, metrics come from anywhere there too.
  const baseRequired = base && requiredCells.length ? doc.cells.flatMap((ref) => findCells(ref, base)) : [];
  const results = doc.expectations.map((e) => expectationResult(e, head, requiredCells, base && { sources: base, required: baseRequired }, paths, warnings));

  const count = (status: ExpectationStatus) => results.filter((r) => r.status === status).length;
  return {
    version: 1,
    file: input.file,
    summary: { expectations: results.length, passed: count('pass'), failed: count('fail'), missing: count('missing'), invalid: count('invalid') },
    results,
    cells,
    warnings,
  };
}

/** Whether every expectation passed and every required cell is ok. */
export function verified(report: VerifyReport): boolean {
  return report.results.every((r) => r.status === 'pass') && report.cells.every((c) => c.status === 'ok');
}

/** A reader that reads each file once (sources are looked for, then read). */
function memoized(read: FileReader): FileReader {
  const cache = new Map<string, ReturnType<FileReader>>();
  return (path) => {
    let file = cache.get(path);
    if (!file) cache.set(path, (file = read(path)));
    return file;
  };
}

/** A source named in the document: relative to the document's folder when it is there, else to the root. */
function fromDocument(documentFile: string, path: string, read: FileReader): string {
  const folder = posix.dirname(documentFile);
  if (folder === '.' || path.startsWith('/')) return path;
  const beside = posix.normalize(posix.join(folder, path));
  return read(beside).ok || !read(path).ok ? beside : path;
}

function loadSources(paths: readonly string[], read: FileReader, strict: boolean, warnings: VerifyReport['warnings']): Sources | undefined {
  const sources: Sources = { notebooks: [], data: [] };
  for (const path of paths) {
    const file = read(path);
    if (!file.ok) {
      if (strict) throw new VerifyError(`${path}: ${file.reason}`);
      continue;
    }
    try {
      const lower = path.toLowerCase();
      if (lower.endsWith('.ipynb')) sources.notebooks.push({ path, notebook: readExecutedNotebook(file.text) });
      else if (lower.endsWith('.csv')) {
        const rows = readCsv(file.text);
        sources.data.push({ path, lookup: (metric) => valueInCsv(rows, metric) });
      } else {
        const json = lower.endsWith('.json');
        const data = readDataFile(file.text, json ? 'json' : 'yaml');
        if (json)
          for (const key of duplicateKeys(file.text)) warnings.push({ message: `${path}: the key '${key}' appears twice in one object; the last one is used` });
        sources.data.push({ path, lookup: (metric) => valueInData(data, metric) });
      }
    } catch (error) {
      if (strict && error instanceof SourceError) throw new VerifyError(`${path}: ${error.message}`);
      if (strict) throw error;
    }
  }
  return sources;
}

interface FoundCell {
  path: string;
  cell: CodeCell;
}

function findCells(ref: CellRef, sources: Sources): FoundCell[] {
  return sources.notebooks.flatMap(({ path, notebook }) =>
    notebook.cells
      .filter((cell) => (ref.kind === 'count' ? cell.executionCount === ref.count : ref.kind === 'id' ? cell.id === ref.id : cell.tags.includes(ref.tag)))
      .map((cell) => ({ path, cell })),
  );
}

function cellName(found: FoundCell): string {
  return `${found.path}#${found.cell.executionCount === null ? `cell ${found.cell.index}` : `In[${found.cell.executionCount}]`}`;
}

function cellResult(ref: CellRef, found: FoundCell[]): CellResult {
  const at = { line: ref.line, column: ref.column };
  if (found.length === 0) {
    const hint = ref.kind === 'count' ? ' (execution counts change when a notebook is re-run: a cell id or tag is a stable reference)' : '';
    return { ref: ref.ref, status: 'missing', source: null, message: `no code cell ${ref.ref} in the notebooks${hint}`, ...at };
  }
  const failed = found.find((f) => f.cell.error !== undefined);
  if (failed) return { ref: ref.ref, status: 'error', source: cellName(failed), message: `${cellName(failed)} raised ${failed.cell.error}`, ...at };
  const notRun = found.find((f) => f.cell.executionCount === null);
  if (notRun) return { ref: ref.ref, status: 'not-executed', source: cellName(notRun), message: `${cellName(notRun)} has not been run`, ...at };
  return { ref: ref.ref, status: 'ok', source: found.map(cellName).join(', '), message: 'ran without error', ...at };
}

/**
 * The last value of a metric: in the required cells, else anywhere in the notebooks, else in metrics files; and the
 * other sources that give it too (`alsoIn`), which a reader should know about.
 */
function observe(metric: string, sources: Sources, required: readonly FoundCell[]): { observation: Observation; source: string | null; alsoIn: string[] } {
  let last: { observation: Observation; source: string } | undefined;
  const scan = (cells: readonly FoundCell[]) => {
    for (const found of cells) {
      const observation = lastValueInTexts(found.cell.texts, metric);
      if (observation.kind !== 'missing') last = { observation, source: cellName(found) };
    }
  };
  scan(required);
  if (!last) scan(sources.notebooks.flatMap(({ path, notebook }) => notebook.cells.map((cell) => ({ path, cell }))));
  const fromNotebooks = last !== undefined;
  const alsoIn: string[] = [];
  for (const { path, lookup } of sources.data) {
    const observation = lookup(metric);
    if (observation.kind === 'missing') continue;
    if (last) alsoIn.push(fromNotebooks ? path : last.source.replace(/#[^#]*$/, ''));
    if (!fromNotebooks) last = { observation, source: `${path}#${metric}` };
  }
  return last ? { ...last, alsoIn } : { observation: { kind: 'missing' }, source: null, alsoIn };
}

function expectationResult(
  e: DocumentExpectation,
  head: Sources,
  required: readonly FoundCell[],
  base: { sources: Sources; required: readonly FoundCell[] } | undefined,
  paths: readonly string[],
  warnings: VerifyReport['warnings'],
): ExpectationResult {
  const { expectation } = e;
  const { observation, source, alsoIn } = observe(expectation.metric, head, required);
  if (alsoIn.length > 0) {
    warnings.push({ message: `${expectation.metric} is given by ${source} and also by ${alsoIn.join(', ')}; the value from ${source} is used`, line: e.line });
  }
  const baseObservation = base ? observe(expectation.metric, base.sources, base.required) : undefined;
  const baseValue = baseObservation?.observation.kind === 'value' ? baseObservation.observation.value : null;
  const result = (observed: number | null, status: ExpectationStatus, message: string): ExpectationResult => ({
    metric: expectation.metric,
    expected: expectation.expected,
    observed,
    status,
    source,
    base: baseValue,
    message,
    line: e.line,
    column: e.column,
  });
  if (expectation.problem) return result(null, 'invalid', `${expectation.metric} ${expectation.expected}: ${expectation.problem}, so it cannot be checked`);
  if (observation.kind === 'missing') return result(null, 'missing', `no value for ${expectation.metric} in ${paths.join(', ')}`);
  if (observation.kind === 'invalid') return result(null, 'invalid', `${expectation.metric} is '${observation.raw}', not a number`);
  const pass = meets(expectation, observation.value, observation.exact);
  const bound = describeBound(expectation.op, expectation.value, toleranceOf(expectation));
  const change = baseValue === null ? '' : `; base ${baseValue}${changePercent(observation.value, baseValue)}`;
  return result(observation.value, pass ? 'pass' : 'fail', `${expectation.metric} = ${observation.value} ${pass ? 'meets' : 'misses'} ${bound}${change}`);
}

function describeBound(op: string, value: number, tolerance: number): string {
  const round = (x: number) => Number(x.toPrecision(12));
  switch (op) {
    case '<':
      return `< ${round(value + tolerance)}`;
    case '<=':
      return `≤ ${round(value + tolerance)}`;
    case '>':
      return `> ${round(value - tolerance)}`;
    case '>=':
      return `≥ ${round(value - tolerance)}`;
    default:
      return `${value} ± ${round(tolerance)}`;
  }
}

/** `(−12.9 %)`: how a metric moved from the base. */
export function changePercent(observed: number, base: number): string {
  if (base === 0) return '';
  const percent = ((observed - base) / Math.abs(base)) * 100;
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '±';
  return ` (${sign}${Math.abs(percent).toFixed(1)} %)`;
}

/** Keys written twice in one JSON object: `JSON.parse` keeps the last silently. */
function duplicateKeys(text: string): string[] {
  const duplicates = new Set<string>();
  const objects: Array<Set<string>> = [];
  try {
    visitKeys(text, objects, duplicates);
  } catch {
    // Nested past what the parser's stack holds: JSON.parse read it, and its duplicates go unreported.
  }
  return [...duplicates];
}

function visitKeys(text: string, objects: Array<Set<string>>, duplicates: Set<string>): void {
  visit(text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (property) => {
      const keys = objects[objects.length - 1];
      if (keys?.has(property)) duplicates.add(property);
      keys?.add(property);
    },
  });
}
