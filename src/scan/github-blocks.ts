import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { HTML_OPEN_CLOSE_TAG_RE } from 'markdown-it/lib/common/html_re.mjs';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { LESS_THAN } from '../characters.js';

/**
 * GitHub's block parse: markdown-it's CommonMark 0.31 with GFM's tables and footnotes (`[^1]: …`, its paragraphs
 * indented under it: markdown-it-footnote's reading, which cmark-gfm's footnotes extension shares), read where
 * cmark-gfm 0.29 (GitHub's engine; the conditions of its scanners) reads otherwise:
 *
 * - HTML blocks: `<!` begins one only before an upper-case letter (`<!x y>` stays in its paragraph), `<textarea>` is
 *   no block of the first kind, and neither `<search>` (added by CommonMark 0.31) nor `<source>` (in 0.29's list, but
 *   not in the scanner Debian's cmark-gfm 0.29.0.gfm.6 is built from, the referee) begins one; a tag alone on a lazy
 *   line begins one.
 * - A table only under a line of text; the lines indented under a link reference definition are text.
 *
 * Elsewhere the two agree, held to cmark-gfm on the corpus and on random documents
 * (__tests__/fidelity/github-markdown.test.ts).
 */

/** The tag names that start an HTML block of the sixth kind, as cmark-gfm's scanner has them. */
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';

interface HtmlBlockKind {
  /** What its first line starts with (the line from its first non-blank character). */
  opens: RegExp;
  /** What a line holds that ends it (the line is the block's last), or `/^$/`: a blank line ends it (outside it). */
  closes: RegExp;
  /** Whether it may begin right after a paragraph's line. */
  interrupts: boolean;
}

/** The seven kinds of HTML block, in the order they are tried. */
const KINDS: HtmlBlockKind[] = [
  { opens: /^<(?:script|pre|style)(?:[ \t\v\f\r>]|$)/i, closes: /<\/(?:script|pre|style)>/i, interrupts: true },
  { opens: /^<!--/, closes: /-->/, interrupts: true },
  { opens: /^<\?/, closes: /\?>/, interrupts: true },
  { opens: /^<![A-Z]/, closes: />/, interrupts: true },
  { opens: /^<!\[CDATA\[/, closes: /\]\]>/, interrupts: true },
  { opens: new RegExp(`^</?(?:${BLOCK_TAGS})(?:[ \\t\\v\\f\\r]|/?>|$)`, 'i'), closes: /^$/, interrupts: true },
  { opens: new RegExp(`^(?:${HTML_OPEN_CLOSE_TAG_RE.source.slice(1)})[ \\t\\f]*$`), closes: /^$/, interrupts: false },
];

function htmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  // Indented four columns past its container, a line is code.
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const at = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.src.charCodeAt(at) !== LESS_THAN) return false;
  const lineText = (line: number) => state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
  const first = lineText(startLine);
  const kind = KINDS.find((candidate) => candidate.opens.test(first));
  if (!kind) return false;
  // cmark-gfm begins one of the seventh kind on any line its open blocks do not all take (a lazy line, outdented
  // past a list item's text, or without a quote's `>`), where the spec continues the paragraph: `- $a$` then `<b>`.
  if (silent) return kind.interrupts || lazy(state, startLine);
  const endsAtBlankLine = kind.closes.test('');
  let after = startLine + 1;
  if (!kind.closes.test(first)) {
    for (; after < endLine; after++) {
      // A line outdented past the container ends the block, unless it is blank and only the closing text may end it.
      if (state.sCount[after]! < state.blkIndent && (endsAtBlankLine || !state.isEmpty(after))) break;
      const text = lineText(after);
      if (kind.closes.test(text)) {
        if (text.length > 0) after++;
        break;
      }
    }
  }
  state.line = after;
  const token = state.push('html_block', '', 0);
  token.map = [startLine, after];
  token.content = state.getLines(startLine, after, state.blkIndent, true);
  return true;
}

/**
 * Whether a line asked about while a paragraph or a quote is read lies outside some open block: the quote asks of
 * each line without its `>`; a paragraph, of a line outdented past its list item's text.
 */
function lazy(state: StateBlock, line: number): boolean {
  return state.parentType === 'blockquote' || (state.parentType === 'paragraph' && state.sCount[line]! < state.blkIndent);
}

/**
 * GFM's table rule, where cmark-gfm finds a table: under a line of paragraph text. A header line that begins another
 * block (a heading, a quote, a list item, a note, HTML…) begins that block, and the delimiter row after it is text;
 * markdown-it tries its table first and made a table of `# a | b` over `|-|-|`.
 */
function tableUnderText(table: RuleBlock, others: readonly RuleBlock[]): RuleBlock {
  return (state, startLine, endLine, silent) => {
    if (!table(state, startLine, endLine, true)) return false;
    if (others.some((begins) => begins(state, startLine, endLine, true))) return false;
    return silent || table(state, startLine, endLine, false);
  };
}

/**
 * GFM's link reference definition, with the lines after it as cmark-gfm reads them: it takes definitions off the
 * start of a paragraph, so a line after one indented four columns is still that paragraph's text, where markdown-it
 * made it a code block (and left its math unread).
 */
function textAfterDefinition(reference: RuleBlock, paragraph: RuleBlock): RuleBlock {
  return (state, startLine, endLine, silent) => {
    if (!reference(state, startLine, endLine, silent)) return false;
    const next = state.line;
    if (!silent && next < endLine && !state.isEmpty(next) && state.sCount[next]! - state.blkIndent >= 4) paragraph(state, next, endLine, false);
    return true;
  };
}

let parser: MarkdownIt | undefined;

/** The block parser for Markdown as GitHub reads it (made on first use: most runs read no such file). */
export function githubBlockParser(): MarkdownIt {
  if (parser) return parser;
  parser = new MarkdownIt('commonmark', { html: true }).enable('table').use(footnotes);
  const rules = (parser.block.ruler as unknown as { __rules__: Array<{ name: string; fn: RuleBlock; alt: string[] }> }).__rules__;
  const ruleNamed = (name: string) => rules.find((rule) => rule.name === name)!;
  parser.block.ruler.at('html_block', htmlBlock, { alt: ruleNamed('html_block').alt });
  // A note begins on any line cmark-gfm's open blocks do not take, a lazy line after a quote's paragraph too.
  const note = ruleNamed('footnote_def');
  parser.block.ruler.at('footnote_def', note.fn, { alt: [...note.alt, 'blockquote'] });
  const reference = ruleNamed('reference');
  parser.block.ruler.at('reference', textAfterDefinition(reference.fn, ruleNamed('paragraph').fn), { alt: reference.alt });
  const table = ruleNamed('table');
  const others = ['fence', 'blockquote', 'hr', 'list', 'footnote_def', 'html_block', 'heading'].map((name) => ruleNamed(name).fn);
  parser.block.ruler.at('table', tableUnderText(table.fn, others), { alt: table.alt });
  return parser;
}
