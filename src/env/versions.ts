import { normalizedPackageName } from './packages.js';

/**
 * Requirements and versions as Python packaging (PEP 508, PEP 440) and conda write them, read far enough to compare a
 * manifest with its lock file: names normalised, specifiers as sets of clauses, and whether a locked version meets a
 * specifier where that can be told for certain (`undefined` where it cannot: never a guess).
 */

export interface Requirement {
  /** PEP 503-normalised. */
  name: string;
  extras: string[];
  /** Clauses without spaces, sorted (`<2`, `>=1.26`); empty for any version. */
  specifier: string[];
  /** The environment marker, spaces and quotes normalised; empty for none. */
  marker: string;
  /** A direct reference (`name @ url`). */
  url?: string;
}

/** A PEP 508 requirement (`numpy[extra] >=1.26, <2 ; python_version >= "3.10"`), or undefined when it is not one. */
export function parseRequirement(text: string): Requirement | undefined {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s.exec(text);
  if (!match) return undefined;
  const [, name, extras, rest] = match as unknown as [string, string, string | undefined, string];
  const semicolon = rest.indexOf(';');
  let versionPart = (semicolon >= 0 ? rest.slice(0, semicolon) : rest).trim();
  const marker = semicolon >= 0 ? normalizedMarker(rest.slice(semicolon + 1)) : '';
  const requirement: Requirement = {
    name: normalizedPackageName(name),
    extras: (extras ?? '')
      .split(',')
      .map((extra) => normalizedPackageName(extra.trim()))
      .filter(Boolean)
      .sort(),
    specifier: [],
    marker,
  };
  if (versionPart.startsWith('@')) {
    requirement.url = versionPart.slice(1).trim();
    return requirement;
  }
  if (versionPart.startsWith('(') && versionPart.endsWith(')')) versionPart = versionPart.slice(1, -1);
  requirement.specifier = specifierClauses(versionPart);
  return requirement;
}

/** `>=1.26, <2` as `['<2', '>=1.26']`. */
export function specifierClauses(specifier: string): string[] {
  return specifier
    .split(',')
    .map((clause) => clause.replace(/\s+/g, ''))
    .filter(Boolean)
    .sort();
}

/** A marker with its quotes as `'`, one space around operators and none inside parentheses. */
export function normalizedMarker(marker: string): string {
  return marker
    .trim()
    .replace(/"/g, "'")
    .replace(/\s*(===|==|!=|<=|>=|~=|<|>)\s*/g, ' $1 ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+/g, ' ');
}

/** How a requirement reads in a message: `numpy[extra]>=1.26; marker`. */
export function shownRequirement(requirement: Requirement): string {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(',')}]` : '';
  const version = requirement.url ? ` @ ${requirement.url}` : requirement.specifier.join(',');
  return `${requirement.name}${extras}${version}${requirement.marker ? `; ${requirement.marker}` : ''}`;
}

/** A version as numbers, or undefined when a part is not a plain number (`1.0rc1`, `2.0a0`): not compared. */
function numericVersion(version: string): number[] | undefined {
  const parts = version.trim().replace(/^v/, '').split('.');
  if (parts.some((part) => !/^\d+$/.test(part))) return undefined;
  return parts.map(Number);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const difference = (a[k] ?? 0) - (b[k] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Whether `version` meets a conda or PEP 440 specifier (`>=3.12,<3.13`, `3.11.*`, `==1.26.4`, `1.26` — conda's
 * `1.26` is `1.26.*` —, `*`, alternatives with `|`): true or false, or undefined when a version or clause is beyond
 * plain numbers and comparisons.
 */
export function meets(version: string, specifier: string): boolean | undefined {
  const have = numericVersion(version);
  if (!have) return undefined;
  let unknown = false;
  for (const alternative of specifier.split('|')) {
    let all = true;
    for (const raw of alternative.split(',')) {
      const clause = raw.trim();
      if (clause === '' || clause === '*') continue;
      const verdict = meetsClause(have, clause);
      if (verdict === undefined) unknown = true;
      if (verdict !== true) all = false;
    }
    if (all) return true;
  }
  return unknown ? undefined : false;
}

function meetsClause(have: readonly number[], clause: string): boolean | undefined {
  const match = /^(===|==|!=|<=|>=|~=|<|>|=)?\s*([^\s]+)$/.exec(clause);
  if (!match) return undefined;
  const op = match[1] ?? '';
  let text = match[2]!;
  const wildcard = text.endsWith('.*') || (op === '' && !text.includes('*'));
  if (text.endsWith('.*')) text = text.slice(0, -2);
  const want = numericVersion(text);
  if (!want) return undefined;
  const prefixMatches = want.every((part, index) => (have[index] ?? 0) === part);
  switch (op) {
    case '':
    case '=':
      // conda: `1.26` and `=1.26` are `1.26.*`.
      return prefixMatches;
    case '==':
    case '===':
      return wildcard && text !== match[2] ? prefixMatches : compare(have, want) === 0;
    case '!=':
      return wildcard && text !== match[2] ? !prefixMatches : compare(have, want) !== 0;
    case '>=':
      return compare(have, want) >= 0;
    case '<=':
      return compare(have, want) <= 0;
    case '>':
      return compare(have, want) > 0;
    case '<':
      return compare(have, want) < 0;
    case '~=': {
      if (want.length < 2) return undefined;
      return compare(have, want) >= 0 && want.slice(0, -1).every((part, index) => (have[index] ?? 0) === part);
    }
    default:
      return undefined;
  }
}
