import katex from 'katex';

/**
 * KaTeX's parser on its own. `katex.__parse` is the documented-as-internal entry point that builds the parse
 * tree without rendering; validation needs only the tree, and skipping the HTML and MathML builders makes it
 * several times faster. Its settings are those of `katex.render`.
 */
export interface ParserSettings {
  displayMode?: boolean;
  throwOnError?: boolean;
  macros?: Record<string, unknown>;
  globalGroup?: boolean;
  trust?: boolean;
  maxExpand?: number;
  strict?: 'ignore' | ((code: string, message: string, token?: KatexToken) => 'ignore' | 'warn' | 'error');
}

export interface KatexToken {
  loc?: { start: number; end: number; lexer: { input: string } };
}

type ParseFunction = (tex: string, settings: ParserSettings) => unknown;

const internalParse: ParseFunction = (() => {
  const candidate = (katex as unknown as { __parse?: ParseFunction }).__parse;
  if (typeof candidate !== 'function') throw new Error('this KaTeX has no __parse: mathrepro needs KaTeX 0.16 or later');
  return candidate;
})();

export function parseTex(tex: string, settings: ParserSettings): void {
  internalParse(tex, settings);
}

export const KatexParseError = katex.ParseError;
