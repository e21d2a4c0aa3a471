import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import { isMdAsciiPunct, normalizeReference } from 'markdown-it/lib/common/utils.mjs';
import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type { Delimiter } from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import {
  BACKSLASH,
  BACKTICK,
  CARET,
  CLOSING_PARENTHESIS,
  COLON,
  EXCLAMATION_MARK,
  isSpaceOrTab,
  LESS_THAN,
  LETTER_W,
  NEWLINE,
  OPENING_BRACKET,
  OPENING_PARENTHESIS,
  TILDE,
} from '../characters.js';
import { lastAtOrBefore } from '../positions.js';
import type { CutKind } from '../rules/shown-as-text.js';
import type { Formula } from '../model/types.js';
import type { AuthoredDollars } from './github-as-written.js';
import { blockMarkup, flanking, linkDestinationEnd, processEmphasis, type Delimiters, type Mark } from './github-delimiters.js';
import { BacktickRuns } from './backticks.js';
import { OpenElements } from './html-elements.js';
import { cmarkTakesBang, emailAutolinks, insideBrackets, urlAutolinkAt, wwwAutolinkAt } from './github-autolinks.js';
import { FirstAhead, type Lines } from './structure.js';

/**
 * The text GitHub's math filter looks at. GitHub renders Markdown with cmark-gfm first and only then looks for `$`
 * in the text that is left between the HTML elements: an escape is already undone there (`\,` is `,`, `\$` is `$`),
 * an entity decoded, and emphasis, strikethrough, code spans, links, raw HTML and line breaks have cut the text
 * into separate pieces. This module gives those pieces ("runs"), each character with the file offset it came from,
 * from a real CommonMark parse (markdown-it, with GFM's tables, GitHub's one-or-two-tilde strikethrough and cmark-gfm's
 * pairing of delimiters).
 */

/**
 * One piece of text between HTML elements, as GitHub's math filter sees it, with the file offset of each of its
 * characters: kept as pieces that run on in the file (most of a paragraph is one piece; an escape, an entity or a
 * quote marker starts another), so that no array per character is built.
 */
export interface TextRun {
  text: string;
  /** Where each piece starts in `text`, ascending from 0. */
  pieceStarts: number[];
  /** The file offset of each piece's first character; the piece's next characters follow it in the file. */
  pieceFiles: number[];
  /** The file offset just past the run. */
  end: number;
}

/** The file offset of character `k` of a run (`k` = its length: the offset past it). */
export function fileOffsetAt(run: TextRun, k: number): number {
  if (k >= run.text.length) return run.end;
  const piece = pieceOf(run, k);
  return run.pieceFiles[piece]! + (k - run.pieceStarts[piece]!);
}

/** The index of the piece holding character `k` (the first piece starts at 0). */
export function pieceOf(run: TextRun, k: number): number {
  return lastAtOrBefore(run.pieceStarts, k);
}

/** Builds a run a token at a time, joining pieces that run on in the file. */
class RunBuilder {
  private parts: string[] = [];
  private length = 0;
  private starts: number[] = [];
  private files: number[] = [];

  /** Appends `text` whose characters follow one another in the file from `file` on. */
  append(text: string, file: number): void {
    if (text.length === 0) return;
    const last = this.starts.length - 1;
    if (last < 0 || this.files[last]! + (this.length - this.starts[last]!) !== file) {
      this.starts.push(this.length);
      this.files.push(file);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** The run so far (none when it is empty), ending at file offset `end`; the builder starts again. */
  take(end: number): TextRun | undefined {
    const run = this.length > 0 ? { text: this.parts.join(''), pieceStarts: this.starts, pieceFiles: this.files, end } : undefined;
    this.parts = [];
    this.length = 0;
    this.starts = [];
    this.files = [];
    return run;
  }
}

/** A Markdown element that cut a run, with its file range: what a finding names when it cut a formula. */
export interface Cut {
  kind: CutKind;
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
  /** Where it begins when another block ended on its first line (Python-Markdown's raw HTML, at an end tag). */
  start?: number;
}

interface Positioned extends Token {
  meta: { start: number; end: number } | null;
}

const github = new MarkdownIt('commonmark', { html: true }).enable('strikethrough').use(footnotes);
// GFM's footnote references (`[^1]`, where a note `[^1]:` is written), not its inline notes (`^[…]`: none on GitHub).
github.inline.ruler.disable('footnote_inline');
github.inline.ruler.at('footnote_ref', footnoteReference);
github.inline.ruler.at('strikethrough', tildeTokenize);
github.inline.ruler.at('backticks', codeSpan);
github.inline.ruler.at('escape', cmarkBackslash(ruleOf(github, 'escape')));
github.inline.ruler.at('html_inline', cmarkHtml(ruleOf(github, 'html_inline')));
github.inline.ruler.at('link', shortcutAfterParenthesis(ruleOf(github, 'link'), false));
github.inline.ruler.at('image', shortcutAfterParenthesis(ruleOf(github, 'image'), true));
// GFM's extended autolinks (./github-autolinks.ts): a URL found at its `:`, a `www.` at its `w` (where the text rule
// now stops), e-mail addresses in the text left once parsed (githubTextRuns).
github.inline.ruler.at('text', stoppingAtW(ruleOf(github, 'text')));
github.inline.ruler.after('text', 'gfm_autolink', gfmAutolink);
github.inline.ruler2.at('balance_pairs', cmarkPairs);
github.inline.ruler2.at('strikethrough', tildePostProcess);
// Adjacent text tokens stay apart, each with its own place (joining them keeps only the last one's).
github.inline.ruler2.disable('fragments_join');
// A link's destination is never used, and cmark-gfm makes a link of any destination: none is refused or rewritten.
github.validateLink = () => true;
github.normalizeLink = (url: string) => url;
// …and reads destinations as cmark-gfm does (./github-delimiters.ts), which the spec's reading would make text.
const specDestination = github.helpers.parseLinkDestination;
github.helpers.parseLinkDestination = (source: string, start: number, max: number) => {
  if (source.charCodeAt(start) === LESS_THAN) return specDestination(source, start, max);
  const end = linkDestinationEnd(source, start, max);
  return end < 0 ? { ok: false, pos: 0, str: '' } : { ok: true, pos: end, str: source.slice(start, end) };
};
trackPositions(github);

/**
 * Every token of an inline parse gets its [start, end) in the inline source. markdown-it keeps no positions
 * inline, but each rule starts at `state.pos` and ends where it leaves it, and pending text is a raw slice ending
 * where it is flushed (the line-break rule trims its trailing spaces, which lie between it and that point).
 */
function trackPositions(md: MarkdownIt): void {
  // A state of this parser's own: markdown-it's class is shared by every parser in the process.
  const Shared = md.inline.State as unknown as new (...args: unknown[]) => StateInline;
  class PositionedState extends Shared {
    /** Where the rule now running started: pending text ends there, whatever the rule did with the position. */
    ruleStart = -1;

    /** A delimiter run's powers as cmark-gfm gives them (./github-delimiters.ts: it looks past `~` beside the run). */
    override scanDelims(start: number, canSplitWord: boolean): { can_open: boolean; can_close: boolean; length: number } {
      const marker = this.src.charCodeAt(start);
      let end = start;
      while (end < this.posMax && this.src.charCodeAt(end) === marker) end++;
      const { open, close } = flanking(this.src, start, end, this.posMax, canSplitWord);
      return { can_open: open, can_close: close, length: end - start };
    }

    override pushPending(): Token {
      const token = super.pushPending() as Positioned;
      let end = this.ruleStart >= 0 ? this.ruleStart : this.pos;
      // Pending text is a raw slice of the source, unless the line-break rule took the spaces off its end.
      const { content } = token;
      if (content.length > 0 && this.src.charCodeAt(end - 1) !== content.charCodeAt(content.length - 1)) {
        while (end > 0 && this.src.charCodeAt(end - 1) === 32) end--;
      }
      token.meta = { start: end - token.content.length, end };
      return token;
    }
  }
  (md.inline as unknown as { State: unknown }).State = PositionedState;
  // (The text rule only adds to the pending text: it pushes nothing, and it runs at most places, so it is left as is.)
  for (const rule of [
    'gfm_autolink',
    'newline',
    'escape',
    'backticks',
    'strikethrough',
    'emphasis',
    'link',
    'image',
    'footnote_ref',
    'autolink',
    'html_inline',
    'entity',
  ]) {
    const index = (md.inline.ruler as unknown as { __find__(name: string): number }).__find__(rule);
    if (index < 0) continue;
    const entry = (md.inline.ruler as unknown as { __rules__: Array<{ fn: (state: StateInline, silent: boolean) => boolean }> }).__rules__[index]!;
    const fn = entry.fn;
    entry.fn = (state: StateInline, silent: boolean) => {
      // A rule that pushes a token flushes the pending text first, which ends where the rule started (the link
      // rule pushes its opening token from inside the label, so the position itself may have moved on).
      const positioned = state as unknown as { ruleStart: number };
      const before = state.pos;
      const outer = positioned.ruleStart;
      positioned.ruleStart = before;
      const count = state.tokens.length;
      const matched = fn(state, silent);
      positioned.ruleStart = outer;
      if (matched && !silent) {
        let at = before;
        for (let k = count; k < state.tokens.length; k++) {
          const token = state.tokens[k] as Positioned;
          if (token.meta) continue;
          // A delimiter run (`**`, `~~`) is pushed a marker at a time before the position moves; the escape and
          // entity rules' tokens carry their source as `markup`, text tokens theirs as content.
          const width = token.type === 'text' ? token.content.length : token.markup.length;
          const start = token.type === 'text' || token.type === 'text_special' ? at : before;
          token.meta = { start, end: token.type === 'text' || token.type === 'text_special' ? start + width : state.pos };
          if (token.type === 'text' || token.type === 'text_special') at = start + width;
        }
      }
      return matched;
    };
  }
  // A link's label is read by a nested tokenization, whose last pending text ends where the label does.
  const tokenize = md.inline.tokenize.bind(md.inline);
  md.inline.tokenize = (state: StateInline) => {
    const positioned = state as unknown as { ruleStart: number };
    const outer = positioned.ruleStart;
    positioned.ruleStart = -1;
    tokenize(state);
    positioned.ruleStart = outer;
  };
  // The ruler caches compiled chains: rebuild them with the wrapped functions.
  (md.inline.ruler as unknown as { __cache__: unknown }).__cache__ = null;
}

/**
 * What GitHub's rules find once in the text being parsed and ask again (its link texts are parsed within it, after a
 * look past them): its backtick runs, the places after a `[` no `]` has closed, and where its next `w` and `]` are.
 */
interface ParsedText {
  text: string;
  backticks?: BacktickRuns;
  brackets?: Uint8Array;
  /** The first of each character (-1: none) at or after the place it was last searched from. */
  next: Partial<Record<'w' | ']', { from: number; at: number }>>;
}
let parsed: ParsedText | undefined;

function parsedText(text: string): ParsedText {
  if (parsed?.text !== text) parsed = { text, next: {} };
  return parsed;
}

/**
 * The first `char` of the parsed text at or after `from` (-1: none), searched for again only once passed: rules that
 * ask at every `w` or `[^` of a text from ever later places search it once (each searching anew was quadratic).
 */
function nextIn(found: ParsedText, char: 'w' | ']', from: number): number {
  const known = found.next[char];
  if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
  const at = found.text.indexOf(char, from);
  found.next[char] = { from, at };
  return at;
}

/**
 * A code span: a run of backticks closed by the next run of exactly its length, looked up among the text's runs
 * (./backticks.ts). markdown-it's own rule keeps a cache of the runs it has passed that the scan of a link's text
 * leaves wrong, and then reads a later code span as text (`$**[~{a``*∑\_``x` …); cmark-gfm, GitHub's engine, does not.
 */
function codeSpan(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== BACKTICK) return false;
  let end = start;
  while (end < state.posMax && state.src.charCodeAt(end) === BACKTICK) end++;
  const text = parsedText(state.src);
  text.backticks ??= new BacktickRuns(state.src, 0, state.src.length);
  const length = end - start;
  const closing = text.backticks.closing(end, length);
  if (closing < 0 || closing + length > state.posMax) {
    if (!silent) state.pending += state.src.slice(start, end);
    state.pos = end;
    return true;
  }
  if (!silent) {
    const token = state.push('code_inline', 'code', 0);
    token.markup = state.src.slice(start, end);
    token.content = state.src.slice(end, closing);
  }
  state.pos = closing + length;
  return true;
}

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/**
 * A backslash as cmark-gfm reads it: before ASCII punctuation or a line break, markdown-it's escape; before anything
 * else, a backslash alone, the next character read as it would be without it. (markdown-it keeps that character with
 * the backslash: the `h` of `\\http://…` was no URL's, the tab of `\\<tab>` before a line break no blank.)
 */
function cmarkBackslash(escape: InlineRule): InlineRule {
  return (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== BACKSLASH) return false;
    const next = src.charCodeAt(pos + 1);
    if (pos + 1 >= state.posMax || next === NEWLINE || isMdAsciiPunct(next)) return escape(state, silent);
    if (!silent) {
      const token = state.push('text_special', '', 0);
      token.content = token.markup = '\\';
      token.info = 'escape';
    }
    state.pos = pos + 1;
    return true;
  };
}

/** markdown-it's text rule, stopping at a `w` as cmark-gfm does (a `www.` autolink may start there). */
function stoppingAtW(text: InlineRule): InlineRule {
  return (state, silent) => {
    const w = nextIn(parsedText(state.src), 'w', state.pos);
    if (w === state.pos) return false;
    if (w < 0 || w >= state.posMax) return text(state, silent);
    const max = state.posMax;
    state.posMax = w;
    try {
      return text(state, silent);
    } finally {
      state.posMax = max;
    }
  };
}

/** A URL or `www.` autolink (./github-autolinks.ts), as a link whose text is the URL as written. */
function gfmAutolink(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  const code = src.charCodeAt(pos);
  if ((code !== COLON && code !== LETTER_W) || (state as unknown as { linkLevel: number }).linkLevel > 0) return false;
  const found = parsedText(src);
  found.brackets ??= insideBrackets(src);
  if (found.brackets[pos]) return false;
  const span = code === COLON ? urlAutolinkAt(src, pos, state.posMax) : wwwAutolinkAt(src, pos, state.posMax);
  if (!span) return false;
  if (!silent) {
    // A URL's scheme was read as text before its `:`: it moves into the link.
    const scheme = pos - span.start;
    if (scheme > 0) {
      if (!state.pending.endsWith(src.slice(span.start, pos))) return false;
      const before = state.pushPending() as Positioned;
      before.content = before.content.slice(0, -scheme);
      before.meta!.end -= scheme;
      if (before.content.length === 0) state.tokens.pop();
    }
    const meta = { start: span.start, end: span.end };
    (state.push('link_open', 'a', 1) as Positioned).meta = meta;
    const text = state.push('text', '', 0) as Positioned;
    text.content = src.slice(span.start, span.end);
    text.meta = meta;
    (state.push('link_close', 'a', -1) as Positioned).meta = meta;
  }
  state.pos = span.end;
  return true;
}

/** The notes a parse's block pass found, by their names as cmark-gfm compares them (./github-blocks.ts). */
const noteNames = new WeakMap<object, Set<string>>();

/**
 * A footnote's reference, `[^name]`, where a note of that name is written: the name compared as cmark-gfm compares
 * it, case folded and its white space trimmed (`[^ Note]` refers to `[^note]:`), where markdown-it-footnote wants
 * the name as written. A link made of the brackets comes first (the link rule runs before this one).
 */
function footnoteReference(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== OPENING_BRACKET || src.charCodeAt(pos + 1) !== CARET) return false;
  const notes = (state.env as { footnotes?: { refs?: Record<string, number> } }).footnotes?.refs;
  if (!notes) return false;
  const end = nextIn(parsedText(src), ']', pos + 2);
  if (end < 0 || end >= state.posMax) return false;
  const name = src.slice(pos + 2, end);
  if (name.includes('[') || name.trim().length === 0) return false;
  let names = noteNames.get(notes);
  if (!names) noteNames.set(notes, (names = new Set(Object.keys(notes).map((key) => normalizeReference(key.slice(1))))));
  if (!names.has(normalizeReference(name))) return false;
  if (!silent) state.push('footnote_ref', '', 0);
  state.pos = end + 1;
  return true;
}

/** Takes the e-mail autolinks out of a run of text outside links: the text on each side is a run, each a cut. */
function withoutEmails(run: TextRun, runs: TextRun[], cuts: Cut[]): void {
  let from = 0;
  for (const { start, end } of run.text.includes('@') ? emailAutolinks(run.text) : []) {
    if (start > from) runs.push(partOf(run, from, start));
    cuts.push({ kind: 'link', start: fileOffsetAt(run, start), end: fileOffsetAt(run, end) });
    runs.push(partOf(run, start, end));
    from = end;
  }
  if (from === 0) runs.push(run);
  else if (from < run.text.length) runs.push(partOf(run, from, run.text.length));
}

/** Characters [from, to) of a run, as a run. */
function partOf(run: TextRun, from: number, to: number): TextRun {
  const first = pieceOf(run, from);
  const pieceStarts = [0];
  const pieceFiles = [run.pieceFiles[first]! + (from - run.pieceStarts[first]!)];
  for (let piece = first + 1; piece < run.pieceStarts.length && run.pieceStarts[piece]! < to; piece++) {
    pieceStarts.push(run.pieceStarts[piece]! - from);
    pieceFiles.push(run.pieceFiles[piece]!);
  }
  return { text: run.text.slice(from, to), pieceStarts, pieceFiles, end: fileOffsetAt(run, to) };
}

function ruleOf(md: MarkdownIt, name: string): InlineRule {
  const ruler = md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: InlineRule }> };
  return ruler.__rules__.find((rule) => rule.name === name)!.fn;
}

/**
 * markdown-it's link or image rule, read as cmark-gfm reads a link text followed by a `(` that makes no inline link:
 * as a shortcut reference (`[r]( $y$ x[s]` is the link `[r]`, then text). markdown-it's link rule reads a full
 * reference's label from wherever the failed link stopped (there: `[s]`, one link over `$y$`), and its image rule
 * takes no reference at all there. Read again with the `(` out of reach, either takes the shortcut or nothing.
 */
function shortcutAfterParenthesis(rule: InlineRule, image: boolean): InlineRule {
  return (state, silent) => {
    const { src } = state;
    const start = state.pos;
    const bracket = image ? start + 1 : start;
    if (src.charCodeAt(bracket) !== OPENING_BRACKET || (image && src.charCodeAt(start) !== EXCLAMATION_MARK)) return rule(state, silent);
    const tokens = state.tokens.length;
    const metas = state.tokens_meta.length;
    const { pending, pendingLevel } = state;
    const matched = rule(state, silent);
    // An inline link ends at its `)`; a reference's label at a `]`.
    if (matched && src.charCodeAt(state.pos - 1) === CLOSING_PARENTHESIS) return true;
    const end = state.md.helpers.parseLinkLabel(state, bracket, !image);
    if (end < 0 || src.charCodeAt(end + 1) !== OPENING_PARENTHESIS || (matched && state.pos === end + 1)) return matched;
    state.tokens.length = tokens;
    state.tokens_meta.length = metas;
    state.pending = pending;
    state.pendingLevel = pendingLevel;
    state.pos = start;
    const max = state.posMax;
    state.posMax = end + 1;
    const shortcut = rule(state, silent);
    state.posMax = max;
    if (!shortcut) state.pos = start;
    return shortcut;
  };
}

/** markdown-it's raw HTML, where cmark-gfm reads the `<!` as HTML too (./github-autolinks.ts: its comments and declarations). */
function cmarkHtml(htmlInline: InlineRule): InlineRule {
  return (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) === LESS_THAN && src.charCodeAt(pos + 1) === EXCLAMATION_MARK && !cmarkTakesBang(src, pos)) return false;
    return htmlInline(state, silent);
  };
}

/** The delimiter lists of an inline parse: its own, and each link text's. */
function delimiterLists(state: StateInline): Delimiter[][] {
  return [state.delimiters, ...(state.tokens_meta ?? []).map((meta) => meta?.delimiters ?? [])];
}

/**
 * Pairs the delimiters of each list as cmark-gfm does (./github-delimiters.ts's processEmphasis), in place of
 * markdown-it's own pairing: an opener's `end` is its closer's index, a character at a time for emphasis (which
 * markdown-it lists a character at a time) and a run at a time for tildes, paired only where they make strikethrough.
 */
function cmarkPairs(state: StateInline): boolean {
  for (const delimiters of delimiterLists(state)) {
    const stack: Delimiters[] = [];
    for (let k = 0; k < delimiters.length;) {
      const first = delimiters[k]!;
      let end = k + 1;
      if (first.marker !== TILDE)
        while (end < delimiters.length && delimiters[end]!.marker === first.marker && delimiters[end]!.token === delimiters[end - 1]!.token + 1) end++;
      const { marker, length, open, close } = first;
      stack.push({ marker, at: k, count: end - k, length, open, close, previous: stack.length - 1, next: -1 });
      if (stack.length > 1) stack[stack.length - 2]!.next = stack.length - 1;
      k = end;
    }
    for (const { kind, opener, closer } of processEmphasis(stack)) {
      // Bold text: the inner characters pair, and the outer ones around them.
      if (kind === 'strong') {
        delimiters[opener + 1]!.end = closer;
        delimiters[opener]!.end = closer + 1;
      } else delimiters[opener]!.end = closer;
    }
  }
  return true;
}

/** GitHub's strikethrough: a run of one or two tildes is a delimiter (cmarkPairs pairs them). */
function tildeTokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push('text', '', 0);
  token.content = '~'.repeat(scanned.length);
  if (scanned.length <= 2) {
    state.delimiters.push({ marker: TILDE, length: scanned.length, token: state.tokens.length - 1, end: -1, open: scanned.can_open, close: scanned.can_close });
  }
  state.pos += scanned.length;
  return true;
}

function tildePostProcess(state: StateInline): boolean {
  for (const delimiters of delimiterLists(state)) {
    for (const opener of delimiters) {
      if (opener.marker !== TILDE || opener.end < 0) continue;
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

/** A tag that cmark-gfm's tag filter (a GFM extension) escapes: its name, then white space, `>` or `/>`. */
const FILTERED_TAG = /^<\/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[ \t\n\v\f\r]|\/?>)/i;

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
  footnote_ref: 'footnote',
  hardbreak: 'line-break',
};

/**
 * The text runs and cuts of a Markdown text whose block parse gave `blocks`; `env` is that parse's environment
 * (its link reference definitions), `lines` where the text's lines are.
 */
export function githubTextRuns(
  text: string,
  blocks: readonly InlineBlock[],
  env: object,
  lines: Lines,
  options: {
    /** `always`: every block through the parser (what the reading without it is held to). */
    parser?: 'when-needed' | 'always';
    /** The author's formulas: a block GitHub reads as written gives them, and no runs (./github-as-written.ts). */
    authored?: AuthoredDollars;
  } = {},
): { runs: TextRun[]; cuts: Cut[]; asWritten: Formula[] } {
  const { parser = 'when-needed', authored } = options;
  const runs: TextRun[] = [];
  const cuts: Cut[] = [];
  const asWritten: Formula[] = [];
  const builder = new RunBuilder();
  // Link reference definitions or footnotes: a `]` may close a reference link or a footnote's reference.
  const { references: links, footnotes: notes } = env as { references?: object; footnotes?: { refs?: object } };
  const references = Object.keys(links ?? {}).length > 0 || Object.keys(notes?.refs ?? {}).length > 0;
  const rows = new TableRows(text, lines);
  for (const block of blocks) {
    const marks = parser === 'when-needed' && !needsParser(block.content, references) ? blockMarkup(block.content) : undefined;
    if (marks) {
      const same = authored?.asWritten(block, marks);
      if (same) {
        for (const formula of same) asWritten.push(formula);
        continue;
      }
      runsWithoutParser(block.content, marks, new ContentMap(text, block, lines, rows), builder, runs, cuts);
      continue;
    }
    const toFile = new ContentMap(text, block, lines, rows);
    const tokens: Token[] = [];
    github.inline.parse(block.content, github, env, tokens);
    let lastEnd = 0;
    let linkDepth = 0;
    const close = () => {
      const run = builder.take(toFile.offset(lastEnd));
      if (run && linkDepth > 0) runs.push(run);
      else if (run) withoutEmails(run, runs, cuts);
    };
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Positioned;
      const meta = token.meta ?? { start: lastEnd, end: lastEnd };
      if (token.type === 'text' || token.type === 'text_special') {
        // Text is raw source where its place says; a backslash before a character that is no escape stays as
        // written (`\alpha`), raw too; an escape or an entity is one character at the place it was written.
        const start = token.type === 'text' ? meta.start : token.content === token.markup ? rawStart(block.content, token.content, meta) : -1;
        // cmark-gfm drops the spaces and tabs before a line break (markdown-it only spaces), not an entity's.
        const next = tokens[k + 1]?.type;
        const piece = token.type === 'text' && (next === 'softbreak' || next === 'hardbreak') ? trimEndSpacesAndTabs(token.content) : token.content;
        if (start < 0) builder.append(piece, toFile.offset(meta.start));
        else if (piece.length > 0) toFile.appendRaw(builder, piece, start);
        lastEnd = start >= 0 ? start + token.content.length : meta.end;
      } else if (token.type === 'html_inline' && FILTERED_TAG.test(token.content)) {
        // GitHub's tag filter escapes the `<` of a tag that would run a script or take over the page (`<script>`,
        // `<style>`, `<textarea>`…): the tag shows as text, and is text where GitHub looks for math.
        let at = meta.start;
        for (const line of token.content.split('\n')) {
          if (at > meta.start) builder.append('\n', toFile.offset(at - 1));
          if (line.length > 0) toFile.appendRaw(builder, line, at);
          at += line.length + 1;
        }
        lastEnd = meta.end;
      } else if (token.type === 'softbreak') {
        builder.append('\n', toFile.offset(meta.start));
        lastEnd = meta.start + 1;
      } else {
        close();
        const kind = CUTS[token.type];
        if (kind) cuts.push({ kind, start: toFile.offset(meta.start), end: toFile.offset(Math.min(meta.end, block.content.length)) });
        if (token.type === 'link_open') linkDepth++;
        else if (token.type === 'link_close') linkDepth--;
        lastEnd = meta.end;
      }
    }
    lastEnd = block.content.length;
    close();
  }
  return { runs, cuts, asWritten };
}

/**
 * The text of HTML blocks, in the pieces an HTML parser leaves between elements and comments, entities decoded. An
 * HTML block is raw HTML to Markdown (no escape, emphasis or link is read in it), and GitHub still looks for inline
 * math in its text as in a paragraph's: `<p align="center">$x^2$</p>`, or `<summary>` over lines of
 * `$\textcolor{…}{…}$`, are typeset (github/markup#1699; authors colour text that way). Text inside `<pre>` and
 * `<code>`, a script's and a style's are none. The HTML is read as WHATWG's parser reads it (held to parse5): a start
 * tag, a comment and an end tag that closes an element open in these blocks end a piece of text; an end tag that
 * closes nothing is dropped (./html-elements.ts).
 */
export function htmlBlockRuns(text: string, blocks: readonly InlineBlock[], lines: Lines): TextRun[] {
  const runs: TextRun[] = [];
  const builder = new RunBuilder();
  const rows = new TableRows(text, lines);
  const open = new OpenElements();
  for (const block of blocks) {
    const { content } = block;
    const toFile = new ContentMap(text, block, lines, rows);
    const html = new HtmlText(content, toFile);
    const endRun = (at: number) => {
      const run = builder.take(toFile.offset(at));
      if (run) runs.push(run);
    };
    let at = 0;
    HTML_MARKUP.lastIndex = 0;
    for (let found = HTML_MARKUP.exec(content); found; found = HTML_MARKUP.exec(content)) {
      if (!open.inCode()) html.append(builder, at, found.index);
      at = found.index + found[0].length;
      const tag = TAG_NAME.exec(found[0]);
      const name = tag?.[2]!.toLowerCase();
      if (tag?.[1] === '/') {
        if (!open.end(name!)) continue; // dropped: the text on its two sides is one
      } else if (name !== undefined) open.start(name);
      endRun(found.index);
      if (name !== undefined && tag![1] === '' && RAW_TEXT_ELEMENTS.has(name)) {
        // Up to its end tag (or the block's end) is a script's or a style's text, or a form field's: no markup.
        open.end(name);
        const endTag = (endTags[name] ??= new RegExp(`</${name}[\\s/>]`, 'gi'));
        endTag.lastIndex = at;
        at = endTag.exec(content)?.index ?? content.length;
        HTML_MARKUP.lastIndex = at;
      }
    }
    if (!open.inCode()) html.append(builder, at, content.length);
    endRun(content.length);
  }
  return runs;
}

/**
 * Markup in HTML, as WHATWG's tokenizer reads it: a comment (to `-->` or `--!>`), a bogus comment (`<!…>`, `<?…>`,
 * `</` and no letter), a tag to its `>` (one inside a quoted attribute value is the value's), each to the end of the
 * block where it does not close.
 */
const HTML_MARKUP =
  /<!---?>|<!--[\s\S]*?(?:--!?>|$)|<[!?][^>]*>?|<\/(?![A-Za-z])[^>]*>?|<\/?[A-Za-z](?:=[ \t\n\f]*"[^"]*(?:"|$)|=[ \t\n\f]*'[^']*(?:'|$)|[^>])*>?/g;
/** A tag's name, after its `<` or `</`. */
const TAG_NAME = /^<(\/?)([A-Za-z][^\s/>]*)/;
/**
 * Elements whose text HTML does not read as markup, up to their own end tag (a script's, a style's, a form
 * field's…, GitHub's tag filter's among them): no prose for math.
 */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const endTags: Record<string, RegExp> = {};
/**
 * Appends the text of an HTML block's pieces to runs: its line breaks, its characters raw, a character reference as
 * what it stands for, read as HTML's parser reads one in text (WHATWG's algorithm, by the `entities` package, whose
 * trie parse5 and htmlparser2 read them with): a legacy name without its `;` (`&lt b`, `&notit;` is `¬it;`), a
 * numeric one without it, and the code points HTML maps to others (`&#128;` is `€`). The next line break and `&` are
 * remembered (searched for from each piece, a block of many tags on one line was quadratic).
 */
class HtmlText {
  private readonly ahead: FirstAhead;
  /** What the reference being read stands for, as the decoder gives it (a name may stand for two code points). */
  private referenceText = '';
  private readonly references = new EntityDecoder(htmlDecodeTree, (codePoint) => {
    this.referenceText += String.fromCodePoint(codePoint);
  });

  constructor(
    private readonly content: string,
    private readonly toFile: ContentMap,
  ) {
    this.ahead = new FirstAhead(content);
  }

  /** Appends content[from, to) to `builder`. */
  append(builder: RunBuilder, from: number, to: number): void {
    const { content, toFile } = this;
    let at = from;
    while (at < to) {
      const stop = Math.min(this.after('\n', at), to);
      for (let ampersand = this.after('&', at); ampersand < stop; ampersand = this.after('&', ampersand + 1)) {
        const length = this.reference(ampersand);
        if (length === 0) continue;
        if (ampersand > at) toFile.appendRaw(builder, content.slice(at, ampersand), at);
        builder.append(this.referenceText, toFile.offset(ampersand));
        at = ampersand + length;
      }
      if (stop > at) toFile.appendRaw(builder, content.slice(at, stop), at);
      if (stop < to) builder.append('\n', toFile.offset(stop));
      at = stop + 1;
    }
  }

  /** The length of the character reference at the `&` at `at` (0 for none); what it stands for is `referenceText`. */
  private reference(at: number): number {
    this.referenceText = '';
    this.references.startEntity(DecodingMode.Legacy);
    const length = this.references.write(this.content, at + 1);
    // (-1: the content ended inside it, as `&lt` at a block's end.)
    return length < 0 ? this.references.end() : length;
  }

  /** The first place of `what` at or after `at`, or the content's length. */
  private after(what: string, at: number): number {
    const found = this.ahead.next(what, at);
    return found < 0 ? this.content.length : found;
  }
}

function trimEndSpacesAndTabs(text: string): string {
  let end = text.length;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Whether a block's inline Markdown needs the parser: something in it may form HTML, an entity, a hard line break
 * or a reference link. Most blocks with math hold none of those, only escapes, code spans, inline links and the
 * delimiters of emphasis and strikethrough, which are read here without it (./github-delimiters.ts, which hands
 * the parser a link it does not take on; the parse is the costliest part of GitHub's reading). It may
 * say yes where the parse would find none of those; never the other way round (held to the parse by
 * __tests__/fidelity/github-inline.test.ts, and to cmark-gfm by the corpus test).
 */
function needsParser(content: string, references: boolean): boolean {
  // Native searches: a regular expression tried at every position of the text costs several times more.
  // HTML and autolinks start `<` then a letter, `/`, `!` or `?`: `a < b` and `a<0` are text.
  for (let at = content.indexOf('<'); at >= 0; at = content.indexOf('<', at + 1))
    if (at + 1 < content.length && mayStartTag(content.charCodeAt(at + 1))) return true;
  if (content.includes('  \n') || hardBreakByBackslash(content)) return true;
  if (content.includes('&') && /&[#A-Za-z]/.test(content)) return true;
  return references && content.includes(']');
}

/** Whether a `<` before this character may begin HTML or an autolink: a letter, `/`, `!` or `?`. */
function mayStartTag(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47 || code === 33 || code === 63;
}

/** Whether a line ends in a backslash that is not itself escaped: a hard line break. */
function hardBreakByBackslash(content: string): boolean {
  for (let at = content.indexOf('\\\n'); at >= 0; at = content.indexOf('\\\n', at + 2)) {
    let backslashes = 1;
    while (at - backslashes >= 0 && content.charCodeAt(at - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 1) return true;
  }
  return false;
}

/** A backslash escape (a backslash before ASCII punctuation) or a line break; other backslashes are text. */
const ESCAPE_OR_LINE_BREAK = /\\[!-/:-@[-`{-~]|\n/g;

/**
 * A block's runs read without the parser, from its marks (./github-delimiters.ts): an escape gives its character, a
 * code span, an image, a link's brackets and destination and the markers of emphasis, bold text and strikethrough
 * cut the text, a line break is kept without the spaces and tabs before it and the indentation after it.
 */
function runsWithoutParser(content: string, marks: readonly Mark[], toFile: ContentMap, builder: RunBuilder, runs: TextRun[], cuts: Cut[]): void {
  // A link's text is a run of its own; outside links, e-mail addresses are links too.
  let inLink = false;
  const close = (at: number) => {
    const run = builder.take(toFile.offset(at));
    if (run && inLink) runs.push(run);
    else if (run) withoutEmails(run, runs, cuts);
  };
  let next = 0;
  let at = 0;
  // The next escape or line break, searched for again only once passed (searched for at every mark, a formula
  // of many `*` with no escape after them searched to its end each time).
  let special = -1;
  while (at < content.length) {
    const mark = marks[next];
    if (special < at) {
      ESCAPE_OR_LINE_BREAK.lastIndex = at;
      const found = ESCAPE_OR_LINE_BREAK.exec(content);
      special = found ? found.index : content.length;
    }
    const stop = mark && mark.at < special ? mark.at : special;
    // Text up to the next mark, escape or line break (the spaces and tabs before a line break are dropped):
    // delimiters that stayed text and backticks that open no code span are text like any other.
    let end = stop;
    if (stop < content.length && content.charCodeAt(stop) === NEWLINE && stop !== mark?.at) while (end > at && isSpaceOrTab(content.charCodeAt(end - 1))) end--;
    if (end > at) toFile.appendRaw(builder, content.slice(at, end), at);
    at = stop;
    if (at >= content.length) break;
    if (mark && mark.at === at) {
      next++;
      if (mark.kind === 'autolink') {
        // A link whose text is its URL as written: cut out, and a run of its own.
        const cut: Cut = { kind: 'link', start: toFile.offset(at), end: toFile.offset(at + mark.width) };
        close(at);
        cuts.push(cut);
        toFile.appendRaw(builder, content.slice(at, at + mark.width), at);
        inLink = true;
        close(at + mark.width);
        inLink = false;
        cuts.push({ ...cut });
      } else if (mark.kind !== 'silent') {
        // A bold opener's outer marker leaves the text ending before it.
        close(marks[next - 2]?.kind === 'silent' && marks[next - 2]!.at === at - 1 ? at - 1 : at);
        cuts.push({ kind: mark.kind, start: toFile.offset(mark.cut?.start ?? at), end: toFile.offset(mark.cut?.end ?? at + mark.width) });
        // A link's two marks open and close its text.
        if (mark.kind === 'link') inLink = !inLink;
      }
      at += mark.width;
      continue;
    }
    const char = content.charCodeAt(at);
    if (char === BACKSLASH) {
      builder.append(content[at + 1]!, toFile.offset(at));
      at += 2;
    } else {
      builder.append('\n', toFile.offset(at));
      at++;
      while (at < content.length && isSpaceOrTab(content.charCodeAt(at))) at++;
    }
  }
  close(content.length);
}

/**
 * Where the characters of a block's inline source are in the file. Each line of a paragraph or heading is the file
 * line without its container prefix (indentation, `>` markers, a heading's `#`s) and, at the block's ends, without
 * surrounding white space: a run of the file line's characters, found as such. A line found only character by
 * character (a tab the parse expanded) and a table cell (its `\\|` unescaped) keep an offset per character.
 */
class ContentMap {
  /** Per line: where it starts in the content, in the file, and its characters' offsets when they do not run on. */
  private readonly contentStarts: number[] = [];
  private readonly fileStarts: number[] = [];
  private readonly perCharacter: Array<number[] | undefined> = [];

  constructor(text: string, block: InlineBlock, lines: Lines, rows: TableRows) {
    const { contentStarts, fileStarts, perCharacter } = this;
    if (block.cell !== undefined) {
      const row = block.lines[0];
      contentStarts.push(0);
      const starts = rows.cellStarts(row);
      const next = starts[block.cell + 1];
      const from = starts[block.cell] ?? lines.end(row);
      // A cell ends at the pipe before the next one, the last at the row's end.
      const offsets = align(text, block.content, from, next === undefined ? lines.end(row) : next - 1);
      fileStarts.push(offsets[0]!);
      perCharacter.push(offsets);
      return;
    }
    const { content } = block;
    for (let at = 0, k = 0; at <= content.length; k++) {
      const lineBreak = content.indexOf('\n', at);
      const lineEndsAt = lineBreak < 0 ? content.length : lineBreak;
      const length = lineEndsAt - at;
      const start = lines.start(block.lines[0] + k);
      const end = lines.end(block.lines[0] + k);
      // A line of a paragraph is the file line's raw end (a container's prefix taken off, the last line trimmed,
      // leading tabs perhaps expanded to spaces): where its leading white space and both its ends match the file
      // there, it is that slice. Else it is searched for.
      let found = end - length;
      while (length > 0 && found > start && isSpaceOrTab(text.charCodeAt(found + length - 1)) && !isSpaceOrTab(content.charCodeAt(lineEndsAt - 1))) found--;
      if (found < start || !sameEnds(text, found, content, at, lineEndsAt)) {
        const within = text.slice(start, end).lastIndexOf(content.slice(at, lineEndsAt));
        found = within >= 0 ? start + within : -1;
      }
      contentStarts.push(at);
      fileStarts.push(found >= 0 ? found : start);
      perCharacter.push(found >= 0 ? undefined : align(text, content.slice(at, lineEndsAt), start, end));
      at = lineEndsAt + 1;
    }
  }

  /** The file offset of content offset `at` (the line's end for its line break, the block's end past it). */
  offset(at: number): number {
    const line = lastAtOrBefore(this.contentStarts, at);
    const offsets = this.perCharacter[line];
    const within = at - this.contentStarts[line]!;
    if (!offsets) return this.fileStarts[line]! + within;
    return offsets[Math.min(within, offsets.length - 1)]!;
  }

  /** Appends the raw content [start, start + piece.length) (one line's) to a run. */
  appendRaw(builder: RunBuilder, piece: string, start: number): void {
    const line = lastAtOrBefore(this.contentStarts, start);
    const offsets = this.perCharacter[line];
    const within = start - this.contentStarts[line]!;
    if (!offsets) {
      builder.append(piece, this.fileStarts[line]! + within);
      return;
    }
    for (let k = 0; k < piece.length; k++) builder.append(piece[k]!, offsets[Math.min(within + k, offsets.length - 1)]!);
  }
}

/** The cells of a text's table rows, found once a row (each cell found from the row's start was quadratic in a wide table). */
class TableRows {
  private readonly rows = new Map<number, number[]>();

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
  ) {}

  /** Where each cell of row `row` starts: after the row's leading pipe, then after each unescaped pipe. */
  cellStarts(row: number): readonly number[] {
    let starts = this.rows.get(row);
    if (!starts) this.rows.set(row, (starts = cellStarts(this.text, this.lines.start(row), this.lines.end(row))));
    return starts;
  }
}

/** Where a text token's raw characters start in the inline source, or -1 (then they all take its start). */
function rawStart(source: string, content: string, meta: { start: number; end: number }): number {
  return holdsAt(source, meta.start, content, 0, content.length) ? meta.start : -1;
}

/** Whether `text` at `at` starts like piece[from, to) (its leading white space and first character) and ends like it. */
function sameEnds(text: string, at: number, piece: string, from: number, to: number): boolean {
  if (to === from) return true;
  let k = from;
  while (k < to && isSpaceOrTab(piece.charCodeAt(k))) k++;
  return holdsAt(text, at, piece, from, Math.min(k + 1, to)) && text.charCodeAt(at + (to - from) - 1) === piece.charCodeAt(to - 1);
}

/**
 * Whether `text` holds piece[from, to) at `at`. (A loop: `startsWith` on the strings a parse slices and joins
 * was the costliest line of this reading.)
 */
function holdsAt(text: string, at: number, piece: string, from: number, to: number): boolean {
  if (at < 0 || at + (to - from) > text.length) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(at + k - from) !== piece.charCodeAt(k)) return false;
  return true;
}

/** Where each cell of a table row [from, to) starts: after the row's leading pipe, then after each unescaped pipe. */
function cellStarts(text: string, from: number, to: number): number[] {
  let at = from;
  while (at < to && (text[at] === ' ' || text[at] === '\t' || text[at] === '>')) at++;
  if (text[at] === '|') at++;
  const starts = [at];
  for (; at < to; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '|') starts.push(at + 1);
  }
  return starts;
}

/**
 * Offsets of `content`'s characters in text[from, to), matched in order (the characters between are skipped). The
 * spaces the parse made of a tab are that tab's (searched for as spaces, they matched a space further on, and the
 * characters after them were placed from there).
 */
function align(text: string, content: string, from: number, to: number): number[] {
  const offsets: number[] = [];
  let j = from;
  for (let i = 0; i < content.length; i++) {
    if (content[i] === ' ' && text[j] === '\t') {
      offsets.push(j);
      continue;
    }
    let k = j;
    while (k < to && text[k] !== content[i]) k++;
    if (k >= to) k = j; // not found: keep the place
    offsets.push(k);
    j = Math.min(k + 1, to);
  }
  offsets.push(j);
  return offsets;
}
