import { defineRule } from './define.js';

export const envOsOnly = defineRule({
  id: 'env-os-only',
  severity: 'error',
  scope: 'environment',
  description:
    'A conda package that exists only on some operating systems (appnope, vc, ucrt, pywin32, libgcc-ng, _libgcc_mutex, …): the file was exported there, and elsewhere conda fails with ResolvePackageNotFound.',
  fix: 'drop the line (mechanical), or `conda export --format environment-yaml --from-history` (conda 25.7) keeping the pip section',
  reports: '`- appnope=0.1.3` (macOS), `- vs2015_runtime=14.29` (Windows), `- libgcc-ng=13.2.0` (Linux)',
});
