/** Just enough of TeX's reading rules to find commands and their arguments in a formula. */

export interface Span {
  start: number;
  end: number;
}

export interface Argument extends Span {
  /** The argument's text without its braces or brackets. */
  inner: string;
}

export interface ControlSequence extends Span {
  /** With its backslash: `\frac`, `\{`. */
  name: string;
}

/** A letter of a control word: A–Z, a–z, and @ (as in LaTeX packages). */
export function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 64 && code <= 90);
}

/** Whether the character at `at` follows an odd number of backslashes (`\\$` is an escaped dollar). */
export function isEscaped(tex: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; k >= 0 && tex.charCodeAt(k) === 92; k--) backslashes++;
  return backslashes % 2 === 1;
}

/** Every control sequence of `tex` outside comments, in order. */
export function* controlSequences(tex: string): Generator<ControlSequence> {
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '%') {
      while (i < tex.length && tex[i] !== '\n') i++;
      continue;
    }
    if (c !== '\\') continue;
    const start = i;
    let end = i + 1;
    if (end < tex.length && isLetter(tex.charCodeAt(end))) {
      while (end < tex.length && isLetter(tex.charCodeAt(end))) end++;
    } else {
      end = Math.min(end + 1, tex.length);
    }
    yield { name: tex.slice(start, end), start, end };
    i = end - 1;
  }
}

function skipSpaces(tex: string, at: number): number {
  while (at < tex.length && /\s/.test(tex[at]!)) at++;
  return at;
}

/** The offset just past the group that opens at `open` with `{`, or -1 when it never closes. */
export function groupEnd(tex: string, open: number, openChar = '{', closeChar = '}'): number {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < tex.length && tex[i] !== '\n') i++;
      continue;
    }
    if (c === openChar) depth++;
    else if (c === closeChar && --depth === 0) return i + 1;
    // Brackets of an optional argument may hold braces: `[{]}]` is one argument.
    else if (openChar !== '{' && c === '{') {
      const end = groupEnd(tex, i);
      if (end < 0) return -1;
      i = end - 1;
    }
  }
  return -1;
}

/** A mandatory argument at `at` (after spaces): a braced group or a single token. */
export function readArgument(tex: string, at: number): Argument | undefined {
  const start = skipSpaces(tex, at);
  if (start >= tex.length) return undefined;
  if (tex[start] === '{') {
    const end = groupEnd(tex, start);
    if (end < 0) return undefined;
    return { start, end, inner: tex.slice(start + 1, end - 1) };
  }
  if (tex[start] === '}') return undefined;
  if (tex[start] === '\\') {
    const next = controlSequences(tex.slice(start)).next();
    if (next.done) return undefined;
    const end = start + next.value.end;
    return { start, end, inner: tex.slice(start, end) };
  }
  const codePoint = tex.codePointAt(start)!;
  const end = start + (codePoint > 0xffff ? 2 : 1);
  return { start, end, inner: tex.slice(start, end) };
}

/** An optional `[…]` argument at `at` (after spaces), if there is one. */
export function readOptional(tex: string, at: number): Argument | undefined {
  const start = skipSpaces(tex, at);
  if (tex[start] !== '[') return undefined;
  const end = groupEnd(tex, start, '[', ']');
  if (end < 0) return undefined;
  return { start, end, inner: tex.slice(start + 1, end - 1) };
}
