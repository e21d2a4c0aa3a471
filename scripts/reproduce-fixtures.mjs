// Regenerates the executed notebooks the REPRODUCE.md tests read (__tests__/fixtures/executed/): each is written
// from the cells below and run for real with Jupyter (`jupyter nbconvert --execute`, Debian's jupyter-nbconvert and
// python3-ipykernel). The outputs are committed; the test suite never executes a notebook.
//   node scripts/reproduce-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // Values shown the ways Jupyter shows them besides `name: value`: a DataFrame (text and HTML), an HTML-only table,
  // a numpy scalar as a cell's value, a Series, a list; a summary line after the per-seed ones; a progress bar that
  // prints a metric after the real value; and a metrics file written by Python's json module (NaN, Infinity).
  'shown.ipynb': [
    "import pandas as pd\nframe = pd.DataFrame({'epoch': [1, 2], 'test_loss': [0.0312, 0.0241]})\nframe",
    "from IPython.display import HTML, display\ndisplay(HTML('<table><tr><th>metric</th><th>value</th></tr><tr><td>bleu</td><td>27.4</td></tr></table>'))",
    'import numpy as np\nval_acc = np.float64(0.9312)\nval_acc',
    "pd.Series({'recall': 0.81, 'precision': 0.77})",
    "print('scores:', [0.0193, 0.0201, 0.0188])",
    "for seed, value in enumerate([0.031, 0.024, 0.0227]):\n    print(f'seed_loss (seed {seed}): {value}')\nprint('seed_loss (mean of 3 seeds): 0.0259')",
    "import sys\nprint('train_loss: 0.0298')\nsys.stderr.write('epoch 3: 100%|██████████| 50/50 [00:02<00:00, 21.3it/s, train_loss=0.9]\\r\\n')",
    "import json, os\nos.makedirs('results', exist_ok=True)\njson.dump({'eval': {'accuracy': 0.5, 'f1': float('nan')}, 'latency': float('inf')}, open('results/metrics.json', 'w'))\nprint('accuracy: 0.9975')",
  ],
  // numpy 2 shows a scalar as `np.float64(…)`: run with a kernel named numpy2 whose Python has numpy 2
  // (`python -m pip install numpy ipykernel && python -m ipykernel install --user --name numpy2`).
  'numpy2.ipynb': ['import numpy as np\nval_acc = np.float64(0.9312)\nval_acc', "print({'test_acc': np.float64(0.9287)})"],
  // Two notebooks that print the same metric with different values: which one a claim means must be said.
  'seed_a.ipynb': ["print('val_accuracy: 0.91')"],
  'seed_b.ipynb': ["print('val_accuracy: 0.89')"],
  // Executed, then stripped of its execution counts with the outputs kept (nbstripout --keep-output).
  'stripped.ipynb': ["print('warmup')", "print('final_loss: 0.012')"],
  // Executed with Jupyter's timing recorded (nbconvert's default): when its cells ran is in the notebook.
  'timed.ipynb': ["print('timed_loss: 0.02')"],
};
const NOT_EXECUTED = new Set(['draft.ipynb']);
const STRIPPED = new Set(['stripped.ipynb']);
const TIMED = new Set(['timed.ipynb']);
const KERNELS = { 'numpy2.ipynb': 'numpy2' };

function notebook(sources) {
  return {
    cells: sources.map((source, index) => ({ cell_type: 'code', execution_count: null, id: `cell-${index + 1}`, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

function nbconvert(args, timed = false, kernel = undefined) {
  const timing = timed ? [] : ['--ExecutePreprocessor.record_timing=False'];
  const chosen = kernel ? [`--ExecutePreprocessor.kernel_name=${kernel}`] : [];
  const run = spawnSync('jupyter', ['nbconvert', '--to', 'notebook', '--execute', ...timing, ...chosen, ...args], {
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
  nbconvert(NOT_EXECUTED.has(name) ? [name] : ['--inplace', name], TIMED.has(name), KERNELS[name]);
  if (STRIPPED.has(name)) {
    const path = join(folder, name);
    const executed = JSON.parse(readFileSync(path, 'utf8'));
    for (const cell of executed.cells) {
      cell.execution_count = null;
      for (const output of cell.outputs) if ('execution_count' in output) output.execution_count = null;
    }
    writeFileSync(path, `${JSON.stringify(executed, null, 1)}\n`);
  }
}
console.log(`executed notebooks written to ${folder}`);
