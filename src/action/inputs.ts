import * as core from '@actions/core';
import { ConfigurationError } from '../model/errors.js';
import { FILTER_MODES, type FilterMode } from '../model/changes.js';

/** The action's inputs (action.yml), read and checked once: a bad value stops the run with one line. */
export interface Inputs {
  /** Names the statuses, the sticky comment and the check run, so that several runs coexist on a pull request. */
  id: string;
  token: string;
  paths: string[];
  configPath: string | undefined;
  comment: 'always' | 'on-change' | 'never';
  filterMode: FilterMode;
  failOn: 'error' | 'warning' | 'never';
  checkName: string;
  botLogin: string;
  artifactName: string;
  command: string;
  reproduce: string;
  /** Folders of executed results from other jobs (matrix shards' artifacts). */
  results: string[];
  /** When this run started executing (ISO 8601 or seconds since 1970), or "" when not said. */
  executedAfter: string;
  commitStatus: boolean;
  badgesBranch: string;
  /** Where to write the findings as SARIF (for code scanning), if anywhere. */
  sarif: string;
  env: 'auto' | 'off';
  /** Post the mechanical fixes of a pull request as one review of suggestions. */
  suggestions: boolean;
}

export function readInputs(): Inputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = (core.getInput(name) || fallback) as T;
    if (!allowed.includes(value)) throw new ConfigurationError(`input ${name} must be one of ${allowed.join(', ')}, not '${value}'`);
    return value;
  };
  const id = core.getInput('id') || 'mathrepro';
  if (!/^[A-Za-z0-9][\w.-]{0,49}$/.test(id))
    throw new ConfigurationError(`input id must be letters, digits, '.', '_' or '-' (at most 50), not '${id.slice(0, 60)}'`);
  return {
    id,
    token: core.getInput('github-token'),
    paths: core.getInput('paths').split(/\s+/).filter(Boolean),
    configPath: core.getInput('config') || undefined,
    comment: choice('comment', ['always', 'on-change', 'never'] as const, 'on-change'),
    filterMode: choice('filter-mode', FILTER_MODES, 'added'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    // The runner passes every input action.yml declares, one without a default as "": empty is absent.
    checkName: core.getInput('check-name') || id,
    botLogin: core.getInput('bot-login') || 'github-actions[bot]',
    artifactName: core.getInput('artifact-name') || 'mathrepro-report',
    command: core.getInput('command') || '/mathrepro',
    reproduce: core.getInput('reproduce'),
    results: core
      .getInput('results')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    executedAfter: core.getInput('executed-after').trim(),
    commitStatus: choice('commit-status', ['true', 'false'] as const, 'true') === 'true',
    badgesBranch: core.getInput('badges-branch'),
    sarif: core.getInput('sarif'),
    env: choice('env', ['auto', 'off'] as const, 'auto'),
    suggestions: choice('suggestions', ['true', 'false'] as const, 'false') === 'true',
  };
}
