import { defineRule } from './define.js';

export const envBuildString = defineRule({
  id: 'env-build-string',
  severity: 'warning',
  scope: 'environment',
  description: 'A conda package pinned with its platform build string (numpy=1.26=py310h5f9d8c6_0): it fails elsewhere with ResolvePackageNotFound.',
  fix: '`conda env export --no-builds` (or `--from-history`); a whole export is one finding',
  reports: '`- cudatoolkit=11.8=h32da634_10`',
});
