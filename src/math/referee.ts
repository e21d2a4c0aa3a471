import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MATHJAX_NAMES } from './mathjax-names.generated.js';
import type { RendererProfile } from './profiles.js';

/** MathJax's verdict on a formula it refuses: its error id (`UndefinedControlSequence`, …) and message. */
export interface Refusal {
  id: string;
  message: string;
}

type RefereeFunction = (profile: { engine: string; packages: readonly string[] }, preamble: string, tex: string, display: boolean) => Refusal | undefined;

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
 * Typesets `tex` with the profile's MathJax after the definitions in `preamble` (NUL-separated, as written):
 * undefined when it renders, else MathJax's refusal. Verdicts are cached by profile, context and formula.
 */
export function askMathJax(profile: RendererProfile, preamble: string, tex: string, display: boolean): Refusal | undefined {
  const key = `${profile.name}\u0001${display ? 'D' : 'T'}${preamble}\u0001${tex}`;
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
  known = { macros, environments, textMode: new Set(table['text-mode']?.macros) };
  knownByProfile.set(profile.name, known);
  return known;
}

/** Every control word MathJax 3 knows in any package: the vocabulary for "did you mean". */
let vocabulary: string[] | undefined;

/** The one known command nearest to a misspelt one (`\lamda` → `\lambda`), when one is clearly nearest. */
export function nearestCommand(name: string, extra: Iterable<string> = []): string | undefined {
  vocabulary ??= [...new Set(Object.values(MATHJAX_NAMES.mathjax3).flatMap((names) => names.macros))].filter((word) => /^[A-Za-z]{2,}$/.test(word));
  const word = name.replace(/^\\/, '');
  if (word.length < 2) return undefined;
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let ties = 0;
  for (const candidate of [...vocabulary, ...[...extra].map((macro) => macro.replace(/^\\/, ''))]) {
    if (Math.abs(candidate.length - word.length) > limit || candidate === word) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      ties = 0;
    } else if (distance === bestDistance && candidate !== best) {
      ties++;
    }
  }
  return best !== undefined && ties === 0 ? `\\${best}` : undefined;
}

/** Damerau–Levenshtein distance (adjacent swaps count one), giving up past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length]![b.length]!;
}
