import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/model/rules.js';
import { REPO } from './helpers/fixtures.js';

/**
 * The whole layering, as a table: for each unit of src/ (a folder, or a file at its top), the units it may import.
 * Any edge not in the table fails, so a new dependency is a decision written here (and in README's Design), not an
 * accident. Bottom to top:
 *
 *   model                      the vocabulary: types, rule metadata, spans, reports, previews, changes, errors
 *   paths positions read-file  small utilities on text and files; the character classes Markdown readers share
 *   write-file read-yaml       (characters); just enough of TeX's reading rules to find commands and their
 *   version tex characters     arguments (tex)
 *   format                     text as GitHub takes it: Markdown escaping, size limits, counts, unified diffs
 *   rules                      one module a rule: its declaration, its messages and fixes, its own checks
 *   scan math env              the domain: finding formulas, judging TeX, linting environment files
 *   config reproduce           configuration (names dialects and profiles); REPRODUCE.md read and verified
 *   check                      the engine that composes scan, math and config over files
 *   pr report                  what a change does to the math; the formats people read
 *   git github                 local git and GitHub's REST API: adapters that know only the vocabulary
 *   app                        the use cases (check, fix, preview, pull request, verify, env, badges)
 *   action cli index           entry points: inputs and events in, channels out
 */
const SRC = join(REPO, 'src');
const UTILITIES = ['paths', 'positions', 'read-file', 'write-file', 'read-yaml', 'version', 'tex', 'characters'];
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  paths: [],
  positions: [],
  'read-file': [],
  'write-file': [],
  'read-yaml': [],
  version: [],
  tex: [],
  characters: [],
  format: ['model'],
  rules: ['model', 'format', 'tex', 'characters'],
  scan: ['model', 'rules', 'positions', 'characters'],
  math: ['model', 'rules', 'tex'],
  env: ['model', 'rules', 'read-yaml'],
  config: ['model', 'rules', 'scan', 'math', 'paths', 'read-file', 'read-yaml'],
  reproduce: ['model', 'rules', 'scan', 'positions', 'read-yaml'],
  check: ['model', 'rules', 'config', 'scan', 'math', ...UTILITIES],
  pr: ['model', 'format', 'math', 'positions', 'tex'],
  report: ['model', 'rules', 'format', 'version'],
  git: ['model'],
  github: ['model', 'format'],
  app: ['model', 'rules', 'config', 'env', 'reproduce', 'check', 'pr', 'report', 'git', ...UTILITIES],
  action: ['app', 'model', 'rules', 'format', 'config', 'reproduce', 'pr', 'report', 'git', 'github', ...UTILITIES],
  cli: ['app', 'model', 'config', 'check', 'report', ...UTILITIES],
  index: ['action'],
};

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : /\.(ts|cjs)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

/** The unit of src/ a path belongs to: its folder, or a top-level file's name. */
function unitOf(path: string): string {
  const parts = relative(SRC, path).split('/');
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.(ts|js|cjs)$/, '');
}

/** The units a file imports (its relative imports, static and dynamic, resolved). */
function importedUnits(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((match) => unitOf(resolve(dirname(file), match[1]!)));
}

describe('the layers', () => {
  it('hold to the allowed-imports table: every edge between units of src/ is listed', () => {
    const offences: string[] = [];
    for (const file of sources(SRC)) {
      const unit = unitOf(file);
      const allowed = ALLOWED[unit];
      if (!allowed) {
        offences.push(`${relative(SRC, file)}: the unit ${unit} is not in the table`);
        continue;
      }
      for (const target of new Set(importedUnits(file))) {
        if (target !== unit && !allowed.includes(target)) offences.push(`${relative(SRC, file)} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('list no edge that is not used, so the table stays the picture of the code', () => {
    const used = new Map<string, Set<string>>();
    for (const file of sources(SRC)) {
      const unit = unitOf(file);
      for (const target of importedUnits(file)) if (target !== unit) (used.get(unit) ?? used.set(unit, new Set()).get(unit)!).add(target);
    }
    const unused = Object.entries(ALLOWED).flatMap(([unit, targets]) =>
      targets.filter((target) => !used.get(unit)?.has(target)).map((target) => `${unit} → ${target}`),
    );
    // Utilities are allowed wholesale to the layers that use files and text; the others' edges are each in use.
    expect(unused.filter((edge) => !UTILITIES.some((utility) => edge.endsWith(`→ ${utility}`)))).toEqual([]);
  });

  it('name a rule only through its module: no rule id is written outside src/rules/', () => {
    const offences: string[] = [];
    for (const file of sources(SRC)) {
      const path = relative(SRC, file);
      if (path.startsWith('rules/') || path === 'model/rule-ids.generated.ts') continue;
      const text = readFileSync(file, 'utf8');
      for (const id of RULE_IDS) {
        // `reproduce` is also a configuration key, an input and a payload field: only its uses as a rule count.
        const written = id === 'reproduce' ? /(?:rule: |rule [!=]== |severity\()'reproduce'/ : new RegExp(`'${id}'`);
        if (written.test(text)) offences.push(`${path}: '${id}'`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('leave @actions/* to the action and Octokit to github/', () => {
    const uses = (pattern: RegExp) =>
      sources(SRC)
        .filter((file) => pattern.test(readFileSync(file, 'utf8')))
        .map((file) => unitOf(file));
    expect(new Set(uses(/from '@actions\//))).toEqual(new Set(['action']));
    expect(new Set(uses(/octokit\.(rest|paginate|request)\b/))).toEqual(new Set(['github']));
  });
});
