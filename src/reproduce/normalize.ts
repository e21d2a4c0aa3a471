/**
 * Text as a Chinese or Japanese input method types it, read as ASCII: full-width forms (`＜ ＞ ＝ ： ０.０２`, what NFKC
 * folds) and the look-alike symbols NFKC leaves alone (`≦ ≧ ⩽ ⩾`, `≒ ≃`, the minus sign `−`). Every replacement
 * is one UTF-16 unit for one, so offsets (lines and columns) stay those of the text as written.
 */
const LOOK_ALIKES: Record<string, string> = {
  '\u2212': '-', // − minus sign
  '\u2266': '≤', // ≦
  '\u2267': '≥', // ≧
  '\u2a7d': '≤', // ⩽
  '\u2a7e': '≥', // ⩾
  '\u2252': '≈', // ≒
  '\u2243': '≈', // ≃
  '\ufe64': '<', // ﹤ small form
  '\ufe65': '>',
  '\ufe66': '=',
  '\u3000': ' ', // ideographic space
};

const FOLDED = /[\uff01-\uff5e\u2212\u2266\u2267\u2a7d\u2a7e\u2252\u2243\ufe64-\ufe66\u3000]/g;

export function normalizeForReading(text: string): string {
  if (!FOLDED.test(text)) return text;
  FOLDED.lastIndex = 0;
  return text.replace(FOLDED, (c) => LOOK_ALIKES[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Terminal colour and cursor codes (`\x1b[32m`) that tqdm, rich and loggers put around numbers. */
export function withoutTerminalCodes(text: string): string {
  return text.includes('\u001b') ? text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g, '') : text;
}
