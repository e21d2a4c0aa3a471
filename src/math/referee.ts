import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MATHJAX_NAMES } from './mathjax-names.generated.js';
import { EMULATED_COMMANDS } from './macros.js';
import type { RendererProfile } from './profiles.js';

/** MathJax's verdict on a formula it refuses: its error id (`UndefinedControlSequence`, …) and message. */
export interface Refusal {
  id: string;
  message: string;
}

type RefereeFunction = (
  profile: { engine: string; packages: readonly string[] },
  preamble: readonly string[],
  tex: string,
  display: boolean,
) => Refusal | undefined;

let loaded: RefereeFunction | undefined;

/**
 * MathJax is loaded on the first formula that needs its word, synchronously (validation is synchronous): from
 * source the referee sits beside this file; bundled, it is dist/mathjax-referee.cjs, beside the entry point or
 * one folder up from a chunk.
 */
function referee(): RefereeFunction {
  if (loaded) return loaded;
  const load = createRequire(import.meta.url);
  for (const candidate of ['./mathjax-referee.cjs', '../mathjax-referee.cjs']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return (loaded = (load(path) as { referee: RefereeFunction }).referee);
  }
  throw new Error('mathjax-referee.cjs is missing from this installation of mathrepro');
}

const MAX_VERDICTS = 50_000;
const verdicts = new Map<string, Refusal | null>();

/**
 * Typesets `tex` with the profile's MathJax after the definitions in `preamble` (as written, a list that only
 * grows): undefined when it renders, else MathJax's refusal. Verdicts are cached by profile, context and formula:
 * the context by `preambleKey`, a digest of the preamble (keys holding thousands of definitions grew with their
 * square).
 */
export function askMathJax(profile: RendererProfile, preamble: readonly string[], preambleKey: string, tex: string, display: boolean): Refusal | undefined {
  const key = `${profile.name}\u0001${display ? 'D' : 'T'}${preambleKey}\u0001${tex}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const verdict = referee()(profile, preamble, tex, display);
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(key, verdict ?? null);
  return verdict;
}

interface KnownNames {
  macros: ReadonlySet<string>;
  environments: ReadonlySet<string>;
  /** What textmacros accepts inside `\\text{…}`. */
  textMode: ReadonlySet<string>;
  /**
   * The commands KaTeX accepts (itself, or through mathrepro's stand-ins) that this MathJax does not define, as
   * word hashes (`wordHash`) and, for control symbols, by character code: a formula KaTeX accepted can fail in
   * MathJax through these alone, so a walk over its commands needs no string for most of them.
   */
  suspectWords: ReadonlySet<number>;
  suspectSymbols: Uint8Array;
  /** Whether a formula may hold a suspect at all: one native search, grouped by first letter so it stays quick. */
  maySuspect: RegExp;
}

/** `\\(?:a(?:lef|ngl)|b(?:…)|…)(?![A-Za-z@])` over the suspects' names, plus their control symbols. */
function suspectPattern(known: ReadonlySet<string>): RegExp {
  const byFirst = new Map<string, string[]>();
  const symbols: string[] = [];
  for (const name of new Set([...MATHJAX_NAMES.katex.all!.macros, ...EMULATED_COMMANDS])) {
    if (known.has(name)) continue;
    if (/^[A-Za-z@]+$/.test(name)) byFirst.set(name[0]!, [...(byFirst.get(name[0]!) ?? []), name.slice(1)]);
    else if (name.length === 1) symbols.push(name.replace(/[\\^\]-]/g, '\\$&'));
  }
  const words = [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`);
  const alternatives = [...(words.length > 0 ? [`(?:${words.join('|')})(?![A-Za-z@])`] : []), ...(symbols.length > 0 ? [`[${symbols.join('')}]`] : [])];
  return alternatives.length > 0 ? new RegExp(`\\\\(?:${alternatives.join('|')})`) : /(?!)/;
}

/** A control word's hash, as the validator computes it character by character while it walks a formula. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (hash * 31 + word.charCodeAt(k)) | 0;
  return hash;
}

const knownByProfile = new Map<string, KnownNames>();

/** The control words (without backslash) and environments the profile's MathJax defines, from generated data. */
export function mathjaxNames(profile: RendererProfile): KnownNames {
  let known = knownByProfile.get(profile.name);
  if (known) return known;
  const table = MATHJAX_NAMES[profile.engine === 'mathjax4' ? 'mathjax4' : 'mathjax3'];
  const macros = new Set<string>();
  const environments = new Set<string>();
  for (const name of profile.packages) {
    const names = table[name];
    if (!names) continue;
    for (const macro of names.macros) macros.add(macro);
    for (const environment of names.environments) environments.add(environment);
  }
  macros.delete(''); // never a name
  const suspectWords = new Set<number>();
  const suspectSymbols = new Uint8Array(128);
  for (const name of [...MATHJAX_NAMES.katex.all!.macros, ...EMULATED_COMMANDS]) {
    if (macros.has(name)) continue;
    if (/^[A-Za-z@]+$/.test(name)) suspectWords.add(wordHash(name));
    else if (name.length === 1 && name.charCodeAt(0) < 128) suspectSymbols[name.charCodeAt(0)] = 1;
  }
  known = { macros, environments, textMode: new Set(table['text-mode']?.macros), suspectWords, suspectSymbols, maySuspect: suspectPattern(macros) };
  knownByProfile.set(profile.name, known);
  return known;
}

/** Every control word MathJax 3 knows in any package, by length: the vocabulary for "did you mean". */
let vocabulary: Map<number, string[]> | undefined;
const suggestions = new Map<string, string | undefined>();
/** Suggestions worked out in one run, at most: a file of thousands of invented commands stays fast. */
const MAX_SUGGESTIONS = 2_000;

/** The one known command nearest to a misspelt one (`\lamda` → `\lambda`), when one is clearly nearest. */
export function nearestCommand(name: string, extra: Iterable<string> = []): string | undefined {
  const word = name.replace(/^\\/, '');
  if (word.length < 2) return undefined;
  const others = [...extra].map((macro) => macro.replace(/^\\/, ''));
  const key = `${word}\u0000${others.join(' ')}`;
  if (suggestions.has(key)) return suggestions.get(key);
  if (suggestions.size >= MAX_SUGGESTIONS) return undefined;
  if (!vocabulary) {
    vocabulary = new Map();
    for (const known of new Set(Object.values(MATHJAX_NAMES.mathjax3).flatMap((names) => names.macros))) {
      if (!/^[A-Za-z]{2,}$/.test(known)) continue;
      const bucket = vocabulary.get(known.length) ?? [];
      bucket.push(known);
      vocabulary.set(known.length, bucket);
    }
  }
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  const consider = (candidate: string) => {
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) return;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && candidate !== best) {
      tie = true;
    }
  };
  for (let length = word.length - limit; length <= word.length + limit; length++) for (const candidate of vocabulary.get(length) ?? []) consider(candidate);
  for (const candidate of others) consider(candidate);
  const suggestion = best !== undefined && !tie ? `\\${best}` : undefined;
  suggestions.set(key, suggestion);
  return suggestion;
}

/** Damerau–Levenshtein distance (adjacent swaps count one), giving up past `limit`; three rows of memory. */
function editDistance(a: string, b: string, limit: number): number {
  let previous2 = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length]!;
}
