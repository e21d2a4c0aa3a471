import { defineRule } from './define.js';

export const envFromHistory = defineRule({
  id: 'env-from-history',
  severity: 'warning',
  scope: 'environment',
  description:
    'An environment file with no version at all, as `conda env export --from-history` writes it (what it installs floats with every solve), or with no pip section while the notebooks pip-install packages it does not list (such an export drops it).',
  fix: 'pin the versions you ran (`conda env export --no-builds`, or add them to the history export) and keep the pip section',
  reports:
    '`- numpy`, `- pandas`, `- scipy`, … none pinned (one finding for the file, not one a package); `%pip install transformers` in a notebook, and no `pip:` section listing it',
});
