import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-B6JGVCYG.js";

// src/git/git.ts
import { execFileSync } from "node:child_process";
import { join } from "node:path";
var MAX_FILE = 200 * 1024 * 1024;
function git(cwd, args, maxBuffer = MAX_FILE) {
  return execFileSync("git", ["-c", "core.quotepath=off", ...args], { cwd, maxBuffer, stdio: ["ignore", "pipe", "pipe"] });
}
function hasCommit(cwd, rev) {
  try {
    git(cwd, ["cat-file", "-e", `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function resolveRevision(cwd, rev) {
  try {
    return git(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).toString("utf8").trim();
  } catch {
    throw new Error(`unknown revision '${rev}'`);
  }
}
function readAtRevision(cwd, rev, path) {
  try {
    return git(cwd, ["show", `${rev}:${path}`]);
  } catch {
    return void 0;
  }
}
function changesBetween(cwd, base, head, paths = [], options = {}) {
  const range = head ? [base, head] : [base];
  const common = ["diff", "--no-color", "--no-ext-diff", "-M", ...range];
  const nameStatus = git(cwd, [...common, "--name-status", "-z", "--", ...paths]).toString("utf8");
  const diff = git(cwd, [...common, "--unified=3", "--", ...paths]).toString("utf8");
  const untracked = options.untracked && !head ? git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--", ...paths]).toString("utf8").split("\0").filter(Boolean) : [];
  return { nameStatus, diff, untracked };
}
function topLevel(cwd) {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  } catch {
    return void 0;
  }
}
function resolveOrExplain(root, rev) {
  try {
    return resolveRevision(root, rev);
  } catch {
    throw new ConfigurationError(`${rev}: no such revision in this repository`);
  }
}
function trackedFiles(root) {
  try {
    const top = git(root, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
    const listed = git(root, ["ls-files", "-z", "--full-name", "--", "."]).toString("utf8");
    return new Set(
      listed.split("\0").filter(Boolean).map((path) => join(top, path))
    );
  } catch {
    return void 0;
  }
}

export {
  hasCommit,
  readAtRevision,
  changesBetween,
  topLevel,
  resolveOrExplain,
  trackedFiles
};
