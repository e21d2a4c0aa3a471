// Writes the README's inputs and outputs tables from action.yml, so the two never disagree:
//   node scripts/readme-tables.mjs          update README.md
//   node scripts/readme-tables.mjs --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-tables:start (generated from action.yml by scripts/readme-tables.mjs) -->';
const END = '<!-- action-tables:end -->';

export function renderTables(actionYml) {
  const action = load(actionYml);
  const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const inputs = Object.entries(action.inputs).map(
    ([name, input]) => `| \`${name}\` | ${input.default === '' ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return [START, '| Input | Default | Meaning |', '|---|---|---|', ...inputs, '', '| Output | Meaning |', '|---|---|', ...outputs, END].join('\n');
}

export function updatedReadme(readme, actionYml) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error('README.md has no action-tables markers');
  return readme.slice(0, start) + renderTables(actionYml) + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = join(repo, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = updatedReadme(readme, readFileSync(join(repo, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables are out of date: run node scripts/readme-tables.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(readmePath, next);
  }
}
