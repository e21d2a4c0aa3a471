// (c) The floor: KaTeX's parser over the formulas alone, pre-extracted (`mathrepro check --format formulas`), in one
// process. Prints one JSON line: {"formulas": N, "errors": N}.
import { readFileSync } from 'node:fs';
import katex from 'katex';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let errors = 0;
for (const line of lines) {
  const { tex, display } = JSON.parse(line);
  try {
    katex.__parse(tex, { displayMode: display, throwOnError: true, strict: 'ignore' });
  } catch {
    errors++;
  }
}
console.log(JSON.stringify({ formulas: lines.length, errors }));
