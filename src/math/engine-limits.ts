import type { Expanded } from './katex-parser.js';
import type { RendererProfile } from './profiles.js';

/**
 * Whether MathJax may refuse what KaTeX accepted for a limit of its own: near its count of macro substitutions or
 * its buffer (KaTeX's expansion of the document's macros tells), or a dimension MathJax does not read. MathJax then
 * decides; these only keep it from being asked about every formula.
 */
export function mayHitEngineLimit(profile: RendererProfile, rendered: string, expanded: Expanded): boolean {
  const { limits } = profile;
  if (!limits) return false;
  // A token is a character or more of MathJax's string: half the buffer in tokens leaves room for the longer ones.
  if (expanded.expansions > 0 && (expanded.expansions >= limits.maxMacros * 0.9 || expanded.longestString * 2 >= limits.maxBuffer)) return true;
  return mayMissDimension(rendered);
}

/** What MathJax's limits are, said with the refusal that names one (by its error id); undefined for other refusals. */
export function limitAdvice(id: string, profile: RendererProfile): string | undefined {
  const limits = profile.limits;
  if (!limits) return undefined;
  const macros = limits.maxMacros.toLocaleString('en');
  switch (id) {
    case 'MaxMacroSub1':
      return `it substitutes at most ${macros} macros in one formula: split the formula, or write some uses out`;
    case 'MaxMacroSub2':
      return `it substitutes at most ${macros} environments in one formula: split the formula`;
    case 'MaxBufferSize':
      return `a macro and the text after it may come to at most ${limits.maxBuffer.toLocaleString('en')} characters: split the formula, or use its macros nearer its end`;
    default:
      return undefined;
  }
}

/**
 * TeX dimensions as MathJax reads them (3.2.2's ParseUtil.matchDimen): a number — `,` may stand for the point — and
 * one of nine units in lower case, nothing else. KaTeX reads more (`1e3em`, `2EM`, `1.5.em` pass it), so a formula
 * KaTeX accepts can stop MathJax with "Missing dimension or its units". Whether a formula may is told here; the
 * verdict is MathJax's own (the referee), so this errs towards asking.
 */
const NUMBER = String.raw`[-+]?(?:[.,]\d+|\d+(?:[.,]\d*)?)`;
const UNIT = '(?:pt|em|ex|mu|px|mm|cm|in|pc)';
/** A dimension that is an argument's whole text. */
const WHOLE = new RegExp(String.raw`^\s*${NUMBER}\s*${UNIT}\s*$`);
/** A dimension read from the text that follows a command (`\kern 2em x`). */
const LEADING = new RegExp(String.raw`^\s*${NUMBER}\s*${UNIT}`);

/** MathJax's commands that read dimensions, each with how many (after an optional `[…]` for `\rule`). */
const DIMENSION_COMMANDS: ReadonlyMap<string, number> = new Map([
  ['rule', 2],
  ['Rule', 3],
  ['Space', 3],
  ['raise', 1],
  ['lower', 1],
  ['moveleft', 1],
  ['moveright', 1],
  ['hskip', 1],
  ['hspace', 1],
  ['kern', 1],
  ['mskip', 1],
  ['mspace', 1],
  ['mkern', 1],
  ['above', 1],
  ['abovewithdelims', 1],
]);

const CANDIDATE = /\\(rule|Rule|Space|raise|lower|moveleft|moveright|hskip|hspace|kern|mskip|mspace|mkern|above(?:withdelims)?)(?![A-Za-z@])/g;

/** Whether some dimension in the formula is not one MathJax reads (or cannot be told apart from one). */
export function mayMissDimension(tex: string): boolean {
  if (!tex.includes('\\')) return false;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(tex); match; match = CANDIDATE.exec(tex)) {
    if (escaped(tex, match.index)) continue;
    const name = match[1]!;
    let at = match.index + match[0].length;
    if (name === 'rule') at = afterOptional(tex, at);
    for (let k = 0; k < DIMENSION_COMMANDS.get(name)!; k++) {
      const next = readDimension(tex, at, name === 'abovewithdelims' ? 2 : 0);
      if (next < 0) return true;
      at = next;
    }
  }
  return false;
}

/** Whether the backslash at `at` is itself escaped (`\\rule` is a line break then `rule`). */
function escaped(tex: string, at: number): boolean {
  let backslashes = 0;
  while (at - backslashes - 1 >= 0 && tex.charCodeAt(at - backslashes - 1) === 92) backslashes++;
  return backslashes % 2 === 1;
}

function skipSpaces(tex: string, at: number): number {
  while (at < tex.length && /\s/.test(tex[at]!)) at++;
  return at;
}

/** Past `[…]` if one follows. */
function afterOptional(tex: string, at: number): number {
  const start = skipSpaces(tex, at);
  if (tex[start] !== '[') return at;
  const close = tex.indexOf(']', start);
  return close < 0 ? tex.length : close + 1;
}

/** Where a dimension read at `at` ends, or -1 when MathJax may not read one there. */
function readDimension(tex: string, at: number, delimiters: number): number {
  let start = skipSpaces(tex, at);
  // \abovewithdelims reads its two delimiters first.
  for (let k = 0; k < delimiters; k++) start = skipSpaces(tex, tex[start] === '\\' ? controlEnd(tex, start) : start + 1);
  if (tex[start] === '{') {
    const end = groupEnd(tex, start);
    if (end < 0 || !WHOLE.test(tex.slice(start + 1, end))) return -1;
    return end + 1;
  }
  const match = LEADING.exec(tex.slice(start, start + 64));
  return match ? start + match[0].length : -1;
}

function controlEnd(tex: string, at: number): number {
  let end = at + 1;
  if (end < tex.length && !/[A-Za-z]/.test(tex[end]!)) return end + 1;
  while (end < tex.length && /[A-Za-z]/.test(tex[end]!)) end++;
  return end;
}

/** The index of the `}` closing the group that opens at `at`, or -1. */
function groupEnd(tex: string, at: number): number {
  let depth = 0;
  for (let k = at; k < tex.length; k++) {
    const char = tex[k];
    if (char === '\\') k++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return k;
  }
  return -1;
}
