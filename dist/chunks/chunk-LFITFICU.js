import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  trackedOnce
} from "./chunk-CWA7OCEE.js";
import {
  MAX_NOTEBOOK_BYTES,
  buildReport,
  locateFindings,
  wholeFileFinding
} from "./chunk-27A5LF6U.js";
import {
  discoverFiles
} from "./chunk-SMENXNA6.js";
import {
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  LineIndex,
  ResolvedConfig,
  cannotReadSentence,
  envBuildString,
  envChannels,
  envCondaPipDuplicate,
  envFromHistory,
  envLocalPrefix,
  envLockMissing,
  envLockStale,
  envNotLinted,
  envOsOnly,
  envPipUnreproducible,
  envUnpinned,
  envUnreadable,
  envYamlCoercion,
  getScalarValue,
  loadConfig,
  loadYaml,
  parseEvents,
  readFileBounded,
  staysInside,
  toPosix
} from "./chunk-G3VOV2RF.js";

// src/app/env.ts
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

// src/env/packages.ts
function parseCondaSpec(text) {
  const spec = text.trim().replace(/^[\w.\-/:]+::/, "");
  const spaced = /^([A-Za-z0-9_.-]+)\s+(\S+)(?:\s+(\S+))?$/.exec(spec);
  if (spaced) return { name: spaced[1], version: spaced[2], ...spaced[3] ? { build: spaced[3] } : {} };
  const match = /^([A-Za-z0-9_.-]+)\s*(.*)$/.exec(spec);
  if (!match) return void 0;
  const [, name, rest] = match;
  if (rest === "") return { name };
  const withBuild = /^=([^=<>!~\s]+)=(\S+)$/.exec(rest);
  if (withBuild) return { name, version: withBuild[1], build: withBuild[2] };
  return { name, version: rest.replace(/^=(?!=)/, "") };
}
function parsePipLine(line) {
  const text = line.trim();
  const option = /^(-[a-zA-Z]|--[a-z-]+)(?:[ =]\s*(.*))?$/.exec(text);
  if (option) {
    if (option[1] === "-e" || option[1] === "--editable") return { kind: "editable", target: option[2] ?? "" };
    return { kind: "option", option: option[1], value: option[2] ?? "" };
  }
  if (/^(git\+|hg\+|svn\+|bzr\+|https?:\/\/|file:)/i.test(text)) return { kind: "url", url: text };
  if (/^(\.{1,2}\/|\/|~\/|[A-Za-z]:\\)/.test(text) || /\.(whl|tar\.gz|zip)$/i.test(text)) return { kind: "path", path: text };
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*@\s*(\S+)/.exec(text);
  if (direct) return { kind: "requirement", name: direct[1], specifier: "", url: direct[3] };
  const requirement = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*)/.exec(text);
  if (requirement) return { kind: "requirement", name: requirement[1], specifier: requirement[3].trim() };
  return { kind: "other" };
}
function normalizedPackageName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function normalizedName(name, from) {
  const normal = normalizedPackageName(name);
  if (from === "conda") return normal;
  return PIP_TO_CONDA[normal] ?? normal;
}
var PIP_TO_CONDA = {
  torch: "pytorch",
  "opencv-python": "opencv",
  "opencv-contrib-python": "opencv",
  "opencv-python-headless": "opencv",
  "tensorflow-gpu": "tensorflow",
  tables: "pytables",
  "msgpack-python": "msgpack-python"
};
function isPinnedVcs(url) {
  return /@[0-9a-f]{40}(?:#|$)/i.test(url);
}
var PIP_VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target"
]);
function pipInstallsIn(notebook, text) {
  const installs = [];
  for (const match of text.matchAll(/[!%]\s*pip3?\s+install\s+([^"\\\n]+)/g)) {
    const words = match[1].trim().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const word = words[k].replace(/^['"]|['"]$/g, "");
      if (PIP_VALUE_OPTIONS.has(word)) {
        k++;
        continue;
      }
      if (word.startsWith("-") || /[/:]/.test(word) || word === "." || word.startsWith("$") || word.startsWith("{")) continue;
      const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(word)?.[1];
      if (name) installs.push({ name, notebook, command: match[0].trim().replace(/\s+/g, " ") });
    }
  }
  return installs;
}

// src/env/yaml-tree.ts
var YamlError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var PLAIN_STYLE = 1;
function yamlTree(text, limits = { maxDepth: 64 }) {
  let events;
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth });
  } catch (error) {
    const mark = error.mark;
    throw new YamlError(error.message.split("\n")[0], mark?.position ?? 0);
  }
  const stack = [];
  let pendingKey;
  let root;
  let documents = 0;
  const add = (node) => {
    const parent = stack[stack.length - 1];
    if (!parent) root ??= node;
    else if (parent.kind === "seq") parent.items.push(node);
    else if (pendingKey === void 0) pendingKey = node;
    else {
      parent.entries.push({ key: pendingKey, value: node });
      pendingKey = void 0;
    }
  };
  for (const event of events) {
    if (documents > 1) {
      const at = event.start ?? event.valueStart;
      if (at === void 0 || at < 0) continue;
      const marker = text.lastIndexOf("---", at);
      return { root, secondDocument: marker >= 0 ? marker : at };
    }
    if (event.type === 1) {
      if (++documents > 1) continue;
    } else if (event.type === EVENT_SCALAR) {
      const raw = text.slice(event.valueStart, event.valueEnd);
      add({ kind: "scalar", value: getScalarValue(text, event), raw, plain: event.style === PLAIN_STYLE, start: event.valueStart, end: event.valueEnd });
    } else if (event.type === EVENT_MAPPING || event.type === EVENT_SEQUENCE) {
      const node = event.type === EVENT_MAPPING ? { kind: "map", entries: [], start: event.start } : { kind: "seq", items: [], start: event.start };
      const savedKey = pendingKey;
      pendingKey = void 0;
      const parent = stack[stack.length - 1];
      if (!parent) root ??= node;
      else if (parent.kind === "seq") parent.items.push(node);
      else parent.entries.push({ key: savedKey ?? { kind: "scalar", value: "", raw: "", plain: true, start: event.start, end: event.start }, value: node });
      stack.push(node);
    } else if (event.type === EVENT_POP) {
      if (stack.length) {
        stack.pop();
        pendingKey = void 0;
      }
    } else {
      add({ kind: "alias", start: Math.max(0, event.anchorStart - 1) });
    }
  }
  if (documents > 1) {
    const marker = text.lastIndexOf("---");
    return { root, secondDocument: marker >= 0 ? marker : text.length };
  }
  return { root };
}
function entry(map, key) {
  if (map?.kind !== "map") return void 0;
  return map.entries.find((e) => e.key.kind === "scalar" && e.key.value === key);
}

// src/env/platform-packages.ts
var PLATFORM_PACKAGES = [
  // macOS: Apple's C++ runtime, its OpenMP, App Nap.
  { name: "appnope", platforms: ["macOS"], what: "macOS App Nap bindings" },
  { name: "libcxx", platforms: ["macOS"], what: "the LLVM C++ runtime conda-forge ships on macOS" },
  { name: "libcxxabi", platforms: ["macOS"], what: "the LLVM C++ ABI library conda-forge ships on macOS" },
  { name: "llvm-openmp", platforms: ["macOS"], what: "the OpenMP runtime of macOS builds" },
  { name: "libgfortran5", platforms: ["macOS"], what: "the Fortran runtime of macOS builds (libgfortran-ng on Linux)" },
  { name: "tapi", platforms: ["macOS"], what: "Apple's text-based stubs library" },
  { name: "cctools", platforms: ["macOS"], what: "Apple's linker tools" },
  { name: "ld64", platforms: ["macOS"], what: "Apple's linker" },
  // Windows: the Visual C++ runtime, MSYS2/MinGW, Win32 bindings.
  { name: "vc", platforms: ["Windows"], what: "the Visual C++ runtime selector" },
  { name: "vc14_runtime", platforms: ["Windows"], what: "the Visual C++ 14 runtime" },
  { name: "vs2015_runtime", platforms: ["Windows"], what: "the Visual Studio 2015 runtime" },
  { name: "ucrt", platforms: ["Windows"], what: "the Universal C runtime" },
  { name: "pywin32", platforms: ["Windows"], what: "Win32 API bindings" },
  { name: "pywin32-ctypes", platforms: ["Windows"], what: "Win32 API bindings" },
  { name: "pywinpty", platforms: ["Windows"], what: "Windows pseudo-terminals" },
  { name: "win_inet_pton", platforms: ["Windows"], what: "an inet_pton shim for Windows" },
  { name: "wincertstore", platforms: ["Windows"], what: "the Windows certificate store" },
  { name: "winpty", platforms: ["Windows"], what: "Windows pseudo-terminals" },
  { name: "m2w64-", platforms: ["Windows"], what: "MinGW-w64 packages for Windows" },
  { name: "msys2-", platforms: ["Windows"], what: "MSYS2 packages for Windows" },
  // Linux: the GNU C/C++ runtimes and the linker of Linux builds.
  { name: "_libgcc_mutex", platforms: ["linux"], what: "the GNU runtime selector of Linux builds" },
  { name: "_openmp_mutex", platforms: ["linux", "macOS"], what: "the OpenMP runtime selector of Linux and macOS builds" },
  { name: "libgcc-ng", platforms: ["linux"], what: "the GNU C runtime of Linux builds" },
  { name: "libstdcxx-ng", platforms: ["linux"], what: "the GNU C++ runtime of Linux builds" },
  { name: "libgomp", platforms: ["linux"], what: "the GNU OpenMP runtime of Linux builds" },
  { name: "libgfortran-ng", platforms: ["linux"], what: "the GNU Fortran runtime of Linux builds" },
  { name: "ld_impl_linux-64", platforms: ["linux"], what: "the GNU linker of linux-64 builds" },
  { name: "ld_impl_linux-aarch64", platforms: ["linux"], what: "the GNU linker of linux-aarch64 builds" },
  { name: "sysroot_linux-64", platforms: ["linux"], what: "the glibc sysroot of linux-64 builds" },
  { name: "kernel-headers_linux-64", platforms: ["linux"], what: "the Linux kernel headers" }
];
function platformPackage(name) {
  const lower = name.toLowerCase();
  return PLATFORM_PACKAGES.find((entry2) => entry2.name.endsWith("-") ? lower.startsWith(entry2.name) : lower === entry2.name);
}

// src/env/lint.ts
var MAX_ENV_BYTES = 5 * 1024 * 1024;
var KNOWN_CHANNELS = [
  "defaults",
  "conda-forge",
  "bioconda",
  "pytorch",
  "nvidia",
  "nodefaults",
  "anaconda",
  "main",
  "r",
  "msys2",
  "fastai",
  "huggingface",
  "pyviz",
  "plotly",
  "intel"
];
function lintEnvironmentFile(text, pinning, platform, pipInstalls = []) {
  const findings = [];
  let root;
  try {
    const tree = yamlTree(text);
    root = tree.root;
    if (tree.secondDocument !== void 0) {
      findings.push({
        rule: envUnreadable.id,
        message: 'A second YAML document starts here (after ---): conda reads a file of one document and stops ("expected a single document in the stream"). Remove it, or make it a file of its own; only the first is linted.',
        start: tree.secondDocument,
        end: tree.secondDocument + 3
      });
    }
  } catch (error) {
    const offset = error instanceof YamlError ? error.offset : 0;
    return { findings: [{ rule: envUnreadable.id, message: `Not valid YAML: ${error.message}`, start: offset, end: offset + 1 }], packages: 0 };
  }
  if (root?.kind !== "map") {
    return {
      findings: [
        ...findings,
        { rule: envUnreadable.id, message: "Not a conda environment: expected a mapping with name, channels and dependencies.", start: 0, end: 1 }
      ],
      packages: 0
    };
  }
  yamlStructure(root, findings);
  const prefix = entry(root, "prefix");
  if (prefix) {
    const lineStart = text.lastIndexOf("\n", prefix.key.start - 1) + 1;
    const lineEnd = prefix.value.kind === "scalar" ? text.indexOf("\n", prefix.value.end) : -1;
    const onItsLine = prefix.value.kind === "scalar" && /^\s*$/.test(text.slice(lineStart, prefix.key.start));
    findings.push({
      rule: envLocalPrefix.id,
      message: `prefix: is a path on the machine that exported this file${prefix.value.kind === "scalar" ? ` (${prefix.value.value})` : ""}; delete the line (conda env export writes it).`,
      start: prefix.key.start,
      end: prefix.value.kind === "scalar" ? prefix.value.end : prefix.key.start + 6,
      ...onItsLine ? { fix: { description: "prefix: line removed", edits: [{ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd + 1, text: "" }] } } : {}
    });
  }
  const channels = entry(root, "channels");
  if (!channels) {
    const name = entry(root, "name");
    findings.push({
      rule: envChannels.id,
      message: "No channels: conda then uses whatever channels the machine is configured with. List them (e.g. conda-forge).",
      start: name?.key.start ?? 0,
      end: (name?.key.start ?? 0) + 4
    });
  } else if (channels.value.kind === "seq") {
    for (const channel of channels.value.items) {
      if (channel.kind !== "scalar" || /[/:]/.test(channel.value) || KNOWN_CHANNELS.includes(channel.value)) continue;
      const near = KNOWN_CHANNELS.find((known) => distance(known, channel.value.toLowerCase().replace(/_/g, "-")) <= 2);
      if (near) {
        findings.push({
          rule: envChannels.id,
          message: `Channel '${channel.value}' looks like a misspelling of '${near}'.`,
          start: channel.start,
          end: channel.end
        });
      }
    }
  }
  coercions(root, findings);
  const dependencies = entry(root, "dependencies");
  let packages = 0;
  if (dependencies?.value.kind === "seq") {
    const condaNames = /* @__PURE__ */ new Map();
    const pipEntries = [];
    const builds = [];
    const unversioned = [];
    let versioned = 0;
    for (const item of dependencies.value.items) {
      if (item.kind === "map") {
        const pip = entry(item, "pip");
        if (pip?.value.kind === "seq") {
          for (const p of pip.value.items) {
            if (p.kind === "scalar") pipEntries.push(p);
            else {
              findings.push({
                rule: envUnreadable.id,
                message: `A ${p.kind === "map" ? "mapping" : "list"} inside the pip: list: conda hands pip each entry as a requirement line, and pip fails on this one. Write the packages directly under pip:.`,
                start: p.start,
                end: p.start + 1
              });
            }
          }
        }
        continue;
      }
      if (item.kind !== "scalar" || item.value.includes("{{") || /^[\d.]+$/.test(item.value)) continue;
      const spec = parseCondaSpec(item.value);
      if (!spec) continue;
      packages++;
      if (spec.version && spec.version !== "*" && spec.name !== "pip") versioned++;
      condaNames.set(normalizedName(spec.name, "conda"), item);
      const osOnly = platformPackage(spec.name);
      if (osOnly && !(platform && osOnly.platforms.includes(platform))) {
        findings.push(onlyOn(text, item, spec.name, osOnly));
        continue;
      }
      if (spec.build) {
        builds.push({ item, text: `${spec.name}=${spec.version}=${spec.build}`, build: spec.build });
      } else if (!spec.version || spec.version === "*") {
        if (spec.name !== "pip") unversioned.push({ item, name: spec.name });
      } else if (pinning === "exact" && !/^==?[\w.]+$|^\d[\w.]*$/.test(spec.version.replace(/^=(?=\d)/, ""))) {
        findings.push(loose(item, spec.name, spec.version));
      }
    }
    if (unversioned.length >= MIN_HISTORY_PACKAGES && versioned === 0 && builds.length === 0) {
      findings.push(
        fromHistory(
          dependencies.key,
          unversioned.map(({ name }) => name),
          pipEntries.length > 0
        )
      );
    } else {
      for (const { item, name } of unversioned) findings.push(unpinned(item, name));
    }
    const notListed = pipEntries.length > 0 ? [] : pipInstalls.filter((install) => !condaNames.has(normalizedName(install.name, "pip")));
    if (notListed.length > 0) findings.push(pipSectionMissing(dependencies.key, notListed));
    const fix = "Export with `conda env export --no-builds` (or `--from-history` for what you asked for).";
    if (builds.length > 3) {
      const first = builds[0];
      const edits = builds.flatMap((build) => buildRemoval(text, build.item, build.build));
      findings.push({
        rule: envBuildString.id,
        message: `${builds.length} of ${dependencies.value.items.length} packages pin platform build strings (${first.text}, \u2026): on another platform conda fails with ResolvePackageNotFound. ${fix}`,
        start: first.item.start,
        end: first.item.end,
        ...edits.length === builds.length ? { fix: { description: `build strings removed from ${builds.length} packages (as --no-builds writes them)`, edits } } : {}
      });
    } else {
      for (const { item, text: spec, build } of builds) {
        const edits = buildRemoval(text, item, build);
        findings.push({
          rule: envBuildString.id,
          message: `${spec} pins a platform build string: on another platform conda fails with ResolvePackageNotFound. ${fix}`,
          start: item.start,
          end: item.end,
          ...edits.length > 0 ? { fix: { description: `${spec} \u2192 ${spec.slice(0, -build.length - 1)}`, edits } } : {}
        });
      }
    }
    for (const item of pipEntries) {
      const result = lintPipEntry(item.value, pinning);
      if (result.isPackage) packages++;
      for (const finding of result.findings) findings.push({ ...finding, start: item.start, end: item.end });
      if (result.name) {
        const conda = condaNames.get(normalizedName(result.name, "pip"));
        if (conda) {
          findings.push({
            rule: envCondaPipDuplicate.id,
            message: `${result.name} comes from pip and also from conda (${conda.value}): pip installs over conda's copy and the two disagree. Keep one.`,
            start: item.start,
            end: item.end
          });
        }
      }
    }
  }
  return { findings, packages };
}
var MIN_HISTORY_PACKAGES = 3;
function fromHistory(at, names, hasPip) {
  const shown = names.length > 6 ? `${names.slice(0, 6).join(", ")}, \u2026` : names.join(", ");
  return {
    rule: envFromHistory.id,
    message: `None of its ${names.length} packages has a version (as \`conda env export --from-history\` writes them): every solve takes the newest ${shown}, so the results may not reproduce. Pin the versions you ran (\`conda env export --no-builds\`, or write them into the history export)` + (hasPip ? "." : "; a history export also drops the pip section (conda/conda#9628): add back what you installed with pip."),
    start: at.start,
    end: at.start + "dependencies".length
  };
}
function pipSectionMissing(at, installs) {
  const names = [...new Set(installs.map((install) => install.name))];
  const shown = names.length > 6 ? `${names.slice(0, 6).join(", ")}, \u2026` : names.join(", ");
  const first = installs[0];
  return {
    rule: envFromHistory.id,
    message: `The notebooks install ${shown} with pip (${first.notebook}: \`${first.command}\`), and this file has no pip: section that does: an environment made from it lacks them (a \`--from-history\` export drops the pip section, conda/conda#9628). Add them under pip:, with their versions.`,
    start: at.start,
    end: at.start + "dependencies".length
  };
}
function lintRequirementsFile(text, pinning, exists) {
  const findings = [];
  let packages = 0;
  let offset = 0;
  let continued = "";
  let continuedStart = 0;
  for (const rawLine of text.split("\n")) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, "");
    if (continued === "") continuedStart = lineStart;
    if (line.endsWith("\\")) {
      continued += `${line.slice(0, -1)} `;
      continue;
    }
    const logical = (continued + line).replace(/(^|\s)#.*$/, "").trim();
    continued = "";
    if (!logical) continue;
    const start = continuedStart + (rawLine.length - rawLine.trimStart().length);
    const end = lineStart + line.length;
    const result = lintPipEntry(logical, pinning);
    if (result.isPackage) packages++;
    const missing = exists ? missingInclude(logical, exists) : void 0;
    for (const finding of missing ? [...result.findings, missing] : result.findings) findings.push({ ...finding, start, end: Math.max(end, start + 1) });
  }
  return { findings, packages };
}
function missingInclude(line, exists) {
  const parsed = parsePipLine(line);
  if (parsed.kind !== "option" || !INCLUDE_OPTIONS.has(parsed.option)) return void 0;
  const included = parsed.value.trim();
  if (included === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(included) || included.includes("${")) return void 0;
  if (exists(included)) return void 0;
  return {
    rule: envUnreadable.id,
    message: `${parsed.option} ${included}: there is no such file next to this one, so pip install stops here ("Could not open requirements file"). Add the file, or correct the path (it is relative to this file's folder).`
  };
}
var INCLUDE_OPTIONS = /* @__PURE__ */ new Set(["-r", "--requirement", "-c", "--constraint"]);
function lintPipEntry(text, pinning) {
  const parsed = parsePipLine(text);
  switch (parsed.kind) {
    case "editable":
      return {
        isPackage: true,
        findings: [
          {
            rule: envPipUnreproducible.id,
            message: `-e ${parsed.target} installs from a working copy that another machine does not have. Install a released version, or a git URL pinned to a commit.`
          }
        ]
      };
    case "url":
      if (/^(git|hg|svn|bzr)\+/i.test(parsed.url) && !isPinnedVcs(parsed.url)) {
        return {
          isPackage: true,
          findings: [{ rule: envPipUnreproducible.id, message: `${parsed.url} follows a branch, not a commit: pin it (@<40-character commit hash>).` }]
        };
      }
      if (/^file:/i.test(parsed.url))
        return { isPackage: true, findings: [{ rule: envPipUnreproducible.id, message: `${parsed.url} is a file on this machine only.` }] };
      return { isPackage: true, findings: [] };
    case "path":
      return { isPackage: true, findings: [{ rule: envPipUnreproducible.id, message: `${parsed.path} is a local path: another machine does not have it.` }] };
    case "requirement": {
      const findings = [];
      if (parsed.url) {
        if (/^(git|hg|svn|bzr)\+/i.test(parsed.url) && !isPinnedVcs(parsed.url)) {
          findings.push({
            rule: envPipUnreproducible.id,
            message: `${parsed.name} @ ${parsed.url} follows a branch, not a commit: pin it (@<40-character commit hash>).`
          });
        }
      } else if (parsed.specifier === "") {
        findings.push({
          rule: envUnpinned.id,
          message: `${parsed.name} has no version: another machine gets another one. Pin it (${parsed.name}==X.Y.Z, from pip freeze).`
        });
      } else if (pinning === "exact" && !/^===?\s*[\w.+!-]+$/.test(parsed.specifier)) {
        findings.push({ rule: envUnpinned.id, message: `${parsed.name}${parsed.specifier} allows several versions; pinning: exact asks for ==.` });
      }
      return { isPackage: true, name: parsed.name, findings };
    }
    default:
      return { isPackage: false, findings: [] };
  }
}
function platformOfPath(path) {
  const parts = path.toLowerCase().split(/[\\/_.-]+/);
  if (parts.some((part) => ["win", "win32", "win64", "windows"].includes(part))) return "Windows";
  if (parts.some((part) => ["osx", "mac", "macos", "darwin", "osx64", "osxarm64"].includes(part))) return "macOS";
  if (parts.some((part) => ["linux", "linux64", "ubuntu", "debian"].includes(part))) return "linux";
  return void 0;
}
function onlyOn(text, item, name, entry2) {
  const where = entry2.platforms.join(" and ");
  const lineStart = text.lastIndexOf("\n", item.start - 1) + 1;
  const lineEnd = text.indexOf("\n", item.end);
  const alone = /^\s*-\s*$/.test(text.slice(lineStart, item.start)) && /^\s*(#.*)?$/.test(text.slice(item.end, lineEnd < 0 ? text.length : lineEnd));
  return {
    rule: envOsOnly.id,
    message: `${name} exists only on ${where} (${entry2.what}): exported from there, the file fails to solve elsewhere (ResolvePackageNotFound). Drop it \u2014 conda brings it where it is needed \u2014 or export with \`conda export --format environment-yaml --from-history\` (conda 25.7) and keep the pip section.`,
    start: item.start,
    end: item.end,
    ...alone ? { fix: { description: `${name} removed (${where} only)`, edits: [{ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd + 1, text: "" }] } } : {}
  };
}
function unpinned(item, name) {
  return {
    rule: envUnpinned.id,
    message: `${name} has no version: another machine gets another one. Pin it (${name}=X.Y), e.g. from \`conda env export --from-history\` plus versions.`,
    start: item.start,
    end: item.end
  };
}
function loose(item, name, version) {
  return {
    rule: envUnpinned.id,
    message: `${name} ${version} allows several versions; pinning: exact asks for an exact version.`,
    start: item.start,
    end: item.end
  };
}
function yamlStructure(root, findings) {
  duplicateKeys(root, findings);
  for (const { key, value } of root.entries) {
    if (key.kind !== "scalar") continue;
    if (key.plain && key.value === "<<")
      findings.push(
        notLinted(key.start, key.end, "A merge key (<<) at the top: conda merges in the entries it names, which are not linted here. Write them out.")
      );
    else if (CONDA_KEYS.has(key.value)) aliasesIn(value, findings);
  }
}
var CONDA_KEYS = /* @__PURE__ */ new Set(["channels", "dependencies"]);
function aliasesIn(node, findings) {
  if (node.kind === "alias") {
    findings.push(
      notLinted(
        node.start,
        node.start + 1,
        "An alias (*name): conda installs what it stands for, which is not linted here. Write the entries out where they are used."
      )
    );
  } else if (node.kind === "seq") {
    for (const item of node.items) aliasesIn(item, findings);
  } else if (node.kind === "map") {
    for (const { key, value } of node.entries) {
      if (key.kind === "scalar" && key.plain && key.value === "<<")
        findings.push(
          notLinted(key.start, key.end, "A merge key (<<): conda merges in the entries it names, which are not linted here. Write them out in this mapping.")
        );
      else aliasesIn(value, findings);
    }
  }
}
function notLinted(start, end, message) {
  return { rule: envNotLinted.id, message, start, end };
}
function duplicateKeys(node, findings) {
  if (node.kind === "seq") {
    for (const item of node.items) duplicateKeys(item, findings);
  } else if (node.kind === "map") {
    const seen = /* @__PURE__ */ new Set();
    for (const { key, value } of node.entries) {
      if (key.kind === "scalar" && !(key.plain && key.value === "<<")) {
        if (seen.has(key.value)) {
          findings.push({
            rule: envUnreadable.id,
            message: `The key ${key.value} appears twice in one mapping: YAML forbids it, and conda stops ("found duplicate key"). Merge the two into one.`,
            start: key.start,
            end: key.end
          });
        }
        seen.add(key.value);
      }
      duplicateKeys(value, findings);
    }
  }
}
function coercions(node, findings) {
  if (node.kind === "map") {
    for (const { value } of node.entries) coercions(value, findings);
  } else if (node.kind === "seq") {
    for (const item of node.items) coercions(item, findings);
  } else if (node.kind === "scalar" && node.plain) {
    const changed = changedByYaml(node.raw);
    if (changed !== void 0) {
      findings.push({
        rule: envYamlCoercion.id,
        message: `YAML reads ${node.raw} as ${changed}: quote it ("${node.raw}") to keep it as written.`,
        start: node.start,
        end: node.end,
        fix: { description: `${node.raw} \u2192 "${node.raw}"`, edits: [{ start: node.start, end: node.end, text: `"${node.raw}"` }] }
      });
    }
  }
}
function buildRemoval(text, item, build) {
  const raw = text.slice(item.start, item.end);
  const at = raw.lastIndexOf(`=${build}`);
  return at < 0 ? [] : [{ start: item.start + at, end: item.start + at + build.length + 1, text: "" }];
}
function changedByYaml(raw) {
  if (/^[-+]?\d+\.\d*0$/.test(raw)) return `the number ${Number(raw)}`;
  if (/^0\d+$/.test(raw)) return `the number ${Number.parseInt(raw, 10)} (leading zeros dropped)`;
  return void 0;
}
function distance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = previous[j];
      previous[j] = Math.min(up + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = up;
    }
  }
  return previous[b.length];
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/env/toml-places.ts
var TomlPlaces = class {
  constructor(text) {
    this.text = text;
    const header = /^[ \t]*\[\[?[ \t]*([^\]\n]+?)[ \t]*\]\]?[ \t]*(?:#.*)?$/gm;
    for (let match = header.exec(text); match; match = header.exec(text)) {
      this.headers.push({ path: tablePath(match[1]), start: match.index + match[0].indexOf("["), bodyStart: match.index + match[0].length });
    }
  }
  text;
  headers = [];
  /** The span of the table `path` (`project`, `tool.pixi.dependencies`; '' for the top level) as [header, end). */
  table(path) {
    if (path === "") return { start: 0, bodyStart: 0, end: this.headers[0]?.start ?? this.text.length };
    const index = this.headers.findIndex((header2) => header2.path === path);
    if (index < 0) return void 0;
    const header = this.headers[index];
    return { start: header.start, bodyStart: header.bodyStart, end: this.headers[index + 1]?.start ?? this.text.length };
  }
  /** Where `key` is set in the table (or, dotted, `[table]` with `a.b = …`); else the table's header. */
  key(path, key) {
    const table = this.table(path);
    if (!table) return this.fallback(path);
    const pattern = new RegExp(String.raw`^[ \t]*(?:"${escape(key)}"|'${escape(key)}'|${escape(key)})[ \t]*=`, "m");
    const body = this.text.slice(table.bodyStart, table.end);
    const match = pattern.exec(body);
    if (!match) return { start: table.start, end: table.start + 1 };
    const start = table.bodyStart + match.index + match[0].search(/\S/);
    return { start, end: start + key.length };
  }
  /** Where a string is written in the table (a dependency in an array, say); else where `key` is. */
  string(path, key, value) {
    const table = this.table(path);
    if (!table) return this.fallback(path);
    const from = this.key(path, key).start;
    for (const quote of ['"', "'"]) {
      const at = this.text.indexOf(`${quote}${value}${quote}`, from);
      if (at >= 0 && at < table.end) return { start: at + 1, end: at + 1 + value.length };
    }
    return this.key(path, key);
  }
  /** A table not written as a header (`[tool.pixi]` holding `dependencies = {…}`): its nearest written parent. */
  fallback(path) {
    for (let parent = path; parent.includes("."); ) {
      parent = parent.slice(0, parent.lastIndexOf("."));
      const table = this.table(parent);
      if (table) return { start: table.start, end: table.start + 1 };
    }
    return { start: 0, end: 1 };
  }
};
function tablePath(header) {
  return header.split(".").map((part) => part.trim().replace(/^["'](.*)["']$/, "$1")).join(".");
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/env/versions.ts
function parseRequirement(text) {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s.exec(text);
  if (!match) return void 0;
  const [, name, extras, rest] = match;
  const semicolon = rest.indexOf(";");
  let versionPart = (semicolon >= 0 ? rest.slice(0, semicolon) : rest).trim();
  const marker = semicolon >= 0 ? normalizedMarker(rest.slice(semicolon + 1)) : "";
  const requirement = {
    name: normalizedPackageName(name),
    extras: (extras ?? "").split(",").map((extra) => normalizedPackageName(extra.trim())).filter(Boolean).sort(),
    specifier: [],
    marker
  };
  if (versionPart.startsWith("@")) {
    requirement.url = versionPart.slice(1).trim();
    return requirement;
  }
  if (versionPart.startsWith("(") && versionPart.endsWith(")")) versionPart = versionPart.slice(1, -1);
  requirement.specifier = specifierClauses(versionPart);
  return requirement;
}
function specifierClauses(specifier) {
  return specifier.split(",").map((clause) => clause.replace(/\s+/g, "")).filter(Boolean).sort();
}
function normalizedMarker(marker) {
  return marker.trim().replace(/"/g, "'").replace(/\s*(===|==|!=|<=|>=|~=|<|>)\s*/g, " $1 ").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").replace(/\s+/g, " ");
}
function shownRequirement(requirement) {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
  const version = requirement.url ? ` @ ${requirement.url}` : requirement.specifier.join(",");
  return `${requirement.name}${extras}${version}${requirement.marker ? `; ${requirement.marker}` : ""}`;
}
function numericVersion(version) {
  const parts = version.trim().replace(/^v/, "").split(".");
  if (parts.some((part) => !/^\d+$/.test(part))) return void 0;
  return parts.map(Number);
}
function compare(a, b) {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const difference = (a[k] ?? 0) - (b[k] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
function meets(version, specifier) {
  const have = numericVersion(version);
  if (!have) return void 0;
  let unknown = false;
  for (const alternative of specifier.split("|")) {
    let all = true;
    for (const raw of alternative.split(",")) {
      const clause = raw.trim();
      if (clause === "" || clause === "*") continue;
      const verdict = meetsClause(have, clause);
      if (verdict === void 0) unknown = true;
      if (verdict !== true) all = false;
    }
    if (all) return true;
  }
  return unknown ? void 0 : false;
}
function meetsClause(have, clause) {
  const match = /^(===|==|!=|<=|>=|~=|<|>|=)?\s*([^\s]+)$/.exec(clause);
  if (!match) return void 0;
  const op = match[1] ?? "";
  let text = match[2];
  const wildcard = text.endsWith(".*") || op === "" && !text.includes("*");
  if (text.endsWith(".*")) text = text.slice(0, -2);
  const want = numericVersion(text);
  if (!want) return void 0;
  const prefixMatches = want.every((part, index) => (have[index] ?? 0) === part);
  switch (op) {
    case "":
    case "=":
      return prefixMatches;
    case "==":
    case "===":
      return wildcard && text !== match[2] ? prefixMatches : compare(have, want) === 0;
    case "!=":
      return wildcard && text !== match[2] ? !prefixMatches : compare(have, want) !== 0;
    case ">=":
      return compare(have, want) >= 0;
    case "<=":
      return compare(have, want) <= 0;
    case ">":
      return compare(have, want) > 0;
    case "<":
      return compare(have, want) < 0;
    case "~=": {
      if (want.length < 2) return void 0;
      return compare(have, want) >= 0 && want.slice(0, -1).every((part, index) => (have[index] ?? 0) === part);
    }
    default:
      return void 0;
  }
}

// src/env/locks.ts
var isTable = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var asArray = (value) => Array.isArray(value) ? value : [];
var asString = (value) => typeof value === "string" ? value : void 0;
function tomlProblem(text) {
  try {
    parse(text);
    return void 0;
  } catch (error) {
    const { line, column } = error;
    let start = 0;
    for (let k = 1; k < (line ?? 1); k++) start = text.indexOf("\n", start) + 1;
    start = Math.min(text.length, start + Math.max(0, (column ?? 1) - 1));
    const reason = error instanceof Error ? error.message.split("\n")[0].replace(/^Invalid TOML document: /, "") : String(error);
    return { rule: envUnreadable.id, message: `Not valid TOML: ${reason}; nothing that installs from it can read it.`, start, end: start + 1 };
  }
}
function unreadableLock(lockName, error) {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { rule: envLockStale.id, message: `${lockName} cannot be read (${reason}): whether it is in step cannot be told. Regenerate it.`, start: 0, end: 1 };
}
function lockedRequirement(entry2) {
  if (!isTable(entry2) || typeof entry2.name !== "string") return void 0;
  const requirement = {
    name: normalizedPackageName(entry2.name),
    extras: asArray(entry2.extras).filter((extra) => typeof extra === "string").map(normalizedPackageName).sort(),
    specifier: specifierClauses(asString(entry2.specifier) ?? ""),
    marker: normalizedMarker(asString(entry2.marker) ?? "")
  };
  const source = asString(entry2.url) ?? asString(entry2.git) ?? asString(entry2.path) ?? asString(entry2.editable) ?? asString(entry2.directory);
  if (source !== void 0) requirement.url = source;
  return requirement;
}
function checkUvLock(pyprojectText, lockText) {
  let project;
  let lock;
  try {
    const pyproject = parse(pyprojectText);
    if (!isTable(pyproject.project)) return [];
    project = pyproject.project;
    const sources = isTable(pyproject.tool) && isTable(pyproject.tool.uv) && isTable(pyproject.tool.uv.sources) ? pyproject.tool.uv.sources : {};
    lock = parse(lockText);
    return compareUv(pyprojectText, pyproject, project, new Set(Object.keys(sources).map(normalizedPackageName)), lock);
  } catch (error) {
    return [unreadableLock("uv.lock or pyproject.toml", error)];
  }
}
function compareUv(text, pyproject, project, replaced, lock) {
  const places = new TomlPlaces(text);
  const findings = [];
  const stale = (at, what) => findings.push({
    rule: envLockStale.id,
    message: `uv.lock is out of step with pyproject.toml: ${what}. \`uv lock --check\` fails; run \`uv lock\` and commit uv.lock.`,
    ...at
  });
  const name = typeof project.name === "string" ? normalizedPackageName(project.name) : void 0;
  const packages = asArray(lock.package).filter(isTable);
  const root = packages.find((entry2) => typeof entry2.name === "string" && normalizedPackageName(entry2.name) === name) ?? packages.find((entry2) => isTable(entry2.source) && (entry2.source.virtual === "." || entry2.source.editable === "."));
  if (!root || typeof root.name !== "string") {
    stale(places.key("project", "name"), `the lock records no package for the project ${project.name ?? ""}`.trimEnd());
    return findings;
  }
  if (name !== void 0 && normalizedPackageName(root.name) !== name) {
    stale(places.key("project", "name"), `the project is ${String(project.name)}, the lock records it as ${root.name}`);
  }
  const locked = { name: root.name, dist: [], dev: /* @__PURE__ */ new Map() };
  if (typeof lock["requires-python"] === "string") locked.requiresPython = lock["requires-python"];
  const metadata = isTable(root.metadata) ? root.metadata : {};
  locked.dist = asArray(metadata["requires-dist"]).map(lockedRequirement).filter((r) => r !== void 0);
  if (isTable(metadata["requires-dev"])) {
    for (const [group, entries] of Object.entries(metadata["requires-dev"])) {
      locked.dev.set(
        normalizedPackageName(group),
        asArray(entries).map(lockedRequirement).filter((r) => r !== void 0)
      );
    }
  }
  const wanted = typeof project["requires-python"] === "string" ? project["requires-python"] : void 0;
  if (wanted !== void 0 && locked.requiresPython !== void 0 && /^[\s\d.,<>=!]+$/.test(wanted) && !wanted.includes("*")) {
    if (specifierClauses(wanted).join(",") !== specifierClauses(locked.requiresPython).join(",")) {
      stale(places.key("project", "requires-python"), `requires-python is "${wanted}" here, "${locked.requiresPython}" in the lock`);
    }
  }
  const declared = [];
  for (const written of asArray(project.dependencies)) {
    const requirement = typeof written === "string" ? parseRequirement(written) : void 0;
    if (requirement) declared.push({ requirement, written, table: "project", key: "dependencies" });
  }
  if (isTable(project["optional-dependencies"])) {
    for (const [extra, entries] of Object.entries(project["optional-dependencies"])) {
      for (const written of asArray(entries)) {
        const requirement = typeof written === "string" ? parseRequirement(written) : void 0;
        if (!requirement) continue;
        const marker = `extra == '${normalizedPackageName(extra)}'`;
        requirement.marker = requirement.marker ? `(${requirement.marker}) and ${marker}` : marker;
        declared.push({ requirement, written, table: "project.optional-dependencies", key: extra });
      }
    }
  }
  compareRequirements(declared, locked.dist, replaced, places, stale, "project", "dependencies");
  const groups = isTable(pyproject["dependency-groups"]) ? pyproject["dependency-groups"] : {};
  for (const [group, entries] of Object.entries(groups)) {
    const inGroup = [];
    for (const written of asArray(entries)) {
      const requirement = typeof written === "string" ? parseRequirement(written) : void 0;
      if (requirement) inGroup.push({ requirement, written, table: "dependency-groups", key: group });
    }
    compareRequirements(inGroup, locked.dev.get(normalizedPackageName(group)) ?? [], replaced, places, stale, "dependency-groups", group, group);
  }
  for (const group of locked.dev.keys()) {
    if (!Object.keys(groups).some((name2) => normalizedPackageName(name2) === group) && (locked.dev.get(group)?.length ?? 0) > 0) {
      stale(places.key("", "dependency-groups"), `the lock records a dependency group ${group} that pyproject.toml no longer has`);
    }
  }
  return findings;
}
function compareRequirements(declared, locked, replaced, places, stale, table, key, group) {
  const identity = (r) => `${r.name}[${r.extras.join(",")}];${r.marker}`;
  const lockedBy = new Map(locked.map((r) => [identity(r), r]));
  const where = group === void 0 ? "" : ` (group ${group})`;
  const seen = /* @__PURE__ */ new Set();
  for (const { requirement, written, table: declaredIn, key: declaredKey } of declared) {
    const id = identity(requirement);
    seen.add(id);
    const other = lockedBy.get(id);
    const at = places.string(declaredIn, declaredKey, written);
    if (!other) {
      stale(at, `${written.trim()}${where} is not in the lock`);
      continue;
    }
    if (replaced.has(requirement.name) || requirement.url !== void 0 || other.url !== void 0) continue;
    if (requirement.specifier.join(",") !== other.specifier.join(",")) {
      stale(at, `${written.trim()}${where} is locked as ${shownRequirement(other)}`);
    }
  }
  for (const other of locked) {
    if (!seen.has(identity(other)))
      stale(places.key(table, key), `the lock still has ${shownRequirement(other)}${where}, which pyproject.toml no longer requires`);
  }
}
function condaFileName(url) {
  const file = url.slice(url.lastIndexOf("/") + 1).replace(/\.conda$|\.tar\.bz2$/, "").split("-");
  if (file.length < 3) return void 0;
  return { name: file.slice(0, -2).join("-"), version: file[file.length - 2] };
}
function readPixiLock(text) {
  const lock = loadYaml(text);
  if (!isTable(lock) || !isTable(lock.environments)) throw new Error("no environments: section");
  const pypiByUrl = /* @__PURE__ */ new Map();
  const condaByUrl = /* @__PURE__ */ new Map();
  for (const entry2 of asArray(lock.packages)) {
    if (!isTable(entry2)) continue;
    const pypi = asString(entry2.pypi);
    const conda = asString(entry2.conda);
    if (pypi !== void 0 && typeof entry2.name === "string")
      pypiByUrl.set(pypi, { name: normalizedPackageName(entry2.name), version: String(entry2.version ?? "") });
    if (conda !== void 0) {
      const named = typeof entry2.name === "string" ? { name: entry2.name, version: String(entry2.version ?? "") } : condaFileName(conda);
      if (named) condaByUrl.set(conda, named);
    }
  }
  const environments = /* @__PURE__ */ new Map();
  const platforms = /* @__PURE__ */ new Set();
  for (const platform of asArray(lock.platforms)) if (isTable(platform) && typeof platform.name === "string") platforms.add(platform.name);
  for (const [name, environment] of Object.entries(lock.environments)) {
    const byPlatform = /* @__PURE__ */ new Map();
    const packages = isTable(environment) && isTable(environment.packages) ? environment.packages : {};
    for (const [platform, entries] of Object.entries(packages)) {
      platforms.add(platform);
      const locked = { conda: /* @__PURE__ */ new Map(), pypi: /* @__PURE__ */ new Map() };
      for (const entry2 of asArray(entries)) {
        if (!isTable(entry2)) continue;
        const conda = asString(entry2.conda);
        const pypi = asString(entry2.pypi);
        const record = conda !== void 0 ? condaByUrl.get(conda) : void 0;
        if (record) locked.conda.set(record.name, record.version);
        const pypiRecord = pypi !== void 0 ? pypiByUrl.get(pypi) : void 0;
        if (pypiRecord) locked.pypi.set(pypiRecord.name, pypiRecord.version);
      }
      byPlatform.set(platform, locked);
    }
    environments.set(name, byPlatform);
  }
  return { environments, platforms };
}
function pixiVersion(value) {
  if (typeof value === "string") return value;
  if (isTable(value)) {
    if ("path" in value || "git" in value || "url" in value) return null;
    return typeof value.version === "string" ? value.version : "*";
  }
  return void 0;
}
function checkPixiLock(manifestName, manifestText, lockText) {
  let manifest;
  let lock;
  try {
    const parsed = parse(manifestText);
    const tool = isTable(parsed.tool) && isTable(parsed.tool.pixi) ? parsed.tool.pixi : void 0;
    manifest = manifestName === "pyproject.toml" ? tool ?? {} : parsed;
    lock = readPixiLock(lockText);
  } catch (error) {
    return [unreadableLock(`pixi.lock or ${manifestName}`, error)];
  }
  const prefix = manifestName === "pyproject.toml" ? "tool.pixi." : "";
  const places = new TomlPlaces(manifestText);
  const findings = [];
  const stale = (at, what) => findings.push({
    rule: envLockStale.id,
    message: `pixi.lock is out of step with ${manifestName}: ${what}. \`pixi lock --check\` fails; run \`pixi lock\` and commit pixi.lock.`,
    ...at
  });
  const workspaceKey = isTable(manifest.workspace) ? "workspace" : "project";
  const workspace = isTable(manifest[workspaceKey]) ? manifest[workspaceKey] : {};
  const platforms = asArray(workspace.platforms).filter((p) => typeof p === "string");
  for (const platform of platforms) {
    if (!lock.platforms.has(platform))
      stale(places.string(`${prefix}${workspaceKey}`, "platforms", platform), `it declares the platform ${platform}, the lock has no packages for it`);
  }
  const features = isTable(manifest.feature) ? manifest.feature : {};
  const environments = /* @__PURE__ */ new Map([["default", [""]]]);
  if (isTable(manifest.environments)) {
    for (const [name, spec] of Object.entries(manifest.environments)) {
      const listed = Array.isArray(spec) ? spec : isTable(spec) ? asArray(spec.features) : [];
      const noDefault = isTable(spec) && spec["no-default-feature"] === true;
      environments.set(name, [...noDefault ? [] : [""], ...listed.filter((f) => typeof f === "string")]);
    }
  }
  const problems = /* @__PURE__ */ new Map();
  const problem = (at, what, where) => {
    const key = `${at.start}\0${what}`;
    const known = problems.get(key);
    if (known) known.where.push(where);
    else problems.set(key, { at, what, where: [where] });
  };
  for (const [environment, featureNames] of environments) {
    const locked = lock.environments.get(environment);
    if (!locked) {
      stale(
        environment === "default" ? places.key(`${prefix}${workspaceKey}`, "platforms") : places.key(`${prefix}environments`, environment),
        `the environment ${environment} is not in the lock`
      );
      continue;
    }
    for (const platform of platforms) {
      const onPlatform = locked.get(platform);
      if (!onPlatform) continue;
      const where = environment === "default" ? platform : `${platform} in the environment ${environment}`;
      for (const feature of featureNames) {
        const base = feature === "" ? manifest : isTable(features[feature]) ? features[feature] : {};
        const table = feature === "" ? prefix.replace(/\.$/, "") : `${prefix}feature.${feature}`;
        const target = isTable(base.target) && isTable(base.target[platform]) ? base.target[platform] : {};
        for (const [kind, lockedNames] of [
          ["dependencies", onPlatform.conda],
          ["pypi-dependencies", onPlatform.pypi]
        ]) {
          const sections = [
            [isTable(base[kind]) ? base[kind] : {}, table ? `${table}.${kind}` : kind],
            [isTable(target[kind]) ? target[kind] : {}, `${table ? `${table}.` : ""}target.${platform}.${kind}`]
          ];
          for (const [dependencies, path] of sections) {
            for (const [name, value] of Object.entries(dependencies)) {
              const version = pixiVersion(value);
              if (version === null || version === void 0) continue;
              const have = lockedNames.get(kind === "pypi-dependencies" ? normalizedPackageName(name) : name);
              const at = places.key(path, name);
              if (have === void 0) problem(at, `${name} is required and not in the lock`, where);
              else if (meets(have, version) === false) problem(at, `${name} ${version} is required, the lock has ${name} ${have}`, where);
            }
          }
        }
      }
    }
  }
  for (const { at, what, where } of problems.values()) stale(at, `${what} (${where.join(", ")})`);
  return dedupe(findings);
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const key = `${finding.start}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function checkCondaLock(environmentName, environmentText, lockText, lineOf) {
  let environment;
  let lock;
  try {
    const parsed = loadYaml(environmentText);
    lock = loadYaml(lockText);
    if (!isTable(parsed)) return [];
    if (!isTable(lock) || !isTable(lock.metadata)) throw new Error("not a conda-lock file: no metadata with its platforms and sources");
    environment = parsed;
  } catch (error) {
    return [unreadableLock("conda-lock.yml", error)];
  }
  const metadata = lock.metadata;
  const sources = asArray(metadata.sources).filter((s) => typeof s === "string");
  if (sources.length > 0 && !sources.some((source) => source.replace(/^.*\//, "") === environmentName.replace(/^.*\//, ""))) return [];
  const findings = [];
  const stale = (at, what) => findings.push({
    rule: envLockStale.id,
    message: `conda-lock.yml is out of step with ${environmentName}: ${what}. Run \`conda-lock -f ${environmentName}\` and commit conda-lock.yml.`,
    ...at
  });
  const lockedPlatforms = asArray(metadata.platforms).filter((p) => typeof p === "string");
  for (const platform of asArray(environment.platforms)) {
    if (typeof platform === "string" && !lockedPlatforms.includes(platform))
      stale(lineOf(platform), `it asks for ${platform}, the lock has no packages for it`);
  }
  const locked = /* @__PURE__ */ new Map();
  for (const entry2 of asArray(lock.package)) {
    if (!isTable(entry2) || typeof entry2.name !== "string") continue;
    const name = entry2.manager === "pip" ? `pip:${normalizedPackageName(entry2.name)}` : entry2.name;
    locked.set(`${entry2.platform}\0${name}`, String(entry2.version ?? ""));
  }
  const wanted = [];
  for (const dependency of asArray(environment.dependencies)) {
    if (typeof dependency === "string") {
      const spec = parseCondaSpec(dependency);
      if (spec) wanted.push({ key: spec.name, name: spec.name, version: spec.version ?? "*", written: dependency });
    } else if (isTable(dependency) && Array.isArray(dependency.pip)) {
      for (const line of dependency.pip) {
        if (typeof line !== "string") continue;
        const entry2 = parsePipLine(line);
        if (entry2.kind === "requirement" && !entry2.url)
          wanted.push({ key: `pip:${normalizedPackageName(entry2.name)}`, name: entry2.name, version: entry2.specifier || "*", written: line });
      }
    }
  }
  for (const { key, name, version, written } of wanted) {
    const missing = lockedPlatforms.filter((platform) => !locked.has(`${platform}\0${key}`));
    if (missing.length > 0) stale(lineOf(written), `${name} is not locked (${missing.join(", ")})`);
    const other = /* @__PURE__ */ new Map();
    for (const platform of lockedPlatforms) {
      const have = locked.get(`${platform}\0${key}`);
      if (have !== void 0 && meets(have, version) === false) other.set(have, [...other.get(have) ?? [], platform]);
    }
    for (const [have, platforms] of other) stale(lineOf(written), `${written.trim()} is locked as ${name} ${have} (${platforms.join(", ")})`);
  }
  return dedupe(findings);
}
var INSTALLS_FROM_LOCK = [
  { lock: "uv.lock", tool: "uv", command: /\buv\s+(?:sync|run)\b/, refresh: "uv lock" },
  { lock: "pixi.lock", tool: "pixi", command: /\bpixi\s+(?:install|run|shell)\b/, refresh: "pixi lock" },
  { lock: "conda-lock.yml", tool: "conda-lock", command: /\bconda-lock\s+install\b/, refresh: "conda-lock -f environment.yml" }
];
function lockFindings(manifest, text, sibling, readmes, lineOf = () => ({ start: 0, end: 1 })) {
  const base = manifest.replace(/^.*\//, "");
  const findings = [];
  if (base.endsWith(".toml")) {
    const broken = tomlProblem(text);
    if (broken) return [broken];
  }
  const tools = [];
  if (base === "pyproject.toml") {
    if (/^\s*\[project\]/m.test(text)) tools.push("uv");
    if (/^\s*\[tool\.pixi[.\]]/m.test(text)) tools.push("pixi");
  } else if (base === "pixi.toml") tools.push("pixi");
  else tools.push("conda-lock");
  for (const tool of tools) {
    const { lock, command, refresh } = INSTALLS_FROM_LOCK.find((entry2) => entry2.tool === tool);
    const found = sibling(lock);
    if (found && "problem" in found) {
      findings.push({ rule: envLockStale.id, message: `${lock} cannot be read (${found.problem}): whether it is in step cannot be told.`, start: 0, end: 1 });
      continue;
    }
    const lockText = found?.text;
    if (lockText === void 0) {
      const readme = readmes.find((candidate) => command.test(candidate));
      if (readme !== void 0) {
        const written = command.exec(readme)[0];
        findings.push({
          rule: envLockMissing.id,
          message: `The README installs with \`${written}\`, but there is no ${lock} beside ${base}: each install resolves the versions anew. Run \`${refresh}\` and commit ${lock}.`,
          start: 0,
          end: 1
        });
      }
      continue;
    }
    if (tool === "uv") findings.push(...checkUvLock(text, lockText));
    else if (tool === "pixi") findings.push(...checkPixiLock(base, text, lockText));
    else findings.push(...checkCondaLock(base, text, lockText, lineOf));
  }
  return findings;
}

// src/app/env.ts
function runEnvLint(request) {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  let installs;
  const notebookInstalls = () => installs ??= pipInstallsOfNotebooks(request.root, config);
  const files = environmentFiles({ ...request, config }).map((path) => {
    const file = toPosix(relative(request.root, path));
    const isEnvironment = /\.ya?ml$/i.test(path);
    const read = readFileBounded(path, MAX_ENV_BYTES);
    if (!read.ok) {
      const message = read.problem === "too-large" ? `Larger than ${MAX_ENV_BYTES / 1024 / 1024} MB: not ${isEnvironment ? "an environment" : "a requirements"} file; not checked.` : cannotReadSentence(read);
      return located(file, "", [wholeFileFinding({ rule: envUnreadable.id, message, start: 0, end: 1 })], 0, config);
    }
    return lintEnvText(request.root, file, read.bytes.toString("utf8"), config, notebookInstalls);
  });
  return { report: buildReport(files), files };
}
function environmentFiles(request) {
  const envConfig = new ResolvedConfig({ ...request.config.config, include: request.config.config.env.include });
  return discoverFiles(request.root, request.paths.flatMap(manifestsOfLock), envConfig, { tracked: trackedOnce(request.root) });
}
var MAX_NOTEBOOKS_READ = 500;
function pipInstallsOfNotebooks(root, config) {
  const notebooks = new ResolvedConfig({ ...config.config, include: ["**/*.ipynb"] });
  const installs = [];
  let budget = MAX_NOTEBOOK_BYTES;
  for (const path of discoverFiles(root, [], notebooks, { tracked: trackedOnce(root) }).slice(0, MAX_NOTEBOOKS_READ)) {
    const read = readFileBounded(path, Math.min(budget, MAX_NOTEBOOK_BYTES));
    if (!read.ok) continue;
    budget -= read.bytes.length;
    installs.push(...pipInstallsIn(toPosix(relative(root, path)), read.bytes.toString("utf8")));
    if (budget <= 0) break;
  }
  return installs;
}
var LOCKED_BY = {
  "uv.lock": ["pyproject.toml"],
  "pixi.lock": ["pixi.toml", "pyproject.toml"],
  "conda-lock.yml": ["environment.yml", "environment.yaml"]
};
function manifestsOfLock(path) {
  const manifests = LOCKED_BY[path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1)];
  if (!manifests) return [path];
  const found = manifests.map((manifest) => resolve(dirname(path), manifest)).filter((manifest) => existsSync(manifest));
  return found.length > 0 ? found : [path];
}
var MAX_LOCK_BYTES = 50 * 1024 * 1024;
function lintEnvText(root, file, text, config, notebookInstalls) {
  const { pinning } = config.config.env;
  const folder = dirname(resolve(root, file));
  const name = file.slice(file.lastIndexOf("/") + 1);
  const manifest = /^(?:pyproject|pixi)\.toml$/i.test(name);
  const lint = manifest ? { findings: [], packages: 0 } : /\.ya?ml$/i.test(file) ? lintEnvironmentFile(text, pinning, platformOfPath(file), notebookInstalls && !/^\s*-\s*pip\s*:/m.test(text) ? notebookInstalls() : []) : lintRequirementsFile(text, pinning, (included) => existsSync(resolve(folder, included)));
  if (manifest || /\.ya?ml$/i.test(file)) {
    const sibling = (lock) => {
      const path = resolve(folder, lock);
      if (!existsSync(path)) return void 0;
      if (!staysInside(root, path)) return { problem: "it is a link out of the repository" };
      const read = readFileBounded(path, MAX_LOCK_BYTES);
      if (read.ok) return { text: read.bytes.toString("utf8") };
      const problem = {
        "too-large": `larger than ${MAX_LOCK_BYTES / 1024 / 1024} MB`,
        "not-a-file": "not a regular file",
        unreadable: "the file system refused it"
      };
      return { problem: problem[read.problem] };
    };
    const readmes = [.../* @__PURE__ */ new Set([folder, root])].flatMap((where) => {
      const read = readFileBounded(resolve(where, "README.md"), MAX_ENV_BYTES);
      return read.ok ? [read.bytes.toString("utf8")] : [];
    });
    const lineOf = (needle) => {
      const at = text.indexOf(needle);
      return at < 0 ? { start: 0, end: 1 } : { start: at, end: at + needle.length };
    };
    lint.findings.push(...lockFindings(name, text, sibling, readmes, lineOf));
  }
  return located(file, text, lint.findings.map(wholeFileFinding), lint.packages, config);
}
function located(file, text, findings, packages, config) {
  const { diagnostics, excerpts } = locateFindings(file, new LineIndex(text), findings, (rule, chosen) => config.severity(rule, chosen));
  return { file, formulas: [], formulaCount: packages, diagnostics, excerpts };
}

export {
  MAX_ENV_BYTES,
  runEnvLint,
  environmentFiles,
  lintEnvText
};
