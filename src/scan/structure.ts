import MarkdownIt from 'markdown-it';
import { lineStartsOf } from '../positions.js';
import type { InlineBlock } from './github-inline.js';
import { isSpaceOrTab, mayHoldDollarEntity } from '../characters.js';
import { BacktickRuns } from './backticks.js';
import { githubBlockParser } from './github-blocks.js';
import { pythonMarkdownBlockParser } from './python-markdown-blocks.js';
import type { PythonMarkdownHtml } from './dialects.js';

/**
 * The Markdown structure that decides where math may be: markdown-it's block parser (CommonMark + GFM tables)
 * finds code blocks, HTML blocks, block quotes and block boundaries with their lines, and an inline scanner
 * following the CommonMark spec finds code spans, raw HTML, autolinks and link destinations inside each
 * paragraph, heading and table row. The result is a flag per character of the raw text, so every offset stays an
 * offset of the file.
 */

/** Code span, inline HTML, autolink, link destination: no math starts here. */
export const TEXT_EXCLUDED = 1;
/** Code block, HTML block: no math here at all. */
export const FLOW_EXCLUDED = 2;
/** Block-quote marker: part of neither text nor formula. */
export const PREFIX = 4;
/** Blank line or the start of another block: inline math does not cross it. */
export const BARRIER = 8;
/** Inside an HTML block (also FLOW_EXCLUDED): JupyterLab still typesets math there. */
export const HTML_BLOCK = 16;

export interface CodeSpan {
  start: number;
  end: number;
  /** The run of backticks that opens it. */
  fence: number;
  contentStart: number;
  contentEnd: number;
}

export interface FencedBlock {
  start: number;
  end: number;
  info: string;
  closed: boolean;
  /** Content lines as [start, end) offsets in the text, container prefixes left out (only math fences need them). */
  lines(): Array<[number, number]>;
}

export interface Structure {
  flags: Uint8Array;
  codeSpans: CodeSpan[];
  fences: FencedBlock[];
  /** HTML comments, block or inline: where suppression directives live. */
  comments: Array<{ start: number; end: number }>;
  /** Paragraphs, headings and table rows, as [start, end) offsets, in order. */
  textBlocks: Array<{ kind: 'paragraph' | 'heading' | 'table-row'; start: number; end: number }>;
  /** The inline source of each paragraph, heading and table cell that holds a `$` (or `&#36;`), for GitHub's reading (./github-inline.ts). */
  dollarBlocks: InlineBlock[];
  /**
   * The lines of each HTML block that holds a `$` (or `&#36;`), container prefixes left out: raw HTML to Markdown,
   * whose text GitHub still looks for inline math in (./github-inline.ts: htmlBlockRuns).
   */
  htmlBlocks: InlineBlock[];
  /** Each footnote's definition (`[^name]: …` and the lines indented under it), with its name as written. */
  footnotes: Array<{ name: string; start: number; end: number }>;
  /** The block parse's environment: its link reference definitions. */
  env: object;
  /** File offsets of each line's start and end (without its line break). */
  lines: Lines;
}

/** Where a file's lines start and end. */
export interface Lines {
  readonly count: number;
  start(line: number): number;
  /** Without its line break. */
  end(line: number): number;
}

const parser = new MarkdownIt('commonmark', { html: true }).enable('table');

/**
 * Blocks math does not run into. Paragraphs and list items are not among them: a display formula's lines can look
 * like a list item (`- b`) to a Markdown parser, and GitHub still reads the formula whole.
 */
const BLOCK_STARTS = new Set(['heading_open', 'hr', 'tr_open', 'fence', 'code_block', 'html_block']);

export function markdownStructure(
  text: string,
  options: {
    blockBarriers: boolean;
    /** Blocks as GitHub's cmark-gfm reads them, where it differs from CommonMark 0.31 (./github-blocks.ts). */
    github?: boolean;
    /** Raw HTML as Python-Markdown reads it, or none at all (./python-markdown-blocks.ts). */
    pythonMarkdown?: PythonMarkdownHtml;
  },
): Structure {
  const flags = new Uint8Array(text.length + 1);
  const lines = new LineTable(text);
  const structure: Structure = {
    flags,
    codeSpans: [],
    fences: [],
    comments: [],
    textBlocks: [],
    dollarBlocks: [],
    htmlBlocks: [],
    footnotes: [],
    env: {},
    lines,
  };
  const blockParser = options.github ? githubBlockParser() : options.pythonMarkdown ? pythonMarkdownBlockParser(options.pythonMarkdown) : parser;
  const { lineKinds, midLine } = markBlocks(text, lines, options.blockBarriers, blockParser, structure);
  markLineStarts(text, lines, lineKinds, flags);
  // Inline constructs, one run of consecutive inline lines at a time (a paragraph may span lines; one that begins
  // after a block's end on its line begins there).
  for (let line = 0; line < lines.count; line++) {
    if (!(lineKinds[line]! & INLINE)) continue;
    let last = line;
    while (last + 1 < lines.count && lineKinds[last + 1]! & INLINE && !midLine.has(last + 1)) last++;
    scanInline(text, midLine.get(line) ?? lines.start(line), lines.end(last), flags, structure);
    line = last;
  }
  return structure;
}

/** Where each line of a text starts and ends (without its line break). */
export class LineTable implements Lines {
  private readonly starts: number[];
  readonly count: number;

  constructor(private readonly text: string) {
    this.starts = lineStartsOf(text);
    this.count = this.starts.length;
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  end(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 2) === 13 && this.text.charCodeAt(next - 1) === 10 ? next - 2 : next - 1;
  }
}

/** A line that may open a code fence: its marker, three backticks or tildes or more, at most three spaces in. */
export const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Whether a fence opened before a line has a line that may close it, on it or after it: for CommonMark a run of the
 * marker's character at least as long, alone on its line; for Python-Markdown (`exact`) the same run, no longer (in a
 * container, the container may end first).
 */
export class FenceClosers {
  /** For each line, the longest run of backticks and of tildes alone on a line, on it or after it. */
  private readonly backticks: Uint32Array;
  private readonly tildes: Uint32Array;
  /** Each run alone on a line, with the last line it is on. */
  private readonly lastLineOf = new Map<string, number>();

  constructor(
    text: string,
    lines: Lines,
    private readonly exact = false,
  ) {
    this.backticks = new Uint32Array(lines.count + 1);
    this.tildes = new Uint32Array(lines.count + 1);
    for (let k = lines.count - 1; k >= 0; k--) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text.slice(lines.start(k), lines.end(k)))?.[1];
      this.backticks[k] = Math.max(this.backticks[k + 1]!, closing?.[0] === '`' ? closing.length : 0);
      this.tildes[k] = Math.max(this.tildes[k + 1]!, closing?.[0] === '~' ? closing.length : 0);
      if (closing && !this.lastLineOf.has(closing)) this.lastLineOf.set(closing, k);
    }
  }

  /** Whether a fence opened by `marker` is closed on line `from` or after. */
  closes(from: number, marker: string): boolean {
    if (this.exact) return (this.lastLineOf.get(marker) ?? -1) >= from;
    return (marker[0] === '`' ? this.backticks : this.tildes)[from]! >= marker.length;
  }
}

/** Kinds of line (a bit set per line): */
const INLINE = 1; // holds inline content (a paragraph, heading or table row)
const QUOTED = 2; // inside a block quote

/**
 * Marks code and HTML blocks and block starts, records fences, comments and text blocks; returns each line's kind,
 * and where the first block after one that ended in the middle of a line begins (Python-Markdown's raw HTML ends at
 * its end tag: `<div>…</div> $x$`), by line.
 */
function markBlocks(
  text: string,
  lines: LineTable,
  blockBarriers: boolean,
  blockParser: MarkdownIt,
  structure: Structure,
): { lineKinds: Uint8Array; midLine: Map<number, number> } {
  const { flags } = structure;
  const tokens: ReturnType<MarkdownIt['parse']> = [];
  // markdown-it reads \n line ends; \r\n and \r become \n, which keeps line numbers (all this needs) unchanged.
  // (A native search first: most texts have no \r, and a replace walks the whole text even when it changes nothing.)
  blockParser.block.parse(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, blockParser, structure.env, tokens);
  const lineKinds = new Uint8Array(lines.count);
  // Where the next block of a line begins, once one ended in the middle of it; and where the first did.
  const tails = new Map<number, number>();
  const midLine = new Map<number, number>();
  let row: [number, number] = [0, 0];
  let cell = 0;
  // The footnote definitions open around the token, with the lines their blocks span so far.
  const notes: Array<{ name: string; first: number; after: number }> = [];
  for (const token of tokens) {
    const map = token.map as [number, number] | null;
    if (token.type === 'footnote_reference_open') notes.push({ name: (token.meta as { label: string }).label, first: lines.count, after: 0 });
    else if (token.type === 'footnote_reference_close') {
      const note = notes.pop()!;
      if (note.after > 0) structure.footnotes.push({ name: note.name, start: lines.start(note.first), end: lines.end(note.after - 1) });
    } else if (map) {
      for (const note of notes) {
        note.first = Math.min(note.first, map[0]);
        note.after = Math.max(note.after, map[1]);
      }
    }
    if (token.type === 'inline' && (token.content.includes('$') || mayHoldDollarEntity(token.content))) {
      // (One shape for all: code that reads them stays monomorphic.)
      structure.dollarBlocks.push(
        map ? { content: token.content, lines: map, cell: undefined, start: undefined } : { content: token.content, lines: row, cell, start: undefined },
      );
    }
    if (token.type === 'inline' && !map) cell++;
    if (!map) continue;
    if (token.type === 'tr_open') {
      row = map;
      cell = 0;
    }
    const [first, after] = map;
    // (A block may begin and end in the middle of a line: Python-Markdown's raw HTML, and what follows its end tag.)
    const { startColumn, endColumn } = (token.meta ?? {}) as { startColumn?: number; endColumn?: number };
    const start = startColumn !== undefined ? lines.start(first) + startColumn : (tails.get(first) ?? lines.start(first));
    // (In the middle of a line, what comes before is a block's own text: raw HTML, excluded already, or text after it.)
    if (blockBarriers && first > 0 && BLOCK_STARTS.has(token.type) && start === lines.start(first)) flags[start - 1]! |= BARRIER;
    switch (token.type) {
      case 'fence':
      case 'code_block':
      case 'html_block': {
        const end = endColumn === undefined ? lines.start(after) : lines.start(after - 1) + endColumn;
        if (endColumn !== undefined) {
          tails.set(after - 1, end);
          if (!midLine.has(after - 1)) midLine.set(after - 1, end);
        }
        flags.fill(token.type === 'html_block' ? FLOW_EXCLUDED | HTML_BLOCK : FLOW_EXCLUDED, start, end); // nothing else is marked inside
        flags[end]! |= BARRIER;
        if (token.type === 'fence') structure.fences.push(fencedBlock(text, token, map, lines));
        if (token.type === 'html_block') {
          htmlComments(text, start, end, structure.comments);
          if (token.content.includes('$') || mayHoldDollarEntity(token.content))
            structure.htmlBlocks.push({
              content: token.content.replace(/\n$/, ''),
              lines: map,
              cell: undefined,
              start: start === lines.start(first) ? undefined : start,
            });
        }
        break;
      }
      case 'blockquote_open':
        for (let line = first; line < after; line++) lineKinds[line]! |= QUOTED;
        break;
      case 'inline':
        for (let line = first; line < after; line++) lineKinds[line]! |= INLINE;
        break;
      case 'paragraph_open':
      case 'heading_open':
        structure.textBlocks.push({ kind: token.type === 'heading_open' ? 'heading' : 'paragraph', start, end: lines.end(after - 1) });
        break;
      case 'tr_open':
        for (let line = first; line < after; line++) lineKinds[line]! |= INLINE;
        structure.textBlocks.push({ kind: 'table-row', start, end: lines.end(after - 1) });
        break;
    }
  }
  return { lineKinds, midLine };
}

/** Marks block-quote markers, and blank lines (a quoted line holding only markers is blank too) as barriers. */
function markLineStarts(text: string, lines: LineTable, lineKinds: Uint8Array, flags: Uint8Array): void {
  for (let line = 0; line < lines.count; line++) {
    const start = lines.start(line);
    const end = lines.end(line);
    let k = start;
    if (lineKinds[line]! & QUOTED) {
      const marker = /^(?:[ ]{0,3}>[ \t]?)+/.exec(text.slice(start, Math.min(end, start + 64)));
      if (marker && !(flags[start]! & FLOW_EXCLUDED)) addFlag(flags, start, start + marker[0].length, PREFIX);
      while (k < end && (flags[k]! & PREFIX || isSpaceOrTab(text.charCodeAt(k)))) k++;
    } else {
      while (k < end && isSpaceOrTab(text.charCodeAt(k))) k++;
    }
    if (k >= end) flags[start]! |= BARRIER;
  }
}

/** Adds `flag` to the characters [from, to). */
export function addFlag(flags: Uint8Array, from: number, to: number, flag: number): void {
  for (let k = from; k < to; k++) flags[k]! |= flag;
}

/** A fence token's block; its parser says whether it was closed (`meta.closed`: Python-Markdown's), else its last line does. */
function fencedBlock(text: string, token: { markup: string; info: string; meta: unknown }, map: [number, number], lines: LineTable): FencedBlock {
  const { markup, info } = token;
  const lastLine = map[1] - 1;
  const last = text.slice(lines.start(lastLine), lines.end(lastLine)).replace(/^[\s>]*/, '');
  const closed =
    (token.meta as { closed?: boolean } | null)?.closed ??
    (lastLine > map[0] && last.startsWith(markup) && /^(`+|~+)\s*$/.test(last) && last.trim().length >= markup.length);
  const opening = text.slice(lines.start(map[0]), lines.end(map[0]));
  const indent = /^[\s>]*/.exec(opening)![0].length; // the fence's own column: content loses up to this much
  const contentLines = () => {
    const found: Array<[number, number]> = [];
    for (let line = map[0] + 1; line < (closed ? lastLine : map[1]); line++) {
      const start = lines.start(line);
      const end = lines.end(line);
      let at = start;
      while (at < end && at - start < indent && (text[at] === ' ' || text[at] === '>')) at++;
      found.push([at, end]);
    }
    return found;
  };
  return {
    start: lines.start(map[0]),
    end: closed ? lines.end(lastLine) : lines.end(map[1] - 1),
    info: info.trim().toLowerCase(),
    closed,
    lines: contentLines,
  };
}

/** Adds the HTML comments in [start, end) to `comments`. */
function htmlComments(text: string, start: number, end: number, comments: Structure['comments']): void {
  // (Searched in the block alone: a search of the text past it, once a block, took quadratic time over 100,000 blocks.)
  const block = text.slice(start, end);
  let at = block.indexOf('<!--');
  while (at >= 0) {
    const close = block.indexOf('-->', at + 4);
    const stop = close < 0 ? block.length : close + 3;
    comments.push({ start: start + at, end: start + stop });
    at = block.indexOf('<!--', stop);
  }
}

// CommonMark's raw HTML (section 6.6) and autolinks (6.5), anchored at a `<`.
const TAG_NAME = '[A-Za-z][A-Za-z0-9-]*';
const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const RAW_HTML = new RegExp(
  [
    String.raw`<${TAG_NAME}${ATTRIBUTE}*\s*\/?>`,
    String.raw`<\/${TAG_NAME}\s*>`,
    String.raw`<!-->|<!--->|<!--[\s\S]*?-->`,
    String.raw`<\?[\s\S]*?\?>`,
    String.raw`<![A-Za-z][^>]*>`,
    String.raw`<!\[CDATA\[[\s\S]*?\]\]>`,
  ].join('|'),
  'y',
);
/** A CommonMark autolink, `<scheme:…>` or `<address@host>`, anchored at its `<`. */
export const ANGLE_AUTOLINK =
  /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const LITERAL_AUTOLINK = /(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:*_~'")\]]/y;

/**
 * Where an inline construct may start: backslash escapes (a backslash before ASCII punctuation; before a letter, as
 * in `\alpha`, it escapes nothing), backticks, `<`, `](`, and bare URLs.
 */
const INLINE_START = /\\[!-/:-@[-`{-~]|[`<]|\]\(|(?<![^\s*_~(])(?:https?:\/\/|www\.)/g;

/** Code spans, raw HTML, autolinks and link destinations in [start, end). */
function scanInline(text: string, start: number, end: number, flags: Uint8Array, structure: Structure): void {
  const mark = (from: number, to: number) => addFlag(flags, from, to, TEXT_EXCLUDED);
  // The search runs over this block alone: over the whole text, a block with nothing inline in it would send it to
  // the next block that has, or to the end (quadratic in the number of paragraphs).
  const block = text.slice(start, end);
  const resumeAt = (offset: number) => (INLINE_START.lastIndex = offset - start);
  INLINE_START.lastIndex = 0;
  let backticks: BacktickRuns | undefined;
  let destinations: Map<number, number> | undefined;
  let ahead: FirstAhead | undefined;
  for (let found = INLINE_START.exec(block); found; found = INLINE_START.exec(block)) {
    const i = start + found.index;
    if (flags[i]! & (PREFIX | FLOW_EXCLUDED)) continue;
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      resumeAt(i + 2);
    } else if (c === 96 /* ` */) {
      let run = 1;
      while (text.charCodeAt(i + run) === 96) run++;
      backticks ??= new BacktickRuns(text, start, end);
      const close = backticks.closing(i + run, run);
      if (close < 0) {
        resumeAt(i + run);
        continue;
      }
      mark(i, close + run);
      structure.codeSpans.push({ start: i, end: close + run, fence: run, contentStart: i + run, contentEnd: close });
      resumeAt(close + run);
    } else if (c === 60 /* < */) {
      if (!htmlMayEnd(text, i, end, (ahead ??= new FirstAhead(text)))) continue;
      ANGLE_AUTOLINK.lastIndex = i;
      RAW_HTML.lastIndex = i;
      const match = ANGLE_AUTOLINK.exec(text) ?? RAW_HTML.exec(text);
      if (match && i + match[0].length <= end) {
        mark(i, i + match[0].length);
        if (match[0].startsWith('<!--')) structure.comments.push({ start: i, end: i + match[0].length });
        resumeAt(i + match[0].length);
      }
    } else if (c === 93 /* ] */) {
      destinations ??= closingParentheses(text, start, end);
      const destinationEnd = destinations.get(i + 1) ?? -1;
      if (destinationEnd > 0) {
        mark(i + 2, destinationEnd);
        resumeAt(destinationEnd);
      }
    } else {
      LITERAL_AUTOLINK.lastIndex = i;
      const match = LITERAL_AUTOLINK.exec(text);
      if (match && i + match[0].length <= end) {
        mark(i, i + match[0].length);
        resumeAt(i + match[0].length);
      }
    }
  }
}

/**
 * Whether raw HTML that starts at the `<` at `i` can end before `end`: a comment, a processing instruction, CDATA
 * or a declaration needs its closing sequence ahead (a tag or an autolink is bounded by its own pattern). Without
 * this, each of many unclosed `<!--` searched the rest of the file for `-->` (quadratic: 50,000 took 4.8 s).
 */
export function htmlMayEnd(text: string, i: number, end: number, ahead: FirstAhead): boolean {
  if (text.charCodeAt(i + 1) === 33 /* ! */) {
    if (text.startsWith('<!--', i)) return text.startsWith('<!-->', i) || text.startsWith('<!--->', i) || ahead.before('-->', i + 4, end);
    if (text.startsWith('<![CDATA[', i)) return ahead.before(']]>', i + 9, end);
    return ahead.before('>', i + 2, end);
  }
  if (text.charCodeAt(i + 1) === 63 /* ? */) return ahead.before('?>', i + 2, end);
  return true;
}

/**
 * The first place of a string at or after a place, remembered: asked again from a later place before the one
 * found, the answer is the same, so a walk that asks from ever later places searches the text once.
 */
export class FirstAhead {
  private readonly found = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** Whether `what` occurs in the text starting at or after `from`, and ending by `end`. */
  before(what: string, from: number, end: number): boolean {
    const at = this.next(what, from);
    return at >= 0 && at + what.length <= end;
  }

  /** Where `what` first occurs in the text at or after `from`, or -1. */
  next(what: string, from: number): number {
    let known = this.found.get(what);
    if (!known || from < known.from || (known.at >= 0 && known.at < from)) {
      known = { from, at: this.text.indexOf(what, from) };
      this.found.set(what, known);
    }
    return known.at;
  }
}

/**
 * Where each `(` of [start, end) is closed: the `)` that balances it (a backslash escapes the character after it; a
 * blank line closes nothing across it). A link destination after `](` ends there. Found in one pass for the whole
 * block: searched for from each `](`, a paragraph of many that close nothing was quadratic.
 */
function closingParentheses(text: string, start: number, end: number): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 92 /* \ */) k++;
    else if (c === 40 /* ( */) open.push(k);
    else if (c === 41 /* ) */) {
      const opener = open.pop();
      if (opener !== undefined) closing.set(opener, k);
    } else if (c === 10 && text.charCodeAt(k + 1) === 10) open.length = 0;
  }
  return closing;
}
