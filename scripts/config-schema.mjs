// Writes docs/mathrepro.schema.json, the JSON Schema of .mathrepro.yml, from src/config/schema.ts:
//   node scripts/config-schema.mjs          write it
//   node scripts/config-schema.mjs --check  exit 1 when it is out of date
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(repo, 'docs', 'mathrepro.schema.json');

const bundle = await build({
  entryPoints: [join(repo, 'src', 'config', 'schema.ts')],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  logLevel: 'silent',
});
const { configSchema } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const text = `${JSON.stringify(configSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: out of date
  }
  if (current !== text) {
    console.error('docs/mathrepro.schema.json is out of date: run node scripts/config-schema.mjs');
    process.exit(1);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
