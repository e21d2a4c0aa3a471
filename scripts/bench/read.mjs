// (r) File reading: every Markdown file and notebook of a folder read and decoded as UTF-8 text, the least any
// checker must do before it looks at a formula. Prints one JSON line: {"files": N, "bytes": N, "seconds": S}, the
// time measured inside the process (the floor (c) already pays for one Node.js start).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const start = process.hrtime.bigint();
let files = 0;
let bytes = 0;
const walk = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(md|markdown|ipynb|qmd|rmd)$/i.test(entry.name)) {
      const text = readFileSync(path).toString('utf8');
      files++;
      bytes += text.length;
    }
  }
};
walk(process.argv[2]);
console.log(JSON.stringify({ files, bytes, seconds: Number(process.hrtime.bigint() - start) / 1e9 }));
