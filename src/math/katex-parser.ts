import katex from 'katex';
import { isLetter } from '../tex.js';

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

/**
 * The bound on what a formula's own macros may make KaTeX do. KaTeX counts expansions (`maxExpand`) but not their
 * size: a macro whose body uses its argument two thousand times, applied to itself, grows the token stack by
 * thousands of tokens per expansion and pastes each argument in with a splice that copies the body (18 s and
 * 1.6 GB for a 4 KB formula). Every macro a document or configuration defines is therefore installed as a guard
 * that KaTeX calls at each expansion (KaTeX accepts a function as a macro's definition); the guard measures the
 * arguments about to be pasted and charges the copying to the formula's budget. A formula over it throws
 * `TooComplexError`, reported as `too-complex`. The built-in macros need no guard: their bodies are small.
 */
export class TooComplexError extends Error {}

/**
 * Token copies one formula's macro expansions may cost. A real formula stays far below: `\def\f#1{#1^2+#1}`
 * applied ten thousand times costs about 400,000. Each copy can end as a node of the parse tree (about a hundred
 * bytes), so this also bounds memory.
 */
const MAX_EXPANSION_WORK = 3_000_000;
/** Tokens waiting on KaTeX's stack at once (a token is about a hundred bytes). */
const MAX_PENDING_TOKENS = 1_000_000;
/** The last resort, for any growth the counts above do not foresee. */
const MAX_EXPANSION_MS = 2_000;

interface Expansion {
  tokens: Array<{ text: string }>;
  numArgs: number;
  /** Per parameter, the tokens that must follow it (`\def\a#1.{…}`): empty for an undelimited one. */
  delimiters?: unknown[][];
  unexpandable?: boolean;
}

/** What KaTeX's macro expander shows a function-valued macro: its token stack and its lexer. */
interface Expander {
  stack?: Array<{ text: string }>;
  lexer?: { input?: string; tokenRegex?: { lastIndex?: number } };
}

/** The budget of the formula being parsed (one at a time: parsing is synchronous). */
const budget = { active: false, work: 0, deadline: 0, expansions: 0, longestString: 0 };
const placeholderCounts = new WeakMap<Expansion, number>();

/** Replaces the definition of `name` in `macros` by its guard (a no-op for anything but a plain macro). */
export function guardMacro(macros: Record<string, unknown>, name: string): void {
  const value = macros[name];
  if (isExpansion(value)) macros[name] = guarded(value);
}

function isExpansion(value: unknown): value is Expansion {
  return typeof value === 'object' && value !== null && Array.isArray((value as Expansion).tokens) && !(value as Expansion).unexpandable;
}

/** A definition KaTeX calls at each expansion (it accepts a function as a macro), charging the budget first. */
function guarded(expansion: Expansion): (expander: Expander) => Expansion {
  return (expander) => {
    if (budget.active) charge(expander, expansion);
    return expansion;
  };
}

function charge(expander: Expander, expansion: Expansion): void {
  const current = budget;
  // The clock starts at the formula's first expansion of a document's macro.
  if (current.deadline === 0) current.deadline = performance.now() + MAX_EXPANSION_MS;
  const uses = placeholders(expansion);
  const pending = Array.isArray(expander.stack) ? expander.stack.length : 0;
  const pasted = uses === 0 ? 0 : uses * argumentSize(expander, expansion);
  current.expansions++;
  // MathJax substitutes a macro by writing its body (arguments pasted) before the rest of the formula's text, one
  // string: about the body, what is waiting on KaTeX's stack and what is not yet read (at least a character a token).
  const input = typeof expander.lexer?.input === 'string' ? expander.lexer.input : '';
  const unread = input.length - Math.min(expander.lexer?.tokenRegex?.lastIndex ?? 0, input.length);
  current.longestString = Math.max(current.longestString, expansion.tokens.length + pasted + pending + unread);
  // KaTeX pastes each argument with a splice that moves the rest of the body: about uses × body copies.
  current.work += expansion.tokens.length + pasted + uses * (expansion.tokens.length + pasted);
  if (current.work > MAX_EXPANSION_WORK || pending + expansion.tokens.length + pasted > MAX_PENDING_TOKENS || performance.now() > current.deadline) {
    throw new TooComplexError('macro expansion over budget');
  }
}

/** How many `#n` placeholders the body holds (cached: the same definition expands many times). */
function placeholders(expansion: Expansion): number {
  let uses = placeholderCounts.get(expansion);
  if (uses === undefined) {
    uses = 0;
    if (expansion.numArgs > 0) for (const token of expansion.tokens) if (token.text === '#') uses++;
    placeholderCounts.set(expansion, uses);
  }
  return uses;
}

/**
 * The size of the largest argument about to be read: tokens on the stack (read from its top), then characters
 * of input not yet lexed (at least as many as the tokens they make). A delimited parameter or an expander KaTeX
 * no longer shapes this way counts everything that is left.
 */
function argumentSize(expander: Expander, expansion: Expansion): number {
  const stack = Array.isArray(expander.stack) ? expander.stack : [];
  const input = typeof expander.lexer?.input === 'string' ? expander.lexer.input : '';
  const lexed = Math.min(expander.lexer?.tokenRegex?.lastIndex ?? 0, input.length);
  const everything = stack.length + input.length - lexed;
  if (expansion.delimiters?.some((delimiter) => Array.isArray(delimiter) && delimiter.length > 0)) return everything;
  let onStack = stack.length - 1;
  let inInput = lexed;
  /** The next token's first character (a control word counts as one token), or undefined at the end. */
  const next = (): string | undefined => {
    if (onStack >= 0) return stack[onStack--]!.text;
    while (inInput < input.length && isSpace(input.charCodeAt(inInput))) inInput++;
    if (inInput >= input.length) return undefined;
    const text = input[inInput++]!;
    if (text === '\\') while (inInput < input.length && isLetter(input.charCodeAt(inInput))) inInput++;
    return text;
  };
  let largest = 0;
  for (let argument = 0; argument < expansion.numArgs; argument++) {
    let text = next();
    while (text !== undefined && text.trim() === '') text = next();
    if (text === undefined) return everything;
    let size = 1;
    for (let depth = text === '{' ? 1 : 0; depth > 0; size++) {
      text = next();
      if (text === undefined) return everything;
      if (text === '{') depth++;
      else if (text === '}') depth--;
    }
    largest = Math.max(largest, size);
  }
  return largest;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Parses with the expansion budget in force. `guardDefinitions`: the formula itself defines macros (KaTeX's own
 * `\def` on a KaTeX site), which are guarded as KaTeX installs them, so a definition and its use in one formula
 * are bounded too.
 */
export function parseWithBudget(tex: string, settings: ParserSettings, guardDefinitions = false): Expanded {
  const macros = settings.macros;
  // Most formulas expand no macro of the document's: the budget costs them a few assignments.
  budget.active = true;
  budget.work = 0;
  budget.deadline = 0;
  budget.expansions = 0;
  budget.longestString = 0;
  try {
    if (!guardDefinitions || !macros) internalParse(tex, settings);
    else {
      const guarding = new Proxy(macros, {
        set(target, name, value) {
          target[name as string] = typeof name === 'string' && isExpansion(value) ? guarded(value) : value;
          return true;
        },
      });
      internalParse(tex, { ...settings, macros: guarding });
    }
  } finally {
    budget.active = false;
  }
  return { expansions: budget.expansions, longestString: budget.longestString };
}

/** What a formula's macros of the document (or configuration) came to as KaTeX expanded them. */
export interface Expanded {
  /** How many times one was expanded (MathJax counts its substitutions the same way, up to its `maxMacros`). */
  expansions: number;
  /** The longest text an expansion left to read, in tokens: a lower bound of MathJax's string (`maxBuffer`). */
  longestString: number;
}
