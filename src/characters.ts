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

/** An ASCII letter (by character code). */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** An ASCII letter or digit (by character code). */
export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
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

/** Character codes the readers compare `charCodeAt` with. */
export const TAB = 9;
export const NEWLINE = 10;
export const SPACE = 32;
export const EXCLAMATION_MARK = 33;
export const QUOTATION_MARK = 34;
export const DOLLAR = 36;
export const AMPERSAND = 38;
export const APOSTROPHE = 39;
export const OPENING_PARENTHESIS = 40;
export const CLOSING_PARENTHESIS = 41;
export const HYPHEN = 45;
export const FULL_STOP = 46;
export const SLASH = 47;
export const COLON = 58;
export const SEMICOLON = 59;
export const LESS_THAN = 60;
export const AT_SIGN = 64;
export const OPENING_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSING_BRACKET = 93;
export const CARET = 94;
export const UNDERSCORE = 95;
export const BACKTICK = 96;
export const LETTER_W = 119;
export const TILDE = 126;
