import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveWorker } from './check/parallel.js';
import type { CheckRun } from './model/results.js';
import { runCheckInParallel } from './app/check.js';
import { ConfigurationError, VerifyError } from './model/errors.js';
import { verified } from './model/reproduce.js';
import { configurationFolder, loadConfig } from './config/load.js';
import { toPosix } from './paths.js';
import { FILTER_MODES, type FilterMode } from './model/changes.js';
import { formatAnnotations } from './report/annotations.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatFormulas, formatText } from './report/text.js';
import { VERSION } from './version.js';
import { unsafeOutput, writeFileOrSayWhy } from './write-file.js';

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
  fix [PATH...] [--dry-run]
                    Apply the mechanical fixes (\\operatorname on GitHub, _ in \\text, a misspelt command
                    with one near match, macros GitHub cannot define, environment files' build strings,
                    prefix: and YAML numbers); --dry-run prints them as a unified diff instead
  env [PATH...]     Lint environment.yml and requirements*.txt files: build strings, local prefixes, unpinned
                    packages, conda/pip duplicates, unreproducible pip entries, channels, YAML surprises
  badge [--out DIR] [--expectations] [PATH...]
                    Write status badges (SVG, and shields.io endpoint JSON): math, reproduced, and with
                    --expectations one per expectation of REPRODUCE.md
  verify [--file REPRODUCE.md] [--base REV] [--results DIR]... [--executed-after TIME]
                    Check the expectations and required cells of REPRODUCE.md against the executed
                    notebooks and metrics files it names (run in the repository root)

Options:
  --format FORMAT   check and env: text (default), json, github (workflow annotations) or sarif; check
                    also formulas (every formula found, one JSON object a line); verify: text or json
  --config FILE     configuration file (default: .mathrepro.yml in the current folder)
  --no-cache        check: check every file again, even those unchanged since the last run (results are
                    cached by content in ~/.cache/mathrepro; MATHREPRO_CACHE=off turns it off too)
  --filter-mode M   preview: which findings to show: added (default), diff_context, file or nofilter
  -q, --quiet, --max-warnings N, -o/--output FILE, --color/--no-color
                    check and env: errors only, a warning budget, the report to a file, colour
  --base REV        verify: also read the results at REV and show how each metric moved

  -h, --help        show this help (mathrepro COMMAND --help: the command's own)
  -v, --version     print the version

Exit status: 0 no error-severity finding (verify: everything reproduced), 1 at least one (verify: a failed,
missing or invalid expectation or a required cell not ok), 2 a usage or configuration problem (verify: the
document or a result file cannot be read, or the document has nothing to check).
`;

const EXIT_STATUS = 'Exit status: 0 no error-severity finding, 1 at least one, 2 a usage or configuration problem.';

/** The options of the commands that report findings (check, env). */
const REPORT_OPTIONS_HELP = `  -q, --quiet       report errors only (warnings still count for --max-warnings)
  --max-warnings N  also exit 1 when there are more than N warnings
  -o, --output FILE write the report to FILE instead of the terminal
  --color, --no-color
                    colour the text report (default: FORCE_COLOR if set, else only on a terminal and not when
                    NO_COLOR is set)`;

/** `mathrepro <command> --help`: what the command does, its options, and what its exit status means. */
const COMMAND_HELP: Record<string, string> = {
  check: `Usage: mathrepro check [PATH... | - [--stdin-filename NAME]] [--format FORMAT] [--config FILE] [--no-cache] [--fix]

Check the math in Markdown files and notebooks (default: the current folder), each under the rules of the
renderer that will show it. Folders are searched for .md, .markdown, .qmd, .Rmd and .ipynb files, honouring
.gitignore; a file named here is checked whatever its extension. A pattern (quoted) takes the files it matches, and
!PATTERN leaves out those it matches; - reads standard input.

  --format FORMAT   text (default), json, github (workflow annotations), sarif, or formulas (every formula
                    found, one JSON object a line)
  --config FILE     configuration file (default: .mathrepro.yml in the current folder)
  --no-cache        check every file again (results are cached by content in ~/.cache/mathrepro)
  --fix             first apply the mechanical fixes (as mathrepro fix does), then report what is left
  --stdin-filename NAME
                    with -: check standard input as the file NAME would be (default: stdin.md)
${REPORT_OPTIONS_HELP}

${EXIT_STATUS}
`,
  fix: `Usage: mathrepro fix [PATH...] [--dry-run] [--config FILE]

Apply the mechanical fixes to the math in Markdown files and notebooks and to environment files, in place, and
print what changed. Each file is checked again after its fixes; a fix that would leave it worse is not applied.
In a notebook only the JSON strings of the formulas change: the rest of the file stays as it was.

  Math, for the renderer of the file: \\operatorname{X} → \\mathrm{X} where GitHub refuses it; \\text{a_b} →
  \\text{a\\_b} under textmacros; a misspelt command with one near match (\\lamda → \\lambda); on GitHub,
  \\newcommand and \\DeclareMathOperator removed and their uses written out.
  Environment files: build strings removed (as conda env export --no-builds writes), the machine's prefix:
  line removed, numbers YAML would change (python: 3.10) quoted.

  --dry-run         change nothing: print the fixes as a unified diff (git apply reads it)
  --config FILE     configuration file (default: .mathrepro.yml in the current folder)

Exit status: 0 no error-severity finding is left, 1 at least one is left (with --dry-run: would be), 2 a usage
or configuration problem, or a file that could not be written back (it is named; the other files are fixed).
`,
  preview: `Usage: mathrepro preview --base REV [--head REV] [--filter-mode MODE] [--config FILE] [PATH...]

Print the pull-request comment for the changes from REV to --head (default: the work tree, files not yet added
included): the findings and a before/after preview of every added or changed formula.

  --base REV        the revision the changes are compared with (required)
  --head REV        the revision with the changes (default: the work tree)
  --filter-mode M   which findings to show: added (default), diff_context, file or nofilter
  --config FILE     configuration file (default: .mathrepro.yml in the repository root)

Exit status: 0 the comment was printed, 2 a usage or configuration problem.
`,
  verify: `Usage: mathrepro verify [--file REPRODUCE.md] [--base REV] [--results DIR]... [--executed-after TIME] [--format text|json] [--config FILE] [--changed FILE...]

Check the expectations and required cells of REPRODUCE.md against the executed notebooks and metrics files
it names; from a subfolder, the repository's REPRODUCE.md.

  --file FILE       the document (default: reproduce.file from the configuration, else REPRODUCE.md)
  --base REV        also read the results at REV and show how each metric moved (and check gates such as
                    test_loss <= base + 2%)
  --results DIR     a folder of executed results from another job (a matrix shard's artifact; repeat for
                    each): a notebook or metrics file found there is read instead of the repository's
  --executed-after TIME
                    when this run started executing (ISO 8601, or seconds since 1970): outputs older than
                    that are stale, never evidence
  --format FORMAT   text (default) or json
  --changed FILE... the files a commit changes (the pre-commit hook): exit 0 when none is the document or a
                    file it reads, or when there is no document

Exit status: 0 everything reproduced, 1 a failed, missing or invalid expectation or a required cell not ok,
2 the document or a result file cannot be read, or the document has nothing to check.
`,
  env: `Usage: mathrepro env [PATH...] [--format FORMAT] [--config FILE]

Lint environment.yml and requirements*.txt files: build strings, local prefixes, unpinned packages, conda/pip
duplicates, unreproducible pip entries, channels, YAML surprises.

  --format FORMAT   text (default), json, github or sarif
  --config FILE     configuration file (default: .mathrepro.yml in the current folder)
${REPORT_OPTIONS_HELP}

${EXIT_STATUS}
`,
  badge: `Usage: mathrepro badge [--out DIR] [--expectations] [--config FILE] [PATH...]

Write status badges (SVG, and shields.io endpoint JSON): math, reproduced, and with --expectations one per
expectation of REPRODUCE.md.

  --out DIR         where to write them (default: badges)
  --expectations    one badge per expectation as well

Exit status: 0 the badges were written, 2 a usage or configuration problem.
`,
};

const FORMATS = ['text', 'json', 'github', 'sarif', 'formulas'] as const;
type Format = (typeof FORMATS)[number];

export interface CliIO {
  cwd: string;
  /** Whether standard output is a terminal (colour is used only there). */
  isTTY?: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read whole (`mathrepro check -`). */
  stdin?: () => Promise<Uint8Array>;
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
  if (command in COMMAND_HELP && (rest.includes('-h') || rest.includes('--help'))) {
    io.stdout(COMMAND_HELP[command]!);
    return 0;
  }
  if (command === 'check') return check(rest, io);
  if (command === 'fix') return fixCommand(rest, io);
  if (command === 'preview') return preview(rest, io);
  if (command === 'verify') return verifyCommand(rest, io);
  if (command === 'badge') return badgeCommand(rest, io);
  if (command === 'env') return envCommand(rest, io);
  throw new ConfigurationError(`unknown command '${command}' (try mathrepro --help)`);
}

/**
 * Where a run starts: from a subfolder, at the folder of the configuration that applies (found walking up to the
 * repository's root), checking the subfolder (or the paths given) and naming files from there, so that the
 * repository's .mathrepro.yml counts wherever mathrepro is run. With --config, the current folder.
 */
function runScope(cwd: string, positionals: readonly string[], configOption: unknown): { root: string; paths: string[] } {
  const folder = configOption ? undefined : configurationFolder(cwd);
  if (!folder || folder === resolve(cwd)) return { root: cwd, paths: [...positionals] };
  return { root: folder, paths: (positionals.length ? positionals : ['.']).map((path) => relative(folder, resolve(cwd, path)) || '.') };
}

/** Options of the commands that report findings (check, env), as markdownlint-cli2 and ESLint spell them. */
const REPORT_OPTIONS = {
  format: { type: 'string', default: 'text' },
  config: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  'max-warnings': { type: 'string' },
  output: { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

async function check(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    ...REPORT_OPTIONS,
    'no-cache': { type: 'boolean', default: false },
    fix: { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
  });
  const format = values.format as string;
  if (!FORMATS.includes(format as Format)) {
    throw new ConfigurationError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  }
  if (positionals.includes('-')) return checkStandardInput(positionals, values, io);
  const scope = runScope(io.cwd, positionals, values.config);
  if (values.fix) {
    if (format === 'formulas') throw new ConfigurationError('--fix reports findings: use another --format than formulas');
    const { runFix } = await import('./app/fix.js');
    const { fixSummary } = await import('./report/fixes.js');
    const fixed = runFix({
      root: scope.root,
      paths: scope.paths,
      ...(values.config ? { configPath: values.config as string } : {}),
      write: true,
      environments: false,
    });
    io.stderr(fixSummary(fixed.files));
    const status = report(fixed.remaining, values, 'formula', io, scope.root);
    // A file that could not be written back is a fix asked for and not made.
    return fixed.files.some((file) => file.notWritten) ? 2 : status;
  }
  const run = await runCheckInParallel({
    root: scope.root,
    paths: scope.paths,
    ...(values.config ? { configPath: values.config as string } : {}),
    keepFormulas: format === 'formulas',
    // This very bundle serves as the worker, and names the build results are cached for; under the test runner
    // (TypeScript sources) there is no bundle, hence neither.
    ...(import.meta.url.endsWith('.js') ? { workerUrl: new URL(import.meta.url) } : {}),
    ...(cacheSalt(values['no-cache'] as boolean) ?? {}),
  });
  return report(run, values, 'formula', io, scope.root);
}

/** `mathrepro check - [--stdin-filename NAME]`: standard input, checked as the file NAME (default: stdin.md). */
async function checkStandardInput(positionals: readonly string[], values: ReportValues & Record<string, unknown>, io: CliIO): Promise<number> {
  if (positionals.length > 1) throw new ConfigurationError('check - reads standard input alone: give no other path');
  if (values.fix) throw new ConfigurationError('--fix writes files: it cannot fix standard input');
  if (!io.stdin) throw new ConfigurationError('no standard input to read');
  const name = (values['stdin-filename'] as string | undefined) ?? 'stdin.md';
  const scope = runScope(io.cwd, [name], values.config);
  const { runCheckOfText } = await import('./app/check.js');
  const run = runCheckOfText({
    root: scope.root,
    file: scope.paths[0]!,
    content: await io.stdin(),
    ...(values.config ? { configPath: values.config as string } : {}),
  });
  return report(run, values, 'formula', io, scope.root);
}

async function fixCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean', default: false }, config: { type: 'string' } });
  const { runFix } = await import('./app/fix.js');
  const { formatFixes, unifiedDiff } = await import('./report/fixes.js');
  const scope = runScope(io.cwd, positionals, values.config);
  const dryRun = values['dry-run'] as boolean;
  const fixed = runFix({
    root: scope.root,
    paths: scope.paths,
    ...(values.config ? { configPath: values.config as string } : {}),
    write: !dryRun,
    environments: true,
  });
  if (dryRun) {
    io.stdout(unifiedDiff(fixed.files));
    io.stderr(formatFixes(fixed, true));
  } else io.stdout(formatFixes(fixed, false));
  if (fixed.files.some((file) => file.notWritten)) return 2;
  return fixed.remaining.report.summary.errors > 0 ? 1 : 0;
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
    changed: { type: 'boolean', default: false },
    results: { type: 'string', multiple: true },
    'executed-after': { type: 'string' },
  });
  if (positionals.length && !values.changed) throw new ConfigurationError(`verify takes no paths (got '${positionals[0]}'); use --file`);
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new ConfigurationError(`--format must be text or json for verify, not '${format}'`);
  const { verifyRepository } = await verifyUseCase();
  const { formatVerifyJson, formatVerifyText } = await import('./report/reproduce.js');
  // From a subfolder, the repository's REPRODUCE.md is the one meant (as git finds its root).
  const root = values.file || values.config ? io.cwd : reproduceRoot(io.cwd);
  // --changed FILES (the pre-commit hook): a commit that touches neither the document nor what it reads is not
  // held to it, and a repository without one has nothing to verify.
  const read = new Set<string>();
  const involved = () => positionals.some((file) => read.has(toPosix(relative(root, resolve(io.cwd, file)))));
  const config = loadConfig(root, values.config as string | undefined);
  if (values.changed) {
    const { reproduceDocument } = await import('./app/verify.js');
    if (!reproduceDocument(root, config, values.file as string | undefined)) return 0;
  }
  try {
    const report = verifyRepository({
      root,
      file: values.file as string | undefined,
      config,
      base: values.base as string | undefined,
      onRead: (path) => read.add(toPosix(path)),
      resultFolders: (values.results as string[] | undefined) ?? [],
      ...(values['executed-after'] ? { executedAfter: values['executed-after'] as string } : {}),
    });
    if (values.changed && !involved()) return 0;
    io.stdout(format === 'json' ? formatVerifyJson(report) : formatVerifyText(report));
    return verified(report) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    if (values.changed && !involved()) return 0;
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
  for (const [name, content] of await badgeFiles(badges)) {
    const unsafe = unsafeOutput(join(out, name), io.cwd);
    if (unsafe) throw new ConfigurationError(`--out ${values.out as string}: ${name} not written: ${unsafe}`);
    writeNamedFile(join(out, name), content, `--out ${values.out as string}`);
    io.stdout(`${join(values.out as string, name)}\n`);
  }
  return 0;
}

async function envCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, REPORT_OPTIONS);
  const format = values.format as string;
  if (!['text', 'json', 'github', 'sarif'].includes(format)) throw new ConfigurationError(`--format must be one of text, json, github, sarif, not '${format}'`);
  const { runEnvLint } = await import('./app/env.js');
  const scope = runScope(io.cwd, positionals, values.config);
  const run = runEnvLint({ root: scope.root, paths: scope.paths, ...(values.config ? { configPath: values.config as string } : {}) });
  return report(run, values, 'package', io, scope.root);
}

type ReportValues = {
  format?: string | boolean;
  quiet?: string | boolean;
  'max-warnings'?: string | boolean;
  output?: string | boolean;
  color?: string | boolean;
  'no-color'?: string | boolean;
};

/**
 * Prints (or with --output writes) a check or env run and says its exit status: 1 on an error, or on more warnings
 * than --max-warnings allows. --quiet leaves warnings out of the report (they still count for --max-warnings).
 * Colour only on a terminal, unless --color or --no-color (or NO_COLOR) says otherwise.
 */
function report(run: CheckRun, values: ReportValues, unit: 'formula' | 'package', io: CliIO, root: string): number {
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new ConfigurationError(`--max-warnings must be a whole number of warnings, not '${String(values['max-warnings'])}'`);
  }
  const color = values['no-color'] ? false : values.color ? true : (environmentColor() ?? (io.isTTY === true && !process.env.NO_COLOR && !values.output));
  const shown = values.quiet ? withoutWarnings(run) : run;
  const text = formatRun(shown, values.format as Format, unit, color);
  if (typeof values.output === 'string') {
    const path = resolve(io.cwd, values.output);
    const unsafe = unsafeOutput(
      path,
      root,
      run.files.map((file) => resolve(root, file.file)),
    );
    if (unsafe) throw new ConfigurationError(`--output ${values.output}: not written: ${unsafe}`);
    writeNamedFile(path, text, `--output ${values.output}`);
  } else io.stdout(text);
  const { errors, warnings } = run.report.summary;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

/** Writes a file named on the command line; a path that cannot be written is an error naming it. */
function writeNamedFile(path: string, content: string | Uint8Array, option: string): void {
  const problem = writeFileOrSayWhy(path, content);
  if (problem) throw new ConfigurationError(`${option}: cannot write ${path}: ${problem}`);
}

/** The run with its warnings left out (each file's excerpts kept in step with its findings). */
function withoutWarnings(run: CheckRun): CheckRun {
  const files = run.files.map((file) => {
    const kept = file.diagnostics.map((d, index) => ({ d, index })).filter(({ d }) => d.severity === 'error');
    return { ...file, diagnostics: kept.map(({ d }) => d), excerpts: kept.map(({ index }) => file.excerpts[index]) };
  });
  return { files, report: { ...run.report, diagnostics: run.report.diagnostics.filter((d) => d.severity === 'error') } };
}

/** A check or env run in one of the output formats; `unit` names what the text summary counts. */
/**
 * FORCE_COLOR, as Node.js and most command-line tools read it: 1, 2, 3, true or empty turn colour on wherever the
 * output goes (CI logs render it), 0 or false off. Undefined when it is not set.
 */
function environmentColor(): boolean | undefined {
  const force = process.env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return !['0', 'false'].includes(force.toLowerCase());
}

function formatRun(run: CheckRun, format: Format, unit: 'formula' | 'package', color = false): string {
  switch (format) {
    case 'text':
      return formatText(run, unit, { color });
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

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: boolean }>;

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
  // A reader that stops early (`mathrepro check --format formulas | head`) closes the pipe: the rest of the output
  // has nowhere to go, which is no error of the check (its exit status still says what it found).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  }).then((status) => {
    process.exitCode = status;
  });
}
