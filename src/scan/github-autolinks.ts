import { HTML_TAG_RE } from 'markdown-it/lib/common/html_re.mjs';
import { isMdAsciiPunct } from 'markdown-it/lib/common/utils.mjs';
import {
  AMPERSAND,
  AT_SIGN,
  BACKSLASH,
  BACKTICK,
  CLOSING_BRACKET,
  CLOSING_PARENTHESIS,
  COLON,
  EXCLAMATION_MARK,
  FULL_STOP,
  HYPHEN,
  isAsciiAlphanumeric,
  isAsciiLetter,
  isCmarkSpace,
  LESS_THAN,
  LETTER_W,
  OPENING_BRACKET,
  OPENING_PARENTHESIS,
  SEMICOLON,
  SLASH,
  UNDERSCORE,
} from '../characters.js';
import { BacktickRuns } from './backticks.js';
import { ANGLE_AUTOLINK, FirstAhead, htmlMayEnd } from './structure.js';

/**
 * GFM's extended autolinks, as cmark-gfm's autolink extension finds them (GitHub's engine): a URL after `http://`,
 * `https://` or `ftp://`, one that starts `www.` at the start of a text or after white space or `*`, `_`, `~`, `(`,
 * and an e-mail address. Each is a link, so it cuts the text GitHub looks for math in: `see http://x.org/$a$` holds no
 * formula there. None forms in a link's text or after a `[` that no `]` has closed yet.
 */

/** A link's place in the text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A character a host name may hold: neither white space nor punctuation (Unicode's, as cmark-gfm asks). */
function isHostCharacter(code: number): boolean {
  if (code < 128) return !isCmarkSpace(code) && !isMdAsciiPunct(code);
  return !NON_ASCII_SPACE_OR_PUNCTUATION.test(String.fromCodePoint(code));
}

const NON_ASCII_SPACE_OR_PUNCTUATION = /[\p{Zs}\p{P}]/u;

/**
 * The length of the domain at `from` (its first character taken as read), or 0 when it is none: it ends at a
 * character that is neither a host character nor `-`, `_` or `.`; an `_` in either of its last two parts makes it
 * none (unless it has more than ten parts), and without `allowShort` it needs a dot.
 */
function domainLength(text: string, from: number, to: number, allowShort: boolean): number {
  let dots = 0;
  let underscoresBefore = 0;
  let underscores = 0;
  let k = 1;
  const size = to - from;
  // (A first character past ASCII ends it at its second byte there.)
  if (text.charCodeAt(from) >= 128) return allowShort ? 1 : 0;
  for (; k < size - 1; k++) {
    if (text.charCodeAt(from + k) === BACKSLASH && k < size - 2) k++;
    const code = text.charCodeAt(from + k);
    if (code === UNDERSCORE) underscores++;
    else if (code === FULL_STOP) {
      underscoresBefore = underscores;
      underscores = 0;
      dots++;
    } else if (code < 128) {
      if (!isHostCharacter(code) && code !== HYPHEN) break;
    } else {
      // cmark reads the domain a byte at a time: a character past ASCII ends it, taken in when it may be a host's.
      const point = text.codePointAt(from + k)!;
      if (isHostCharacter(point)) k += point > 0xffff ? 2 : 1;
      break;
    }
  }
  if ((underscoresBefore > 0 || underscores > 0) && dots <= 10) return 0;
  return allowShort || dots > 0 ? k : 0;
}

/**
 * Where a link found at `from` and running to `end` really ends: at a `<`, without the punctuation that ends a
 * sentence (`?`, `!`, `.`, `,`, `:`, `*`, `_`, `~`, quotes), without a `)` that closes none of its `(`, and
 * without an entity (`&amp;`) at its end. 0 when nothing is left.
 */
function trimmedEnd(text: string, from: number, end: number): number {
  let length = end - from;
  let opening = 0;
  let closing = 0;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(from + k);
    if (code === LESS_THAN) {
      length = k;
      break;
    }
    if (code === OPENING_PARENTHESIS) opening++;
    else if (code === CLOSING_PARENTHESIS) closing++;
  }
  while (length > 0) {
    const code = text.charCodeAt(from + length - 1);
    if (code === CLOSING_PARENTHESIS) {
      if (closing <= opening) return length;
      closing--;
      length--;
    } else if ('?!.,:*_~\'"'.includes(text[from + length - 1]!)) length--;
    else if (code === SEMICOLON) {
      let at = length - 2;
      while (at > 0 && isAsciiLetter(text.charCodeAt(from + at))) at--;
      length = at < length - 2 && text.charCodeAt(from + at) === AMPERSAND ? at : length - 1;
    } else return length;
  }
  return length;
}

/** Where a link running on from `from` stops: at white space or a `<`. */
function runEnd(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && !isCmarkSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== LESS_THAN) end++;
  return end;
}

/** The URL autolink whose `:` is at `colon` in text[0, to), the scheme's letters before it included. */
export function urlAutolinkAt(text: string, colon: number, to: number): Span | undefined {
  if (to - colon < 4 || text.charCodeAt(colon + 1) !== SLASH || text.charCodeAt(colon + 2) !== SLASH) return undefined;
  let start = colon;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  const scheme = text.slice(start, colon + 3).toLowerCase();
  if (scheme !== 'http://' && scheme !== 'https://' && scheme !== 'ftp://') return undefined;
  if (colon + 3 >= to || !isHostCharacter(text.codePointAt(colon + 3)!)) return undefined;
  const domain = domainLength(text, colon + 3, to, true);
  if (domain === 0) return undefined;
  const length = trimmedEnd(text, colon, runEnd(text, colon + 3 + domain, to));
  return length === 0 ? undefined : { start, end: colon + length };
}

/** The `www.` autolink at `at` in text[0, to). */
export function wwwAutolinkAt(text: string, at: number, to: number): Span | undefined {
  if (at > 0) {
    const before = text.charCodeAt(at - 1);
    if (!isCmarkSpace(before) && !'*_~('.includes(text[at - 1]!)) return undefined;
  }
  if (to - at < 4 || !text.startsWith('www.', at)) return undefined;
  const domain = domainLength(text, at, to, false);
  if (domain === 0) return undefined;
  const length = trimmedEnd(text, at, runEnd(text, at + domain, to));
  return length === 0 ? undefined : { start: at, end: at + length };
}

const EMAIL_LOCAL = /[A-Za-z0-9.+\-_]/;

/**
 * The e-mail autolinks of a text (what GitHub shows of it, outside links): a local part of letters, digits and
 * `.+-_` (after `mailto:` or `xmpp:` too), `@`, and a domain of letters, digits, `-` and `_` with a dot between two of
 * them, ending in a letter or a dot.
 */
export function emailAutolinks(text: string): Span[] {
  const found: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', from)) {
    let start = at;
    let xmpp = false;
    while (start > from) {
      const char = text[start - 1]!;
      if (EMAIL_LOCAL.test(char)) start--;
      else if (char === ':' && (protocolBefore(text, start - 1, 'mailto:', from) || protocolBefore(text, start - 1, 'xmpp:', from))) {
        xmpp ||= protocolBefore(text, start - 1, 'xmpp:', from);
        start--;
      } else break;
    }
    if (start === at) {
      from = at + 1;
      continue;
    }
    let length = 1;
    let dots = 0;
    let again = -1;
    for (; at + length < text.length; length++) {
      const code = text.charCodeAt(at + length);
      if (isAsciiAlphanumeric(code)) continue;
      if (code === AT_SIGN) {
        again = at + length;
        break;
      }
      if (code === FULL_STOP && at + length + 1 < text.length && isAsciiAlphanumeric(text.charCodeAt(at + length + 1))) dots++;
      else if (code === SLASH && xmpp) continue;
      else if (code !== HYPHEN && code !== UNDERSCORE) break;
    }
    if (again >= 0) {
      // Another `@`: the address, if any, is read from there, its local part starting after this one.
      from = at + 1;
      continue;
    }
    const last = text.charCodeAt(at + length - 1);
    if (length < 2 || dots === 0 || (!isAsciiLetter(last) && last !== FULL_STOP)) {
      from = at + length;
      continue;
    }
    length = trimmedEnd(text, at, at + length);
    if (length === 0) {
      from = at + 1;
      continue;
    }
    found.push({ start, end: at + length });
    from = at + length;
  }
  return found;
}

/** Whether `protocol` (ending in the `:` at `colon`) is written there, after no letter or digit, within text[from, …). */
function protocolBefore(text: string, colon: number, protocol: string, from: number): boolean {
  const start = colon + 1 - protocol.length;
  if (start < from || !text.startsWith(protocol, start)) return false;
  return start === from || !isAsciiAlphanumeric(text.charCodeAt(start - 1));
}

/** What the bracket reading stops at: an escape, a backtick, a `<`, a URL's `://`, a `www.`, a bracket. */
const BRACKET_READING = /\\[!-/:-@[-`{-~]|[`<[\]]|:\/\/|www\./g;

/**
 * Whether each place of an inline text lies after a `[` that no `]` has closed (cmark-gfm's bracket stack: a `]`
 * closes the last open `[` whether or not a link forms), escapes, code spans, raw HTML, `<…>` autolinks and the
 * autolinks outside brackets (which may hold a `[`) aside. (From one of those to the next by a native search: a loop
 * over every character ran hot enough to be optimized, at a cost larger than the reading it did.)
 */
export function insideBrackets(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  if (!text.includes('[')) return inside;
  let open = 0;
  let backticks: BacktickRuns | undefined;
  let ahead: FirstAhead | undefined;
  for (let at = 0; at < text.length;) {
    BRACKET_READING.lastIndex = at;
    const match = BRACKET_READING.exec(text);
    const next = match ? match.index : text.length;
    if (open > 0) inside.fill(1, at, next);
    if (!match) break;
    at = next;
    const code = text.charCodeAt(at);
    // Where what starts here ends: an escape's two characters, a code span, HTML or a `<…>` autolink, else one.
    let end = at + 1;
    if (code === BACKSLASH) end = at + 2;
    else if (code === BACKTICK) {
      let runEnd = at;
      while (runEnd < text.length && text.charCodeAt(runEnd) === BACKTICK) runEnd++;
      backticks ??= new BacktickRuns(text, 0, text.length);
      const closing = backticks.closing(runEnd, runEnd - at);
      end = closing < 0 ? runEnd : closing + (runEnd - at);
    } else if (code === LESS_THAN) {
      const angle = angleBracketEnd(text, at, (ahead ??= new FirstAhead(text)));
      if (angle > 0) end = angle;
    } else if (code === COLON || code === LETTER_W) {
      const link = open > 0 ? undefined : code === COLON ? urlAutolinkAt(text, at, text.length) : wwwAutolinkAt(text, at, text.length);
      if (link) {
        at = link.end;
        continue;
      }
    } else if (code === OPENING_BRACKET) open++;
    else if (code === CLOSING_BRACKET && open > 0) open--;
    if (open > 0) inside.fill(1, at, end);
    at = end;
  }
  return inside;
}

/**
 * Raw HTML starting `<!` as cmark-gfm 0.29 reads it, where markdown-it follows CommonMark 0.31: a comment's text
 * neither starts with `>` or `->`, nor ends with `-`, nor holds `--` (`<!-- a -- b -->` is text on GitHub, and so is
 * any math in it), and a declaration is `<!`, upper-case letters and white space (`<!x y>`, `<!DOCTYPE>` are text).
 */
const CMARK_BANG = /<!(?:--(?!-?>)(?:-?[^-])*-->|\[CDATA\[|[A-Z]+[ \t\n\v\f\r])/y;

/** Whether cmark-gfm may read the `<!` at `at` as raw HTML (markdown-it's rule decides the rest). */
export function cmarkTakesBang(text: string, at: number): boolean {
  CMARK_BANG.lastIndex = at;
  return CMARK_BANG.test(text);
}

/**
 * The end of the `<…>` autolink or raw HTML at the `<` at `at`, as GitHub's parse reads them; -1 if none. `ahead`
 * finds a comment's, instruction's or declaration's end once for the text (looked for from each of many `<?`, it was
 * quadratic).
 */
function angleBracketEnd(text: string, at: number, ahead: FirstAhead): number {
  ANGLE_AUTOLINK.lastIndex = at;
  if (ANGLE_AUTOLINK.test(text)) return ANGLE_AUTOLINK.lastIndex;
  if (!htmlMayEnd(text, at, text.length, ahead)) return -1;
  if (text.charCodeAt(at + 1) === EXCLAMATION_MARK && !cmarkTakesBang(text, at)) return -1;
  const html = HTML_TAG_RE.exec(text.slice(at));
  return html ? at + html[0].length : -1;
}
