// What GitHub's reading of Markdown costs a check: the CLI as built, against the same CLI built with the reading
// left out (a Markdown file's GitHub formulas are then the author's dollar pairs, as before the reading existed),
// run in turn on the same files as whole processes. The reading is the largest cost GitHub's rendering rules add;
// its budget is 10 % of the check.
//
//   node scripts/bench/github-reading.mjs [--corpus DIR] [--runs N]
//
// Used by scripts/bench.mjs; run alone, it prints its one line.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { esmBundle } from '../esbuild-options.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the CLI without GitHub's reading into a new folder; returns the CLI's path. */
export async function buildWithoutReading() {
  const outdir = mkdtempSync(join(tmpdir(), 'mathrepro-without-reading-'));
  await build({
    absWorkingDir: repo,
    ...esmBundle,
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    splitting: true,
    plugins: [
      {
        name: 'without-github-reading',
        setup(builder) {
          // The author's formulas, as they were found: what the scan keeps when the dialect has no reading.
          builder.onLoad({ filter: /[\\/]src[\\/]scan[\\/]github-reading\.ts$/ }, () => ({
            contents: 'export function githubReading(_text: string, _structure: unknown, authored: unknown[]) { return authored; }',
            loader: 'ts',
          }));
        },
      },
    ],
  });
  copyFileSync(join(repo, 'dist', 'mathjax-referee.cjs'), join(outdir, 'mathjax-referee.cjs'));
  return { cli: join(outdir, 'cli.js'), remove: () => rmSync(outdir, { recursive: true, force: true }) };
}

/**
 * Loaded first in each timed process: at its exit it reports the CPU time of its main thread (where the check runs)
 * and of all its threads (V8 optimizes hot code on others), where the platform tells them.
 */
const CPU_REPORT = `data:text/javascript,${encodeURIComponent(`
import { readFileSync } from 'node:fs';
process.on('exit', () => {
  let main;
  if (typeof process.threadCpuUsage === 'function') {
    const { user, system } = process.threadCpuUsage();
    main = (user + system) / 1e6;
  } else {
    try {
      const fields = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ');
      main = (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {}
  }
  const { user, system } = process.cpuUsage();
  process.stderr.write('\\nmathrepro-bench-cpu ' + JSON.stringify({ main, all: (user + system) / 1e6 }) + '\\n');
});`)}`;

/** One check of `corpus` by `cli`: its wall time, and the CPU time of its main thread and of all its threads, in seconds. */
function timed(cli, corpus) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', CPU_REPORT, cli, 'check', '--no-cache', '--format', 'json', corpus], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${cli} failed (exit ${result.status}):\n${result.stderr}`);
  const cpu = JSON.parse(/^mathrepro-bench-cpu (.*)$/m.exec(result.stderr)?.[1] ?? '{}');
  return { wall, main: cpu.main, all: cpu.all };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Medians of `runs` runs of each, taken in turn (a drift of the machine's speed affects both alike): wall times and
 * their ratio, and the ratios of the main thread's CPU time and of all threads' (undefined where not told).
 */
export async function githubReadingCost({ corpus, runs }) {
  const without = await buildWithoutReading();
  try {
    const withReading = join(repo, 'dist', 'cli.js');
    timed(withReading, corpus); // (the files into the page cache, for both)
    const samples = { with: [], without: [], ratio: [], main: [], all: [] };
    for (let run = 0; run < runs; run++) {
      const a = timed(withReading, corpus);
      const b = timed(without.cli, corpus);
      samples.with.push(a.wall);
      samples.without.push(b.wall);
      samples.ratio.push(a.wall / b.wall);
      if (a.main > 0 && b.main > 0) samples.main.push(a.main / b.main);
      if (a.all > 0 && b.all > 0) samples.all.push(a.all / b.all);
    }
    const ratioOf = (values) => (values.length === runs ? median(values) : undefined);
    return {
      with: median(samples.with),
      without: median(samples.without),
      ratio: median(samples.ratio),
      mainThread: ratioOf(samples.main),
      allThreads: ratioOf(samples.all),
    };
  } finally {
    without.remove();
  }
}

const percentOf = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(0)} %`;

export function describeGithubReadingCost(cost) {
  const cpu =
    cost.mainThread !== undefined && cost.allThreads !== undefined
      ? `; CPU time: the check's own thread ${percentOf(cost.mainThread)}, all threads ${percentOf(cost.allThreads)} (V8 compiles hot code on other threads, which a machine with cores to spare runs alongside)`
      : '';
  return `GitHub's reading of Markdown: the check takes ${cost.with.toFixed(2)} s with it and ${cost.without.toFixed(2)} s without it (the author's dollar pairs): ${percentOf(cost.ratio)} (median of the runs' ratios; its budget is 10 %)${cpu}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, runs: { type: 'string', default: '9' } } });
  const corpus = resolve(values.corpus ?? process.env.MATHREPRO_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
  console.log(describeGithubReadingCost(await githubReadingCost({ corpus, runs: Math.max(1, Number(values.runs)) })));
}
