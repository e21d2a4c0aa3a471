import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/write-file.ts
import { existsSync, lstatSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
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
  unsafeOutput
};
