import { isMdAsciiPunct, isWhiteSpace } from 'markdown-it/lib/common/utils.mjs';
import {
  APOSTROPHE,
  BACKSLASH,
  BACKTICK,
  CLOSING_BRACKET,
  CLOSING_PARENTHESIS,
  COLON,
  EXCLAMATION_MARK,
  isCmarkSpace,
  isAsciiAlphanumeric,
  LESS_THAN,
  LETTER_W,
  NEWLINE,
  OPENING_BRACKET,
  OPENING_PARENTHESIS,
  QUOTATION_MARK,
  SPACE,
  TAB,
  TILDE,
  UNDERSCORE,
} from '../characters.js';
import type { CutKind } from '../rules/shown-as-text.js';
import { BacktickRuns } from './backticks.js';
import { insideBrackets, urlAutolinkAt, wwwAutolinkAt } from './github-autolinks.js';

/**
 * cmark-gfm's own reading of code spans, inline links and images, GFM's URL and `www.` autolinks
 * (./github-autolinks.ts), and the delimiters of emphasis, bold text and strikethrough, for a block in which nothing
 * else can form (./github-inline.ts decides): which backtick runs open code spans, which brackets make a link
 * (`[text](destination)`; the delimiters in its text pair among themselves), which delimiter runs can open or close
 * (the flanking rules, with cmark-gfm's character classes), and which pair (processEmphasis, which the parse uses
 * too). Held to markdown-it's parse on random blocks and to cmark-gfm on random blocks and the corpus.
 */

/**
 * The places of a block's code spans, links, images and of the delimiters that became markup, in order; undefined
 * when it holds a link this reading does not take on (a title, an escape or brackets in its text, a destination
 * in `<…>`): the parser reads that block.
 */
export function blockMarkup(content: string): Mark[] | undefined {
  const marks: Mark[] = [];
  if (
    !readLevel(content, 0, content.length, marks, {
      backticks: undefined,
      lastTextEnd: undefined,
      autolinks: content.includes('://') || content.includes('www.'),
      brackets: undefined,
    })
  )
    return undefined;
  return marks.length > 1 ? marks.sort((a, b) => a.at - b.at) : marks;
}

/**
 * What reading a block leaves out of its text, by place: a code span, an image, a link's `[` or its `](…)`, a
 * delimiter that became emphasis, bold text or strikethrough (a cut, as the parse's token for it), or the outer
 * marker of a pair of bold markers (the parse keeps it as an empty text: no cut, no character).
 */
export interface Mark {
  at: number;
  width: number;
  kind: CutKind | 'silent' | 'autolink';
  /** Where the cut lies when it is not the mark itself: a link's two marks each cut the whole link. */
  cut?: { start: number; end: number };
}

/**
 * A run of `*`, `_`, one `~` or two `~` in the delimiter stack of CommonMark's emphasis processing. Its places are
 * the source's here, the indexes of markdown-it's delimiter list in the parse (./github-inline.ts).
 */
export interface Delimiters {
  marker: number;
  /** Its first character not yet used, and how many are left. */
  at: number;
  count: number;
  /** The run's length as written: the "rule of 3" compares them, and strikethrough needs two of one length. */
  length: number;
  open: boolean;
  close: boolean;
  /** Neighbours in the stack (indexes; -1 for none). */
  previous: number;
  next: number;
}

/** The code point that ends just before `at` (the start of the block reads as a space). */
function codePointBefore(content: string, at: number): number {
  if (at === 0) return 32;
  const low = content.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = content.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  }
  return low;
}

/**
 * Punctuation as cmark-gfm means it: in ASCII, exactly what a backslash escapes; past it, Unicode's punctuation (P),
 * not its symbols (CommonMark 0.31 and markdown-it 14 count `∑`, `→` and `😀` too, cmark-gfm's 0.29 does not).
 */
function isPunctuation(code: number): boolean {
  return code < 128 ? isMdAsciiPunct(code) : UNICODE_PUNCTUATION.test(String.fromCodePoint(code));
}

const UNICODE_PUNCTUATION = /\p{P}/u;

/**
 * A delimiter run at `at` (`length` characters) with what it can do (`flanking`, below). `to` ends the text it is
 * read in (a link's text ends before its `]`, and the parser reads a space there).
 */
function delimiterRun(content: string, at: number, length: number, marker: number, to: number): Delimiters {
  const { open, close } = flanking(content, at, at + length, to, marker !== UNDERSCORE);
  return { marker, at, count: length, length, open, close, previous: -1, next: -1 };
}

/**
 * Whether the delimiter run [start, end) can open and close, by CommonMark's flanking rules (`*` and `~` wherever
 * they flank, `_`, which does not split words, only at a word's edge), with the characters around it found as
 * cmark-gfm finds them: past any `~` beside the run, which GitHub's strikethrough makes a character that emphasis
 * looks through (`**a ~**` is no bold text on GitHub, `a~_b_ c` no emphasis). The parse (./github-inline.ts) asks
 * the same.
 */
export function flanking(content: string, start: number, end: number, to: number, splitsWords: boolean): { open: boolean; close: boolean } {
  let beforeAt = start - 1;
  while (beforeAt > 0 && content.charCodeAt(beforeAt) === TILDE) beforeAt--;
  const before = start === 0 ? 32 : codePointBefore(content, beforeAt + 1);
  let afterAt = end;
  while (afterAt < to && content.charCodeAt(afterAt) === TILDE) afterAt++;
  const after = afterAt < to ? (content.codePointAt(afterAt) ?? 32) : 32;
  const spaceBefore = isWhiteSpace(before);
  const spaceAfter = isWhiteSpace(after);
  const punctuationBefore = isPunctuation(before);
  const punctuationAfter = isPunctuation(after);
  const left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
  const right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
  return { open: left && (splitsWords || !right || punctuationBefore), close: right && (splitsWords || !left || punctuationAfter) };
}

/** What can change the reading: a backslash escape (a backslash before ASCII punctuation), a backtick, a delimiter, a bracket. */
const MARKUP = /\\[!-/:-@[-`{-~]|[`*_~[]|!\[/g;
/** …and, in a block that holds one, the `://` or `www.` of an autolink. */
const MARKUP_AND_AUTOLINKS = /\\[!-/:-@[-`{-~]|[`*_~[]|!\[|:\/\/|www\./g;

/** What a block's reading finds once and asks again (found afresh for each, it made the reading quadratic). */
interface Found {
  backticks: BacktickRuns | undefined;
  /** Where the block's last `](` is: no link text ends after it. */
  lastTextEnd: number | undefined;
  /** Whether the block may hold a URL or `www.` autolink (a native search first: most hold none). */
  autolinks: boolean;
  /** Which places lie after a `[` no `]` has closed yet, where no autolink forms. */
  brackets: Uint8Array | undefined;
}

/**
 * Reads the inline text [from, to) of a block: its code spans, links and images into `marks`, its delimiter runs
 * paired among themselves (a link's text is read as text of its own). Escapes are read as the parse does (an
 * escaped character is never a delimiter, a backtick run without its closing run is text). False when it meets a
 * link it does not take on.
 */
function readLevel(content: string, from: number, to: number, marks: Mark[], found: Found): boolean {
  const stack: Delimiters[] = [];
  for (let at = from; at < to;) {
    const markup = found.autolinks ? MARKUP_AND_AUTOLINKS : MARKUP;
    markup.lastIndex = at;
    const match = markup.exec(content);
    if (!match || match.index >= to) break;
    at = match.index;
    const code = content.charCodeAt(at);
    if (code === BACKSLASH) {
      at += 2;
    } else if (code === BACKTICK) {
      let end = at;
      while (end < to && content.charCodeAt(end) === BACKTICK) end++;
      found.backticks ??= new BacktickRuns(content, 0, content.length);
      const closing = found.backticks.closing(end, end - at);
      if (closing < 0) at = end;
      else {
        marks.push({ at, width: closing + (end - at) - at, kind: 'code' });
        at = closing + (end - at);
      }
    } else if (code === COLON || code === LETTER_W) {
      // An autolink of GFM's: its URL is a link's text (the text of a link GitHub shows as written).
      found.brackets ??= insideBrackets(content);
      const link = found.brackets[at] ? undefined : code === COLON ? urlAutolinkAt(content, at, content.length) : wwwAutolinkAt(content, at, content.length);
      if (!link) {
        at++;
        continue;
      }
      marks.push({ at: link.start, width: link.end - link.start, kind: 'autolink' });
      at = link.end;
    } else if (code === OPENING_BRACKET || code === EXCLAMATION_MARK) {
      const image = code === EXCLAMATION_MARK;
      const link = inlineLink(content, image ? at + 1 : at, to, found);
      if (link === 'parser') return false;
      if (link === 'text') {
        at++;
        continue;
      }
      if (image) {
        // An image is one element: its description is no text of the page.
        marks.push({ at, width: link.end - at, kind: 'image' });
      } else {
        const cut = { start: at, end: link.end };
        marks.push({ at, width: 1, kind: 'link', cut });
        if (!readLevel(content, at + 1, link.labelEnd, marks, found)) return false;
        marks.push({ at: link.labelEnd, width: link.end - link.labelEnd, kind: 'link', cut });
      }
      at = link.end;
    } else {
      let end = at;
      while (end < to && content.charCodeAt(end) === code) end++;
      // Three tildes or more are text on GitHub; `_` between two letters or digits (`x_i`) neither opens nor closes
      // (an `_` beside the run is punctuation, an escaped one too: `\\__x`). (Reads are kept inside the text
      // throughout: one past its end costs the optimized code, and a recompilation.)
      const inWord =
        code === UNDERSCORE && at > 0 && end < to && isAsciiAlphanumeric(content.charCodeAt(at - 1)) && isAsciiAlphanumeric(content.charCodeAt(end));
      if ((code !== TILDE || end - at <= 2) && !inWord) {
        const run = delimiterRun(content, at, end - at, code, to);
        if (run.open || run.close) {
          run.previous = stack.length - 1;
          if (stack.length > 0) stack[stack.length - 1]!.next = stack.length;
          stack.push(run);
        }
      }
      at = end;
    }
  }
  if (stack.length > 1) for (const pair of processEmphasis(stack)) pushMarks(pair, marks);
  return true;
}

/** The marks of a pair: its two markers, or (bold text) its inner two, each beside an outer one that is silent. */
function pushMarks(pair: EmphasisPair, marks: Mark[]): void {
  const { kind, opener, closer, used } = pair;
  if (kind === 'strong') {
    marks.push({ at: opener, width: 1, kind: 'silent' }, { at: opener + 1, width: 1, kind });
    marks.push({ at: closer, width: 1, kind }, { at: closer + 1, width: 1, kind: 'silent' });
  } else marks.push({ at: opener, width: used, kind }, { at: closer, width: used, kind });
}

function isSpaceOrLineBreak(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE;
}

/**
 * Where a link destination not in `<…>` that starts at `start` ends, as cmark-gfm, GitHub's engine, reads it: at
 * white space whatever its parentheses (`[a](b(c )` links to `b(c`, where CommonMark's spec and markdown-it want
 * them balanced), or at a `)` that closes none; control characters are part of it, and a backslash escapes only
 * punctuation. -1 where none is read: white space first, more than 32 open parentheses, or the text ends inside
 * it. (`)` first is an empty destination.)
 */
export function linkDestinationEnd(content: string, start: number, to: number): number {
  let depth = 0;
  let at = start;
  while (at < to) {
    const code = content.charCodeAt(at);
    if (code === BACKSLASH && at + 1 < to && isMdAsciiPunct(content.charCodeAt(at + 1))) {
      at += 2;
      continue;
    }
    if (code === OPENING_PARENTHESIS) {
      if (++depth > 32) return -1;
    } else if (code === CLOSING_PARENTHESIS) {
      if (depth === 0) break;
      depth--;
    } else if (isCmarkSpace(code)) {
      if (at === start) return -1;
      break;
    }
    at++;
  }
  return at < to ? at : -1;
}

/**
 * The inline link (or, after `!`, image) whose `[` is at `open`: its text ends at the first `]` (`labelEnd`),
 * then `(`, the destination as cmark-gfm reads it (./github-inline.ts gives the parser the same reading) and `)`.
 * `text` where no link forms there (the `[` is text); `parser` where one might that this reading does not take
 * on: a bracket, an escape or a backtick in its text, a destination in `<…>`, a title.
 */
function inlineLink(content: string, open: number, to: number, found: Found): { labelEnd: number; end: number } | 'text' | 'parser' {
  let labelEnd = open + 1;
  for (; labelEnd < to; labelEnd++) {
    const code = content.charCodeAt(labelEnd);
    if (code === CLOSING_BRACKET) break;
    if (code === OPENING_BRACKET || code === BACKSLASH || code === BACKTICK) {
      // A bracket, an escape or a code span may hide a `]` from the parser, and a later one end the text. No link
      // starts here unless some `]` further on is followed by `(` (a reference link has no definition in this block).
      found.lastTextEnd ??= content.lastIndexOf('](');
      return found.lastTextEnd > open ? 'parser' : 'text';
    }
  }
  // No `]`, or one that no `(` follows.
  if (labelEnd + 1 >= to || content.charCodeAt(labelEnd + 1) !== OPENING_PARENTHESIS) return 'text';
  let at = labelEnd + 2;
  while (at < to && isSpaceOrLineBreak(content.charCodeAt(at))) at++;
  if (at >= to) return 'text';
  const first = content.charCodeAt(at);
  if (first === CLOSING_PARENTHESIS) return { labelEnd, end: at + 1 }; // `()`: an empty destination
  if (first === LESS_THAN) return 'parser';
  let end = linkDestinationEnd(content, at, to);
  if (end < 0) return 'text';
  while (end < to && isSpaceOrLineBreak(content.charCodeAt(end))) end++;
  if (end < to && content.charCodeAt(end) === CLOSING_PARENTHESIS) return { labelEnd, end: end + 1 };
  // A title, perhaps; else the link fails there and its `[` is text.
  const next = content.charCodeAt(end);
  return next === QUOTATION_MARK || next === APOSTROPHE || next === OPENING_PARENTHESIS ? 'parser' : 'text';
}

/**
 * A pair that emphasis processing made: where the opener's and the closer's characters it used start, and how
 * many (a strikethrough's runs are used whole; a `strong` pair is two characters of each).
 */
export interface EmphasisPair {
  kind: 'emphasis' | 'strong' | 'strikethrough';
  opener: number;
  closer: number;
  used: number;
}

/**
 * Process emphasis as cmark-gfm, GitHub's engine, does it over one level's delimiter stack: each closer, left to
 * right, takes the nearest opener of its character below it (the "rule of 3" aside) above the lowest place an
 * earlier closer of its character and length (modulo 3) found none; two characters of each for bold text where
 * both have two, and the delimiters between them are left as text. A run of tildes takes the nearest run of one
 * or two tildes, and is strikethrough with it only when both have the same length; either way both are used up
 * (in `~a b~~ c~` none is: cmark-gfm's code since its 2023 fixes, which GitHub runs; Debian's 0.29.0.gfm.6 leaves
 * `~a` for `c~`). markdown-it keeps apart the bottoms of closers that can open too, and pairs tildes of one length
 * only: its own pairing of GitHub's parse is replaced by this one (./github-inline.ts).
 */
export function processEmphasis(stack: Delimiters[]): EmphasisPair[] {
  const pairs: EmphasisPair[] = [];
  const unlink = (index: number) => {
    const { previous, next } = stack[index]!;
    if (previous >= 0) stack[previous]!.next = next;
    if (next >= 0) stack[next]!.previous = previous;
  };
  /** Per character and length modulo 3 of a closer: the stack index at or below which no opener was found for one. */
  const bottoms = new Map<number, number>();
  let closerIndex = stack.length > 0 ? 0 : -1;
  while (closerIndex >= 0) {
    const closer = stack[closerIndex]!;
    if (!closer.close) {
      closerIndex = closer.next;
      continue;
    }
    const kind = closer.marker * 4 + (closer.length % 3);
    const bottom = bottoms.get(kind) ?? -1;
    let openerIndex = closer.previous;
    while (openerIndex > bottom) {
      const opener = stack[openerIndex]!;
      if (opener.marker === closer.marker && opener.open && !oddMatch(opener, closer)) break;
      openerIndex = opener.previous;
    }
    if (openerIndex <= bottom) {
      bottoms.set(kind, closer.previous);
      const next = closer.next;
      if (!closer.open) unlink(closerIndex);
      closerIndex = next;
      continue;
    }
    const opener = stack[openerIndex]!;
    if (closer.marker === TILDE) {
      if (opener.length === closer.length) pairs.push({ kind: 'strikethrough', opener: opener.at, closer: closer.at, used: opener.length });
      opener.count = 0;
      closer.count = 0;
    } else {
      const used = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      pairs.push({ kind: used === 2 ? 'strong' : 'emphasis', opener: opener.at + opener.count - used, closer: closer.at, used });
      opener.count -= used;
      closer.at += used;
      closer.count -= used;
    }
    // The delimiters between the two are text now.
    opener.next = closerIndex;
    closer.previous = openerIndex;
    if (opener.count === 0) unlink(openerIndex);
    if (closer.count === 0) {
      const next = closer.next;
      unlink(closerIndex);
      closerIndex = next;
    }
  }
  return pairs;
}

/** CommonMark's "rule of 3": a run that can both open and close pairs with one whose length makes a multiple of 3 only when both are. */
function oddMatch(opener: Delimiters, closer: Delimiters): boolean {
  if (!opener.close && !closer.open) return false;
  return (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0);
}
