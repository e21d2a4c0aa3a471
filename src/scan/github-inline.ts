import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * The text GitHub's math filter looks at. GitHub renders Markdown with cmark-gfm first and only then looks for `$`
 * in the text that is left between the HTML elements: an escape is already undone there (`\,` is `,`, `\$` is `$`),
 * an entity decoded, and emphasis, strikethrough, code spans, links, raw HTML and line breaks have cut the text
 * into separate pieces. This module gives those pieces ("runs"), each character with the file offset it came from,
 * from a real CommonMark parse (markdown-it, with GFM's tables and GitHub's one-or-two-tilde strikethrough).
 */

/** One piece of text between HTML elements, as GitHub's math filter sees it. */
export interface TextRun {
  text: string;
  /** File offset of each character of `text` (an escape or entity: where it starts), and one past the end. */
  offsets: number[];
}

/** A Markdown element that cut a run, with its file range: what a finding names when it cut a formula. */
export interface Cut {
  kind: 'emphasis' | 'strong' | 'strikethrough' | 'code' | 'html' | 'link' | 'image' | 'line-break';
  start: number;
  end: number;
}

/** A paragraph, heading or table cell of the block parse: its inline source and where that came from. */
export interface InlineBlock {
  content: string;
  /** The file lines it was read from, [first, after). */
  lines: [number, number];
  /** Table cells share their row's line: the cell's index in it. */
  cell?: number;
}

interface Positioned extends Token {
  meta: { start: number; end: number } | null;
}

const github = new MarkdownIt('commonmark', { html: true }).enable('strikethrough');
github.inline.ruler.at('strikethrough', tildeTokenize);
github.inline.ruler2.at('strikethrough', tildePostProcess);
// Adjacent text tokens stay apart, each with its own place (joining them keeps only the last one's).
github.inline.ruler2.disable('fragments_join');
trackPositions(github);

/**
 * Every token of an inline parse gets its [start, end) in the inline source. markdown-it keeps no positions
 * inline, but each rule starts at `state.pos` and ends where it leaves it, and pending text is a raw slice ending
 * where it is flushed (the line-break rule trims its trailing spaces, which lie between it and that point).
 */
function trackPositions(md: MarkdownIt): void {
  const State = md.inline.State as unknown as { prototype: StateInline };
  const pushPending = State.prototype.pushPending;
  State.prototype.pushPending = function (this: StateInline) {
    const token = pushPending.call(this) as Positioned;
    let end = this.pos;
    if (!this.src.startsWith(token.content, end - token.content.length)) {
      while (end > 0 && this.src.charCodeAt(end - 1) === 32) end--;
    }
    token.meta = { start: end - token.content.length, end };
    return token;
  };
  for (const rule of ['text', 'linkify', 'newline', 'escape', 'backticks', 'strikethrough', 'emphasis', 'link', 'image', 'autolink', 'html_inline', 'entity']) {
    const index = (md.inline.ruler as unknown as { __find__(name: string): number }).__find__(rule);
    if (index < 0) continue;
    const entry = (md.inline.ruler as unknown as { __rules__: Array<{ fn: (state: StateInline, silent: boolean) => boolean }> }).__rules__[index]!;
    const fn = entry.fn;
    const readsPending = rule === 'text' || rule === 'newline';
    entry.fn = (state: StateInline, silent: boolean) => {
      // Pending text ends here: flushed now, before a rule moves the position (the link rule pushes its opening
      // token from inside the label). The text and line-break rules read the pending text itself.
      if (!silent && !readsPending && state.pending) state.pushPending();
      const before = state.pos;
      const count = state.tokens.length;
      const matched = fn(state, silent);
      if (matched && !silent) {
        let at = before;
        for (let k = count; k < state.tokens.length; k++) {
          const token = state.tokens[k] as Positioned;
          if (token.meta) continue;
          // A delimiter run (`**`, `~~`) is pushed a marker at a time before the position moves.
          const width = token.type === 'text' ? token.content.length : token.markup.length;
          const start = token.type === 'text' || token.type === 'text_special' ? at : before;
          token.meta = { start, end: token.type === 'text' || token.type === 'text_special' ? start + width : state.pos };
          if (token.type === 'text' || token.type === 'text_special') at = start + width;
        }
      }
      // (The escape and entity rules' tokens carry their source as `markup`; text tokens theirs as content.)
      return matched;
    };
  }
  // The ruler caches compiled chains: rebuild them with the wrapped functions.
  (md.inline.ruler as unknown as { __cache__: unknown }).__cache__ = null;
}

/** GitHub's strikethrough: a run of one or two tildes, closed by a run of the same length (cmark-gfm). */
const SINGLE_TILDE = 0x7e + 0x10000;
function tildeTokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== 0x7e) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push('text', '', 0);
  token.content = '~'.repeat(scanned.length);
  if (scanned.length <= 2) {
    state.delimiters.push({
      marker: scanned.length === 1 ? SINGLE_TILDE : 0x7e,
      length: 0, // no "rule of 3": that is emphasis's
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    });
  }
  state.pos += scanned.length;
  return true;
}

function tildePostProcess(state: StateInline): boolean {
  const lists = [state.delimiters, ...(state.tokens_meta ?? []).map((meta) => meta?.delimiters ?? [])];
  for (const delimiters of lists) {
    for (const opener of delimiters) {
      if ((opener.marker !== 0x7e && opener.marker !== SINGLE_TILDE) || opener.end < 0) continue;
      const closer = delimiters[opener.end]!;
      const open = state.tokens[opener.token]!;
      const close = state.tokens[closer.token]!;
      open.type = 's_open';
      open.tag = 's';
      open.nesting = 1;
      open.markup = open.content;
      open.content = '';
      close.type = 's_close';
      close.tag = 's';
      close.nesting = -1;
      close.markup = close.content;
      close.content = '';
    }
  }
  return true;
}

const CUTS: Record<string, Cut['kind']> = {
  em_open: 'emphasis',
  em_close: 'emphasis',
  strong_open: 'strong',
  strong_close: 'strong',
  s_open: 'strikethrough',
  s_close: 'strikethrough',
  code_inline: 'code',
  html_inline: 'html',
  link_open: 'link',
  link_close: 'link',
  image: 'image',
  hardbreak: 'line-break',
};

/**
 * The text runs and cuts of a Markdown text whose block parse gave `blocks`; `env` is that parse's environment
 * (its link reference definitions). `lineStart(n)` and `lineEnd(n)` give the file offsets of line n.
 */
export function githubTextRuns(
  text: string,
  blocks: readonly InlineBlock[],
  env: object,
  lineStart: (line: number) => number,
  lineEnd: (line: number) => number,
): { runs: TextRun[]; cuts: Cut[] } {
  const runs: TextRun[] = [];
  const cuts: Cut[] = [];
  for (const block of blocks) {
    const toFile =
      block.cell === undefined
        ? paragraphOffsets(text, block, lineStart, lineEnd)
        : align(text, block.content, cellStart(text, lineStart(block.lines[0]), lineEnd(block.lines[0]), block.cell), lineEnd(block.lines[0]));
    const fileOffset = (at: number) => toFile[at]!;
    const tokens: Token[] = [];
    github.inline.parse(block.content, github, env, tokens);
    let run: TextRun = { text: '', offsets: [] };
    const close = () => {
      if (run.text.length > 0) runs.push({ text: run.text, offsets: [...run.offsets, fileOffset(lastEnd)] });
      run = { text: '', offsets: [] };
    };
    let lastEnd = 0;
    for (const token of tokens as Positioned[]) {
      const meta = token.meta ?? { start: lastEnd, end: lastEnd };
      if (token.type === 'text' || token.type === 'text_special') {
        // A backslash before a character that is no escape stays as written (`\\alpha`): raw, like text.
        const verbatim = token.type === 'text' || token.content === token.markup;
        const start = verbatim ? rawStart(block.content, token.content, meta) : -1;
        for (let k = 0; k < token.content.length; k++) {
          run.text += token.content[k];
          run.offsets.push(fileOffset(start >= 0 ? start + k : meta.start));
        }
        lastEnd = start >= 0 ? start + token.content.length : meta.end;
      } else if (token.type === 'softbreak') {
        run.text += '\n';
        run.offsets.push(fileOffset(meta.start));
        lastEnd = meta.start + 1;
      } else {
        close();
        const kind = CUTS[token.type];
        if (kind) cuts.push({ kind, start: fileOffset(meta.start), end: fileOffset(Math.min(meta.end, block.content.length)) });
        lastEnd = meta.end;
      }
    }
    lastEnd = block.content.length;
    close();
  }
  return { runs, cuts };
}

/** Where a text token's raw characters start in the inline source, or -1 (then they all take its start). */
function rawStart(source: string, content: string, meta: { start: number; end: number }): number {
  return source.startsWith(content, meta.start) ? meta.start : -1;
}

/**
 * File offsets of each character of a paragraph's or heading's inline source. Each of its lines is the file line
 * without its container prefix (indentation, `>` markers, a heading's `#`s) and, at the ends of the block, without
 * surrounding white space: a run of the file line's characters.
 */
function paragraphOffsets(text: string, block: InlineBlock, lineStart: (line: number) => number, lineEnd: (line: number) => number): number[] {
  const offsets: number[] = [];
  const lines = block.content.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const start = lineStart(block.lines[0] + k);
    const end = lineEnd(block.lines[0] + k);
    const raw = text.slice(start, end);
    const at = raw.lastIndexOf(line);
    if (at >= 0) {
      for (let i = 0; i <= line.length; i++) offsets.push(start + at + i); // the last: the line break (or the end)
    } else {
      for (const offset of align(text, line, start, end)) offsets.push(offset);
    }
  }
  return offsets;
}

/** Where cell `index` of a table row starts: after that many unescaped pipes (and the row's leading pipe). */
function cellStart(text: string, from: number, to: number, index: number): number {
  let at = from;
  while (at < to && (text[at] === ' ' || text[at] === '\t' || text[at] === '>')) at++;
  if (text[at] === '|') at++;
  for (let seen = 0; seen < index && at < to; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '|') seen++;
  }
  return at;
}

/** Offsets of `content`'s characters in text[from, to), matched in order (the characters between are skipped). */
function align(text: string, content: string, from: number, to: number): number[] {
  const offsets: number[] = [];
  let j = from;
  for (let i = 0; i < content.length; i++) {
    let k = j;
    while (k < to && text[k] !== content[i]) k++;
    if (k >= to) k = j; // not found (a tab the parse expanded): keep the place
    offsets.push(k);
    j = Math.min(k + 1, to);
  }
  offsets.push(j);
  return offsets;
}
