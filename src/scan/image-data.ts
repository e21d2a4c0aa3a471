/**
 * Notebooks carry their plots as base64 text: in the shared corpus, 7.0 MB of its 9.2 MB of notebooks. Math lives
 * in the markdown cells, so decoding and parsing that data is wasted work. `withoutImageData` empties, in the raw
 * bytes, the JSON strings of `"image/…"` outputs before anything decodes them.
 *
 * The result is valid JSON exactly when the file is, and valid UTF-8 exactly when the file is, and has the same
 * cells: only the contents of strings are removed, and only contents that are plainly valid inside a JSON string
 * (printable ASCII, as base64 is, and `\n` escapes). Anything else (a control character, another escape, a byte
 * beyond ASCII) is left in place for the UTF-8 check and JSON.parse to judge. Offsets change, so positions are
 * taken from the original file.
 */

import { BACKSLASH, QUOTATION_MARK } from '../characters.js';

/** Shorter image strings are not worth cutting out. */
const MIN_PAYLOAD = 4096;

const IMAGE_KEY = Buffer.from('"image/');

/** The bytes with the large image strings emptied, or the same bytes when there is none. */
export function withoutImageData(bytes: Buffer): Buffer {
  const kept: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(IMAGE_KEY); at >= 0; at = bytes.indexOf(IMAGE_KEY, at + 1)) {
    const start = payloadStart(bytes, at + IMAGE_KEY.length);
    if (start < 0) continue;
    const end = bytes.indexOf(QUOTATION_MARK, start);
    if (end < 0) break;
    if (end - start < MIN_PAYLOAD || !isPlainJsonText(bytes, start, end)) continue;
    kept.push(bytes.subarray(from, start));
    from = end;
    at = end;
  }
  if (kept.length === 0) return bytes;
  kept.push(bytes.subarray(from));
  return Buffer.concat(kept);
}

/**
 * After `"image/` at `at`: the rest of a MIME subtype, its closing quote, a colon and the opening quote of a string
 * value (JSON whitespace allowed around the colon). Returns where the value's contents start, or -1.
 */
function payloadStart(bytes: Buffer, at: number): number {
  let k = at;
  while (k < at + 64 && isMimeCharacter(bytes[k])) k++;
  if (k === at || bytes[k] !== QUOTATION_MARK) return -1;
  k = skipWhitespace(bytes, k + 1);
  if (bytes[k] !== 0x3a /* : */) return -1;
  k = skipWhitespace(bytes, k + 1);
  return bytes[k] === QUOTATION_MARK ? k + 1 : -1;
}

function isMimeCharacter(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2d || byte === 0x2e;
}

function skipWhitespace(bytes: Buffer, k: number): number {
  while (bytes[k] === 0x20 || bytes[k] === 0x0a || bytes[k] === 0x0d || bytes[k] === 0x09) k++;
  return k;
}

/**
 * Printable ASCII with `\n` as its only escape: content that is valid in a JSON string whatever surrounds it (the
 * string ends at the first quote, so there is none inside). Base64 image data is such text: megabytes of it per
 * notebook, so it is tested four bytes at a time, and its backslashes are found by a native search.
 */
function isPlainJsonText(bytes: Buffer, start: number, end: number): boolean {
  let k = start;
  // Byte by byte up to a 4-byte boundary of the memory, then word by word, then the last bytes.
  while (k < end && (bytes.byteOffset + k) % 4 !== 0) if (!isPrintable(bytes[k++]!)) return false;
  const words = Math.floor((end - k) / 4);
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + k, words);
    for (let i = 0; i < words; i++) {
      const word = view[i]!;
      // A byte under 0x20 makes (word - 0x20202020) borrow into its high bit; one over 0x7e has it set after +1.
      if (((word - 0x20202020) & ~word & 0x80808080) !== 0 || (((word + 0x01010101) | word) & 0x80808080) !== 0) return false;
    }
    k += words * 4;
  }
  while (k < end) if (!isPrintable(bytes[k++]!)) return false;
  const text = bytes.subarray(start, end);
  for (let at = text.indexOf(BACKSLASH); at >= 0; at = text.indexOf(BACKSLASH, at + 2)) if (text[at + 1] !== 0x6e /* n */) return false;
  return true;
}

function isPrintable(byte: number): boolean {
  return byte >= 0x20 && byte <= 0x7e;
}
