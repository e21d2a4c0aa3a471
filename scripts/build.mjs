// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files that run with
// plain `node` and no node_modules. The output is deterministic so CI can compare it with the committed dist/.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { esmBundle } from './esbuild-options.mjs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// One build for both entry points: shared code and lazily loaded parts go to dist/chunks/, so the CLI's
// `check` path does not load what only `badge`, `verify` or the action need.
await build({
  ...esmBundle,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
// MathJax, the referee, as one CommonJS file the validator loads synchronously and only when a formula needs it.
await build({
  entryPoints: { 'mathjax-referee': 'src/math/mathjax-referee.cjs' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
});
// The shebang only on the CLI (a banner would put it on every chunk).
const cliPath = 'dist/cli.js';
writeFileSync(cliPath, `#!/usr/bin/env node\n${readFileSync(cliPath, 'utf8')}`);
// The bin that npm (and pre-commit's node environments) link as `mathrepro`.
chmodSync('dist/cli.js', 0o755);
