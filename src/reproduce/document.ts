import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import type { Event, Token } from 'micromark-util-types';
import { loadYaml } from '../config/config.js';
import { LineIndex } from '../positions.js';
import { findExpectations, parseExpectation, parseExpected, type Expectation } from './expectation.js';

/**
 * Reads a REPRODUCE.md-style document, in any language, into what can be checked: expectations on metrics,
 * cells that must have run, and the files that hold the results. Expectations come from prose (paragraphs, list
 * items), table rows (`| metric | expected |`), code spans whose whole text is one, and a fenced
 * ```` ```yaml reproduce ```` block. Code blocks and commands are never read as expectations.
 */

export interface Located {
  line: number;
  column: number;
}

export interface DocumentExpectation extends Located {
  expectation: Expectation;
}

export type CellRef = ({ kind: 'count'; count: number } | { kind: 'id'; id: string } | { kind: 'tag'; tag: string }) & Located & { ref: string };

export interface SourceRef extends Located {
  path: string;
}

export interface ReproduceDocument {
  expectations: DocumentExpectation[];
  cells: CellRef[];
  sources: SourceRef[];
  /** Problems with the document itself (a malformed YAML block), each at its place. */
  problems: Array<Located & { message: string }>;
}

const SOURCE_EXTENSIONS = /\.(ipynb|json|ya?ml|csv)$/i;
const PATH_IN_PROSE = /(?<![\w/.\-])((?:\.\/)?[\w\-][\w./\-]*\.(?:ipynb|json|ya?ml|csv))(?![\w])/gi;
const CELL_COUNT = /\bIn\s?\[\s*(\d+)\s*\]/g;
const CELL_ID = /(?<![\w-])(id|tag):([A-Za-z0-9_][\w\-]*)/g;
const EXCLUDED_TOKENS = new Set(['codeText', 'htmlText', 'autolink', 'literalAutolink', 'resourceDestination', 'definition', 'codeFenced', 'codeIndented', 'htmlFlow']);

export function parseReproduce(text: string): ReproduceDocument {
  const lines = new LineIndex(text);
  const doc: ReproduceDocument = { expectations: [], cells: [], sources: [], problems: [] };
  const at = (offset: number): Located => lines.position(offset);
  const events = postprocess(parse({ extensions: [gfm()] }).document().write(preprocess()(text, undefined, true)));

  // Prose: each paragraph and table cell, with code, HTML and link destinations blanked out (offsets kept).
  const blanked = text.split('');
  const blank = (token: Token) => {
    for (let k = token.start.offset; k < token.end.offset; k++) if (blanked[k] !== '\n') blanked[k] = ' ';
  };
  const prose: Array<[number, number]> = [];
  for (let e = 0; e < events.length; e++) {
    const [kind, token] = events[e]!;
    if (kind !== 'enter') continue;
    const type = token.type as string;
    if (type === 'paragraph' || type === 'atxHeadingText' || type === 'setextHeadingText') prose.push([token.start.offset, token.end.offset]);
    if (EXCLUDED_TOKENS.has(type)) blank(token);
    if (type === 'codeText') codeSpan(text, events, e, doc, at);
    if (type === 'resourceDestinationString') addSource(doc, text.slice(token.start.offset, token.end.offset), at(token.start.offset));
    if (type === 'codeFenced') yamlBlock(text, events, e, doc, at);
    if (type === 'table') table(text, events, e, doc, at);
  }
  const plain = blanked.join('');
  for (const [start, end] of prose) {
    const slice = plain.slice(start, end);
    for (const found of findExpectations(slice)) {
      doc.expectations.push({ expectation: found.expectation, ...at(start + found.start) });
    }
    for (const match of slice.matchAll(PATH_IN_PROSE)) addSource(doc, match[1]!, at(start + match.index!));
    cellRefs(slice, start, doc, at);
  }
  // A code span inside a table cell is seen twice; one expectation per line, metric and comparison.
  const seen = new Set<string>();
  doc.expectations = doc.expectations
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((e) => {
      const key = `${e.line}\u0000${e.expectation.metric}\u0000${e.expectation.expected}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  doc.cells.sort((a, b) => a.line - b.line || a.column - b.column);
  return doc;
}

function cellRefs(text: string, offset: number, doc: ReproduceDocument, at: (offset: number) => Located): void {
  for (const match of text.matchAll(CELL_COUNT)) {
    doc.cells.push({ kind: 'count', count: Number(match[1]), ref: `In[${Number(match[1])}]`, ...at(offset + match.index!) });
  }
  for (const match of text.matchAll(CELL_ID)) {
    const ref = `${match[1]}:${match[2]}`;
    const cell: CellRef = match[1] === 'id' ? { kind: 'id', id: match[2]!, ref, ...at(offset + match.index!) } : { kind: 'tag', tag: match[2]!, ref, ...at(offset + match.index!) };
    doc.cells.push(cell);
  }
}

function addSource(doc: ReproduceDocument, path: string, where: Located): void {
  const clean = decodeURIComponent(path.trim().replace(/^<|>$/g, '')).replace(/^\.\//, '');
  if (!SOURCE_EXTENSIONS.test(clean) || /^[a-z]+:\/\//i.test(clean)) return;
  if (!doc.sources.some((s) => s.path === clean)) doc.sources.push({ path: clean, ...where });
}

/** A code span whose whole text is an expectation, a cell reference or a result file. */
function codeSpan(text: string, events: Event[], index: number, doc: ReproduceDocument, at: (offset: number) => Located): void {
  const token = events[index]![1];
  let content = '';
  let contentStart = token.start.offset;
  for (let k = index + 1; k < events.length && events[k]![1] !== token; k++) {
    const [kind, inner] = events[k]!;
    if (kind === 'enter' && inner.type === 'codeTextData') {
      if (!content) contentStart = inner.start.offset;
      content += text.slice(inner.start.offset, inner.end.offset);
    }
  }
  const expectation = parseExpectation(content);
  if (expectation) doc.expectations.push({ expectation, ...at(contentStart) });
  else if (SOURCE_EXTENSIONS.test(content.trim()) && !/\s/.test(content.trim())) addSource(doc, content, at(contentStart));
  else if (/^\s*(?:In\s?\[\s*\d+\s*\]|(?:id|tag):[\w-]+)\s*$/.test(content)) cellRefs(content, contentStart, doc, at);
}

/**
 * ```yaml reproduce
 * sources: [notebooks/train.ipynb, results/metrics.json]
 * cells: [In[5], id:final-metrics, tag:metrics]
 * expect:
 *   test_loss: < 0.02 ± 0.003
 *   eval.accuracy: ">= 0.9"
 * ```
 */
function yamlBlock(text: string, events: Event[], index: number, doc: ReproduceDocument, at: (offset: number) => Located): void {
  const fence = events[index]![1];
  let info = '';
  let contentStart = -1;
  let contentEnd = -1;
  for (let k = index + 1; k < events.length && events[k]![1] !== fence; k++) {
    const [kind, token] = events[k]!;
    if (kind !== 'enter') continue;
    if (token.type === 'codeFencedFenceInfo' || token.type === 'codeFencedFenceMeta') info += ` ${text.slice(token.start.offset, token.end.offset)}`;
    if (token.type === 'codeFlowValue') {
      if (contentStart < 0) contentStart = token.start.offset;
      contentEnd = token.end.offset;
    }
  }
  if (!/^\s*ya?ml\s+reproduce\b/i.test(info) || contentStart < 0) return;
  const where = at(contentStart);
  let data: unknown;
  try {
    // `cells: [In[5], In[12]]` is how people write it, but brackets are YAML syntax: quote such references.
    data = loadYaml(text.slice(contentStart, contentEnd).replace(/(?<!["'\w])(In\s?\[\s*\d+\s*\])(?!["'])/g, '"$1"'));
  } catch (error) {
    doc.problems.push({ message: `the yaml reproduce block is not valid YAML: ${(error as Error).message.split('\n')[0]}`, ...where });
    return;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    doc.problems.push({ message: 'the yaml reproduce block must be a mapping (sources, cells, expect)', ...where });
    return;
  }
  const block = data as Record<string, unknown>;
  const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  for (const source of list(block.sources ?? block.notebook ?? block.source)) if (typeof source === 'string') addSource(doc, source, where);
  for (const cell of list(block.cells)) cellRefs(String(cell), contentStart, doc, () => where);
  const expect = block.expect ?? block.metrics;
  const entries: Array<[string, unknown]> = Array.isArray(expect) ? expect.map((e) => ['', e]) : typeof expect === 'object' && expect ? Object.entries(expect) : [];
  for (const [metric, value] of entries) {
    const written = String(value);
    const expectation = metric ? parseExpected(metric, written) : parseExpectation(written, true);
    if (expectation) doc.expectations.push({ expectation, ...lineOf(text, contentStart, contentEnd, metric || written, at) });
    else doc.problems.push({ message: `'${metric ? `${metric}: ` : ''}${written}' is not an expectation (NAME OP VALUE [± TOL])`, ...where });
  }
}

/** The place of a YAML entry: the first line of the block that mentions it. */
function lineOf(text: string, start: number, end: number, needle: string, at: (offset: number) => Located): Located {
  const found = text.slice(start, end).indexOf(needle);
  return at(found >= 0 ? start + found : start);
}

/** `| metric | expected |` tables: a name column and an expectation column, found by their headers. */
function table(text: string, events: Event[], index: number, doc: ReproduceDocument, at: (offset: number) => Located): void {
  const tableToken = events[index]![1];
  const rows: Array<Array<{ text: string; start: number }>> = [];
  let row: Array<{ text: string; start: number }> | undefined;
  for (let k = index + 1; k < events.length && events[k]![1] !== tableToken; k++) {
    const [kind, token] = events[k]!;
    const type = token.type as string;
    if (type === 'tableRow') {
      if (kind === 'enter') row = [];
      else if (row) rows.push(row);
    } else if (kind === 'enter' && type === 'tableContent' && row) {
      row.push({ text: text.slice(token.start.offset, token.end.offset).trim(), start: token.start.offset });
    } else if (kind === 'enter' && type === 'tableDelimiterRow') {
      row = undefined;
    }
  }
  const header = rows[0]?.map((cell) => cell.text.toLowerCase().replace(/[`*_]/g, '')) ?? [];
  const nameColumn = header.findIndex((h) => /^(metric|name|指标|metrics|measure)/.test(h));
  const expectedColumn = header.findIndex((h) => /(expect|target|threshold|criterion|预期|期望|目标)/.test(h));
  for (const cells of rows.slice(1)) {
    if (nameColumn >= 0 && expectedColumn >= 0) {
      const name = cells[nameColumn]?.text.replace(/`/g, '') ?? '';
      const expected = cells[expectedColumn];
      const expectation = expected && parseExpected(name, expected.text.replace(/`/g, ''));
      if (expectation && expected) doc.expectations.push({ expectation, ...at(expected.start) });
    } else {
      // No such headers: a cell may still hold a whole expectation.
      for (const cell of cells) {
        const expectation = parseExpectation(cell.text.replace(/`/g, ''));
        if (expectation) doc.expectations.push({ expectation, ...at(cell.start) });
      }
    }
  }
}
