/** Package specifications as conda and pip write them. */

export interface CondaSpec {
  name: string;
  /** The version constraint, if any (`3.10`, `>=1.2`, `==1.26.0`). */
  version?: string;
  /** A platform build string, if pinned (`py310h5f9d8c6_0`). */
  build?: string;
}

/** `[channel::]name[=version[=build]]`, `name==version`, `name>=1.2`, or MatchSpec's `name version build`. */
export function parseCondaSpec(text: string): CondaSpec | undefined {
  const spec = text.trim().replace(/^[\w.\-/:]+::/, '');
  const spaced = /^([A-Za-z0-9_.-]+)\s+(\S+)(?:\s+(\S+))?$/.exec(spec);
  if (spaced) return { name: spaced[1]!, version: spaced[2]!, ...(spaced[3] ? { build: spaced[3] } : {}) };
  const match = /^([A-Za-z0-9_.-]+)\s*(.*)$/.exec(spec);
  if (!match) return undefined;
  const [, name, rest] = match as unknown as [string, string, string];
  if (rest === '') return { name };
  const withBuild = /^=([^=<>!~\s]+)=(\S+)$/.exec(rest);
  if (withBuild) return { name, version: withBuild[1]!, build: withBuild[2]! };
  return { name, version: rest.replace(/^=(?!=)/, '') };
}

export type PipEntry =
  | { kind: 'requirement'; name: string; specifier: string; url?: string }
  | { kind: 'editable'; target: string }
  | { kind: 'url'; url: string }
  | { kind: 'path'; path: string }
  | { kind: 'option'; option: string; value: string }
  | { kind: 'other' };

/** One pip requirement line (without comments and continuations). */
export function parsePipLine(line: string): PipEntry {
  const text = line.trim();
  const option = /^(-[a-zA-Z]|--[a-z-]+)(?:[ =]\s*(.*))?$/.exec(text);
  if (option) {
    if (option[1] === '-e' || option[1] === '--editable') return { kind: 'editable', target: option[2] ?? '' };
    return { kind: 'option', option: option[1]!, value: option[2] ?? '' };
  }
  if (/^(git\+|hg\+|svn\+|bzr\+|https?:\/\/|file:)/i.test(text)) return { kind: 'url', url: text };
  if (/^(\.{1,2}\/|\/|~\/|[A-Za-z]:\\)/.test(text) || /\.(whl|tar\.gz|zip)$/i.test(text)) return { kind: 'path', path: text };
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*@\s*(\S+)/.exec(text);
  if (direct) return { kind: 'requirement', name: direct[1]!, specifier: '', url: direct[3]! };
  const requirement = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*)/.exec(text);
  if (requirement) return { kind: 'requirement', name: requirement[1]!, specifier: requirement[3]!.trim() };
  return { kind: 'other' };
}

/** PEP 503's normal form of a package name: lower case, runs of `-`, `_`, `.` as one `-`. */
export function normalizedPackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** PEP 503 normalisation, and conda's name for what pip calls otherwise. */
export function normalizedName(name: string, from: 'pip' | 'conda'): string {
  const normal = normalizedPackageName(name);
  if (from === 'conda') return normal;
  return PIP_TO_CONDA[normal] ?? normal;
}

const PIP_TO_CONDA: Record<string, string> = {
  torch: 'pytorch',
  'opencv-python': 'opencv',
  'opencv-contrib-python': 'opencv',
  'opencv-python-headless': 'opencv',
  'tensorflow-gpu': 'tensorflow',
  tables: 'pytables',
  'msgpack-python': 'msgpack-python',
};

/** A git URL pinned to a commit (`@<40 hex>`), the only kind that installs the same code every time. */
export function isPinnedVcs(url: string): boolean {
  return /@[0-9a-f]{40}(?:#|$)/i.test(url);
}

/** A package a notebook installs with pip (`%pip install transformers==4.40`, `!pip install -q datasets`). */
export interface PipInstall {
  name: string;
  /** The notebook it is in, and the command as written. */
  notebook: string;
  command: string;
}

/** Options of `pip install` that take a value (the value is not a package). */
const PIP_VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
]);

/**
 * The packages a notebook's cells install with pip, read from the file's text as written (a cell's source lines are
 * JSON strings): names only, versions, paths and URLs left out.
 */
export function pipInstallsIn(notebook: string, text: string): PipInstall[] {
  const installs: PipInstall[] = [];
  for (const match of text.matchAll(/[!%]\s*pip3?\s+install\s+([^"\\\n]+)/g)) {
    const words = match[1]!.trim().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!.replace(/^['"]|['"]$/g, '');
      if (PIP_VALUE_OPTIONS.has(word)) {
        k++;
        continue;
      }
      if (word.startsWith('-') || /[/:]/.test(word) || word === '.' || word.startsWith('$') || word.startsWith('{')) continue;
      const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(word)?.[1];
      if (name) installs.push({ name, notebook, command: match[0].trim().replace(/\s+/g, ' ') });
    }
  }
  return installs;
}
