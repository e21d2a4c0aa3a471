// Time against input size for the shapes a hostile (or merely huge) pull request can take, each at four sizes
// doubling, as whole processes: a run that grows faster than its input shows here as a ratio well above 2 per
// doubling. Used by scripts/bench.mjs; runnable alone: node scripts/bench/hostile.mjs [--runs N].
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const peakMemory = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss:'+process.resourceUsage().maxRSS+'\\n'))";

function git(cwd, ...args) {
  const run = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
}

function notebook(cells) {
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: cells.map((source) => ({ cell_type: 'markdown', metadata: {}, source })) });
}

/** A shape that is one Markdown file of `n` units (`text(n)`), checked without the cache. */
function checkOneFile(text) {
  return { make: (folder, n) => writeFileSync(join(folder, 'a.md'), text(n)), args: ['check', '--no-cache', 'a.md'] };
}

/** Each shape: what one unit is, and how to lay out `n` units in `folder`; `args` is the command run there. */
const SHAPES = [
  {
    name: 'paragraphs per file',
    unit: 'paragraph `$x$ text`',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => '$x_1$ and some text.\n\n'.repeat(n)),
  },
  {
    name: 'formulas in one paragraph',
    unit: 'formula',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => Array.from({ length: n }, (_, k) => `$x_{${k}}$`).join(' ')),
  },
  {
    name: 'identical formulas, preview',
    unit: 'formula (one added above)',
    sizes: [25_000, 50_000, 100_000, 200_000],
    make: (folder, n) => {
      git(folder, 'init', '-q');
      const body = '$x^2$ and $y$\n\n'.repeat(n / 2);
      writeFileSync(join(folder, 'a.md'), body);
      git(folder, 'add', '-A');
      git(folder, 'commit', '-qm', 'base');
      writeFileSync(join(folder, 'a.md'), `$z$ new\n\n${body}`);
    },
    args: ['preview', '--base', 'HEAD'],
  },
  {
    name: 'macro expansion',
    unit: 'use of a two-argument macro',
    sizes: [2_000, 4_000, 8_000, 16_000],
    make: (folder, n) => {
      const uses = Array.from({ length: n }, (_, k) => `\\pair{x_{${k}}}{y}`);
      // One formula of at most 1,000 uses each (the expansion budget is per formula).
      const formulas = [];
      for (let k = 0; k < uses.length; k += 1000) formulas.push(`$$${uses.slice(k, k + 1000).join(' + ')}$$`);
      writeFileSync(join(folder, 'a.qmd'), `$$\\newcommand{\\pair}[2]{\\left(#1, #2, #1\\right)}$$\n\n${formulas.join('\n\n')}\n`);
    },
    args: ['check', '--no-cache', 'a.qmd'],
  },
  {
    name: 'definitions between refereed formulas',
    unit: 'notebook cell defining a macro, then one MathJax must judge',
    sizes: [1_000, 2_000, 4_000, 8_000],
    make: (folder, n) =>
      writeFileSync(
        join(folder, 'a.ipynb'),
        notebook(
          Array.from({ length: n }, (_, k) => [
            `$\\newcommand{\\m${k.toString(36).replace(/\d/g, (d) => 'abcdefghij'[d])}}{x_{${k}}}$`,
            '$\\rule{1.5.em}{1em} x$',
          ]).flat(),
        ),
      ),
    args: ['check', '--no-cache', 'a.ipynb'],
  },
  {
    name: 'admonitions on an MkDocs page',
    unit: 'admonition whose body holds a formula (each body read as Markdown of its own)',
    sizes: [12_500, 25_000, 50_000, 100_000],
    make: (folder, n) => {
      writeFileSync(join(folder, 'mkdocs.yml'), 'site_name: bench\nmarkdown_extensions:\n  - pymdownx.arithmatex:\n      generic: true\n  - admonition\n');
      mkdirSync(join(folder, 'docs'), { recursive: true });
      writeFileSync(join(folder, 'docs', 'a.md'), Array.from({ length: n }, (_, k) => `!!! note\n    Body $x_{${k}}$ here.\n\n`).join(''));
    },
    args: ['check', '--no-cache', 'docs/a.md'],
  },
  {
    name: 'HTML blocks on an MkDocs page',
    unit: '`<div>` never closed, a formula after it (on the site one raw element to the end; on GitHub a block each)',
    sizes: [12_500, 25_000, 50_000, 100_000],
    make: (folder, n) => {
      writeFileSync(join(folder, 'mkdocs.yml'), 'site_name: bench\nmarkdown_extensions:\n  - pymdownx.arithmatex:\n      generic: true\n');
      mkdirSync(join(folder, 'docs'), { recursive: true });
      writeFileSync(join(folder, 'docs', 'a.md'), Array.from({ length: n }, (_, k) => `<div>\n$x_{${k}}$ text\n\n`).join(''));
    },
    args: ['check', '--no-cache', 'docs/a.md'],
  },
  {
    name: 'HTML elements on one line of an MkDocs page',
    unit: '`<div></div>` on one line, a formula after them (on the site each ends where the next begins; on GitHub one block)',
    sizes: [12_500, 25_000, 50_000, 100_000],
    make: (folder, n) => {
      writeFileSync(join(folder, 'mkdocs.yml'), 'site_name: bench\nmarkdown_extensions:\n  - pymdownx.arithmatex:\n      generic: true\n');
      mkdirSync(join(folder, 'docs'), { recursive: true });
      writeFileSync(join(folder, 'docs', 'a.md'), `${'<div>\t</div>'.repeat(n)} $x$\n`);
    },
    args: ['check', '--no-cache', 'docs/a.md'],
  },
  {
    name: 'fixes in one file',
    unit: 'misspelt `\\lamda`, fixed (a unified diff printed)',
    sizes: [2_000, 4_000, 8_000, 16_000],
    make: (folder, n) => writeFileSync(join(folder, 'a.md'), Array.from({ length: n }, (_, k) => `Line ${k} $\\lamda_{${k}}$ ok.\n\n`).join('')),
    args: ['fix', '--dry-run', 'a.md'],
  },
  {
    name: 'backtick runs that close nothing',
    unit: 'backtick, in runs of every length from 1 up (one paragraph)',
    sizes: [125_000, 250_000, 500_000, 1_000_000],
    ...checkOneFile((n) => {
      const runs = [];
      for (let length = 1, total = 0; total < n; total += length++) runs.push('`'.repeat(length));
      return `$x$ ${runs.join(' a ')} $y$\n`;
    }),
  },
  {
    name: 'link destinations that close nothing',
    unit: '`](` in one paragraph',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `$x$ ${'](a '.repeat(n)} $y$\n`),
  },
  {
    name: 'brackets before one link',
    unit: '`[` in one paragraph, then `a](u)`',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `$x$ ${'['.repeat(n)}a](u) $y$\n`),
  },
  {
    name: 'HTML comments that close nothing',
    unit: '`<!--` in one paragraph',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `$x$ ${'<!-- '.repeat(n)} $y$\n`),
  },
  {
    name: 'instructions that close nothing, after a bracket',
    unit: '`<?x` in one paragraph holding a `[` and a `www.` autolink',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `Text [ $x$ www.x.org ${'<?x '.repeat(n)} $y$\n`),
  },
  {
    name: 'tags in one line of an HTML block',
    unit: '`<b>$a$</b>` on the line under `<div>`, an entity at its end',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `<div>\n${'<b>$a$</b> '.repeat(n)}&amp;\n</div>\n`),
  },
  {
    name: 'elements that never close, in an HTML block',
    unit: '`<b>` under `<div>`, then as many stray `</i> $a$`',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `<div>\n${'<b>'.repeat(n)}${'</i> $a$'.repeat(n)}\n</div>\n`),
  },
  {
    name: 'footnote references that close nothing',
    unit: '`[^` in one paragraph of a file with a note',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `Text[^1] $x$ ${'[^'.repeat(n)} $y$\n\n[^1]: A note.\n`),
  },
  {
    name: 'cells in one table row',
    unit: 'cell holding `$a$` (a header row and a body row)',
    sizes: [5_000, 10_000, 20_000, 40_000],
    ...checkOneFile((n) => `|${'$a$|'.repeat(n)}\n|${'-|'.repeat(n)}\n|${'$b$|'.repeat(n)}\n`),
  },
  {
    name: 'emphasis markers in one formula',
    unit: '`a*b*` in one `$…$`',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `$${'a*b*'.repeat(n)}$\n`),
  },
  {
    name: 'findings on one long line',
    unit: 'lone `$` before a letter (a finding each)',
    sizes: [25_000, 50_000, 100_000, 200_000],
    ...checkOneFile((n) => `$x$ ${'$a '.repeat(n)} $y$\n`),
  },
  {
    name: 'superscript characters',
    unit: '`²` after an `x` in one formula',
    sizes: [31_250, 62_500, 125_000, 250_000],
    ...checkOneFile((n) => `$x${'²'.repeat(n)}$\n`),
  },
  {
    name: 'file names against an exclude glob',
    unit: 'file named 100 × `a` (plus its number), matched against `*a*a*b.md`',
    sizes: [250, 500, 1_000, 2_000],
    make: (folder, n) => {
      writeFileSync(join(folder, '.mathrepro.yml'), 'exclude: ["*a*a*b.md"]\n');
      for (let k = 0; k < n; k++) writeFileSync(join(folder, `${'a'.repeat(100)}${k}.md`), '$x$\n');
    },
    args: ['check', '--no-cache', '.'],
  },
  {
    name: 'nesting in a metrics file',
    unit: 'level of `[` under a metric in metrics.json',
    sizes: [2_500, 5_000, 10_000, 20_000],
    make: (folder, n) => {
      writeFileSync(join(folder, 'REPRODUCE.md'), 'From `metrics.json`: acc > 0.9.\n');
      writeFileSync(join(folder, 'metrics.json'), `{"acc": ${'['.repeat(n)}0.95${']'.repeat(n)}}`);
    },
    args: ['verify'],
  },
  {
    name: 'notebook cells',
    unit: 'markdown cell',
    sizes: [5_000, 10_000, 20_000, 40_000],
    make: (folder, n) =>
      writeFileSync(join(folder, 'a.ipynb'), notebook(Array.from({ length: n }, (_, k) => [`Cell ${k}: $x^{${k}}$ and $\\alpha_${k % 10}$\n`]))),
    args: ['check', '--no-cache', 'a.ipynb'],
  },
];

function measure(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', peakMemory, join(repo, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  return { seconds, rss: Number(/maxrss:(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024 };
}

/** The table's lines: per shape, the time and peak memory at each size, and the growth per doubling. */
export function hostileTable({ runs = 3, only } = {}) {
  const work = join(tmpdir(), 'mathrepro-bench-hostile');
  const lines = ['| shape | unit | sizes | time at each size | peak memory at the largest | time × per doubling of the input |', '|---|---|---|---|---|---|'];
  for (const shape of only ? SHAPES.filter((candidate) => candidate.name.includes(only)) : SHAPES) {
    const times = [];
    let rss = 0;
    for (const n of shape.sizes) {
      const folder = join(work, `${shape.name.replace(/\W+/g, '-')}-${n}`);
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      shape.make(folder, n);
      const samples = Array.from({ length: runs }, () => measure(shape.args, folder));
      const sorted = samples.map((s) => s.seconds).sort((a, b) => a - b);
      times.push(sorted[Math.floor(sorted.length / 2)]);
      rss = Math.max(rss, ...samples.map((s) => s.rss));
      rmSync(folder, { recursive: true, force: true });
    }
    const perDoubling = (times[times.length - 1] / times[0]) ** (1 / (times.length - 1));
    lines.push(
      `| ${shape.name} | ${shape.unit} | ${shape.sizes.map((n) => n.toLocaleString('en')).join(' · ')} | ${times.map((t) => `${t.toFixed(2)} s`).join(' · ')} | ${rss.toFixed(0)} MiB | ${perDoubling.toFixed(2)} |`,
    );
  }
  rmSync(work, { recursive: true, force: true });
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --only WORDS: the shapes whose name holds them.
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
  for (const line of hostileTable({ runs: Math.max(1, Number(values.runs)), only: values.only })) console.log(line);
}
