import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { updatedReadme } from '../scripts/readme-tables.mjs';
import { REPO } from './helpers/fixtures.js';

const actionYml = readFileSync(join(REPO, 'action.yml'), 'utf8');
const action = load(actionYml) as { runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> };

describe('action.yml and the README', () => {
  it('declares a node24 action running the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('has every input read by the action and every output set by it', () => {
    const main = ['inputs.ts', 'main.ts', 'publish.ts'].map((file) => readFileSync(join(REPO, 'src', 'action', file), 'utf8')).join('\n');
    for (const input of Object.keys(action.inputs)) expect(main).toContain(`'${input}'`);
    for (const output of Object.keys(action.outputs)) expect(main).toContain(`setOutput('${output}'`);
  });

  it('documents the inputs and outputs exactly as action.yml declares them', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(updatedReadme(readme, actionYml)).toBe(readme);
  });
});

describe('generated data', () => {
  it('holds the JSON Schema of .mathrepro.yml as the configuration code defines it', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'config-schema.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('holds the registry of rules as the modules of src/rules/ declare them', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'rules-registry.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it("holds MathJax's command tables as the installed MathJax packages define them", () => {
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'mathjax-names.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
