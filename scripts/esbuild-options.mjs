// The esbuild options of mathrepro's ESM bundles, for the build (scripts/build.mjs) and for the bench's variant
// builds (scripts/bench/github-reading.mjs), so that what the bench times is built as dist/ is.
export const esmBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  // Prefer ES modules: jsonc-parser's UMD build loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __mathreproCreateRequire } from 'node:module';\nconst require = __mathreproCreateRequire(import.meta.url);" },
};
