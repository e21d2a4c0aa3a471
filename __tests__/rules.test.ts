import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/app/check.js';
import { runEnvLint } from '../src/app/env.js';
import { verifyRepository } from '../src/app/verify.js';
import { RULES } from '../src/model/rules.js';
import { reproduceDiagnostics } from '../src/reproduce/findings.js';
import { FIXTURES } from './helpers/fixtures.js';

/**
 * One fixture per rule (__tests__/fixtures/rules/<id>.<ext>): a small file that makes the rule fire, each finding
 * marked on its line (`<!-- expect: id -->` in Markdown and notebooks, `# expect: id` in YAML). A fixture holds
 * exactly the findings it marks — no second finding for the same mistake — and every registered rule has one.
 */
const RULE_FIXTURES = join(FIXTURES, 'rules');
const fixtures = readdirSync(RULE_FIXTURES).filter((name) => !name.startsWith('.') && !name.startsWith('reproduce-'));

function marked(name: string): string[] {
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
      expect(expected.map((entry) => entry.split(' ')[1])).toContain(name.replace(/\.[^.]+$/, ''));
      expect(found(name)).toEqual(expected);
    });
  }
});
