import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/write-file.ts
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var WRITE_PROBLEMS = {
  EISDIR: "it is a folder",
  ENOTDIR: "part of the path is a file, not a folder",
  EEXIST: "part of the path is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device"
};
function writeFileOrSayWhy(path, content) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return void 0;
  } catch (error) {
    const code = error.code ?? "";
    return WRITE_PROBLEMS[code] ?? (error instanceof Error ? error.message : String(error));
  }
}
function replaceIfUnchanged(path, original, content) {
  const temporary = `${path}.mathrepro-${process.pid}.tmp`;
  const changed = () => !readFileSync(path).equals(original);
  const CHANGED = "it changed while mathrepro was fixing it; run fix again";
  try {
    if (lstatSync(path).isSymbolicLink()) return "it is a link; fix the file it points to";
    if (!writeBeside(temporary, content, statSync(path).mode)) {
      if (changed()) return CHANGED;
      writeFileSync(path, content);
      return void 0;
    }
    if (changed()) {
      rmSync(temporary, { force: true });
      return CHANGED;
    }
    renameSync(temporary, path);
    return void 0;
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = error.code ?? "";
    return WRITE_PROBLEMS[code] ?? (error instanceof Error ? error.message : String(error));
  }
}
function writeBeside(path, content, mode) {
  try {
    rmSync(path, { force: true });
    writeFileSync(path, content, { flag: "wx", mode: mode & 4095 });
  } catch (error) {
    const code = error.code;
    if (code === "EACCES" || code === "EPERM") return false;
    throw error;
  }
  chmodSync(path, mode & 4095);
  return true;
}
function unsafeOutput(path, root, inputs = []) {
  const target = resolve(path);
  const inside = (parent, child) => {
    const to = relative(parent, child);
    return to === "" || !to.startsWith("..") && !isAbsolute(to);
  };
  if (inside(root, target)) {
    let link = false;
    try {
      link = lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink() === true;
    } catch {
    }
    if (link) return "it is a link; mathrepro does not write through links in a repository";
    let folder = dirname(target);
    while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
    if (!inside(realpathSync(root), realpathSync(folder))) return "a link in the path leads outside the repository";
  }
  const real = existsSync(target) ? realpathSync(target) : target;
  if (inputs.some((input) => existsSync(input) && realpathSync(input) === real)) return "it is one of the files this run reads";
  return void 0;
}

export {
  writeFileOrSayWhy,
  replaceIfUnchanged,
  unsafeOutput
};
