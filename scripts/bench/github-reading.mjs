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
async function buildWithoutReading() {
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

function seconds(cli, corpus) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'check', '--no-cache', '--format', 'json', corpus], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${cli} failed (exit ${result.status}):\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Medians of `runs` runs of each, taken in turn (a drift of the machine's speed affects both alike). */
export async function githubReadingCost({ corpus, runs }) {
  const without = await buildWithoutReading();
  try {
    const withReading = join(repo, 'dist', 'cli.js');
    seconds(withReading, corpus); // (the files into the page cache, for both)
    const samples = { with: [], without: [], ratio: [] };
    for (let run = 0; run < runs; run++) {
      const a = seconds(withReading, corpus);
      const b = seconds(without.cli, corpus);
      samples.with.push(a);
      samples.without.push(b);
      samples.ratio.push(a / b);
    }
    return { with: median(samples.with), without: median(samples.without), ratio: median(samples.ratio) };
  } finally {
    without.remove();
  }
}

export function describeGithubReadingCost(cost) {
  const percent = (cost.ratio - 1) * 100;
  return `GitHub's reading of Markdown: the check takes ${cost.with.toFixed(2)} s with it and ${cost.without.toFixed(2)} s without it (the author's dollar pairs): ${percent >= 0 ? '+' : ''}${percent.toFixed(0)} % (median of the runs' ratios; its budget is 10 %)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, runs: { type: 'string', default: '9' } } });
  const corpus = resolve(values.corpus ?? process.env.MATHREPRO_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
  console.log(describeGithubReadingCost(await githubReadingCost({ corpus, runs: Math.max(1, Number(values.runs)) })));
}
