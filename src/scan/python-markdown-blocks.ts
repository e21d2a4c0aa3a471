import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { BACKTICK, isSpaceOrTab, LESS_THAN, TILDE } from '../characters.js';
import type { PythonMarkdownHtml } from './dialects.js';

/**
 * The block parse of an MkDocs site's Markdown (Python-Markdown), where its raw HTML differs from CommonMark's HTML
 * blocks: a raw block begins only at a start tag of Python-Markdown's block-level elements (`<center>`, `<img>`,
 * `<span>` at the start of a line are text of a paragraph there, and its math is math), or at a comment, a processing
 * instruction or a declaration, at most three spaces into its line; it ends where the element does, at its end tag
 * (the lines after it are Markdown, with no blank line between), or, never closed, at the end of the text; blank
 * lines inside the element do not end it (the math between them is raw HTML the site shows as typed). A comment ends
 * at its `-->`; one never closed is text. A tag with a `markdown` attribute (md_in_html) is left to CommonMark's
 * reading where md_in_html is enabled (and is raw HTML like any where it is not). Held to Python-Markdown by __tests__/check/mkdocs-pages.test.ts and the corpus's MkDocs site.
 *
 * What follows the end on its line is Markdown to Python-Markdown, read as a line of its own (`<div>…</div> $x$`:
 * `$x$` is math; `</div> - item` begins a list), up to an element that begins on that line, which is raw HTML again:
 * the block ends in the middle of its last line (its token's `meta.endColumn`), and the parse goes on there; a block
 * that begins in the middle of a line says where (`meta.startColumn`).
 */

/** Python-Markdown's block-level elements (Markdown.block_level_elements, 3.4 to 3.7). */
const BLOCK_LEVEL = new Set(
  'address article aside blockquote body canvas colgroup dd details div dl dt fieldset figcaption figure footer form group h1 h2 h3 h4 h5 h6 header hgroup hr iframe legend li main map math menu nav noscript object ol option output p pre progress script section style summary table tbody td textarea tfoot th thead tr ul video'.split(
    ' ',
  ),
);

/** How deep the elements open inside a raw block are followed (Blink's parser stops nesting at 512 too). */
const MAX_DEPTH = 512;

/** Elements whose content HTML's parser takes as text until their end tag (html.parser's CDATA_CONTENT_ELEMENTS). */
const TEXT_CONTENT = new Set(['script', 'style']);

/** A start tag (its name, whether it closes itself), an end tag, or a comment, as html.parser reads them. */
const TAG =
  /<!--[\s\S]*?-->|<\/([A-Za-z][^\s/<>]*)\s*>|<([A-Za-z][^\s/<>]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]{0,4096}"|'[^']{0,4096}'|[^\s"'<>]+))?)*)\s*(\/?)>/g;
/** The same, only where a search starts (a line that starts with `<` and no tag is not searched past). */
const TAG_HERE = new RegExp(TAG.source, 'y');

/**
 * A line of the parse that goes on after an end tag: where it starts as written, where the parse now begins it, and
 * the column (tabs expanded) reached so far, so that a line of many elements is walked once, not once for each.
 */
interface LineAfterTags {
  written: number;
  begins: number;
  column: number;
}

/** Those lines, by line, for each parse (its `bMarks`). */
const linesAfterTags = new WeakMap<number[], Map<number, LineAfterTags>>();

/** Raw HTML where the site reads it so (`html`: whether md_in_html gives an element with a `markdown` attribute Markdown). */
function rawHtmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean, html: PythonMarkdownHtml): boolean {
  const at = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.src.charCodeAt(at) !== LESS_THAN) return false;
  // At most three spaces into the line as written (Python-Markdown reads raw HTML before any other block: a quote's
  // `>` or a list item's marker before the tag keeps it from beginning one), or after an end tag.
  let afterTags = linesAfterTags.get(state.bMarks);
  const going = afterTags?.get(startLine);
  const midLine = going !== undefined && going.begins === state.bMarks[startLine];
  const lineStart = midLine ? going.begins : state.src.lastIndexOf('\n', at - 1) + 1;
  if (!/^[ \t]{0,3}$/.test(state.src.slice(lineStart, at))) return false;
  let end = rawHtmlEnd(state.src, at, html);
  if (end === undefined) return false;
  if (silent) return true;
  let first = startLine;
  let startColumn = midLine ? state.bMarks[startLine]! - going.written : undefined;
  for (;;) {
    // The line the raw HTML ends on, within the parse's lines (a container's end ends it too).
    let after = first + 1;
    while (after < endLine && state.bMarks[after]! < end) after++;
    const last = after - 1;
    const token = state.push('html_block', '', 0);
    token.map = [first, after];
    let rest = end;
    while (rest < state.eMarks[last]! && isSpaceOrTab(state.src.charCodeAt(rest))) rest++;
    if (end > state.eMarks[last]! || rest === state.eMarks[last]) {
      if (startColumn !== undefined) token.meta = { startColumn };
      token.content = state.getLines(first, after, state.blkIndent, true);
      state.line = after;
      return true;
    }
    // Text after it on its line: the rest of the line is read next, as a line that begins there, its indentation its
    // own; an element that begins on that line begins raw HTML again, wherever it is (html.parser's "tail").
    token.content = `${state.getLines(first, last, state.blkIndent, true)}${state.src.slice(state.bMarks[last], end)}\n`;
    if (!afterTags) linesAfterTags.set(state.bMarks, (afterTags = new Map()));
    let line = afterTags.get(last);
    if (!line) {
      const written = state.src.lastIndexOf('\n', end - 1) + 1;
      afterTags.set(last, (line = { written, begins: written, column: 0 }));
    }
    token.meta = { startColumn, endColumn: end - line.written };
    const element = elementInTail(state.src, rest, state.eMarks[last]!, html);
    if (element === undefined) {
      beginLineAt(state, last, line, end, rest);
      state.line = last;
      return true;
    }
    const next = element.start;
    if (next > rest) {
      // The text up to the element, a line of its own: read alone (its end is the element's start).
      const lineEnd = state.eMarks[last]!;
      beginLineAt(state, last, line, end, rest);
      state.eMarks[last] = next;
      state.md.block.tokenize(state, last, last + 1);
      state.eMarks[last] = lineEnd;
    }
    beginLineAt(state, last, line, next, next);
    first = last;
    startColumn = next - line.written;
    end = element.end;
  }
}

/**
 * Where raw HTML that begins at `at`, at the start of a line, ends, as Python-Markdown reads it: a block-level
 * element to its end tag (./rawHtmlElement), a comment to its `-->`, a processing instruction or a declaration to its
 * `>`; undefined when none begins there, or it never ends (html.parser then reads the `<` as text).
 */
function rawHtmlEnd(src: string, at: number, html: PythonMarkdownHtml): number | undefined {
  const element = rawHtmlElement(src, at, html);
  if (element) return element.end;
  const close = src.startsWith('<!--', at) ? '-->' : src.startsWith('<![CDATA[', at) ? ']]>' : /^<[!?]/.test(src.slice(at, at + 2)) ? '>' : undefined;
  if (close === undefined) return undefined;
  const found = src.indexOf(close, at + 2);
  return found < 0 ? undefined : found + close.length;
}

/**
 * The first element that begins raw HTML in a line's text after an end tag, in [from, to): a block-level element's
 * start tag, not one that is empty (`<hr>`, `<div/>`: html.parser keeps those with the raw HTML before).
 */
function elementInTail(src: string, from: number, to: number, html: PythonMarkdownHtml): { start: number; end: number } | undefined {
  // (Searched in the line alone: a search past it, once a line, would walk the rest of the text.)
  const text = src.slice(from, to);
  for (let k = text.indexOf('<'); k >= 0; k = text.indexOf('<', k + 1)) {
    const element = rawHtmlElement(src, from + k, html);
    if (element && !element.empty) return { start: from + k, end: element.end };
  }
  return undefined;
}

/**
 * Makes `line` of the parse begin at `at`, where its white space runs to `text`: its indentation is the columns of
 * that white space (Python-Markdown expands tabs on the line as written, to the next multiple of four, before it
 * takes the raw HTML out).
 */
function beginLineAt(state: StateBlock, line: number, going: LineAfterTags, at: number, text: number): void {
  const columnAt = (from: number, column: number, to: number) => {
    for (let pos = from; pos < to; pos++) column = state.src.charCodeAt(pos) === 0x09 ? column + 4 - (column % 4) : column + 1;
    return column;
  };
  const column = columnAt(going.begins, going.column, at);
  going.begins = at;
  going.column = column;
  state.bMarks[line] = at;
  state.tShift[line] = text - at;
  state.sCount[line] = columnAt(at, column, text) - column;
  state.bsCount[line] = 0;
}

/**
 * The raw HTML of the block-level element whose start tag is at `at`, as Python-Markdown reads it: the element's name,
 * where it ends (past its end tag; the text's end when it never does), whether it has no content, and whether it has
 * a `markdown` attribute; undefined when no such element starts there (another tag, or, where md_in_html is enabled,
 * one whose `markdown` attribute asks for its content to be read as Markdown: anything but `markdown="0"`).
 */
export function rawHtmlElement(
  src: string,
  at: number,
  html: PythonMarkdownHtml,
): { name: string; end: number; empty: boolean; markdownAttribute: boolean } | undefined {
  TAG_HERE.lastIndex = at;
  const first = TAG_HERE.exec(src);
  const name = first?.[2]?.toLowerCase();
  if (!first || !name || !BLOCK_LEVEL.has(name)) return undefined;
  const markdown = MARKDOWN_ATTRIBUTE.exec(first[3] ?? '');
  if (markdown && html === 'markdown-in-html' && (markdown[1] ?? markdown[2] ?? markdown[3]) !== '0') return undefined;
  return { name, end: rawEnd(src, first, name), empty: isEmptyTag(first, name), markdownAttribute: markdown !== null };
}

/** md_in_html's attribute, with its value (quoted or not) where it has one. */
const MARKDOWN_ATTRIBUTE = /(?:^|\s)markdown(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?(?=\s|$)/i;

/** Whether a start tag has no content: `<hr>`, or one that closes itself (`<div/>`). */
function isEmptyTag(tag: RegExpExecArray, name: string): boolean {
  return tag[4] === '/' || name === 'hr';
}

/** Where the element a start tag opens ends (past its end tag), as Python-Markdown's raw HTML reading ends it; the text's end when it never does. */
function rawEnd(src: string, first: RegExpExecArray, name: string): number {
  if (isEmptyTag(first, name)) return first.index + first[0].length;
  const stack = [name];
  let at = first.index + first[0].length;
  if (TEXT_CONTENT.has(name)) at = textContentEnd(src, at, name);
  TAG.lastIndex = at;
  for (let tag = TAG.exec(src); tag; tag = TAG.exec(src)) {
    const closing = tag[1]?.toLowerCase();
    const opening = tag[2]?.toLowerCase();
    if (closing !== undefined) {
      // An end tag closes the innermost element of its name and those open inside it; one of no open element is text.
      const open = stack.lastIndexOf(closing);
      if (open >= 0) stack.length = open;
      if (stack.length === 0) return tag.index + tag[0].length;
    } else if (opening !== undefined && tag[4] !== '/') {
      // (Past a depth no page reaches, elements are not kept: each end tag searches them all.)
      if (stack.length < MAX_DEPTH) stack.push(opening);
      if (TEXT_CONTENT.has(opening)) TAG.lastIndex = textContentEnd(src, TAG.lastIndex, opening);
    }
  }
  return src.length;
}

/** Where the end tag of a script or style element whose content starts at `from` begins (its content is text). */
function textContentEnd(src: string, from: number, name: string): number {
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  close.lastIndex = from;
  return close.exec(src)?.index ?? src.length;
}

const parsers: Partial<Record<PythonMarkdownHtml, MarkdownIt>> = {};

/**
 * A fenced code block as Python-Markdown reads it (fenced_code, superfences): closed only by a line that holds its
 * marker again, as many backticks or tildes and no more (a longer run is a line of its code, where CommonMark closes
 * the block there); one never closed runs to the end as markdown-it's does (its token's `meta.closed` says so), and
 * the scan reads it as text (DialectRules.unclosedFenceIsText).
 */
function fenceClosedByItsMarker(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const marker = state.src.charCodeAt(start);
  if (marker !== BACKTICK && marker !== TILDE) return false;
  const markerEnd = state.skipChars(start, marker);
  if (markerEnd - start < 3) return false;
  const info = state.src.slice(markerEnd, state.eMarks[startLine]);
  if (marker === BACKTICK && info.includes('`')) return false;
  if (silent) return true;
  let line = startLine + 1;
  let closed = false;
  for (; line < endLine && !closed; line++) {
    const at = state.bMarks[line]! + state.tShift[line]!;
    const end = state.eMarks[line]!;
    // A line with text, outdented past the container, ends the container and the block.
    if (at < end && state.sCount[line]! < state.blkIndent) break;
    if (state.src.charCodeAt(at) !== marker || state.sCount[line]! - state.blkIndent >= 4) continue;
    const runEnd = state.skipChars(at, marker);
    closed = runEnd - at === markerEnd - start && state.skipSpaces(runEnd) >= end;
  }
  state.line = line;
  const token = state.push('fence', 'code', 0);
  token.info = info;
  token.markup = state.src.slice(start, markerEnd);
  token.map = [startLine, line];
  token.meta = { closed };
  token.content = state.getLines(startLine + 1, closed ? line - 1 : line, state.sCount[startLine]!, true);
  return true;
}

/**
 * The block parser for an MkDocs site's Markdown (made on first use: most runs read no such site): raw HTML as
 * Python-Markdown reads it, with md_in_html (`markdown-in-html`) or without (`raw`); `none`, no HTML block at all (the
 * body of an admonition: its HTML is inline).
 */
export function pythonMarkdownBlockParser(html: PythonMarkdownHtml): MarkdownIt {
  const made = parsers[html];
  if (made) return made;
  const parser = new MarkdownIt('commonmark', { html: true }).enable('table');
  parsers[html] = parser;
  const rules = (parser.block.ruler as unknown as { __rules__: Array<{ name: string; alt: string[] }> }).__rules__;
  parser.block.ruler.at('fence', fenceClosedByItsMarker, { alt: rules.find((rule) => rule.name === 'fence')!.alt });
  if (html === 'none') return parser.disable('html_block');
  // Raw HTML as Python-Markdown reads it: block-level elements, comments, processing instructions and declarations.
  parser.block.ruler.at('html_block', (state, startLine, endLine, silent) => rawHtmlBlock(state, startLine, endLine, silent, html), {
    alt: rules.find((rule) => rule.name === 'html_block')!.alt,
  });
  parser.block.tokenize = tokenizeLinesAndTails;
  return parser;
}

/**
 * markdown-it's block loop, where a block may also end in the middle of its last line: the rest of the line is read
 * next (rawHtmlBlock). markdown-it's own loop wants every block to end on a later line, and throws.
 */
function tokenizeLinesAndTails(this: MarkdownIt['block'], state: StateBlock, startLine: number, endLine: number): void {
  const rules = this.ruler.getRules('');
  const maxNesting = (state.md.options as { maxNesting?: number }).maxNesting ?? 100;
  let line = startLine;
  let blankBefore = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    // The end of the text, of a container (a line indented less than its blocks), or blocks nested too deep to read.
    if (line >= endLine || state.sCount[line]! < state.blkIndent) break;
    if (state.level >= maxNesting) {
      state.line = endLine;
      break;
    }
    const from = state.bMarks[line]!;
    if (!rules.some((rule) => rule(state, line, endLine, false))) throw new Error('no block rule matched');
    if (state.line < line || (state.line === line && state.bMarks[line]! <= from)) throw new Error('a block rule read nothing');
    // (A list is tight unless a blank line comes between its blocks; one after the last does not count.)
    state.tight = !blankBefore;
    if (state.line > line && state.isEmpty(state.line - 1)) blankBefore = true;
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      blankBefore = true;
      state.line = ++line;
    }
  }
}
