// Writes the README's inputs and outputs tables from action.yml, and its rule tables from the rule modules (src/rules/), so
// that neither ever disagrees with the README:
//   node scripts/readme-tables.mjs          update README.md
//   node scripts/readme-tables.mjs --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { load } from 'js-yaml';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-tables:start (generated from action.yml by scripts/readme-tables.mjs) -->';
const END = '<!-- action-tables:end -->';

/** Text for a GFM table cell: the table splits a row at every unescaped |, even inside code spans. */
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderTables(actionYml) {
  const action = load(actionYml);
  const inputs = Object.entries(action.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default === '' || input.default === undefined ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return [START, '| Input | Default | Meaning |', '|---|---|---|', ...inputs, '', '| Output | Meaning |', '|---|---|', ...outputs, END].join('\n');
}

/** The rules as their modules declare them (src/rules/<id>.ts, listed by the generated registry). */
export function loadRules() {
  const bundle = buildSync({
    entryPoints: [join(repo, 'src', 'rules', 'registry.generated.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, () => {
    throw new Error('a rule module imports a package: rules declare data only');
  });
  return module.exports.RULES;
}

/** What each scope of src/model/rules.ts means to a reader of the README. */
const SCOPE_WORDS = {
  formula: 'a formula',
  markdown: 'the Markdown around math',
  document: 'a whole document',
  file: 'a file',
  reproduce: 'REPRODUCE.md',
};

const RULE_TABLES = {
  math: {
    start: '<!-- rules-table:start (generated from src/rules/ by scripts/readme-tables.mjs) -->',
    end: '<!-- rules-table:end -->',
    render: (rules) => [
      '| Rule | Looks at | Default | Reports |',
      '|---|---|---|---|',
      ...rules
        .filter((rule) => rule.scope !== 'environment')
        .map((rule) => `| \`${rule.id}\` | ${SCOPE_WORDS[rule.scope]} | ${rule.severity} | ${cell(rule.reports)} |`),
    ],
  },
  env: {
    start: '<!-- env-rules-table:start (generated from src/rules/ by scripts/readme-tables.mjs) -->',
    end: '<!-- env-rules-table:end -->',
    render: (rules) => [
      '| Rule | Default | Example | Fix |',
      '|---|---|---|---|',
      ...rules
        .filter((rule) => rule.scope === 'environment')
        .map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.reports)} | ${cell(rule.fix)} |`),
    ],
  },
};

function replaceBetween(text, start, end, body, what) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md has no ${what} markers`);
  return text.slice(0, from) + [start, ...body, end].join('\n') + text.slice(to + end.length);
}

export function updatedReadme(readme, actionYml, rules = loadRules()) {
  let text = replaceBetween(readme, START, END, renderTables(actionYml).split('\n').slice(1, -1), 'action-tables');
  for (const [name, table] of Object.entries(RULE_TABLES)) text = replaceBetween(text, table.start, table.end, table.render(rules), `${name} rules-table`);
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = join(repo, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = updatedReadme(readme, readFileSync(join(repo, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md tables are out of date: run node scripts/readme-tables.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(readmePath, next);
  }
}
