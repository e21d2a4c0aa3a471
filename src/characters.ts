/**
 * Character classes the Markdown readers share: what a backslash escapes, what counts as a word beside a dollar,
 * what is CJK text.
 */

/** One ASCII punctuation character: what a Markdown backslash escapes (CommonMark). */
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

export function isAsciiPunctuation(char: string | undefined): boolean {
  return char !== undefined && ASCII_PUNCTUATION.test(char);
}

/** An ASCII letter, digit or `_` (by character code): GitHub closes no math right before one. */
export function isWordAscii(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** A space or a tab (by character code): white space within a Markdown line. */
export function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** cmark's white space (ASCII): space, tab, line feed, vertical tab, form feed, carriage return. */
export function isCmarkSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** A run of CJK ideographs, kana, hangul or full-width punctuation: text, never math. */
export const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff20]+/;

/** `&dollar;`, `&#36;` or `&#x24;` (up to the digits CommonMark allows): Markdown makes it a `$`. */
const DOLLAR_ENTITY = /&(?:dollar|#0{0,5}36|#[xX]0{0,4}24);/;

/** Whether Markdown may give the text a `$` it does not hold as such (GitHub then looks at it like any other). */
export function mayHoldDollarEntity(text: string): boolean {
  return text.includes('&') && DOLLAR_ENTITY.test(text);
}

/** Text as Markdown reads it: each backslash escape becomes the character it escapes. */
export function withoutMarkdownEscapes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** TeX written so that Markdown's escapes give it back: a backslash before punctuation doubled. */
export function withMarkdownEscapes(tex: string): string {
  return tex.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\');
}
