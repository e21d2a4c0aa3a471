// (b) The pipeline people assemble today: unified + remark-parse + remark-math + remark-rehype + rehype-katex over
// every Markdown file and every notebook markdown cell of a folder, collecting the KaTeX errors rehype-katex reports.
// Prints one JSON line: {"files": N, "formulas": N, "errors": N}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';

const root = process.argv[2];
const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex, { throwOnError: false, strict: 'ignore' });
let files = 0;
let formulas = 0;
let errors = 0;

function render(markdown) {
  const file = new VFile({ value: markdown });
  const tree = processor.parse(file);
  const visit = (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') formulas++;
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  processor.runSync(tree, file);
  errors += file.messages.length;
}

function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') walk(path);
    } else if (/\.(md|markdown)$/i.test(entry.name)) {
      files++;
      render(readFileSync(path, 'utf8'));
    } else if (/\.ipynb$/i.test(entry.name)) {
      files++;
      let notebook;
      try {
        notebook = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        continue;
      }
      const cells = notebook.cells ?? notebook.worksheets?.[0]?.cells ?? [];
      for (const cell of cells) if (cell.cell_type === 'markdown') render([].concat(cell.source ?? []).join(''));
    }
  }
}

walk(root);
console.log(JSON.stringify({ files, formulas, errors }));
