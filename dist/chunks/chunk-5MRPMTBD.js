import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  discoverFiles,
  readAtRevision,
  resolveOrExplain,
  topLevel
} from "./chunk-3HFFRSWY.js";
import {
  loadConfig,
  readTextBounded,
  toPosix
} from "./chunk-OQKXYHJD.js";
import {
  VerifyError,
  verify
} from "./chunk-IE56FP72.js";
import {
  ResolvedConfig,
  defaultConfig
} from "./chunk-PGB2QAAE.js";

// src/app/verify.ts
import { existsSync } from "node:fs";
import { join, relative as relative2, resolve as resolve2 } from "node:path";

// src/reproduce/repository.ts
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
var MAX_SOURCE_BYTES = 200 * 1024 * 1024;
function repositoryReader(root) {
  const realRoot = realpathSync(root);
  return (path) => {
    if (isAbsolute(path)) return { ok: false, reason: "an absolute path; name files relative to the repository" };
    const full = resolve(root, path);
    if (relative(root, full).startsWith("..")) return { ok: false, reason: "outside the repository" };
    let real;
    try {
      real = realpathSync(full);
    } catch {
      return { ok: false, reason: "no such file" };
    }
    if (relative(realRoot, real).startsWith("..")) return { ok: false, reason: "a link that leads outside the repository" };
    const read = readTextBounded(real, MAX_SOURCE_BYTES);
    return read.ok ? { ...read, modified: statSync(real).mtime } : read;
  };
}
function repositoryNotebooks(root) {
  const config = new ResolvedConfig({ ...defaultConfig(), include: ["**/*.ipynb"] });
  return discoverFiles(root, [], config).map((path) => toPosix(relative(root, path)));
}

// src/app/verify.ts
function reproduceDocument(root, config, named) {
  const chosen = named || config.config.reproduce.file;
  if (chosen) return chosen;
  return existsSync(join(root, "REPRODUCE.md")) ? "REPRODUCE.md" : void 0;
}
function verifyRepository(request) {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const file = reproduceDocument(request.root, config, request.file) ?? "REPRODUCE.md";
  const reader = repositoryReader(request.root);
  const read = request.onRead ? (path) => {
    request.onRead(path);
    return reader(path);
  } : reader;
  const document = read(file);
  if (!document.ok) throw new VerifyError(`${file}: ${document.reason}`);
  let readBaseFile;
  if (request.base) {
    const top = topLevel(request.root) ?? request.root;
    const base = resolveOrExplain(top, request.base);
    const prefix = relative2(top, request.root);
    readBaseFile = (path) => {
      const bytes = readAtRevision(top, base, join(prefix, path).split("\\").join("/"));
      return bytes ? { ok: true, text: Buffer.from(bytes).toString("utf8") } : { ok: false, reason: `not at ${request.base}` };
    };
  }
  const resultFolders = (request.resultFolders ?? []).map((folder) => {
    const full = resolve2(request.root, folder);
    if (!existsSync(full)) throw new VerifyError(`${folder}: no such results folder`);
    return { label: toPosix(relative2(request.root, full)) || ".", read: repositoryReader(full) };
  });
  return verify({
    file,
    text: document.text,
    readFile: read,
    configuredSources: config.config.reproduce.sources,
    listNotebooks: () => repositoryNotebooks(request.root),
    ...readBaseFile ? { readBaseFile } : {},
    ...resultFolders.length ? { resultFolders } : {},
    ...request.executedAfter ? { executedAfter: executionStart(request.executedAfter) } : {}
  });
}
function executionStart(written) {
  const date = /^\d+$/.test(written.trim()) ? new Date(Number(written.trim()) * 1e3) : new Date(written);
  if (Number.isNaN(date.getTime()))
    throw new VerifyError(`--executed-after '${written}' is not a time: write it as 2026-12-06T10:00:00Z or seconds since 1970`);
  return date;
}

export {
  reproduceDocument,
  verifyRepository
};
