import { posix } from 'node:path';
import { VerifyError } from '../model/errors.js';
import { changePercent, type CellResult, type ExpectationResult, type ExpectationStatus, type VerifyReport } from '../model/reproduce.js';
import { visit } from 'jsonc-parser';
import { parseReproduce, type CellRef, type DocumentExpectation } from './document.js';
import { gateBound, meets, toleranceOf, type Expectation } from './expectation.js';
import { nameParts } from './claims.js';
import { decimalText, hundredfold, hundredths, parseDecimal, toNumber, type Decimal } from './decimal.js';
import {
  SourceError,
  readCsv,
  readDataFile,
  readExecutedNotebook,
  valueInCell,
  valueInCsv,
  valueInData,
  type CodeCell,
  type ExecutedNotebook,
  type Observation,
} from './results.js';

/**
 * Checks a REPRODUCE.md against executed results: did the required cells run without error, and do the
 * outputs meet the expected metrics? Nothing is executed; the notebooks must have been run before (in this job, or
 * in the jobs of a matrix whose results folders are given).
 */

/** Reads a repository file (a path relative to the root), or says why it cannot; with its modification time. */
export type FileReader = (path: string) => { ok: true; text: string; modified?: Date } | { ok: false; reason: string };

/** A folder of results from another job (a matrix shard's artifact): the files it holds replace the repository's. */
export interface ResultFolder {
  label: string;
  read: FileReader;
}

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
  /** Folders of executed results (one per matrix job): a source found there is read from there. */
  resultFolders?: readonly ResultFolder[];
  /** When this run's execution started: outputs older than this are stale, never evidence. */
  executedAfter?: Date;
}

interface NotebookSource {
  path: string;
  /** What a reader is told: the path, or `shard/path` for a results folder's copy. */
  label: string;
  notebook: ExecutedNotebook;
  stale?: string;
}

interface DataSource {
  path: string;
  label: string;
  lookup: (metric: string) => Observation;
  stale?: string;
}

interface Sources {
  notebooks: NotebookSource[];
  data: DataSource[];
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
  const folders = (input.resultFolders ?? []).map((folder) => ({ label: folder.label, read: memoized(folder.read) }));
  const head = loadSources(paths, read, folders, true, warnings, input.executedAfter)!;
  const base = input.readBaseFile ? loadSources(paths, input.readBaseFile, [], false, [], undefined) : undefined;

  const usesCounts = doc.cells.some((cell) => cell.kind === 'count');
  for (const { label, notebook } of head.notebooks) {
    const ran = notebook.cells.filter((cell) => cell.executionCount !== null || cell.hasOutputs);
    if (notebook.cells.length > 0 && ran.length === 0) {
      const copy = label.replace(/\.ipynb$/i, '.nbconvert.ipynb');
      const executedCopy = copy !== label && read(copy).ok ? ` An executed copy is beside it, ${copy}: name that one in the document, or run this one.` : '';
      warnings.push({
        message: `${label} was never executed: run it first, e.g. \`jupyter nbconvert --to notebook --execute --inplace ${label}\`.${executedCopy}`,
      });
      continue;
    }
    if (ran.length > 0 && ran.every((cell) => cell.executionCount === null)) {
      // nbstripout --keep-output and friends: the outputs are there, the counts are not.
      warnings.push({
        message: `${label} has outputs but no execution counts (stripped): its outputs are read${usesCounts ? ', and In[N] references cannot find a cell in it — use id:CELL-ID or tag:TAG' : ''}`,
      });
      continue;
    }
    const order = notebook.cells.filter((c) => c.executionCount !== null).map((c) => c.executionCount!);
    const outOfOrder = order.findIndex((count, i) => i > 0 && count < order[i - 1]!);
    if (outOfOrder > 0) {
      warnings.push({
        message: `${label} was not run top to bottom: In[${order[outOfOrder - 1]}] comes before In[${order[outOfOrder]}]; restart the kernel and run all cells`,
      });
    }
  }
  for (const source of [...head.notebooks, ...head.data]) if (source.stale) warnings.push({ message: `${source.label} is stale: ${source.stale}` });

  const cellMatches = doc.cells.map((ref) => ({ ref, found: findCells(ref, head) }));
  const cells: CellResult[] = cellMatches.map(({ ref, found }) => cellResult(ref, found));
  const requiredCells = cellMatches.flatMap(({ found }) => found);
  // At the base revision the same cells are looked for; with none required, metrics come from anywhere there too.
  const baseRequired = base && requiredCells.length ? doc.cells.flatMap((ref) => findCells(ref, base)) : [];
  const results = doc.expectations.map((e) => expectationResult(e, head, requiredCells, base && { sources: base, required: baseRequired }, paths));

  const count = (status: ExpectationStatus) => results.filter((r) => r.status === status).length;
  return {
    version: 1,
    file: input.file,
    summary: {
      expectations: results.length - count('info'),
      passed: count('pass'),
      failed: count('fail'),
      missing: count('missing'),
      invalid: count('invalid'),
      informational: count('info'),
    },
    results,
    cells,
    warnings,
  };
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

/**
 * The sources, each read where it is: from the results folders that hold it (each copy a source of its own), else
 * from the repository. `executedAfter`: outputs older than this are stale.
 */
function loadSources(
  paths: readonly string[],
  read: FileReader,
  folders: readonly ResultFolder[],
  strict: boolean,
  warnings: VerifyReport['warnings'],
  executedAfter: Date | undefined,
): Sources | undefined {
  const sources: Sources = { notebooks: [], data: [] };
  for (const path of paths) {
    const copies = folders.flatMap((folder) => {
      const file = folder.read(path);
      return file.ok ? [{ label: `${folder.label}/${path}`, file }] : [];
    });
    if (copies.length === 0) {
      const file = read(path);
      if (!file.ok) {
        if (strict) throw new VerifyError(`${path}: ${file.reason}${folders.length ? ` (nor in ${folders.map((f) => f.label).join(', ')})` : ''}`);
        continue;
      }
      copies.push({ label: path, file });
    }
    for (const { label, file } of copies) {
      try {
        addSource(sources, path, label, file, warnings, executedAfter);
      } catch (error) {
        if (strict && error instanceof SourceError) throw new VerifyError(`${label}: ${error.message}`);
        if (strict) throw error;
      }
    }
  }
  return sources;
}

function addSource(
  sources: Sources,
  path: string,
  label: string,
  file: { text: string; modified?: Date },
  warnings: VerifyReport['warnings'],
  executedAfter: Date | undefined,
): void {
  const lower = path.toLowerCase();
  if (lower.endsWith('.ipynb')) {
    const notebook = readExecutedNotebook(file.text);
    const source: NotebookSource = { path, label, notebook };
    const stale = staleness(lastExecuted(notebook) ?? file.modified, executedAfter, lastExecuted(notebook) ? 'executed' : 'written');
    if (stale) source.stale = stale;
    sources.notebooks.push(source);
    return;
  }
  let lookup: (metric: string) => Observation;
  if (lower.endsWith('.csv')) {
    const rows = readCsv(file.text);
    lookup = (metric) => valueInCsv(rows, metric);
  } else {
    const json = lower.endsWith('.json');
    const data = readDataFile(file.text, json ? 'json' : 'yaml');
    if (json)
      for (const key of duplicateKeys(file.text)) warnings.push({ message: `${label}: the key '${key}' appears twice in one object; the last one is used` });
    lookup = (metric) => valueInData(data, metric);
  }
  const source: DataSource = { path, label, lookup };
  const stale = staleness(file.modified, executedAfter, 'written');
  if (stale) source.stale = stale;
  sources.data.push(source);
}

/** When a notebook last finished a cell, as Jupyter or papermill recorded it. */
function lastExecuted(notebook: ExecutedNotebook): Date | undefined {
  const times = [notebook.executedAt, ...notebook.cells.map((cell) => cell.executedAt)]
    .filter((time): time is string => time !== undefined)
    .map((time) => new Date(time))
    .filter((date) => !Number.isNaN(date.getTime()));
  return times.length ? new Date(Math.max(...times.map((date) => date.getTime()))) : undefined;
}

function staleness(at: Date | undefined, executedAfter: Date | undefined, verb: string): string | undefined {
  if (!executedAfter) return undefined;
  if (!at) return `it cannot tell when it was ${verb}, and this run's execution started ${executedAfter.toISOString()}`;
  if (at.getTime() >= executedAfter.getTime()) return undefined;
  return `${verb} ${at.toISOString()}, before this run's execution started (${executedAfter.toISOString()}): its values are not evidence of this run`;
}

interface FoundCell {
  path: string;
  label: string;
  cell: CodeCell;
  stale?: string;
}

function findCells(ref: CellRef, sources: Sources): FoundCell[] {
  if (ref.kind === 'unread') return [];
  return sources.notebooks.flatMap(({ path, label, notebook, stale }) =>
    notebook.cells
      .filter((cell) => (ref.kind === 'count' ? cell.executionCount === ref.count : ref.kind === 'id' ? cell.id === ref.id : cell.tags.includes(ref.tag)))
      .map((cell): FoundCell => ({ path, label, cell, ...(stale ? { stale } : {}) })),
  );
}

function cellName(found: FoundCell): string {
  return `${found.label}#${found.cell.executionCount === null ? `cell ${found.cell.index + 1}` : `In[${found.cell.executionCount}]`}`;
}

function cellResult(ref: CellRef, found: FoundCell[]): CellResult {
  const at = { line: ref.line, column: ref.column };
  if (ref.kind === 'unread') return { ref: ref.ref, status: 'invalid', source: null, message: ref.problem, ...at };
  if (found.length === 0) {
    const hint =
      ref.kind === 'count' ? ' (execution counts change when a notebook is re-run, and stripping removes them: a cell id or tag is a stable reference)' : '';
    return { ref: ref.ref, status: 'missing', source: null, message: `no code cell ${ref.ref} in the notebooks${hint}`, ...at };
  }
  const failed = found.find((f) => f.cell.error !== undefined);
  if (failed) return { ref: ref.ref, status: 'error', source: cellName(failed), message: `${cellName(failed)} raised ${failed.cell.error}`, ...at };
  const notRun = found.find((f) => f.cell.executionCount === null && !f.cell.hasOutputs);
  if (notRun) return { ref: ref.ref, status: 'not-executed', source: cellName(notRun), message: `${cellName(notRun)} has not been run`, ...at };
  const stale = found.find((f) => f.stale);
  if (stale) return { ref: ref.ref, status: 'stale', source: cellName(stale), message: `${cellName(stale)} is stale: ${stale.stale}`, ...at };
  return { ref: ref.ref, status: 'ok', source: found.map(cellName).join(', '), message: 'ran without error', ...at };
}

interface Candidate {
  observation: Observation;
  source: string;
  /** The file it came from (the value of each file counts once). */
  file: string;
  stale?: string;
}

interface Observed {
  observation: Observation;
  source: string | null;
  stale?: string;
  /** Other sources that gave the same value. */
  agreeing: string[];
  /** Sources that disagree: the claim is ambiguous. */
  conflicting: Candidate[];
}

/**
 * A metric's value: from the required cells when they show it (a cell that shows it in a form mathrepro cannot read
 * makes it invalid, never another cell's value), else the last in each notebook and each metrics file — and when
 * these give different values, no value is chosen: the claim is ambiguous unless the document names its source.
 */
function observe(metric: string, sources: Sources, required: readonly FoundCell[], named: string | undefined): Observed {
  const fromCells = (cells: readonly FoundCell[]) => {
    const byFile = new Map<string, Candidate>();
    for (const found of cells) {
      const observation = valueInCell(found.cell, metric);
      if (observation.kind === 'missing') continue;
      byFile.set(found.label, { observation, source: cellName(found), file: found.label, ...(found.stale ? { stale: found.stale } : {}) });
    }
    return [...byFile.values()];
  };
  const matchesNamed = (path: string) => named === undefined || path === named || path.endsWith(`/${named}`);
  let candidates = fromCells(required.filter((found) => matchesNamed(found.path)));
  if (candidates.length === 0) {
    candidates = fromCells(
      sources.notebooks
        .filter(({ path }) => matchesNamed(path))
        .flatMap(({ path, label, notebook, stale }) => notebook.cells.map((cell) => ({ path, label, cell, ...(stale ? { stale } : {}) }))),
    );
    for (const { path, label, lookup, stale } of sources.data) {
      if (!matchesNamed(path)) continue;
      const observation = lookup(metric);
      if (observation.kind !== 'missing') candidates.push({ observation, source: `${label}#${metric}`, file: label, ...(stale ? { stale } : {}) });
    }
  }
  if (candidates.length === 0) return { observation: { kind: 'missing' }, source: null, agreeing: [], conflicting: [] };
  const chosen = candidates[0]!;
  const same = (a: Observation, b: Observation) =>
    a.kind === 'value' && b.kind === 'value' ? a.exact === b.exact && a.unit === b.unit : a.kind === b.kind && 'raw' in a && 'raw' in b && a.raw === b.raw;
  const agreeing = candidates.slice(1).filter((c) => same(c.observation, chosen.observation));
  const conflicting = candidates.slice(1).filter((c) => !same(c.observation, chosen.observation));
  return {
    observation: chosen.observation,
    source: chosen.source,
    ...(chosen.stale ? { stale: chosen.stale } : {}),
    agreeing: agreeing.map((c) => c.source),
    conflicting,
  };
}

function shown(observation: Observation): string {
  return observation.kind === 'value'
    ? `${observation.raw}${observation.unit ? ` ${observation.unit}` : ''}`
    : observation.kind === 'invalid'
      ? `'${observation.raw}'`
      : 'nothing';
}

function expectationResult(
  e: DocumentExpectation,
  head: Sources,
  required: readonly FoundCell[],
  base: { sources: Sources; required: readonly FoundCell[] } | undefined,
  paths: readonly string[],
): ExpectationResult {
  const { expectation } = e;
  const observed = observe(expectation.metric, head, required, expectation.source);
  const { observation, source } = observed;
  const baseObservation = base ? observe(expectation.metric, base.sources, base.required, expectation.source) : undefined;
  const baseValue = baseObservation?.observation.kind === 'value' && baseObservation.conflicting.length === 0 ? baseObservation.observation.value : null;
  const result = (value: number | null, status: ExpectationStatus, message: string): ExpectationResult => ({
    metric: expectation.metric,
    expected: expectation.expected,
    observed: value,
    status,
    source,
    base: baseValue,
    message,
    line: e.line,
    column: e.column,
    ...(e.end ? { endLine: e.end.line, endColumn: e.end.column } : {}),
  });
  const change = (value: number) => (baseValue === null ? '' : `; base ${baseValue}${changePercent(value, baseValue)}`);
  if (expectation.problem) {
    const message = expectation.unread ? expectation.problem : `${expectation.metric} ${expectation.expected}: ${expectation.problem}, so it cannot be checked`;
    // Nothing was compared: no source is named for it.
    return { ...result(null, 'invalid', message), source: null };
  }
  if (observed.conflicting.length > 0) {
    const all = [{ observation, source: source! }, ...observed.conflicting];
    return result(
      null,
      'invalid',
      `${expectation.metric} is ambiguous: ${all.map((c) => `${c.source} gives ${shown(c.observation)}`).join(', ')}. Name the one to check on the claim's line (\`${expectation.metric} ${expectation.expected}\` from \`${observed.conflicting[0]!.file.replace(/#.*$/, '')}\`) or in the yaml block (source:)`,
    );
  }
  const alsoIn = observed.agreeing.length ? ` (also given, the same, by ${observed.agreeing.join(', ')})` : '';
  if (observation.kind === 'missing') {
    const where = expectation.source ?? paths.join(', ');
    const dotted = expectation.metric.includes('.') ? ' (a dotted name is looked up in metrics files by key path, and in outputs only in full)' : '';
    return result(null, expectation.informational ? 'info' : 'missing', `no value for ${expectation.metric} in ${where}${dotted}`);
  }
  if (observation.kind === 'invalid') {
    const why = observation.reason ? `: ${observation.reason}` : ', not a number';
    return result(null, 'invalid', `${expectation.metric} is ${observation.raw ? `'${observation.raw}'` : 'unreadable'}${why}`);
  }
  if (observed.stale) return result(null, 'invalid', `${expectation.metric} = ${observation.raw} comes from ${source}, which is stale: ${observed.stale}`);
  if (expectation.unit && observation.unit && !sameUnit(expectation.unit, observation.unit)) {
    return result(
      observation.value,
      'invalid',
      `${expectation.metric} is printed in ${observation.unit}, the claim is in ${expectation.unit}: they are not compared`,
    );
  }
  if (expectation.relativeToBase) {
    const gate = gateBound(expectation, baseValue);
    if (!gate) {
      const why = base
        ? `the base revision gives no value for ${expectation.metric}`
        : 'there is no base revision to compare with (a gate is checked in pull requests)';
      return result(observation.value, 'info', `${expectation.metric} = ${observation.raw}; not gated: ${why}${alsoIn}`);
    }
    const pass = meets(gate, observation.value, observation.exact);
    const verdict = `${expectation.metric} = ${observation.raw} ${pass ? 'meets' : 'misses'} ${describeBound(gate.op, gate.value, 0)} (${expectation.expected}, base ${baseValue}${changePercent(observation.value, baseValue!)})${alsoIn}`;
    return result(observation.value, expectation.informational ? 'info' : pass ? 'pass' : 'fail', verdict);
  }
  if (!expectation.exact) return result(observation.value, 'info', `${expectation.metric} = ${observation.raw}${change(observation.value)}${alsoIn}`);
  const scale = shareScale(expectation, observation);
  const pass = meets(expectation, scale?.value ?? observation.value, scale?.exact ?? observation.exact);
  const bound = describeBound(expectation.op, expectation.value, toleranceOf(expectation));
  const precision = expectation.precision ? ` (to the precision ${expectation.expected.replace(/^[=≈]\s*/, '')} is written to)` : '';
  const status: ExpectationStatus = expectation.informational ? 'info' : pass ? 'pass' : 'fail';
  return result(
    observation.value,
    status,
    `${expectation.metric} = ${observation.raw}${scale ? ` (${scale.note})` : ''} ${pass ? 'meets' : 'misses'} ${bound}${precision}${change(observation.value)}${alsoIn}`,
  );
}

/** Metrics that are shares of a whole, from 0 to 1 as a fraction: accuracy, F1, AUC, IoU, top-5… */
const SHARES = new Set('accuracy acc precision recall f1 auc iou miou dice map ap top1 top5 ndcg mrr hit hits coverage kappa'.split(' '));

/** Whether a metric's name names a share (`test_accuracy`, `Top-1 acc`, `val/f1`). */
function isShare(metric: string): boolean {
  const parts = nameParts(metric.replace(/top-(\d)/gi, 'top$1'));
  return parts.some((part) => SHARES.has(part)) && !parts.some((part) => part === 'loss' || part === 'error' || part === 'err');
}

/**
 * A share printed on another scale than the claim's, without a percent sign: `45.0` against `accuracy > 0.9` is 45 %
 * (a share is never 45), and `0.9975` against `accuracy >= 90`, 99.75. Compared on the claim's scale, and said; where
 * the scales agree, or the metric is no share, undefined.
 */
function shareScale(
  expectation: Expectation,
  observation: { value: number; raw: string; exact: string },
): { value: number; exact: string; note: string } | undefined {
  if (!isShare(expectation.metric) || observation.raw.includes('%')) return undefined;
  const claimed = Math.abs(expectation.value);
  const seen = observation.value;
  const exact = parseDecimal(observation.exact);
  if (!exact || seen < 0) return undefined;
  const onScale = (value: Decimal, note: string) => ({ value: toNumber(value), exact: decimalText(value), note });
  if (claimed <= 1 && seen > 1 && seen <= 100) return onScale(hundredths(exact), `read as ${observation.raw}%: a share above 1 is printed in percent`);
  if (claimed > 1 && claimed <= 100 && seen <= 1) {
    const percent = hundredfold(exact);
    return onScale(percent, `read as ${toNumber(percent)}: the claim is in percent, the output a fraction`);
  }
  return undefined;
}

const UNIT_NAMES: Record<string, string> = {
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  µs: 'us',
  fps: 'FPS',
};
function sameUnit(a: string, b: string): boolean {
  const canonical = (unit: string) => UNIT_NAMES[unit] ?? unit;
  return canonical(a) === canonical(b);
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
