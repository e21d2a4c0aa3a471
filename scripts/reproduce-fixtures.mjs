// Regenerates the executed notebooks the REPRODUCE.md tests read (__tests__/fixtures/executed/): each is written
// from the cells below and run for real with Jupyter (`jupyter nbconvert --execute`, Debian's jupyter-nbconvert and
// python3-ipykernel). The outputs are committed; the test suite never executes a notebook.
//   node scripts/reproduce-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = new URL('../__tests__/fixtures/executed/', import.meta.url).pathname;

/** name → code cells, each a Python source. */
const NOTEBOOKS = {
  // What a Chinese input method and a coloured logger leave in outputs.
  'outputs.ipynb': [
    "print('val_loss：0.031')\nprint('test_loss＝0.018')",
    "GREEN, RESET = '\\x1b[32m', '\\x1b[0m'\nprint(f'{GREEN}accuracy: 95.3%{RESET}')\nprint('recall: 12.0 %')",
    "print('loss: 0,42')\nprint({'delta': -0.005})\nprint('acc_list: [0.95]')",
  ],
  // Values on the boundaries of expectations, where binary floating point decides wrongly.
  'boundaries.ipynb': ["print('err: 0.06')\nprint('mid: 0.4')\nprint('approx: 0.505')\nprint('acc: 0.83')"],
  // A notebook committed without running it; its executed copy, as nbconvert names one, is written beside it.
  'draft.ipynb': ["print('test_loss: 0.01')"],
};
const NOT_EXECUTED = new Set(['draft.ipynb']);

function notebook(sources) {
  return {
    cells: sources.map((source, index) => ({ cell_type: 'code', execution_count: null, id: `cell-${index + 1}`, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

function nbconvert(args) {
  const run = spawnSync('jupyter', ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.record_timing=False', ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' },
  });
  if (run.status !== 0) {
    console.error(run.stderr || run.error?.message || 'jupyter nbconvert failed: install jupyter-nbconvert and python3-ipykernel');
    process.exit(1);
  }
}

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (const [name, sources] of Object.entries(NOTEBOOKS)) {
  writeFileSync(join(folder, name), `${JSON.stringify(notebook(sources), null, 1)}\n`);
  // Not executed: a copy is executed beside it (draft.nbconvert.ipynb), the notebook itself stays as committed.
  nbconvert(NOT_EXECUTED.has(name) ? [name] : ['--inplace', name]);
}
console.log(`executed notebooks written to ${folder}`);
