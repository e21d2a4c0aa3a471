import { loadYaml } from '../read-yaml.js';
import { LineIndex } from '../positions.js';
import { FLOW_EXCLUDED, HTML_BLOCK, TEXT_EXCLUDED, markdownStructure, type FencedBlock, type Structure } from '../scan/structure.js';
import { htmlTableCells } from './results.js';
import { ambiguousAssignments, namesAResult, parseExpectation, parseExpected, readClaims, type Found } from './claims.js';
import { build, type Expectation } from './expectation.js';
import { normalizeForReading, readableClaimText } from './normalize.js';

/**
 * Reads a REPRODUCE.md-style document, in any language, into what can be checked: expectations on metrics,
 * cells that must have run, and the files that hold the results. Expectations come from prose (paragraphs, list
 * items, headings, with their TeX), table rows (`| Metric | Value |`), code spans whose whole text is one, and a
 * fenced ```` ```yaml reproduce ```` block; what reads like a claim there but cannot be read comes back as an
 * expectation with a problem (./claims.ts). Code blocks and commands are never read as expectations.
 */

export interface Located {
  line: number;
  column: number;
}

export interface DocumentExpectation extends Located {
  expectation: Expectation;
  /** Where what was read ends, when known. */
  end?: Located;
}

/** A required cell as the document names it; `unread`: a mention of cells that names none mathrepro can find (`cells 5 and 12`). */
export type CellRef = ({ kind: 'count'; count: number } | { kind: 'id'; id: string } | { kind: 'tag'; tag: string } | { kind: 'unread'; problem: string }) &
  Located & { ref: string };

export interface SourceRef extends Located {
  path: string;
}

export interface ReproduceDocument {
  expectations: DocumentExpectation[];
  cells: CellRef[];
  sources: SourceRef[];
  /** Problems with the document itself (a malformed YAML block), each at its place. */
  problems: Array<Located & { message: string }>;
  /** What a reader should know but that does not stop the check: a line read as a setting that might be a result. */
  notes: Array<Located & { message: string }>;
}

const SOURCE_EXTENSIONS = /\.(ipynb|json|ya?ml|csv)$/i;
const PATH_IN_PROSE = /(?<![\w/.-])((?:\.\/)?[\w-][\w./-]*\.(?:ipynb|json|ya?ml|csv))(?![\w])/gi;
const CELL_COUNT = /\bIn\s?\[\s*(\d+)\s*\]/g;
/** A run of cells by execution count: `In[5] to In[7]`, `In[5]–In[7]`. */
const CELL_RANGE = /\bIn\s?\[\s*(\d+)\s*\]\s*(?:-|–|—|to|through|thru|…|\.\.\.?|至|到)\s*In\s?\[\s*(\d+)\s*\]/g;
/** Words that ask for cells to be run. */
const RUN = /\b(?:run|runs|running|re-?run|execute[sd]?|executing|evaluate[sd]?)\b|运行|执行|運行|執行|実行/iu;

/** The sentence (or line) of `text` that holds [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = Math.max(...['.', '。', '!', '?', '！', '？', '\n', ';', '；'].map((mark) => text.lastIndexOf(mark, start - 1)));
  const afters = ['. ', '。', '!', '?', '！', '？', '\n', ';', '；'].map((mark) => text.indexOf(mark, end)).filter((at) => at >= 0);
  return text.slice(before + 1, afters.length > 0 ? Math.min(...afters) : text.length);
}

/** At most this many cells in one range: more is a slip (`In[5] to In[500]`), reported, not required. */
const MAX_CELL_RANGE = 100;
/**
 * Cells named by bare numbers, which may be execution counts or places in the notebook: `cells 5 and 12`, `cell [12]`,
 * `cells 5-7`, `第 5 和第 12 个单元格`. Reported: which cells is not clear.
 */
const CELLS_BY_NUMBER =
  /\bcells?\s*(?:#\s*)?\[?\d+\]?(?:\s*(?:,|and|&|or|to|through|-|–)\s*(?:#\s*)?\[?\d+\]?)*|第\s*\d+(?:\s*(?:和|与|與|及|、|,|，|至|到|-|–)\s*第?\s*\d+)*\s*[个個]?\s*(?:代码|代碼)?(?:单元格|單元格|儲存格)/giu;
const CELL_ID = /(?<![\w-])(id|tag):([A-Za-z0-9_][\w-]*)/g;

/**
 * A reproduction document is a page or two; these bound what a planted one costs (a 13 MB document took 2.7 GB).
 * More is refused with a message, never read in part: a check that read half the claims would pass the rest.
 */
export const MAX_DOCUMENT_CHARACTERS = 2 * 1024 * 1024;
export const MAX_EXPECTATIONS = 1_000;
const MAX_CELL_REFERENCES = 1_000;

export function parseReproduce(written: string): ReproduceDocument {
  const doc: ReproduceDocument = { expectations: [], cells: [], sources: [], problems: [], notes: [] };
  if (written.length > MAX_DOCUMENT_CHARACTERS) {
    const megabytes = (written.length / 1024 / 1024).toFixed(1);
    doc.problems.push({
      message: `${megabytes} MB of text: a reproduction document is read up to 2 MB. Keep the expectations and cells in a short document.`,
      line: 1,
      column: 1,
    });
    return doc;
  }
  // Full-width punctuation and look-alike symbols read as ASCII; offsets, lines and columns are unchanged.
  const text = normalizeForReading(written);
  const lines = new LineIndex(text);
  const at = (offset: number): Located => lines.position(offset);
  const structure = markdownStructure(text, { blockBarriers: true });

  // Prose: each paragraph and heading, with code, HTML and link destinations blanked out (offsets kept); a code span
  // that names a metric, or holds a value, is read as written (`` `val_loss` ≤ 0.05 ``, "accuracy is `0.9975`").
  const plain = blankedOut(
    text,
    structure.flags,
    // (A role's target is none: `` :eqlabel:`eq_bleu` ``, `` {eq}`eq_bleu` ``.)
    structure.codeSpans.filter((code) => !/[:}]/.test(text[code.start - 1] ?? '') && readInProse(text.slice(code.contentStart, code.contentEnd))),
  );
  let span = 0; // the code spans, in order, walked along with the blocks
  for (const block of structure.textBlocks) {
    if (block.kind === 'table-row') continue;
    // Stop reading early: the document is refused below in any case.
    if (doc.expectations.length > MAX_EXPECTATIONS || doc.cells.length > MAX_CELL_REFERENCES) break;
    const slice = plain.slice(block.start, block.end);
    for (const assignment of ambiguousAssignments(slice)) {
      doc.notes.push({
        message: `'${assignment.text}' is read as a setting, not checked: if it is a result to reproduce, write it with a tolerance or a comparison (${assignment.name} = 0.5 ± 0.01, ${assignment.name} ≈ 0.5)`,
        ...at(block.start + assignment.start),
      });
    }
    // A sentence may wrap onto the next line: the block is read as one text, line breaks as spaces.
    const read = readClaims(slice.replace(/\n/g, ' '), { original: text.slice(block.start, block.end).replace(/\n/g, ' ') });
    read.push(...wholeLineClaims(slice, read));
    // The result files the block names, by line: a claim on a line that names one file takes its value from it.
    const named = new Map<number, Set<string>>();
    const name = (path: string, offset: number) => {
      const where = at(offset);
      const source = addSource(doc, path, where);
      if (source) (named.get(where.line) ?? named.set(where.line, new Set()).get(where.line)!).add(source);
    };
    for (const match of slice.matchAll(PATH_IN_PROSE)) name(match[1]!, block.start + match.index!);
    // Link destinations (blanked above) name result files: `[the notebook](train.ipynb)`.
    for (const link of text.slice(block.start, block.end).matchAll(/\]\(\s*<?([^\s)>]+)/g)) {
      name(link[1]!, block.start + link.index! + link[0].length - link[1]!.length);
    }
    // And code spans (blanked above too): `` `results/final metrics.json` ``.
    for (; span < structure.codeSpans.length && structure.codeSpans[span]!.start < block.end; span++) {
      const code = structure.codeSpans[span]!;
      if (code.start >= block.start) name(text.slice(code.contentStart, code.contentEnd), code.contentStart);
    }
    for (const found of read.sort((a, b) => a.start - b.start)) {
      const place = at(block.start + found.start);
      const sources = named.get(place.line);
      if (sources?.size === 1 && !found.expectation.source) found.expectation.source = [...sources][0]!;
      doc.expectations.push({ expectation: found.expectation, ...place, end: at(block.start + found.end) });
    }
    cellRefs(readableCells(slice), block.start, doc, at);
  }
  for (const span of structure.codeSpans) codeSpan(text, span.contentStart, span.contentEnd, doc, at);
  for (const fence of structure.fences) yamlBlock(text, fence, doc, at);
  tables(text, structure.textBlocks, doc, at);
  htmlTables(text, structure.flags, doc, at);

  // A code span inside a table cell is seen twice; one expectation per line, metric and comparison.
  const seen = new Set<string>();
  doc.expectations = doc.expectations
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((e) => {
      const key = `${e.line}\u0000${e.expectation.metric}\u0000${e.expectation.expected}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  doc.cells.sort((a, b) => a.line - b.line || a.column - b.column);
  doc.sources.sort((a, b) => a.line - b.line || a.column - b.column);
  if (doc.expectations.length > MAX_EXPECTATIONS) doc.problems.push(tooMany(MAX_EXPECTATIONS, 'expectations', doc.expectations[MAX_EXPECTATIONS]!));
  else if (doc.cells.length > MAX_CELL_REFERENCES) doc.problems.push(tooMany(MAX_CELL_REFERENCES, 'cell references', doc.cells[MAX_CELL_REFERENCES]!));
  return doc;
}

function tooMany(limit: number, what: string, next: Located): Located & { message: string } {
  return {
    message: `more than ${limit.toLocaleString('en')} ${what} (this is the first past it): mathrepro checks at most that many in one document. Split it.`,
    line: next.line,
    column: next.column,
  };
}

/**
 * The text with code, HTML and link destinations turned into spaces (line breaks kept, so offsets hold), but for the
 * text of the code spans `kept` (sorted), whose backticks alone are.
 */
function blankedOut(text: string, flags: Uint8Array, kept: ReadonlyArray<{ start: number; end: number; contentStart: number; contentEnd: number }>): string {
  const parts: string[] = [];
  let from = 0;
  let next = 0;
  for (let k = 0; k < text.length; k++) {
    if ((flags[k]! & (TEXT_EXCLUDED | FLOW_EXCLUDED)) === 0) continue;
    parts.push(text.slice(from, k));
    const span = kept[next];
    if (span?.start === k) {
      next++;
      parts.push(' '.repeat(span.contentStart - span.start), text.slice(span.contentStart, span.contentEnd), ' '.repeat(span.end - span.contentEnd));
      from = span.end;
      k = span.end - 1;
      continue;
    }
    let end = k;
    while (end < text.length && (flags[end]! & (TEXT_EXCLUDED | FLOW_EXCLUDED)) !== 0 && kept[next]?.start !== end) end++;
    parts.push(text.slice(k, end).replace(/[^\n]/g, ' '));
    from = end;
    k = end - 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Whether a code span's text is read in its sentence: a metric's name, as authors mark one up (`val_loss`,
 * `eval/accuracy`, `top1_acc`: one word that names a result, not a file: `results/accuracy.json` names where results
 * are), or a value (`0.9975`, `93.2%`).
 */
function readInProse(code: string): boolean {
  if (/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?\s?%?$/.test(code)) return true;
  return /^[\p{L}_][\p{L}\p{N}_./@-]*$/u.test(code) && !RESULT_FILE.test(code) && namesAResult(code);
}

/** A file's name by its extension: what a code span names when it names where results are, or code. */
const RESULT_FILE = /\.(?:json|jsonl|csv|tsv|txt|log|ipynb|py|ya?ml|md|npy|npz|pt|pth|pkl|h5|parquet)$/i;

function cellRefs(written: string, offset: number, doc: ReproduceDocument, at: (offset: number) => Located): void {
  // A range is each cell in it (and its ends are read here, not again below).
  const text = written.replace(CELL_RANGE, (range, first: string, last: string, index: number) => {
    const [from, to] = [Number(first), Number(last)];
    const where = at(offset + index);
    if (to < from || to - from >= MAX_CELL_RANGE) {
      const problem = `'${range}' names ${to < from ? 'no cells (its end comes before its start)' : `${to - from + 1} cells, more than the ${MAX_CELL_RANGE} a range may`}: name the cells one by one, or by id: or tag:`;
      doc.cells.push({ kind: 'unread', problem, ref: range, ...where });
    } else for (let count = from; count <= to; count++) doc.cells.push({ kind: 'count', count, ref: `In[${count}]`, ...where });
    return ' '.repeat(range.length);
  });
  for (const match of text.matchAll(CELLS_BY_NUMBER)) {
    const ref = match[0].trim();
    const how = `a number may be a cell's execution count or its place in the notebook. Name them as JupyterLab shows a run cell's count, In[5], or by id:… or tag:…`;
    // Cells the sentence asks to run are required, and cannot be checked; cells only mentioned are noted.
    if (RUN.test(sentenceAround(text, match.index!, match.index! + match[0].length)))
      doc.cells.push({ kind: 'unread', problem: `'${ref}' reads like cells to run, but not which: ${how}`, ref, ...at(offset + match.index!) });
    else doc.notes.push({ message: `'${ref}' is not read as cells to run: if they are, say which: ${how}`, ...at(offset + match.index!) });
  }
  for (const match of text.matchAll(CELL_COUNT)) {
    doc.cells.push({ kind: 'count', count: Number(match[1]), ref: `In[${Number(match[1])}]`, ...at(offset + match.index!) });
  }
  for (const match of text.matchAll(CELL_ID)) {
    const ref = `${match[1]}:${match[2]}`;
    const cell: CellRef =
      match[1] === 'id' ? { kind: 'id', id: match[2]!, ref, ...at(offset + match.index!) } : { kind: 'tag', tag: match[2]!, ref, ...at(offset + match.index!) };
    doc.cells.push(cell);
  }
}

/**
 * A line (or list item) that is nothing but an expectation is one, whatever the metric is called: `- delta > -0.01`.
 * (In running prose a name must look like a metric; a whole line leaves no doubt.)
 */
function wholeLineClaims(slice: string, found: readonly Found[]): Found[] {
  const lines: Found[] = [];
  for (const match of slice.matchAll(/^([ \t]*(?:[-*+]|\d{1,3}[.)])?[ \t]*)([^\n]+?)[ \t]*$/gm)) {
    const start = match.index + match[1]!.length;
    const end = start + match[2]!.length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const expectation = parseExpectation(match[2]!.replace(/[.;]$/, ''));
    if (expectation) lines.push({ expectation, start, end });
  }
  return lines;
}

/** Cell references as written with any keyboard: `In【12】`, `In［12］`. */
function readableCells(slice: string): string {
  return slice.replace(/In\s?[【［〔]\s*(\d+)\s*[】］〕]/g, (whole, count: string) => `In[${count}]`.padEnd(whole.length, ' '));
}

/** Records a result file the document names (once); returns its path as read, or undefined when it names none. */
function addSource(doc: ReproduceDocument, path: string, where: Located): string | undefined {
  const written = path.trim().replace(/^<|>$/g, '');
  if (!SOURCE_EXTENSIONS.test(written) || /^[a-z]+:\/\//i.test(written)) return undefined;
  let clean: string;
  try {
    clean = decodeURIComponent(written).replace(/^\.\//, '');
  } catch {
    clean = written.replace(/^\.\//, ''); // a `%` that is no escape: the name as written
  }
  if (!doc.sources.some((s) => s.path === clean)) doc.sources.push({ path: clean, ...where });
  return clean;
}

/** A code span whose whole text is an expectation, a cell reference or a result file. */
function codeSpan(text: string, contentStart: number, contentEnd: number, doc: ReproduceDocument, at: (offset: number) => Located): void {
  const content = text.slice(contentStart, contentEnd);
  const expectation = parseExpectation(content);
  if (expectation) doc.expectations.push({ expectation, ...at(contentStart) });
  else if (SOURCE_EXTENSIONS.test(content.trim())) addSource(doc, content, at(contentStart));
  else if (/^\s*(?:In\s?[[【［]\s*\d+\s*[\]】］]|(?:id|tag):[\w-]+)\s*$/.test(content)) cellRefs(readableCells(content), contentStart, doc, at);
  else if (!/--|^\s*(?:\$|python|bash|sh|jupyter|pip|conda|make|cd|git)\b/.test(content)) {
    // A claim in code that is not in the grammar (`accuracy approx 0.93 (2%)`) is reported, not dropped.
    for (const found of readClaims(content, { whole: true })) {
      if (found.expectation.problem) doc.expectations.push({ expectation: found.expectation, ...at(contentStart + found.start) });
    }
  }
}

/**
 * ```yaml reproduce
 * sources: [notebooks/train.ipynb, results/metrics.json]
 * cells: [In[5], id:final-metrics, tag:metrics]
 * expect:
 *   test_loss: < 0.02 ± 0.003
 *   eval.accuracy: {expect: ">= 0.9", source: results/metrics.json}
 * gates:
 *   val_loss: <= base + 2%
 * report: [train_time]
 * ```
 */
function yamlBlock(text: string, fence: FencedBlock, doc: ReproduceDocument, at: (offset: number) => Located): void {
  if (!/^ya?ml\s+reproduce\b/.test(fence.info)) return;
  const lines = fence.lines();
  if (lines.length === 0) return;
  const contentStart = lines[0]![0];
  const contentEnd = lines[lines.length - 1]![1];
  const where = at(contentStart);
  let data: unknown;
  try {
    // `cells: [In[5], In[12]]` is how people write it, but brackets are YAML syntax: quote such references.
    data = loadYaml(text.slice(contentStart, contentEnd).replace(/(?<!["'\w])(In\s?\[\s*\d+\s*\])(?!["'])/g, '"$1"'));
  } catch (error) {
    // js-yaml says where: the problem is reported on that line of the block, not at its start.
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const block = text.slice(contentStart, contentEnd);
    let offset = contentStart;
    for (let line = 0; mark?.line !== undefined && line < mark.line; line++) {
      const newline = block.indexOf('\n', offset - contentStart);
      if (newline < 0) break;
      offset = contentStart + newline + 1;
    }
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    doc.problems.push({ message: `the yaml reproduce block is not valid YAML: ${reason}`, ...at(offset + (mark?.column ?? 0)) });
    return;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    doc.problems.push({ message: 'the yaml reproduce block must be a mapping (sources, cells, expect)', ...where });
    return;
  }
  const block = data as Record<string, unknown>;
  const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  for (const source of list(block.sources ?? block.notebook ?? block.source)) if (typeof source === 'string') addSource(doc, source, where);
  for (const cell of list(block.cells)) {
    const before = doc.cells.length;
    cellRefs(String(cell), contentStart, doc, () => where);
    // An entry that names no cell is said, not dropped: `cells: [5]` may mean In[5] or the fifth cell.
    if (doc.cells.length === before) {
      const ref = String(cell);
      const problem = `'${ref}' in the reproduce block's cells names no cell mathrepro can find: write In[N] (the execution count JupyterLab shows beside a run cell), id:… or tag:…`;
      doc.cells.push({ kind: 'unread', problem, ref, ...where });
    }
  }
  const expect = block.expect ?? block.metrics;
  const entries: Array<[string, unknown]> = Array.isArray(expect)
    ? expect.map((e) => ['', e])
    : typeof expect === 'object' && expect
      ? Object.entries(expect)
      : [];
  const gates = block.gates;
  if (typeof gates === 'object' && gates && !Array.isArray(gates)) entries.push(...Object.entries(gates));
  for (const [metric, entry] of entries) {
    // `test_loss: {expect: "< 0.02", source: results/metrics.json}` names where the value comes from.
    const detailed = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as Record<string, unknown>) : undefined;
    const value = detailed ? (detailed.expect ?? detailed.value ?? detailed.gate) : entry;
    const written = String(value);
    const place = lineOf(text, contentStart, contentEnd, metric || written, at);
    const expectation = metric ? parseExpected(metric, written) : parseExpectation(written, true);
    if (!expectation) {
      doc.problems.push({ message: `'${metric ? `${metric}: ` : ''}${written}' is not an expectation (NAME OP VALUE [± TOL])`, ...place });
      continue;
    }
    if (typeof detailed?.source === 'string') {
      expectation.source = detailed.source.replace(/^\.\//, '');
      addSource(doc, detailed.source, place);
    }
    if (detailed?.informational === true || detailed?.report === true) expectation.informational = true;
    doc.expectations.push({ expectation, ...place });
  }
  // Metrics reported with their value and change, never failing: `report: [train_time, gpu_memory]`.
  for (const metric of list(block.report)) {
    if (typeof metric !== 'string') continue;
    const expectation: Expectation = { metric, op: '=', value: Number.NaN, expected: 'reported', informational: true };
    doc.expectations.push({ expectation, ...lineOf(text, contentStart, contentEnd, metric, at) });
  }
}

/** The place of a YAML entry: the first line of the block that mentions it. */
function lineOf(text: string, start: number, end: number, needle: string, at: (offset: number) => Located): Located {
  const found = text.slice(start, end).indexOf(needle);
  return at(found >= 0 ? start + found : start);
}

/** `| metric | expected |` tables: a name column and an expectation column, found by their headers. */
function tables(text: string, blocks: Structure['textBlocks'], doc: ReproduceDocument, at: (offset: number) => Located): void {
  let table: Array<Array<{ text: string; start: number }>> = [];
  let lastEnd = -1;
  const flush = () => {
    if (table.length) tableRows(table, doc, at);
    table = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'table-row') continue;
    // Rows of one table follow each other, with only the delimiter row between header and body.
    if (lastEnd >= 0 && text.slice(lastEnd, block.start).split('\n').length > 3) flush();
    table.push(cellsOf(text, block.start, block.end));
    lastEnd = block.end;
  }
  flush();
}

/**
 * The tables written as HTML (`<table>` in an HTML block), read as Markdown tables are. (A cell's place is where its
 * text starts; with entities, its column is close, not exact.)
 */
function htmlTables(text: string, flags: Uint8Array, doc: ReproduceDocument, at: (offset: number) => Located): void {
  for (let start = text.search(/<table\b/i); start >= 0;) {
    const close = /<\/table\s*>/gi;
    close.lastIndex = start;
    const end = close.exec(text) ? close.lastIndex : text.length;
    if (flags[start]! & HTML_BLOCK) {
      for (const table of htmlTableCells(text.slice(start, end))) {
        const rows = table.map((cells) => cells.map((cell) => ({ text: cell.text, start: start + cell.start })));
        // A table whose first row has no header cell (`<th>`) has no header: each row is read.
        tableRows(table[0]?.some((cell) => cell.header) ? rows : [[], ...rows], doc, at);
      }
    }
    const next = text.slice(end).search(/<table\b/i);
    start = next < 0 ? -1 : end + next;
  }
}

/** The cells of a table row, split at unescaped pipes, each with its offset. */
function cellsOf(text: string, start: number, end: number): Array<{ text: string; start: number }> {
  const cells: Array<{ text: string; start: number }> = [];
  // The row's indentation and leading pipe belong to no cell.
  let from = start + /^\s*\|?/.exec(text.slice(start, end))![0].length;
  for (let k = from; k <= end; k++) {
    if (k === end || (text[k] === '|' && text[k - 1] !== '\\')) {
      const raw = text.slice(from, k);
      if (k < end || raw.trim() !== '') cells.push({ text: raw.trim(), start: from + (raw.length - raw.trimStart().length) });
      from = k + 1;
    }
  }
  return cells;
}

const COMPARISON = /<|>|≤|≥|≈|~|±|\\(?:geq?|leq?|approx|pm)\b|\b(?:at least|at most|approximately|about|around|within)\b|约|不低于|不超过|至少|至多|以内/i;
const NAME_HEADER = /^(metric|metrics|name|measure|quantity|指标|指標|度量|名称|名稱)/;
const VALUE_HEADER =
  /(expect|target|threshold|criterion|criteria|value|result|reported|reference|goal|预期|預期|期望|目标|目標|阈值|閾值|数值|數值|值|结果|結果)/;
const OPERATOR_HEADER = /^(op|operator|comparison|comparator|relation|direction|比较|比較|关系|關係)/;
const TOLERANCE_HEADER = /^(tol|tolerance|margin|allowed|±|误差|誤差|容差|允许|允許)/;
const SOURCE_HEADER = /^(source|file|from|where|来源|來源|文件|檔案)/;

/**
 * A table of expected metrics: a name column and a value column found by their headers, with an optional
 * comparison, tolerance and source column (`| Metric | Expected | ± |`); transposed (`| | accuracy | f1 |` over
 * `| expected | 0.93 | 0.8 |`); else any cell that is a whole expectation, and what reads like a claim in a row.
 */
function tableRows(rows: Array<Array<{ text: string; start: number }>>, doc: ReproduceDocument, at: (offset: number) => Located): void {
  const header = rows[0]?.map((cell) => readableClaimText(cell.text).text.toLowerCase().trim()) ?? [];
  const nameColumn = header.findIndex((h) => NAME_HEADER.test(h));
  const valueColumn = header.findIndex((h, k) => k !== nameColumn && VALUE_HEADER.test(h) && !TOLERANCE_HEADER.test(h) && !SOURCE_HEADER.test(h));
  const operatorColumn = header.findIndex((h) => OPERATOR_HEADER.test(h));
  const toleranceColumn = header.findIndex((h) => TOLERANCE_HEADER.test(h));
  const sourceColumn = header.findIndex((h) => SOURCE_HEADER.test(h));
  const clean = (cell: { text: string } | undefined) => (cell?.text ?? '').replace(/`/g, '').trim();
  for (const cells of rows.slice(1)) {
    if (nameColumn >= 0 && valueColumn >= 0) {
      const name = clean(cells[nameColumn]);
      const value = cells[valueColumn];
      if (!name || !value || clean(value) === '' || /^[-–—]$/.test(clean(value))) continue;
      const operator = operatorColumn >= 0 ? clean(cells[operatorColumn]) : '';
      const tolerance = toleranceColumn >= 0 ? clean(cells[toleranceColumn]).replace(/^(?:±|\+\/-|\+-)\s*/, '') : '';
      const written = `${operator} ${clean(value)}${tolerance ? ` ± ${tolerance}` : ''}`.trim();
      const expectation = parseExpected(name, written) ?? tableProblem(name, written);
      const source = sourceColumn >= 0 ? clean(cells[sourceColumn]) : '';
      if (source && SOURCE_EXTENSIONS.test(source)) {
        expectation.source = source.replace(/^\.\//, '');
        addSource(doc, source, at(cells[sourceColumn]!.start));
      }
      doc.expectations.push({ expectation, ...at(value.start) });
      continue;
    }
    // Transposed: metrics across the header, a row labelled expected/target holding the values.
    if (cells.length > 1 && VALUE_HEADER.test(readableClaimText(clean(cells[0])).text.toLowerCase()) && header.slice(1).some((h) => namesAResult(h))) {
      for (let k = 1; k < cells.length; k++) {
        const name = clean(rows[0]![k]);
        const value = clean(cells[k]);
        if (!name || !value) continue;
        doc.expectations.push({ expectation: parseExpected(name, value) ?? tableProblem(name, value), ...at(cells[k]!.start) });
      }
      continue;
    }
    // No such headers: a cell may still hold a whole expectation, or a row `| accuracy | ≥ 0.9 |` pair one.
    let read = false;
    for (const cell of cells) {
      const expectation = parseExpectation(clean(cell));
      if (expectation) {
        doc.expectations.push({ expectation, ...at(cell.start) });
        read = true;
      }
    }
    // `| accuracy | ≥ 0.9 |`: a metric's name and a comparison, the row's only cells. (A table of results by model
    // and dataset states what a paper got, not what a run must reproduce.)
    if (read || cells.length !== 2 || !namesAResult(clean(cells[0])) || !COMPARISON.test(clean(cells[1]))) continue;
    const expectation = parseExpected(clean(cells[0]), clean(cells[1])) ?? tableProblem(clean(cells[0]), clean(cells[1]));
    doc.expectations.push({ expectation, ...at(cells[1]!.start) });
  }
}

/** A row of an expected-metrics table whose value cannot be read: reported at its place, never dropped. */
function tableProblem(name: string, written: string): Expectation {
  const expectation = build(name, '=', 'NaN', undefined, undefined);
  expectation.expected = written;
  expectation.problem = `'${name} | ${written}' is a row of expected metrics that mathrepro cannot read: write the value as OP VALUE [± TOL] (>= 0.9, ≈ 0.93, 0.93 ± 0.01) or a number`;
  return expectation;
}
