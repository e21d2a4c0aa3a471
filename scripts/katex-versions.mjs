// What an older KaTeX that a site pins lacks, against the KaTeX mathrepro parses with: the commands the newer one
// defines and the older one calls undefined, and the hexadecimal colour lengths each reads. The result is the
// `olderKatex` data of a profile in src/math/profiles.ts (mystmd pins 0.15.6). The older KaTeX is fetched from the
// npm registry into a temporary folder, never installed into the project (old versions carry advisories).
//   node scripts/katex-versions.mjs [VERSION]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const version = process.argv[2] ?? '0.15.6';
const folder = mkdtempSync(join(tmpdir(), 'katex-versions-'));
try {
  execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--prefix', folder, `katex@${version}`], { stdio: 'ignore' });
  const older = createRequire(join(folder, 'package.json'))('katex');
  const newer = createRequire(import.meta.url)('katex');
  const parses = (katex, tex) => {
    try {
      katex.__parse(tex, { throwOnError: true, displayMode: true, strict: 'ignore', trust: true });
      return true;
    } catch (error) {
      return !String(error.message).includes('Undefined control sequence') && !String(error.message).includes('Invalid color');
    }
  };
  const source = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.js'), 'utf8');
  const names = new Set([...source.matchAll(/["']\\\\([A-Za-z]+)["']/g)].map((match) => match[1]));
  const { log } = console;
  console.log = console.error = console.warn = () => {};
  const missing = [...names].filter((name) => parses(newer, `\\${name}{a}{b}{c}`) && !parses(older, `\\${name}{a}{b}{c}`)).sort();
  const colorDigits = [3, 4, 6, 8].filter((digits) => parses(older, `\\color{#${'a'.repeat(digits)}}{x}`));
  console.log = log;
  console.log(JSON.stringify({ version: older.version, against: newer.version, missing, colorDigits }, null, 2));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
