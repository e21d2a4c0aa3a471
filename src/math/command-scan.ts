import { isLetter, readArgument, controlSequences } from '../tex.js';
import type { MacroContext } from './macros.js';
import { TEXT_COMMAND, TEXT_COMMANDS, textModeCharacters, type TextModeCharacter } from './prepare.js';
import type { RendererProfile } from './profiles.js';
import { mathjaxNames, wordHash } from './referee.js';

/**
 * What a formula KaTeX accepted holds that the profile's MathJax may not: a command or environment its packages do
 * not define (from MathJax's own tables), and what textmacros refuses in text.
 */

const TEXT_WORDS = new Set([...TEXT_COMMANDS].map((name) => name.slice(1)));
const ENVIRONMENT = /\\begin\s*\{([^{}]*)\}/g;
const TEXT_HASHES = new Set([...TEXT_WORDS].map(wordHash));
const BEGIN_HASH = wordHash('begin');

/** `_`, `^`, `&`, `#`, or `\\` for a command. */
export type TextTrouble = TextModeCharacter;

/**
 * The first thing in a text command's argument that textmacros may refuse, outside the `$…$` text may contain:
 * `_`, `^`, `&`, `#`, or a command that textmacros does not accept in text (`\\dots` is math-only there).
 */
export function textTrouble(tex: string, textMode: ReadonlySet<string>): TextTrouble | undefined {
  for (const { char, at, command } of textModeCharacters(tex, '_^&#')) {
    if (command) {
      if (!textMode.has(command.slice(1))) return { char, at, command };
    } else return { char, at };
  }
  return undefined;
}

/**
 * One walk over a formula's commands: the first the profile's MathJax does not define (a command `\\name` or
 * an environment `{name}`), and whether it has a text command.
 */
export function scanCommands(
  tex: string,
  profile: RendererProfile,
  context: MacroContext,
): { unknown?: { name: string; start: number; end: number }; hasText: boolean } {
  // With a `%` comment, the tokenizer (it skips comments); else a walk from backslash to backslash that hashes
  // each control word as it goes, and looks a word up by name only when its hash is a suspect's.
  if (tex.includes('%')) return { ...firstUnknown(tex, profile, context), hasText: TEXT_COMMAND.test(tex) };
  const known = mathjaxNames(profile);
  // Most formulas hold no suspect: a native search tells, and only their environments are looked up.
  if (!known.maySuspect.test(tex)) {
    const hasText = TEXT_COMMAND.test(tex);
    if (!tex.includes('\\begin')) return { hasText };
    ENVIRONMENT.lastIndex = 0;
    for (let m = ENVIRONMENT.exec(tex); m; m = ENVIRONMENT.exec(tex)) {
      const name = m[1]!.trim();
      if (!known.environments.has(name)) return { unknown: { name: `{${name}}`, start: m.index + m[0].indexOf('{'), end: m.index + m[0].length }, hasText };
    }
    return { hasText };
  }
  const { suspectWords, suspectSymbols } = known;
  let hasText = false;
  for (let at = tex.indexOf('\\'); at >= 0 && at < tex.length - 1; at = tex.indexOf('\\', at)) {
    let end = at + 1;
    let hash = 0;
    for (let code = tex.charCodeAt(end); end < tex.length && isLetter(code); code = tex.charCodeAt(++end)) hash = (hash * 31 + code) | 0;
    if (end === at + 1) {
      const code = tex.charCodeAt(end);
      if (code < 128 && suspectSymbols[code] === 1 && !context.userNames.has(tex.slice(at, end + 1))) {
        return { unknown: { name: tex.slice(at, end + 1), start: at, end: end + 1 }, hasText: hasText || TEXT_COMMAND.test(tex) };
      }
      at = end + 1;
      continue;
    }
    if (hash === BEGIN_HASH || suspectWords.has(hash) || TEXT_HASHES.has(hash)) {
      const word = tex.slice(at + 1, end);
      if (word === 'begin') {
        const environment = readArgument(tex, end);
        const name = environment?.inner.trim();
        if (name !== undefined && !known.environments.has(name)) {
          return { unknown: { name: `{${name}}`, start: environment!.start, end: environment!.end }, hasText: hasText || TEXT_COMMAND.test(tex) };
        }
      } else if (TEXT_WORDS.has(word)) {
        hasText = true;
      } else if (!known.macros.has(word) && !context.userNames.has(`\\${word}`)) {
        return { unknown: { name: `\\${word}`, start: at, end }, hasText: hasText || TEXT_COMMAND.test(tex) };
      }
    }
    at = end;
  }
  return { hasText };
}

/** The first command (`\\name`) or environment (`{name}`) the profile's MathJax does not define, if any. */
function firstUnknown(tex: string, profile: RendererProfile, context: MacroContext): { unknown?: { name: string; start: number; end: number } } {
  const known = mathjaxNames(profile);
  for (const cs of controlSequences(tex)) {
    // `\\` followed by a line break is a control space, as `\\ ` is.
    const word = cs.name.length === 2 && /\s/.test(cs.name[1]!) ? ' ' : cs.name.slice(1);
    if (cs.name === '\\begin') {
      const environment = readArgument(tex, cs.end);
      const name = environment?.inner.trim();
      if (name !== undefined && !known.environments.has(name)) return { unknown: { name: `{${name}}`, start: environment!.start, end: environment!.end } };
    } else if (!known.macros.has(word) && !context.userNames.has(cs.name)) {
      return { unknown: { name: cs.name, start: cs.start, end: cs.end } };
    }
  }
  return {};
}
