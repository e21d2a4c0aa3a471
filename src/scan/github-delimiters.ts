import { isMdAsciiPunct, isPunctChar, isWhiteSpace } from 'markdown-it/lib/common/utils.mjs';
import type { CutKind } from '../rules/shown-as-text.js';
import { BacktickRuns } from './backticks.js';

/**
 * CommonMark's own reading of code spans and of the delimiters of emphasis, bold text and strikethrough, for a
 * block in which nothing else can form (./github-inline.ts decides): which backtick runs open code spans, which
 * delimiter runs can open or close (the flanking rules, with markdown-it's character classes), and which pair
 * ("process emphasis": the rule of 3, openers bottom; GitHub's strikethrough pairs runs of one or two tildes of
 * the same length). Held to markdown-it's parse on random blocks and to cmark-gfm on the corpus.
 */

/** The places of a block's code spans and of the delimiters that became markup, in order. */
export function blockMarkup(content: string): Mark[] {
  const { marks: codeSpans, stack } = codeAndDelimiters(content);
  return stack.length > 1 ? [...codeSpans, ...matchDelimiters(stack)].sort((a, b) => a.at - b.at) : codeSpans;
}

const BACKSLASH = 92;
const BACKTICK = 96;
const STAR = 42;
const UNDERSCORE = 95;
const TILDE = 126;

/**
 * What reading a block leaves out of its text, by place: a code span, a delimiter that became emphasis, bold
 * text or strikethrough (a cut, as the parse's token for it), or the outer marker of a pair of bold markers
 * (the parse keeps it as an empty text: no cut, no character).
 */
export interface Mark {
  at: number;
  width: number;
  kind: CutKind | 'silent';
}

/** A run of `*`, `_`, one `~` or two `~` in the delimiter stack of CommonMark's emphasis processing. */
interface Delimiters {
  marker: number;
  /** Its first character not yet used, and how many are left. */
  at: number;
  count: number;
  /** The run's length as written: the "rule of 3" compares them (none for tildes). */
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

/** Punctuation as CommonMark means it (Unicode P and S); in ASCII, exactly what a backslash escapes. */
function isPunctuation(code: number): boolean {
  return code < 128 ? isMdAsciiPunct(code) : isPunctChar(String.fromCodePoint(code));
}

/** An ASCII letter or digit. */
function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * A delimiter run at `at` (`length` characters) with what it can do, by CommonMark's flanking rules: `*` and `~`
 * open and close wherever they flank, `_` only at a word's edge.
 */
function delimiterRun(content: string, at: number, length: number, marker: number): Delimiters {
  const before = codePointBefore(content, at);
  const after = at + length < content.length ? (content.codePointAt(at + length) ?? 32) : 32;
  const spaceBefore = isWhiteSpace(before);
  const spaceAfter = isWhiteSpace(after);
  const punctuationBefore = isPunctuation(before);
  const punctuationAfter = isPunctuation(after);
  const left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
  const right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
  const splitsWords = marker !== UNDERSCORE;
  const tilde = marker === TILDE;
  return {
    marker: tilde && length === 1 ? TILDE + 0x10000 : marker,
    at,
    count: length,
    length: tilde ? 0 : length,
    open: left && (splitsWords || !right || punctuationBefore),
    close: right && (splitsWords || !left || punctuationAfter),
    previous: -1,
    next: -1,
  };
}

/** What can change the reading: a backslash escape (a backslash before ASCII punctuation), a backtick, a delimiter. */
const MARKUP = /\\[!-/:-@[-`{-~]|[`*_~]/g;

/**
 * The code spans of a block and its delimiter runs, in one walk that reads escapes as the parse does (an escaped
 * character is never a delimiter, a backtick run without its closing run is text).
 */
function codeAndDelimiters(content: string): { marks: Mark[]; stack: Delimiters[] } {
  const marks: Mark[] = [];
  const stack: Delimiters[] = [];
  let backticks: BacktickRuns | undefined;
  for (let at = 0; at < content.length;) {
    MARKUP.lastIndex = at;
    const found = MARKUP.exec(content);
    if (!found) break;
    at = found.index;
    const code = content.charCodeAt(at);
    if (code === BACKSLASH) {
      at += 2;
    } else if (code === BACKTICK) {
      let end = at;
      while (end < content.length && content.charCodeAt(end) === BACKTICK) end++;
      backticks ??= new BacktickRuns(content, 0, content.length);
      const closing = backticks.closing(end, end - at);
      if (closing < 0) at = end;
      else {
        marks.push({ at, width: closing + (end - at) - at, kind: 'code' });
        at = closing + (end - at);
      }
    } else if (code === STAR || code === UNDERSCORE || code === TILDE) {
      let end = at;
      while (end < content.length && content.charCodeAt(end) === code) end++;
      // Three tildes or more are text on GitHub; `_` inside a word (`x_i`) neither opens nor closes. (Reads are kept
      // inside the text throughout: one past its end costs the optimized code, and a recompilation.)
      const inWord =
        code === UNDERSCORE && at > 0 && end < content.length && isAlphanumeric(content.charCodeAt(at - 1)) && isAlphanumeric(content.charCodeAt(end));
      if ((code !== TILDE || end - at <= 2) && !inWord) {
        const run = delimiterRun(content, at, end - at, code);
        if (run.open || run.close) {
          run.previous = stack.length - 1;
          if (stack.length > 0) stack[stack.length - 1]!.next = stack.length;
          stack.push(run);
        }
      }
      at = end;
    }
  }
  return { marks, stack };
}

/**
 * CommonMark's "process emphasis" over a block's delimiter stack: each closer, left to right, takes the nearest
 * opener of its kind below it (the "rule of 3" aside), two characters for bold text where both have two, and
 * the delimiters between them are left as text. GitHub's strikethrough pairs runs of the same length whole.
 * Returns what became markup.
 */
function matchDelimiters(stack: Delimiters[]): Mark[] {
  const marks: Mark[] = [];
  const unlink = (index: number) => {
    const { previous, next } = stack[index]!;
    if (previous >= 0) stack[previous]!.next = next;
    if (next >= 0) stack[next]!.previous = previous;
  };
  /** Per kind of closer: the stack index at or below which no opener was found for one of its kind. */
  const bottoms = new Map<number, number>();
  let closerIndex = stack.length > 0 ? 0 : -1;
  while (closerIndex >= 0) {
    const closer = stack[closerIndex]!;
    if (!closer.close) {
      closerIndex = closer.next;
      continue;
    }
    const kind = closer.marker * 8 + (closer.open ? 4 : 0) + (closer.length % 3);
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
    const tilde = closer.length === 0;
    const used = tilde ? opener.count : opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const last = opener.at + opener.count - 1;
    if (tilde) marks.push({ at: opener.at, width: used, kind: 'strikethrough' }, { at: closer.at, width: used, kind: 'strikethrough' });
    else if (used === 2) {
      marks.push({ at: last - 1, width: 1, kind: 'silent' }, { at: last, width: 1, kind: 'strong' });
      marks.push({ at: closer.at, width: 1, kind: 'strong' }, { at: closer.at + 1, width: 1, kind: 'silent' });
    } else marks.push({ at: last, width: 1, kind: 'emphasis' }, { at: closer.at, width: 1, kind: 'emphasis' });
    opener.count -= used;
    closer.at += used;
    closer.count -= used;
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
  return marks;
}

/** CommonMark's "rule of 3": a run that can both open and close pairs with one whose length makes a multiple of 3 only when both are. */
function oddMatch(opener: Delimiters, closer: Delimiters): boolean {
  if (!opener.close && !closer.open) return false;
  return (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0);
}
