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

/** A text made readable for the claim grammar, with the offset in the written text of each of its characters. */
export interface ReadableText {
  text: string;
  /** `offsets[k]`: where character k came from in the written text (one more entry: the end). */
  offsets: number[];
}

/** TeX a claim is written in, by meaning: `$\geq$ 76\%`, `$< 0.02 \pm 0.003$`, `$5 \times 10^{-3}$`. */
const TEX_SYMBOLS: Record<string, string> = {
  pm: '±',
  geq: '≥',
  ge: '≥',
  geqslant: '≥',
  leq: '≤',
  le: '≤',
  leqslant: '≤',
  approx: '≈',
  simeq: '≈',
  thickapprox: '≈',
  sim: '~',
  lt: '<',
  gt: '>',
  times: '×',
  cdot: '·',
};
/** A TeX subscript naming a data split: `_{test}`, `_{\text{val}}`, `_\mathrm{train}`. */
const SPLIT_SUBSCRIPT = /^_\{?(?:\\(?:text|mathrm|textrm|rm|mathit)\s*\{)?(?:test|train|training|val|valid|validation|dev|eval)\}/i;
/** Commands whose argument is plain text: the command goes, its argument stays. */
const TEX_WRAPPERS = new Set([
  'text',
  'textrm',
  'textit',
  'textbf',
  'texttt',
  'mathrm',
  'mathit',
  'mathbf',
  'mathsf',
  'mathtt',
  'operatorname',
  'mbox',
  'emph',
]);
const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

/**
 * A line of a reproduction document as its reader understands it: full-width forms folded (normalizeForReading),
 * TeX read by meaning (`\geq` → `≥`, `\pm` → `±`, `10^{-3}` → `10^-3`, the dollars and braces gone), Markdown's
 * emphasis and escapes taken off (`**0.93**`, `76\%`), superscript exponents written out (`10⁻³` → `10^-3`), the
 * brackets of `In【12】` and an en dash before a number (`≤ –0.01`) read as ASCII.
 */
export function readableClaimText(written: string): ReadableText {
  const source = normalizeForReading(written);
  let text = '';
  const offsets: number[] = [];
  const put = (piece: string, from: number) => {
    for (let k = 0; k < piece.length; k++) offsets.push(from);
    text += piece;
  };
  let math = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '$') {
      math = !math;
      continue;
    }
    if (c === '\\') {
      const word = /^[A-Za-z]+/.exec(source.slice(k + 1, k + 40))?.[0];
      if (word) {
        if (TEX_SYMBOLS[word]) put(` ${TEX_SYMBOLS[word]} `, k);
        else if (!TEX_WRAPPERS.has(word) && !math) put(`\\${word}`, k);
        k += word.length;
        continue;
      }
      const next = source[k + 1];
      // `\%`, `\_` and other escapes are their character; `\,` `\;` `\ ` in TeX are spaces.
      if (next !== undefined && /[,;: !]/.test(next) && math) put(' ', k);
      else if (next !== undefined && /[!-/:-@[-`{-~]/.test(next)) put(next, k);
      k++;
      continue;
    }
    if (math && (c === '{' || c === '}')) continue;
    if (math && c === '~') {
      put(' ', k);
      continue;
    }
    // Emphasis around a word or a value (`**0.93**`, `_acc_`); not the underscore inside `test_loss`, nor `2*3`.
    if (c === '*' && !(/\d/.test(source[k - 1] ?? '') && /\d/.test(source[k + 1] ?? ''))) continue;
    // (In TeX a subscript that names a data split makes the name a metric's, and stays: `$\mathcal{L}_{test}$` is
    // L_test; `$x_i$` is no metric.)
    if (math && c === '_' && /[\p{L}\p{N}]/u.test(text[text.length - 1] ?? '') && SPLIT_SUBSCRIPT.test(source.slice(k, k + 40))) {
      put('_', k);
      continue;
    }
    if (c === '_' && (!/[\p{L}\p{N}]/u.test(source[k - 1] ?? '') || !/[\p{L}\p{N}]/u.test(source[k + 1] ?? ''))) continue;
    if (SUPERSCRIPTS[c]) {
      if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/.test(source[k - 1] ?? '') && text[text.length - 1] !== '^') put('^', k);
      put(SUPERSCRIPTS[c], k);
      continue;
    }
    if (c === '【' || c === '〔') put('[', k);
    else if (c === '】' || c === '〕') put(']', k);
    else if ((c === '\u2013' || c === '\u2014') && /[\d.]/.test(source[k + 1] ?? '') && !/\d/.test(source[k - 1] ?? '')) put('-', k);
    else if (c === '。') put('.', k);
    else if (c === '、') put(',', k);
    else put(c, k);
  }
  offsets.push(source.length);
  return { text, offsets };
}
