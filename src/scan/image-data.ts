/**
 * Notebooks carry their plots as base64 text: in the shared corpus, 7.0 MB of its 9.2 MB of notebooks. Math lives
 * in the markdown cells, so decoding and parsing that data is wasted work. `withoutImageData` empties, in the raw
 * bytes, the JSON strings of `"image/…"` outputs before anything decodes them.
 *
 * The result is valid JSON exactly when the file is, and valid UTF-8 exactly when the file is, and has the same
 * cells: only the contents of strings are removed, and only contents that are plainly valid inside a JSON string
 * (ASCII base64 characters and `\n` escapes). Anything else (a control character, another escape, a byte beyond
 * ASCII) is left in place for the UTF-8 check and JSON.parse to judge. Offsets change, so positions are taken
 * from the original file.
 */

/** Shorter image strings are not worth cutting out. */
const MIN_PAYLOAD = 4096;

const IMAGE_KEY = Buffer.from('"image/');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Bytes allowed in a payload that is removed: the base64 alphabet and padding (a backslash is checked apart). */
const BASE64 = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=') BASE64[c.charCodeAt(0)] = 1;

/** The bytes with the large image strings emptied, or the same bytes when there is none. */
export function withoutImageData(bytes: Buffer): Buffer {
  const kept: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(IMAGE_KEY); at >= 0; at = bytes.indexOf(IMAGE_KEY, at + 1)) {
    const start = payloadStart(bytes, at + IMAGE_KEY.length);
    if (start < 0) continue;
    const end = bytes.indexOf(QUOTE, start);
    if (end < 0) break;
    if (end - start < MIN_PAYLOAD || !isPlainBase64(bytes, start, end)) continue;
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
  if (k === at || bytes[k] !== QUOTE) return -1;
  k = skipWhitespace(bytes, k + 1);
  if (bytes[k] !== 0x3a /* : */) return -1;
  k = skipWhitespace(bytes, k + 1);
  return bytes[k] === QUOTE ? k + 1 : -1;
}

function isMimeCharacter(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2d || byte === 0x2e;
}

function skipWhitespace(bytes: Buffer, k: number): number {
  while (bytes[k] === 0x20 || bytes[k] === 0x0a || bytes[k] === 0x0d || bytes[k] === 0x09) k++;
  return k;
}

/** Base64 text with `\n` escapes only: content that is valid in a JSON string whatever surrounds it. */
function isPlainBase64(bytes: Buffer, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    if (BASE64[bytes[k]!] === 1) continue;
    if (bytes[k] === BACKSLASH && bytes[k + 1] === 0x6e /* n */ && k + 1 < end) {
      k++;
      continue;
    }
    return false;
  }
  return true;
}
