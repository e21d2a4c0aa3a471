import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/write-file.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
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

export {
  writeFileOrSayWhy
};
