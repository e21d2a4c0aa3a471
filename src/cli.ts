import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveWorker } from './check/parallel.js';
import type { CheckRun } from './check/engine.js';
import { runCheckInParallel } from './app/check.js';
import { ConfigurationError } from './config/config.js';
import { FILTER_MODES, type FilterMode } from './pr/diff.js';
import { formatAnnotations } from './report/annotations.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatFormulas, formatText } from './report/text.js';
import { VERSION } from './version.js';

// preview, verify and badge load their parts (git, REPRODUCE.md parsing, badge fonts) only when used, so that
// `mathrepro check` — the hot path of pre-commit and CI — starts fast.
const previewUseCase = () => import('./app/preview.js');
const verifyUseCase = () => import('./app/verify.js');
const badgesUseCase = () => import('./app/badges.js');

/** The `mathrepro` command line: argv in, text out, an exit status. Every user mistake exits 2 in one line. */

const USAGE = `Usage: mathrepro <command> [options]

Commands:
  check [PATH...]   Check the math in Markdown files and notebooks (default: the current folder)
  preview --base REV [--head REV] [PATH...]
                    Print the pull-request comment for the changes from REV to --head (default: the
                    work tree): the findings and a before/after preview of every added or changed formula
  env [PATH...]     Lint environment.yml and requirements*.txt files: build strings, local prefixes, unpinned
                    packages, conda/pip duplicates, unreproducible pip entries, channels, YAML surprises
  badge [--out DIR] [--expectations] [PATH...]
                    Write status badges (SVG, and shields.io endpoint JSON): math, reproduced, and with
                    --expectations one per expectation of REPRODUCE.md
  verify [--file REPRODUCE.md] [--base REV]
                    Check the expectations and required cells of REPRODUCE.md against the executed
                    notebooks and metrics files it names (run in the repository root)

Options:
  --format FORMAT   check and env: text (default), json, github (workflow annotations) or sarif; check
                    also formulas (every formula found, one JSON object a line); verify: text or json
  --config FILE     configuration file (default: .mathrepro.yml in the current folder)
  --no-cache        check: check every file again, even those unchanged since the last run (results are
                    cached by content in ~/.cache/mathrepro; MATHREPRO_CACHE=off turns it off too)
  --filter-mode M   preview: which findings to show: added (default), diff_context, file or nofilter
  --base REV        verify: also read the results at REV and show how each metric moved

  -h, --help        show this help
  -v, --version     print the version

Exit status: 0 no error-severity finding (verify: everything reproduced), 1 at least one (verify: a failed,
missing or invalid expectation or a required cell not ok), 2 a usage or configuration problem (verify: the
document or a result file cannot be read, or the document has nothing to check).
`;

const FORMATS = ['text', 'json', 'github', 'sarif', 'formulas'] as const;
type Format = (typeof FORMATS)[number];

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr(`mathrepro: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mathrepro: internal error: ${message}\nPlease report this at the project's issue tracker.\n`);
    return 2;
  }
}

function dispatch(argv: readonly string[], io: CliIO): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === 'check') return check(rest, io);
  if (command === 'preview') return preview(rest, io);
  if (command === 'verify') return verifyCommand(rest, io);
  if (command === 'badge') return badgeCommand(rest, io);
  if (command === 'env') return envCommand(rest, io);
  throw new ConfigurationError(`unknown command '${command}' (try mathrepro --help)`);
}

async function check(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'text' },
    config: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = values.format as string;
  if (!FORMATS.includes(format as Format)) {
    throw new ConfigurationError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  }
  const run = await runCheckInParallel({
    root: io.cwd,
    paths: positionals,
    ...(values.config ? { configPath: values.config as string } : {}),
    keepFormulas: format === 'formulas',
    // This very bundle serves as the worker, and names the build results are cached for; under the test runner
    // (TypeScript sources) there is no bundle, hence neither.
    ...(import.meta.url.endsWith('.js') ? { workerUrl: new URL(import.meta.url) } : {}),
    ...(cacheSalt(values['no-cache'] as boolean) ?? {}),
  });
  io.stdout(formatRun(run, format as Format, 'formula'));
  return run.report.summary.errors > 0 ? 1 : 0;
}

async function preview(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    config: { type: 'string' },
    'filter-mode': { type: 'string', default: 'added' },
  });
  if (!values.base) throw new ConfigurationError('preview needs --base REV (the revision the changes are compared with)');
  const filterMode = values['filter-mode'] as FilterMode;
  if (!FILTER_MODES.includes(filterMode)) throw new ConfigurationError(`--filter-mode must be one of ${FILTER_MODES.join(', ')}`);
  const { previewChanges } = await previewUseCase();
  const markdown = await previewChanges({
    cwd: io.cwd,
    base: values.base as string,
    head: values.head as string | undefined,
    paths: positionals,
    configPath: values.config as string | undefined,
    filterMode,
  });
  io.stdout(markdown);
  return 0;
}

async function verifyCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    file: { type: 'string' },
    format: { type: 'string', default: 'text' },
    config: { type: 'string' },
    base: { type: 'string' },
  });
  if (positionals.length) throw new ConfigurationError(`verify takes no paths (got '${positionals[0]}'); use --file`);
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new ConfigurationError(`--format must be text or json for verify, not '${format}'`);
  const { verifyRepository } = await verifyUseCase();
  const { VerifyError, verified } = await import('./reproduce/verify.js');
  const { formatVerifyJson, formatVerifyText } = await import('./report/reproduce.js');
  // From a subfolder, the repository's REPRODUCE.md is the one meant (as git finds its root).
  const root = values.file || values.config ? io.cwd : reproduceRoot(io.cwd);
  try {
    const report = verifyRepository({
      root,
      file: values.file as string | undefined,
      configPath: values.config as string | undefined,
      base: values.base as string | undefined,
    });
    io.stdout(format === 'json' ? formatVerifyJson(report) : formatVerifyText(report));
    return verified(report) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    // A tool reading the JSON gets JSON on exit 2 too: what could not be verified, and why.
    if (format === 'json') io.stdout(`${JSON.stringify({ version: 1, file: values.file ?? null, error: error.message }, null, 2)}\n`);
    throw new ConfigurationError(error.message);
  }
}

/** The folder `verify` works from: the nearest one up to the git repository's root that has a REPRODUCE.md. */
function reproduceRoot(cwd: string): string {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'REPRODUCE.md')) || existsSync(join(folder, '.mathrepro.yml'))) return folder;
    if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return cwd;
  }
}

async function badgeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', default: 'badges' },
    expectations: { type: 'boolean', default: false },
    config: { type: 'string' },
    file: { type: 'string' },
  });
  const { badgesFor } = await badgesUseCase();
  const { badgeFiles } = await import('./report/badges.js');
  const badges = badgesFor({
    root: io.cwd,
    paths: positionals,
    perExpectation: values.expectations as boolean,
    ...(values.config ? { configPath: values.config as string } : {}),
    ...(values.file ? { reproduceFile: values.file as string } : {}),
  });
  const out = resolve(io.cwd, values.out as string);
  mkdirSync(out, { recursive: true });
  for (const [name, content] of await badgeFiles(badges)) {
    writeFileSync(join(out, name), content);
    io.stdout(`${join(values.out as string, name)}\n`);
  }
  return 0;
}

async function envCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string', default: 'text' }, config: { type: 'string' } });
  const format = values.format as string;
  if (!['text', 'json', 'github', 'sarif'].includes(format)) throw new ConfigurationError(`--format must be one of text, json, github, sarif, not '${format}'`);
  const { runEnvLint } = await import('./app/env.js');
  const run = runEnvLint({ root: io.cwd, paths: positionals, ...(values.config ? { configPath: values.config as string } : {}) });
  io.stdout(formatRun(run, format as Format, 'package'));
  return run.report.summary.errors > 0 ? 1 : 0;
}

/** A check or env run in one of the output formats; `unit` names what the text summary counts. */
function formatRun(run: CheckRun, format: Format, unit: 'formula' | 'package'): string {
  switch (format) {
    case 'text':
      return formatText(run, unit);
    case 'json':
      return formatJson(run.report);
    case 'github':
      return formatAnnotations(run.report.diagnostics);
    case 'sarif':
      return formatSarif(run.report);
    case 'formulas':
      return formatFormulas(run.files);
  }
}

/** What a cached result depends on besides the file: this exact build. Undefined when caching is off. */
function cacheSalt(off: boolean): { cacheSalt: string } | undefined {
  if (off || process.env.MATHREPRO_CACHE === 'off' || !import.meta.url.endsWith('.js')) return undefined;
  try {
    const bundle = statSync(fileURLToPath(import.meta.url));
    return { cacheSalt: `${VERSION}\u0000${bundle.size}\u0000${bundle.mtimeMs}` };
  } catch {
    return undefined;
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

function parse(args: readonly string[], options: OptionSpec) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigurationError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
}

/** Run as a program (`node dist/cli.js`, the `mathrepro` bin), not when imported by tests. */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (serveWorker()) {
  // A worker thread of a large run: it has done its share.
} else if (isEntryPoint()) {
  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((status) => {
    process.exitCode = status;
  });
}
