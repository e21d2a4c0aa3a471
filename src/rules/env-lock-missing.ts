import { defineRule } from './define.js';

export const envLockMissing = defineRule({
  id: 'env-lock-missing',
  severity: 'warning',
  scope: 'environment',
  description:
    'A README that installs from a lock (`uv sync`, `pixi install`, `conda-lock install`) beside a manifest with no lock file: every install resolves anew.',
  fix: 'run the lock command (`uv lock`, `pixi lock`, `conda-lock`) and commit the lock',
  reports: '`uv sync` in README.md, pyproject.toml and no uv.lock',
});
