/**
 * Offsets carry their coordinate space in their type, so that one is never used as another: an offset into a
 * formula's TeX (what KaTeX and MathJax report), into the text of one chunk (a notebook cell, a file's Markdown),
 * or into the file as written. They are numbers at run time; the brand exists for the compiler alone, and the
 * functions below are the places a number is declared to be in a space.
 */
declare const space: unique symbol;

export type TexOffset = number & { readonly [space]: 'tex' };
export type FileOffset = number & { readonly [space]: 'file' };

/** A half-open range in one space. */
export interface Span<Offset extends number> {
  start: Offset;
  end: Offset;
}

export const texOffset = (offset: number): TexOffset => offset as TexOffset;
export const fileOffset = (offset: number): FileOffset => offset as FileOffset;
