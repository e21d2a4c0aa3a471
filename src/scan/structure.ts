import MarkdownIt from 'markdown-it';
import { lineStartsOf } from '../positions.js';

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
}

const parser = new MarkdownIt('commonmark', { html: true }).enable('table');

/**
 * Blocks math does not run into. Paragraphs and list items are not among them: a display formula's lines can look
 * like a list item (`- b`) to a Markdown parser, and GitHub still reads the formula whole.
 */
const BLOCK_STARTS = new Set(['heading_open', 'hr', 'tr_open', 'fence', 'code_block', 'html_block']);

export function markdownStructure(text: string, options: { blockBarriers: boolean }): Structure {
  const flags = new Uint8Array(text.length + 1);
  const structure: Structure = { flags, codeSpans: [], fences: [], comments: [], textBlocks: [] };
  const lineStarts = lineStartsOf(text);
  const lineEnd = (line: number) => {
    const next = lineStarts[line + 1];
    if (next === undefined) return text.length;
    return text.charCodeAt(next - 2) === 13 && text.charCodeAt(next - 1) === 10 ? next - 2 : next - 1;
  };
  const mark = (start: number, end: number, flag: number) => {
    for (let k = start; k < end; k++) flags[k]! |= flag;
  };
  const linesOf = (map: [number, number]) => [lineStarts[map[0]] ?? text.length, map[1] < lineStarts.length ? lineStarts[map[1]]! : text.length] as const;

  const tokens: ReturnType<typeof parser.parse> = [];
  // markdown-it reads \n line ends; \r\n and \r become \n, which keeps line numbers (all this needs) unchanged.
  parser.block.parse(text.replace(/\r\n?/g, '\n'), parser, {}, tokens);

  // Per line: whether it holds inline content (a paragraph, heading or table row) and whether it is quoted.
  const lineKinds = new Uint8Array(lineStarts.length);
  const INLINE = 1;
  const QUOTED = 2;
  const markLines = (map: [number, number], kind: number) => {
    for (let line = map[0]; line < map[1]; line++) lineKinds[line]! |= kind;
  };
  for (const token of tokens) {
    const map = token.map as [number, number] | null;
    if (!map) continue;
    if (options.blockBarriers && BLOCK_STARTS.has(token.type) && map[0] > 0) flags[lineStarts[map[0]]! - 1]! |= BARRIER;
    switch (token.type) {
      case 'fence': {
        const [start, end] = linesOf(map);
        flags.fill(FLOW_EXCLUDED, start, end); // nothing else is marked inside a code block
        flags[end]! |= BARRIER;
        structure.fences.push(fencedBlock(text, token.markup, token.info, map, lineStarts, lineEnd));
        break;
      }
      case 'code_block': {
        const [start, end] = linesOf(map);
        flags.fill(FLOW_EXCLUDED, start, end);
        flags[end]! |= BARRIER;
        break;
      }
      case 'html_block': {
        const [start, end] = linesOf(map);
        flags.fill(FLOW_EXCLUDED, start, end);
        flags[end]! |= BARRIER;
        for (const comment of htmlComments(text, start, end)) structure.comments.push(comment);
        break;
      }
      case 'blockquote_open':
        markLines(map, QUOTED);
        break;
      case 'inline':
        markLines(map, INLINE);
        break;
      case 'paragraph_open':
      case 'heading_open':
        structure.textBlocks.push({ kind: token.type === 'heading_open' ? 'heading' : 'paragraph', start: lineStarts[map[0]]!, end: lineEnd(map[1] - 1) });
        break;
      case 'tr_open':
        markLines(map, INLINE);
        structure.textBlocks.push({ kind: 'table-row', start: lineStarts[map[0]]!, end: lineEnd(map[1] - 1) });
        break;
    }
  }

  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = lineEnd(line);
    let k = start;
    if (lineKinds[line]! & QUOTED) {
      // Block-quote markers (not inside a code block), then: a quoted line holding only markers is blank too.
      const marker = /^(?:[ ]{0,3}>[ \t]?)+/.exec(text.slice(start, Math.min(end, start + 64)));
      if (marker && !(flags[start]! & FLOW_EXCLUDED)) mark(start, start + marker[0].length, PREFIX);
      while (k < end && (flags[k]! & PREFIX || isSpaceOrTab(text.charCodeAt(k)))) k++;
    } else {
      while (k < end && isSpaceOrTab(text.charCodeAt(k))) k++;
    }
    if (k >= end) flags[start]! |= BARRIER;
  }

  // Inline constructs, one run of consecutive inline lines at a time (a paragraph may span lines).
  for (let line = 0; line < lineStarts.length; line++) {
    if (!(lineKinds[line]! & INLINE)) continue;
    let last = line;
    while (last + 1 < lineStarts.length && lineKinds[last + 1]! & INLINE) last++;
    scanInline(text, lineStarts[line]!, lineEnd(last), flags, structure);
    line = last;
  }
  return structure;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function fencedBlock(
  text: string,
  markup: string,
  info: string,
  map: [number, number],
  lineStarts: number[],
  lineEnd: (line: number) => number,
): FencedBlock {
  const lastLine = map[1] - 1;
  const last = text.slice(lineStarts[lastLine], lineEnd(lastLine)).replace(/^[\s>]*/, '');
  const closed = lastLine > map[0] && last.startsWith(markup) && /^(`+|~+)\s*$/.test(last) && last.trim().length >= markup.length;
  const opening = text.slice(lineStarts[map[0]], lineEnd(map[0]));
  const indent = /^[\s>]*/.exec(opening)![0].length; // the fence's own column: content loses up to this much
  const lines = () => {
    const found: Array<[number, number]> = [];
    for (let line = map[0] + 1; line < (closed ? lastLine : map[1]); line++) {
      const start = lineStarts[line]!;
      const end = lineEnd(line);
      let at = start;
      while (at < end && at - start < indent && (text[at] === ' ' || text[at] === '>')) at++;
      found.push([at, end]);
    }
    return found;
  };
  return { start: lineStarts[map[0]]!, end: closed ? lineEnd(lastLine) : lineEnd(map[1] - 1), info: info.trim().toLowerCase(), closed, lines };
}

function htmlComments(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const comments: Array<{ start: number; end: number }> = [];
  let at = text.indexOf('<!--', start);
  while (at >= 0 && at < end) {
    const close = text.indexOf('-->', at + 4);
    const stop = close < 0 || close > end ? end : close + 3;
    comments.push({ start: at, end: stop });
    at = text.indexOf('<!--', stop);
  }
  return comments;
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
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const LITERAL_AUTOLINK = /(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:*_~'")\]]/y;

/**
 * Where an inline construct may start: backslash escapes (a backslash before ASCII punctuation; before a letter, as
 * in `\alpha`, it escapes nothing), backticks, `<`, `](`, and bare URLs.
 */
const INLINE_START = /\\[!-/:-@[-`{-~]|[`<]|\]\(|(?<![^\s*_~(])(?:https?:\/\/|www\.)/g;

/** Code spans, raw HTML, autolinks and link destinations in [start, end). */
function scanInline(text: string, start: number, end: number, flags: Uint8Array, structure: Structure): void {
  const mark = (from: number, to: number) => {
    for (let k = from; k < to; k++) flags[k]! |= TEXT_EXCLUDED;
  };
  INLINE_START.lastIndex = start;
  for (let found = INLINE_START.exec(text); found && found.index < end; found = INLINE_START.exec(text)) {
    const i = found.index;
    if (flags[i]! & (PREFIX | FLOW_EXCLUDED)) continue;
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      INLINE_START.lastIndex = i + 2;
    } else if (c === 96 /* ` */) {
      let run = 1;
      while (text.charCodeAt(i + run) === 96) run++;
      const close = closingBackticks(text, i + run, end, run);
      if (close < 0) {
        INLINE_START.lastIndex = i + run;
        continue;
      }
      mark(i, close + run);
      structure.codeSpans.push({ start: i, end: close + run, fence: run, contentStart: i + run, contentEnd: close });
      INLINE_START.lastIndex = close + run;
    } else if (c === 60 /* < */) {
      AUTOLINK.lastIndex = i;
      RAW_HTML.lastIndex = i;
      const match = AUTOLINK.exec(text) ?? RAW_HTML.exec(text);
      if (match && i + match[0].length <= end) {
        mark(i, i + match[0].length);
        if (match[0].startsWith('<!--')) structure.comments.push({ start: i, end: i + match[0].length });
        INLINE_START.lastIndex = i + match[0].length;
      }
    } else if (c === 93 /* ] */) {
      const destinationEnd = linkDestinationEnd(text, i + 2, end);
      if (destinationEnd > 0) {
        mark(i + 2, destinationEnd);
        INLINE_START.lastIndex = destinationEnd;
      }
    } else {
      LITERAL_AUTOLINK.lastIndex = i;
      const match = LITERAL_AUTOLINK.exec(text);
      if (match && i + match[0].length <= end) {
        mark(i, i + match[0].length);
        INLINE_START.lastIndex = i + match[0].length;
      }
    }
  }
}

/** The start of the backtick run of exactly `run` closing a code span, or -1. */
function closingBackticks(text: string, from: number, end: number, run: number): number {
  let at = text.indexOf('`', from);
  while (at >= 0 && at < end) {
    let length = 1;
    while (text.charCodeAt(at + length) === 96) length++;
    if (length === run) return at;
    at = text.indexOf('`', at + length);
  }
  return -1;
}

/** The end of a link destination (and title) after `](`, or -1 when it is not one. */
function linkDestinationEnd(text: string, from: number, end: number): number {
  let depth = 1;
  for (let k = from; k < end; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
    else if (c === '\n' && text[k + 1] === '\n') return -1;
  }
  return -1;
}
