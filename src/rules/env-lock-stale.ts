import { defineRule } from './define.js';

export const envLockStale = defineRule({
  id: 'env-lock-stale',
  severity: 'error',
  scope: 'environment',
  description:
    "A lock file out of step with its manifest (uv.lock with pyproject.toml, pixi.lock with pixi.toml, conda-lock.yml with environment.yml): the tool's own check (`uv lock --check`, `pixi lock --check`) fails, and an install gets what the manifest no longer says.",
  fix: 'refresh the lock with the command the finding names (`uv lock`, `pixi lock`, `conda-lock -f environment.yml`) and commit it',
  reports: '`numpy>=1.26` in pyproject.toml, `numpy>=1.24` in uv.lock; a platform pixi.toml declares with no packages in pixi.lock',
});
