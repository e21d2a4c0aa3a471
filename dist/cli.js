#!/usr/bin/env node
import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  formatAnnotations,
  formatJson,
  formatSarif
} from "./chunks/chunk-CN2HACUF.js";
import {
  serveWorker
} from "./chunks/chunk-LJAT2UGO.js";
import {
  FILTER_MODES,
  VERSION
} from "./chunks/chunk-IOSWZBGQ.js";
import {
  count
} from "./chunks/chunk-VDBKTSS7.js";
import {
  unsafeOutput,
  writeFileOrSayWhy
} from "./chunks/chunk-ZAYWRH4N.js";
import {
  runCheckInParallel
} from "./chunks/chunk-CWA7OCEE.js";
import "./chunks/chunk-27A5LF6U.js";
import {
  verified
} from "./chunks/chunk-7TAV6QZK.js";
import "./chunks/chunk-SMENXNA6.js";
import {
  ConfigurationError,
  VerifyError,
  configurationFolder,
  loadConfig,
  toPosix
} from "./chunks/chunk-G3VOV2RF.js";
import {
  printable
} from "./chunks/chunk-WUQGJPXO.js";
import "./chunks/chunk-UT5ZD4FN.js";

// src/cli.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// src/report/text.ts
var STYLE = { error: "\x1B[31m", warning: "\x1B[33m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function formatText(run, unit = "formula", options = {}) {
  const paint = (style, text) => options.color ? `${STYLE[style]}${text}${STYLE.reset}` : text;
  const out = [];
  for (const file of run.files) {
    file.diagnostics.forEach((d, index) => {
      const where = d.cell === void 0 ? "" : ` (cell ${d.cell}, line ${d.cellLine})`;
      out.push(
        `${paint("bold", printable(`${d.file}:${d.line}:${d.column}${where}`))}  ${paint(d.severity, d.severity)}  ${paint("dim", d.rule)}  ${printable(d.message)}`
      );
      const excerpt = file.excerpts[index];
      if (excerpt && /\S/.test(excerpt.text)) {
        const shown = excerpt.text.replace(/\t/g, " ");
        const width = Math.max(1, Math.min(excerpt.end, excerpt.text.length) - excerpt.start);
        out.push(`    ${printable(shown)}`);
        out.push(`    ${" ".repeat(printable(shown.slice(0, excerpt.start)).length)}${paint(d.severity, "^".repeat(Math.min(width, 60)))}`);
      }
    });
  }
  const { files, formulas, errors, warnings } = run.report.summary;
  out.push(`${count(formulas, unit)} in ${count(files, "file")}: ${count(errors, "error")}, ${count(warnings, "warning")}`);
  return `${out.join("\n")}
`;
}
function formatFormulas(files) {
  const lines = [];
  for (const file of files) {
    for (const f of file.formulas) {
      lines.push(
        JSON.stringify({
          file: file.file,
          line: f.line,
          column: f.column,
          display: f.display,
          delimiter: f.delimiter,
          ...f.cell === void 0 ? {} : { cell: f.cell },
          tex: f.tex
        })
      );
    }
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}

// src/cli.ts
var previewUseCase = () => import("./chunks/preview-6DHEG57A.js");
var verifyUseCase = () => import("./chunks/verify-7C25TGWA.js");
var badgesUseCase = () => import("./chunks/badges-NUEZR3NB.js");
var USAGE = `Usage: mathrepro <command> [options]

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
var EXIT_STATUS = "Exit status: 0 no error-severity finding, 1 at least one, 2 a usage or configuration problem.";
var REPORT_OPTIONS_HELP = `  -q, --quiet       report errors only (warnings still count for --max-warnings)
  --max-warnings N  also exit 1 when there are more than N warnings
  -o, --output FILE write the report to FILE instead of the terminal
  --color, --no-color
                    colour the text report (default: FORCE_COLOR if set, else only on a terminal and not when
                    NO_COLOR is set)`;
var COMMAND_HELP = {
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

  Math, for the renderer of the file: \\operatorname{X} \u2192 \\mathrm{X} where GitHub refuses it; \\text{a_b} \u2192
  \\text{a\\_b} under textmacros; a misspelt command with one near match (\\lamda \u2192 \\lambda); on GitHub,
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
`
};
var FORMATS = ["text", "json", "github", "sarif", "formulas"];
async function runCli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr(`mathrepro: ${error.message}
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mathrepro: internal error: ${message}
Please report this at the project's issue tracker.
`);
    return 2;
  }
}
function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    io.stdout(USAGE);
    return command === void 0 ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (command in COMMAND_HELP && (rest.includes("-h") || rest.includes("--help"))) {
    io.stdout(COMMAND_HELP[command]);
    return 0;
  }
  if (command === "check") return check(rest, io);
  if (command === "fix") return fixCommand(rest, io);
  if (command === "preview") return preview(rest, io);
  if (command === "verify") return verifyCommand(rest, io);
  if (command === "badge") return badgeCommand(rest, io);
  if (command === "env") return envCommand(rest, io);
  throw new ConfigurationError(`unknown command '${command}' (try mathrepro --help)`);
}
function runScope(cwd, positionals, configOption) {
  const folder = configOption ? void 0 : configurationFolder(cwd);
  if (!folder || folder === resolve(cwd)) return { root: cwd, paths: [...positionals] };
  return { root: folder, paths: (positionals.length ? positionals : ["."]).map((path) => relative(folder, resolve(cwd, path)) || ".") };
}
var REPORT_OPTIONS = {
  format: { type: "string", default: "text" },
  config: { type: "string" },
  quiet: { type: "boolean", short: "q", default: false },
  "max-warnings": { type: "string" },
  output: { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" }
};
async function check(args, io) {
  const { values, positionals } = parse(args, {
    ...REPORT_OPTIONS,
    "no-cache": { type: "boolean", default: false },
    fix: { type: "boolean", default: false },
    "stdin-filename": { type: "string" }
  });
  const format = values.format;
  if (!FORMATS.includes(format)) {
    throw new ConfigurationError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'`);
  }
  if (positionals.includes("-")) return checkStandardInput(positionals, values, io);
  const scope = runScope(io.cwd, positionals, values.config);
  if (values.fix) {
    if (format === "formulas") throw new ConfigurationError("--fix reports findings: use another --format than formulas");
    const { runFix } = await import("./chunks/fix-DHZUTDA2.js");
    const { fixSummary } = await import("./chunks/fixes-5YQEOHM2.js");
    const fixed = runFix({
      root: scope.root,
      paths: scope.paths,
      ...values.config ? { configPath: values.config } : {},
      write: true,
      environments: false
    });
    io.stderr(fixSummary(fixed.files));
    const status = report(fixed.remaining, values, "formula", io, scope.root);
    return fixed.files.some((file) => file.notWritten) ? 2 : status;
  }
  const run = await runCheckInParallel({
    root: scope.root,
    paths: scope.paths,
    ...values.config ? { configPath: values.config } : {},
    keepFormulas: format === "formulas",
    // This very bundle serves as the worker, and names the build results are cached for; under the test runner
    // (TypeScript sources) there is no bundle, hence neither.
    ...import.meta.url.endsWith(".js") ? { workerUrl: new URL(import.meta.url) } : {},
    ...cacheSalt(values["no-cache"]) ?? {}
  });
  return report(run, values, "formula", io, scope.root);
}
async function checkStandardInput(positionals, values, io) {
  if (positionals.length > 1) throw new ConfigurationError("check - reads standard input alone: give no other path");
  if (values.fix) throw new ConfigurationError("--fix writes files: it cannot fix standard input");
  if (!io.stdin) throw new ConfigurationError("no standard input to read");
  const name = values["stdin-filename"] ?? "stdin.md";
  const scope = runScope(io.cwd, [name], values.config);
  const { runCheckOfText } = await import("./chunks/check-4US5SUZ7.js");
  const run = runCheckOfText({
    root: scope.root,
    file: scope.paths[0],
    content: await io.stdin(),
    ...values.config ? { configPath: values.config } : {}
  });
  return report(run, values, "formula", io, scope.root);
}
async function fixCommand(args, io) {
  const { values, positionals } = parse(args, { "dry-run": { type: "boolean", default: false }, config: { type: "string" } });
  const { runFix } = await import("./chunks/fix-DHZUTDA2.js");
  const { formatFixes, unifiedDiff } = await import("./chunks/fixes-5YQEOHM2.js");
  const scope = runScope(io.cwd, positionals, values.config);
  const dryRun = values["dry-run"];
  const fixed = runFix({
    root: scope.root,
    paths: scope.paths,
    ...values.config ? { configPath: values.config } : {},
    write: !dryRun,
    environments: true
  });
  if (dryRun) {
    io.stdout(unifiedDiff(fixed.files));
    io.stderr(formatFixes(fixed, true));
  } else io.stdout(formatFixes(fixed, false));
  if (fixed.files.some((file) => file.notWritten)) return 2;
  return fixed.remaining.report.summary.errors > 0 ? 1 : 0;
}
async function preview(args, io) {
  const { values, positionals } = parse(args, {
    base: { type: "string" },
    head: { type: "string" },
    config: { type: "string" },
    "filter-mode": { type: "string", default: "added" }
  });
  if (!values.base) throw new ConfigurationError("preview needs --base REV (the revision the changes are compared with)");
  const filterMode = values["filter-mode"];
  if (!FILTER_MODES.includes(filterMode)) throw new ConfigurationError(`--filter-mode must be one of ${FILTER_MODES.join(", ")}`);
  const { previewChanges } = await previewUseCase();
  const markdown = await previewChanges({
    cwd: io.cwd,
    base: values.base,
    head: values.head,
    paths: positionals,
    configPath: values.config,
    filterMode
  });
  io.stdout(markdown);
  return 0;
}
async function verifyCommand(args, io) {
  const { values, positionals } = parse(args, {
    file: { type: "string" },
    format: { type: "string", default: "text" },
    config: { type: "string" },
    base: { type: "string" },
    changed: { type: "boolean", default: false },
    results: { type: "string", multiple: true },
    "executed-after": { type: "string" }
  });
  if (positionals.length && !values.changed) throw new ConfigurationError(`verify takes no paths (got '${positionals[0]}'); use --file`);
  const format = values.format;
  if (format !== "text" && format !== "json") throw new ConfigurationError(`--format must be text or json for verify, not '${format}'`);
  const { verifyRepository } = await verifyUseCase();
  const { formatVerifyJson, formatVerifyText } = await import("./chunks/reproduce-4GVLHNFO.js");
  const root = values.file || values.config ? io.cwd : reproduceRoot(io.cwd);
  const read = /* @__PURE__ */ new Set();
  const involved = () => positionals.some((file) => read.has(toPosix(relative(root, resolve(io.cwd, file)))));
  const config = loadConfig(root, values.config);
  if (values.changed) {
    const { reproduceDocument } = await import("./chunks/verify-7C25TGWA.js");
    if (!reproduceDocument(root, config, values.file)) return 0;
  }
  try {
    const report2 = verifyRepository({
      root,
      file: values.file,
      config,
      base: values.base,
      onRead: (path) => read.add(toPosix(path)),
      resultFolders: values.results ?? [],
      ...values["executed-after"] ? { executedAfter: values["executed-after"] } : {}
    });
    if (values.changed && !involved()) return 0;
    io.stdout(format === "json" ? formatVerifyJson(report2) : formatVerifyText(report2));
    return verified(report2) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    if (values.changed && !involved()) return 0;
    if (format === "json") io.stdout(`${JSON.stringify({ version: 1, file: values.file ?? null, error: error.message }, null, 2)}
`);
    throw new ConfigurationError(error.message);
  }
}
function reproduceRoot(cwd) {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, "REPRODUCE.md")) || existsSync(join(folder, ".mathrepro.yml"))) return folder;
    if (existsSync(join(folder, ".git")) || dirname(folder) === folder) return cwd;
  }
}
async function badgeCommand(args, io) {
  const { values, positionals } = parse(args, {
    out: { type: "string", default: "badges" },
    expectations: { type: "boolean", default: false },
    config: { type: "string" },
    file: { type: "string" }
  });
  const { badgesFor } = await badgesUseCase();
  const { badgeFiles } = await import("./chunks/badges-5O2I6AU4.js");
  const badges = badgesFor({
    root: io.cwd,
    paths: positionals,
    perExpectation: values.expectations,
    ...values.config ? { configPath: values.config } : {},
    ...values.file ? { reproduceFile: values.file } : {}
  });
  const out = resolve(io.cwd, values.out);
  for (const [name, content] of await badgeFiles(badges)) {
    const unsafe = unsafeOutput(join(out, name), io.cwd);
    if (unsafe) throw new ConfigurationError(`--out ${values.out}: ${name} not written: ${unsafe}`);
    writeNamedFile(join(out, name), content, `--out ${values.out}`);
    io.stdout(`${join(values.out, name)}
`);
  }
  return 0;
}
async function envCommand(args, io) {
  const { values, positionals } = parse(args, REPORT_OPTIONS);
  const format = values.format;
  if (!["text", "json", "github", "sarif"].includes(format)) throw new ConfigurationError(`--format must be one of text, json, github, sarif, not '${format}'`);
  const { runEnvLint } = await import("./chunks/env-D7QXFIAU.js");
  const scope = runScope(io.cwd, positionals, values.config);
  const run = runEnvLint({ root: scope.root, paths: scope.paths, ...values.config ? { configPath: values.config } : {} });
  return report(run, values, "package", io, scope.root);
}
function report(run, values, unit, io, root) {
  const maxWarnings = values["max-warnings"] === void 0 ? void 0 : Number(values["max-warnings"]);
  if (maxWarnings !== void 0 && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new ConfigurationError(`--max-warnings must be a whole number of warnings, not '${String(values["max-warnings"])}'`);
  }
  const color = values["no-color"] ? false : values.color ? true : environmentColor() ?? (io.isTTY === true && !process.env.NO_COLOR && !values.output);
  const shown = values.quiet ? withoutWarnings(run) : run;
  const text = formatRun(shown, values.format, unit, color);
  if (typeof values.output === "string") {
    const path = resolve(io.cwd, values.output);
    const unsafe = unsafeOutput(
      path,
      root,
      run.files.map((file) => resolve(root, file.file))
    );
    if (unsafe) throw new ConfigurationError(`--output ${values.output}: not written: ${unsafe}`);
    writeNamedFile(path, text, `--output ${values.output}`);
  } else io.stdout(text);
  const { errors, warnings } = run.report.summary;
  return errors > 0 || maxWarnings !== void 0 && warnings > maxWarnings ? 1 : 0;
}
function writeNamedFile(path, content, option) {
  const problem = writeFileOrSayWhy(path, content);
  if (problem) throw new ConfigurationError(`${option}: cannot write ${path}: ${problem}`);
}
function withoutWarnings(run) {
  const files = run.files.map((file) => {
    const kept = file.diagnostics.map((d, index) => ({ d, index })).filter(({ d }) => d.severity === "error");
    return { ...file, diagnostics: kept.map(({ d }) => d), excerpts: kept.map(({ index }) => file.excerpts[index]) };
  });
  return { files, report: { ...run.report, diagnostics: run.report.diagnostics.filter((d) => d.severity === "error") } };
}
function environmentColor() {
  const force = process.env.FORCE_COLOR;
  if (force === void 0) return void 0;
  return !["0", "false"].includes(force.toLowerCase());
}
function formatRun(run, format, unit, color = false) {
  switch (format) {
    case "text":
      return formatText(run, unit, { color });
    case "json":
      return formatJson(run.report);
    case "github":
      return formatAnnotations(run.report.diagnostics);
    case "sarif":
      return formatSarif(run.report);
    case "formulas":
      return formatFormulas(run.files);
  }
}
function cacheSalt(off) {
  if (off || process.env.MATHREPRO_CACHE === "off" || !import.meta.url.endsWith(".js")) return void 0;
  try {
    const bundle = statSync(fileURLToPath(import.meta.url));
    return { cacheSalt: `${VERSION}\0${bundle.size}\0${bundle.mtimeMs}` };
  } catch {
    return void 0;
  }
}
function parse(args, options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigurationError(error.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
}
function isEntryPoint() {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (serveWorker()) {
} else if (isEntryPoint()) {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
  });
  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks);
    }
  }).then((status) => {
    process.exitCode = status;
  });
}
export {
  runCli
};
