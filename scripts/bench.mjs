// npm run bench [-- --corpus DIR --runs N --scales 1,4,16 --pipeline-scales 1]
//
// Times, as whole processes on the same machine and the same files (the corpus, and the corpus replicated to show
// how cost grows), with several runs each and the median reported:
//   (a) node dist/cli.js check --no-cache            mathrepro, every file checked (and again with its cache warm)
//   (b) unified + remark-math + rehype-katex          the pipeline people assemble today (scripts/bench/pipeline.mjs)
//   (c) katex.__parse over the formulas alone          the floor (scripts/bench/floor.mjs), formulas pre-extracted
//   (r) reading and decoding the same files            what any checker pays first (scripts/bench/read.mjs), in-process
// and a pull request's worth of work: 50 files of a 5,000-file repository; what GitHub's reading of Markdown costs
// the check (scripts/bench/github-reading.mjs: the CLI against itself built without it); then time against input
// size for the shapes a hostile pull request can take (scripts/bench/hostile.mjs; --skip-hostile leaves it out).
// Prints formulas, time, peak memory, the ratios a/b and a/c, and a against its goal 1.5 × c + r.
// Default corpus: ../shared/corpus.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeGithubReadingCost, githubReadingCost } from './bench/github-reading.mjs';
import { hostileTable } from './bench/hostile.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    runs: { type: 'string', default: '3' },
    scales: { type: 'string', default: '1,4,16' },
    'pipeline-scales': { type: 'string', default: '1' },
    'skip-hostile': { type: 'boolean', default: false },
  },
});
const corpus = resolve(values.corpus ?? process.env.MATHREPRO_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus}; pass --corpus DIR (any folder of Markdown files and notebooks)`);
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs));
const scales = values.scales.split(',').map(Number);
const pipelineScales = new Set(values['pipeline-scales'].split(',').map(Number));
const work = join(tmpdir(), 'mathrepro-bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// Reports the process's peak resident memory (all its threads) when it exits.
const peakMemory = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss:'+process.resourceUsage().maxRSS+'\\n'))";

/** One whole-process run of `node ARGS`: its time, peak memory and output. Exit 1 (findings) counts as success. */
function measure(args, { cwd = repo, env = process.env } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', peakMemory, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  const rss = Number(/maxrss:(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { seconds, rss, stdout: result.stdout };
}

function medianOf(samples) {
  const sorted = samples.map((s) => s.seconds).sort((a, b) => a - b);
  return { seconds: sorted[Math.floor(sorted.length / 2)], min: sorted[0], rss: Math.max(...samples.map((s) => s.rss)) };
}

function replicate(scale) {
  if (scale === 1) return corpus;
  const folder = join(work, `corpus-x${scale}`);
  for (let copy = 0; copy < scale; copy++) cpSync(corpus, join(folder, `copy-${copy}`), { recursive: true });
  return folder;
}

const cli = join(repo, 'dist', 'cli.js');
const rows = [];
for (const scale of scales) {
  const folder = replicate(scale);
  const formulasFile = join(work, `formulas-x${scale}.jsonl`);
  writeFileSync(formulasFile, measure([cli, 'check', '--format', 'formulas', folder]).stdout);
  const samples = { a: [], b: [], c: [], r: [] };
  let summary;
  for (let run = 0; run < runs; run++) {
    // Interleaved, so that a drift of the machine's speed affects all three alike.
    const a = measure([cli, 'check', '--no-cache', '--format', 'json', folder]);
    summary = JSON.parse(a.stdout).summary;
    samples.a.push(a);
    if (pipelineScales.has(scale)) samples.b.push(measure([join(repo, 'scripts', 'bench', 'pipeline.mjs'), folder]));
    samples.c.push(measure([join(repo, 'scripts', 'bench', 'floor.mjs'), formulasFile]));
    samples.r.push({ seconds: JSON.parse(measure([join(repo, 'scripts', 'bench', 'read.mjs'), folder]).stdout).seconds, rss: 0 });
  }
  // (a) again with its result cache, after one run to fill it: a repeated run (pre-commit, local) with nothing changed.
  const withCache = { env: { ...process.env, MATHREPRO_CACHE_DIR: join(work, `cache-x${scale}`) } };
  measure([cli, 'check', '--format', 'json', folder], withCache);
  const cached = medianOf(Array.from({ length: runs }, () => measure([cli, 'check', '--format', 'json', folder], withCache)));
  rows.push({
    scale,
    summary,
    a: medianOf(samples.a),
    cached,
    b: samples.b.length ? medianOf(samples.b) : undefined,
    c: medianOf(samples.c),
    r: medianOf(samples.r),
  });
}

// A pull request's worth: 50 changed files named on the command line, in a repository of 5,000 files.
const big = join(work, 'repo-5000');
const sources = [];
const collect = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) collect(path);
    else if (/\.(md|ipynb)$/.test(entry.name) && statSync(path).size < 2_000_000) sources.push(path);
  }
};
collect(corpus);
for (let i = 0; i < 5000; i++) {
  const source = sources[i % sources.length];
  const target = join(big, `dir-${Math.floor(i / 100)}`, `${i}-${source.split('/').pop()}`);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(source, target);
}
// Every hundredth file: a mix of notes and notebooks, as a pull request touches them.
const changed = Array.from({ length: 50 }, (_, k) => {
  const folder = `dir-${k}`;
  return join(folder, readdirSync(join(big, folder))[(k * 37) % 100]);
});
const pr = medianOf(Array.from({ length: runs }, () => measure([cli, 'check', '--no-cache', '--format', 'json', ...changed], { cwd: big })));

// The same change as a pull request: the built action on a pull_request event (its checkout, no token: the change
// read from git), against `mathrepro preview` of the same two commits. Its cost should follow the change.
const gitIn = (...args) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: big, encoding: 'utf8' });
gitIn('init', '-q');
gitIn('add', '-A');
gitIn('commit', '-qm', 'base');
const baseSha = gitIn('rev-parse', 'HEAD').stdout.trim();
for (const file of changed) writeFileSync(join(big, file), `${readFileSync(join(big, file), 'utf8')}\n`);
gitIn('commit', '-qam', 'head');
const headSha = gitIn('rev-parse', 'HEAD').stdout.trim();
const event = join(work, 'event.json');
writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: headSha }, base: { sha: baseSha } } }));
const runnerTemp = join(work, 'runner');
mkdirSync(runnerTemp, { recursive: true });
const actionEnv = {
  ...process.env,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: event,
  GITHUB_WORKSPACE: big,
  RUNNER_TEMP: runnerTemp,
  GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
  GITHUB_OUTPUT: join(runnerTemp, 'output'),
  MATHREPRO_CACHE: 'off',
};
const action = medianOf(
  Array.from({ length: runs }, () => {
    writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '');
    writeFileSync(actionEnv.GITHUB_OUTPUT, '');
    return measure([join(repo, 'dist', 'index.js')], { cwd: big, env: actionEnv });
  }),
);
const preview = medianOf(Array.from({ length: runs }, () => measure([cli, 'preview', '--base', baseSha, '--head', headSha], { cwd: big })));
rmSync(work, { recursive: true, force: true });
// A ratio of two close times wants more runs than a table row.
const reading = await githubReadingCost({ corpus, runs: Math.max(runs, 9) });

const f = (x) => x.toFixed(2);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; median of ${runs} runs`,
);
console.log(`corpus: ${corpus}`);
console.log('');
console.log(
  '| corpus | files | formulas | (a) mathrepro | (b) remark + rehype-katex | (c) KaTeX parse only | (r) reading | a/b | a/c | a / (1.5·c + r) | peak memory (a) | (a) again, cached |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  const b = row.b ? `${f(row.b.seconds)} s` : '—';
  const ab = row.b ? `1/${(row.b.seconds / row.a.seconds).toFixed(1)}` : '—';
  console.log(
    `| ${row.scale}× | ${row.summary.files} | ${row.summary.formulas} | ${f(row.a.seconds)} s | ${b} | ${f(row.c.seconds)} s | ${f(row.r.seconds)} s | ${ab} | ${(row.a.seconds / row.c.seconds).toFixed(2)} | ${(row.a.seconds / (1.5 * row.c.seconds + row.r.seconds)).toFixed(2)} | ${row.a.rss.toFixed(0)} MiB | ${f(row.cached.seconds)} s |`,
  );
}
for (const row of rows.filter((r) => r.b)) {
  console.log('');
  console.log(`${row.scale}×, a repeated run with the cache warm (nothing changed): ${(row.b.seconds / row.cached.seconds).toFixed(1)}× faster than (b)`);
}
const first = rows[0];
const last = rows[rows.length - 1];
if (rows.length > 1) {
  console.log('');
  console.log(
    `growth: ${last.scale}× the corpus takes ${(last.a.seconds / first.a.seconds).toFixed(1)}× the time of 1× (linear would be ${last.scale / first.scale}×)`,
  );
}
console.log(`pull request: 50 files of a 5,000-file repository checked in ${f(pr.seconds)} s`);
console.log(
  `pull request, the action: ${f(action.seconds)} s and ${action.rss.toFixed(0)} MiB against preview's ${f(preview.seconds)} s and ${preview.rss.toFixed(0)} MiB on the same change (${(action.seconds / preview.seconds).toFixed(2)}×, memory ${(action.rss / preview.rss).toFixed(2)}×; goal 1.3× and 1.5×)`,
);
console.log(`throughput: ${Math.round(first.summary.formulas / first.a.seconds)} formulas/s on the 1× corpus`);
console.log(describeGithubReadingCost(reading));
if (!values['skip-hostile']) {
  console.log('');
  console.log('hostile shapes: time against input size, median of the same number of runs (linear growth is at most 2 per doubling)');
  console.log('');
  for (const line of hostileTable({ runs })) console.log(line);
}
