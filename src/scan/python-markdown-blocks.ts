import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { LESS_THAN } from '../characters.js';

/**
 * The block parse of an MkDocs site's Markdown (Python-Markdown), where its raw HTML differs from CommonMark's HTML
 * blocks: a raw block begins only at a start tag of Python-Markdown's block-level elements (`<center>`, `<img>`,
 * `<span>` at the start of a line are text of a paragraph there, and its math is math), at most three spaces into its
 * line, and it ends where the element does, at its end tag (the lines after it are Markdown, with no blank line
 * between), or, never closed, at the end of the text; blank lines inside the element do not end it (the math between
 * them is raw HTML the site shows as typed). A tag with a `markdown` attribute (md_in_html) is left to CommonMark's
 * reading. Held to Python-Markdown by __tests__/check/mkdocs-pages.test.ts and the corpus's MkDocs site.
 *
 * Line by line, as every block of the parse: what follows the end tag on its own line is Markdown to Python-Markdown
 * and part of the block here.
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

function rawHtmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineStart = state.bMarks[startLine]!;
  const at = lineStart + state.tShift[startLine]!;
  if (state.src.charCodeAt(at) !== LESS_THAN) return false;
  // At most three spaces into the line as written (Python-Markdown reads raw HTML before any other block: a quote's
  // `>` or a list item's marker before the tag keeps it from beginning one).
  if (!/^[ \t]{0,3}$/.test(state.src.slice(state.src.lastIndexOf('\n', at - 1) + 1, at))) return false;
  const element = rawHtmlElement(state.src, at);
  if (!element) return false;
  if (silent) return true;
  const { end } = element;
  // The line the element ends on, within the parse's lines (a container's end ends it too).
  let after = startLine + 1;
  while (after < endLine && state.bMarks[after]! < end) after++;
  state.line = after;
  const token = state.push('html_block', '', 0);
  token.map = [startLine, after];
  token.content = state.getLines(startLine, after, state.blkIndent, true);
  return true;
}

/**
 * The raw HTML of the block-level element whose start tag is at `at`, as Python-Markdown reads it: the element's name
 * and where it ends (past its end tag; the text's end when it never does); undefined when no such element starts
 * there (another tag, or one with a `markdown` attribute: md_in_html reads its content as Markdown).
 */
export function rawHtmlElement(src: string, at: number): { name: string; end: number } | undefined {
  TAG_HERE.lastIndex = at;
  const first = TAG_HERE.exec(src);
  const name = first?.[2]?.toLowerCase();
  if (!first || !name || !BLOCK_LEVEL.has(name) || /\smarkdown\s*=/i.test(first[3] ?? '')) return undefined;
  return { name, end: rawEnd(src, first, name) };
}

/** Where the element a start tag opens ends (past its end tag), as Python-Markdown's raw HTML reading ends it; the text's end when it never does. */
function rawEnd(src: string, first: RegExpExecArray, name: string): number {
  if (first[4] === '/' || name === 'hr') return first.index + first[0].length;
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

const parsers: Partial<Record<'raw' | 'none', MarkdownIt>> = {};

/**
 * The block parser for an MkDocs site's Markdown (made on first use: most runs read no such site): `raw`, raw HTML as
 * Python-Markdown reads it; `none`, no HTML block at all (the body of an admonition: its HTML is inline).
 */
export function pythonMarkdownBlockParser(html: 'raw' | 'none'): MarkdownIt {
  const made = parsers[html];
  if (made) return made;
  const parser = new MarkdownIt('commonmark', { html: true }).enable('table');
  parsers[html] = parser;
  if (html === 'none') return parser.disable('html_block');
  const rules = (parser.block.ruler as unknown as { __rules__: Array<{ name: string; fn: typeof rawHtmlBlock; alt: string[] }> }).__rules__;
  const { fn: commonMark, alt } = rules.find((rule) => rule.name === 'html_block')!;
  // Raw HTML of a block-level element first; comments, processing instructions and declarations as CommonMark reads them.
  parser.block.ruler.at(
    'html_block',
    (state, startLine, endLine, silent) =>
      rawHtmlBlock(state, startLine, endLine, silent) || (isMarkupNotElement(state, startLine) && commonMark(state, startLine, endLine, silent)),
    { alt },
  );
  return parser;
}

/** Whether a line starts with `<!` or `<?` (a comment, a declaration, a processing instruction): no element. */
function isMarkupNotElement(state: StateBlock, line: number): boolean {
  const at = state.bMarks[line]! + state.tShift[line]!;
  return state.src.charCodeAt(at) === LESS_THAN && (state.src[at + 1] === '!' || state.src[at + 1] === '?');
}
