import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  trackedOnce
} from "./chunk-Q46Y4NBI.js";
import {
  buildReport,
  locateFindings,
  wholeFileFinding
} from "./chunk-XCZ6NZND.js";
import {
  discoverFiles
} from "./chunk-HUALVNES.js";
import {
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  LineIndex,
  ResolvedConfig,
  cannotReadSentence,
  getScalarValue,
  loadConfig,
  parseEvents,
  readFileBounded,
  toPosix
} from "./chunk-EUDKUEN7.js";

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
function normalizedName(name, from) {
  const normal = name.toLowerCase().replace(/[-_.]+/g, "-");
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
function lintEnvironmentFile(text, pinning, platform) {
  const findings = [];
  let root;
  try {
    const tree = yamlTree(text);
    root = tree.root;
    if (tree.secondDocument !== void 0) {
      findings.push({
        rule: "env-unreadable",
        message: 'A second YAML document starts here (after ---): conda reads a file of one document and stops ("expected a single document in the stream"). Remove it, or make it a file of its own; only the first is linted.',
        start: tree.secondDocument,
        end: tree.secondDocument + 3
      });
    }
  } catch (error) {
    const offset = error instanceof YamlError ? error.offset : 0;
    return { findings: [{ rule: "env-unreadable", message: `Not valid YAML: ${error.message}`, start: offset, end: offset + 1 }], packages: 0 };
  }
  if (root?.kind !== "map") {
    return {
      findings: [
        ...findings,
        { rule: "env-unreadable", message: "Not a conda environment: expected a mapping with name, channels and dependencies.", start: 0, end: 1 }
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
      rule: "env-local-prefix",
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
      rule: "env-channels",
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
          rule: "env-channels",
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
    for (const item of dependencies.value.items) {
      if (item.kind === "map") {
        const pip = entry(item, "pip");
        if (pip?.value.kind === "seq") {
          for (const p of pip.value.items) {
            if (p.kind === "scalar") pipEntries.push(p);
            else {
              findings.push({
                rule: "env-unreadable",
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
      condaNames.set(normalizedName(spec.name, "conda"), item);
      const osOnly = platformPackage(spec.name);
      if (osOnly && !(platform && osOnly.platforms.includes(platform))) {
        findings.push(onlyOn(text, item, spec.name, osOnly));
        continue;
      }
      if (spec.build) {
        builds.push({ item, text: `${spec.name}=${spec.version}=${spec.build}`, build: spec.build });
      } else if (!spec.version || spec.version === "*") {
        if (spec.name !== "pip") findings.push(unpinned(item, spec.name));
      } else if (pinning === "exact" && !/^==?[\w.]+$|^\d[\w.]*$/.test(spec.version.replace(/^=(?=\d)/, ""))) {
        findings.push(loose(item, spec.name, spec.version));
      }
    }
    const fix = "Export with `conda env export --no-builds` (or `--from-history` for what you asked for).";
    if (builds.length > 3) {
      const first = builds[0];
      const edits = builds.flatMap((build) => buildRemoval(text, build.item, build.build));
      findings.push({
        rule: "env-build-string",
        message: `${builds.length} of ${dependencies.value.items.length} packages pin platform build strings (${first.text}, \u2026): on another platform conda fails with ResolvePackageNotFound. ${fix}`,
        start: first.item.start,
        end: first.item.end,
        ...edits.length === builds.length ? { fix: { description: `build strings removed from ${builds.length} packages (as --no-builds writes them)`, edits } } : {}
      });
    } else {
      for (const { item, text: spec, build } of builds) {
        const edits = buildRemoval(text, item, build);
        findings.push({
          rule: "env-build-string",
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
            rule: "env-conda-pip-duplicate",
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
    rule: "env-unreadable",
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
            rule: "env-pip-unreproducible",
            message: `-e ${parsed.target} installs from a working copy that another machine does not have. Install a released version, or a git URL pinned to a commit.`
          }
        ]
      };
    case "url":
      if (/^(git|hg|svn|bzr)\+/i.test(parsed.url) && !isPinnedVcs(parsed.url)) {
        return {
          isPackage: true,
          findings: [{ rule: "env-pip-unreproducible", message: `${parsed.url} follows a branch, not a commit: pin it (@<40-character commit hash>).` }]
        };
      }
      if (/^file:/i.test(parsed.url))
        return { isPackage: true, findings: [{ rule: "env-pip-unreproducible", message: `${parsed.url} is a file on this machine only.` }] };
      return { isPackage: true, findings: [] };
    case "path":
      return { isPackage: true, findings: [{ rule: "env-pip-unreproducible", message: `${parsed.path} is a local path: another machine does not have it.` }] };
    case "requirement": {
      const findings = [];
      if (parsed.url) {
        if (/^(git|hg|svn|bzr)\+/i.test(parsed.url) && !isPinnedVcs(parsed.url)) {
          findings.push({
            rule: "env-pip-unreproducible",
            message: `${parsed.name} @ ${parsed.url} follows a branch, not a commit: pin it (@<40-character commit hash>).`
          });
        }
      } else if (parsed.specifier === "") {
        findings.push({
          rule: "env-unpinned",
          message: `${parsed.name} has no version: another machine gets another one. Pin it (${parsed.name}==X.Y.Z, from pip freeze).`
        });
      } else if (pinning === "exact" && !/^===?\s*[\w.+!-]+$/.test(parsed.specifier)) {
        findings.push({ rule: "env-unpinned", message: `${parsed.name}${parsed.specifier} allows several versions; pinning: exact asks for ==.` });
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
    rule: "env-os-only",
    message: `${name} exists only on ${where} (${entry2.what}): exported from there, the file fails to solve elsewhere (ResolvePackageNotFound). Drop it \u2014 conda brings it where it is needed \u2014 or export with \`conda export --format environment-yaml --from-history\` (conda 25.7) and keep the pip section.`,
    start: item.start,
    end: item.end,
    ...alone ? { fix: { description: `${name} removed (${where} only)`, edits: [{ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd + 1, text: "" }] } } : {}
  };
}
function unpinned(item, name) {
  return {
    rule: "env-unpinned",
    message: `${name} has no version: another machine gets another one. Pin it (${name}=X.Y), e.g. from \`conda env export --from-history\` plus versions.`,
    start: item.start,
    end: item.end
  };
}
function loose(item, name, version) {
  return {
    rule: "env-unpinned",
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
  return { rule: "env-not-linted", message, start, end };
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
            rule: "env-unreadable",
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
        rule: "env-yaml-coercion",
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

// src/app/env.ts
function runEnvLint(request) {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const files = environmentFiles({ ...request, config }).map((path) => {
    const file = toPosix(relative(request.root, path));
    const isEnvironment = /\.ya?ml$/i.test(path);
    const read = readFileBounded(path, MAX_ENV_BYTES);
    if (!read.ok) {
      const message = read.problem === "too-large" ? `Larger than ${MAX_ENV_BYTES / 1024 / 1024} MB: not ${isEnvironment ? "an environment" : "a requirements"} file; not checked.` : cannotReadSentence(read);
      return located(file, "", [wholeFileFinding({ rule: "env-unreadable", message, start: 0, end: 1 })], 0, config);
    }
    return lintEnvText(request.root, file, read.bytes.toString("utf8"), config);
  });
  return { report: buildReport(files), files };
}
function environmentFiles(request) {
  const envConfig = new ResolvedConfig({ ...request.config.config, include: request.config.config.env.include });
  return discoverFiles(request.root, request.paths, envConfig, { tracked: trackedOnce(request.root) });
}
function lintEnvText(root, file, text, config) {
  const { pinning } = config.config.env;
  const folder = dirname(resolve(root, file));
  const lint = /\.ya?ml$/i.test(file) ? lintEnvironmentFile(text, pinning, platformOfPath(file)) : lintRequirementsFile(text, pinning, (included) => existsSync(resolve(folder, included)));
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
