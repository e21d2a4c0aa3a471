import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/app/check.js';
import { runEnvLint } from '../src/app/env.js';
import { verifyRepository } from '../src/app/verify.js';
import { RULES } from '../src/rules/index.js';
import { reproduceDiagnostics } from '../src/reproduce/findings.js';
import { FIXTURES } from './helpers/fixtures.js';

/**
 * One fixture per rule (__tests__/fixtures/rules/<id>.<ext>): a small file that makes the rule fire, each finding
 * marked on its line (`<!-- expect: id -->` in Markdown and notebooks, `# expect: id` in YAML). A fixture holds
 * exactly the findings it marks — no second finding for the same mistake — and every registered rule has one. A
 * rule that needs several files (a manifest and its lock, a site's configuration and a page) has a folder of its own,
 * its marks in its files.
 */
const RULE_FIXTURES = join(FIXTURES, 'rules');
const fixtures = readdirSync(RULE_FIXTURES).filter((name) => !name.startsWith('.') && !name.startsWith('reproduce-'));

const isFolder = (name: string) => statSync(join(RULE_FIXTURES, name)).isDirectory();

function marked(name: string): string[] {
  if (isFolder(name)) {
    return readdirSync(join(RULE_FIXTURES, name))
      .flatMap((file) => marked(join(name, file)).map((entry) => `${file} ${entry}`))
      .sort();
  }
  const expected: string[] = [];
  readFileSync(join(RULE_FIXTURES, name), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(/(?:<!--|#) expect: ([\w-]+(?:, *[\w-]+)*)/g))
        for (const rule of match[1]!.split(/, */)) expected.push(`${index + 1} ${rule}`);
    });
  return expected.sort();
}

function found(name: string): string[] {
  if (isFolder(name)) {
    // (A folder is a repository of its own: its environment files, or a site and its pages.)
    const root = join(RULE_FIXTURES, name);
    return (name.startsWith('env-') ? runEnvLint({ root, paths: [] }) : runCheck({ root, paths: [] })).report.diagnostics
      .map((d) => `${d.file} ${d.line} ${d.rule}`)
      .sort();
  }
  const diagnostics = name.startsWith('env-')
    ? runEnvLint({ root: RULE_FIXTURES, paths: [name] }).report.diagnostics
    : name === 'reproduce.md'
      ? reproduceDiagnostics({ report: verifyRepository({ root: RULE_FIXTURES, file: name }) }, 'error')
      : runCheck({ root: RULE_FIXTURES, paths: [name] }).report.diagnostics;
  return diagnostics.map((d) => `${d.line} ${d.rule}`).sort();
}

describe('every rule has a fixture of its own', () => {
  it('names one fixture for each registered rule', () => {
    const covered = new Set(fixtures.map((name) => name.replace(/\.[^.]+$/, '')));
    expect(RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const name of fixtures) {
    it(`${name}: exactly the findings it marks, its own rule among them`, () => {
      const expected = marked(name);
      expect(expected.map((entry) => entry.split(' ').at(-1))).toContain(name.replace(/\.[^.]+$/, ''));
      expect(found(name)).toEqual(expected);
    });
  }
});
