// npm run bench [-- --corpus DIR --runs N]
// Times `mathrepro check` over a corpus of real research repositories as a whole process (several runs, the
// median reported) and prints formulas per second and peak memory. Default corpus: ../shared/corpus.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { corpus: { type: 'string' }, runs: { type: 'string', default: '5' } },
});
const corpus = resolve(values.corpus ?? process.env.MATHREPRO_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus}; pass --corpus DIR (any folder of Markdown files and notebooks)`);
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs));
const cli = join(repo, 'dist', 'cli.js');
// Reports the process's peak resident memory when it exits.
const peakMemory = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss:'+process.resourceUsage().maxRSS+'\\n'))";

const samples = [];
let summary;
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', peakMemory, cli, 'check', '--format', 'json', corpus], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    console.error(`bench: mathrepro failed (exit ${result.status}):\n${result.stderr}`);
    process.exit(2);
  }
  summary = JSON.parse(result.stdout).summary;
  const rssKiB = Number(/maxrss:(\d+)/.exec(result.stderr)?.[1] ?? 0);
  samples.push({ seconds, rssMiB: rssKiB / 1024 });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = median(samples.map((s) => s.seconds));
const rss = Math.max(...samples.map((s) => s.rssMiB));
console.log(`corpus:      ${corpus}`);
console.log(`files:       ${summary.files}`);
console.log(`formulas:    ${summary.formulas}`);
console.log(`findings:    ${summary.errors} errors, ${summary.warnings} warnings`);
console.log(`time:        ${seconds.toFixed(3)} s (median of ${runs} whole-process runs; min ${Math.min(...samples.map((s) => s.seconds)).toFixed(3)} s)`);
console.log(`throughput:  ${Math.round(summary.formulas / seconds)} formulas/s`);
console.log(`peak memory: ${rss.toFixed(0)} MiB`);
