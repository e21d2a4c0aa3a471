import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/check/discover.js';
import { Engine } from '../../src/check/engine.js';
import { loadConfig } from '../../src/config/load.js';
import { SiteMacros } from '../../src/config/site-macros.js';
import { FLOW_EXCLUDED, HTML_BLOCK, TEXT_EXCLUDED, markdownStructure } from '../../src/scan/structure.js';
import { CORPUS, HAVE_CORPUS } from '../helpers/fixtures.js';
import { removeMath } from '../helpers/jupyterlab.js';

/**
 * JupyterLab's own math extraction (rendermime's removeMath) as the referee for notebooks: over every markdown
 * cell of the corpus, the formulas mathrepro finds are those JupyterLab cuts out, less those the Markdown then
 * puts in code, a tag, a link destination or an HTML comment (MathJax does not typeset there).
 */
function jupyterLabFormulas(source: string): string[] {
  const text = source.replace(/\r\n?/g, '\n');
  const { flags, comments } = markdownStructure(text, { blockBarriers: false });
  const found: string[] = [];
  const removed = removeMath(text);
  // Where each formula was: its placeholder's place in the returned text, shifted by the formulas before it.
  let shift = 0;
  for (const placeholder of removed.text.matchAll(/@@(\d+)@@/g)) {
    const math = removed.math[Number(placeholder[1])]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const at = placeholder.index + shift;
    shift += math.length - placeholder[0].length;
    if (text.slice(at, at + math.length) !== math) throw new Error(`removeMath returned text that is not in the cell: ${math}`);
    const f = flags[at]!;
    const inCode = (f & TEXT_EXCLUDED) !== 0 || ((f & FLOW_EXCLUDED) !== 0 && (f & HTML_BLOCK) === 0);
    if (inCode || comments.some((c) => at >= c.start && at < c.end)) continue;
    found.push(innerTex(math));
  }
  return found;
}

function innerTex(math: string): string {
  if (math.startsWith('$$')) return math.slice(2, -2);
  if (math.startsWith('$')) return math.slice(1, -1);
  if (math.startsWith('\\\\(') || math.startsWith('\\\\[')) return math.slice(3, -3);
  return math;
}

describe.skipIf(!HAVE_CORPUS)("JupyterLab's math extraction as referee over the corpus's notebooks", () => {
  it('finds the same formulas in every markdown cell, but for the reviewed disagreements', () => {
    const config = loadConfig(CORPUS);
    const engine = new Engine({ root: CORPUS, config, siteMacros: new SiteMacros(CORPUS), keepFormulas: true });
    const disagreements: string[] = [];
    let cells = 0;
    let formulas = 0;
    for (const path of discoverFiles(CORPUS, [], config)) {
      if (!path.endsWith('.ipynb')) continue;
      const notebook = JSON.parse(readFileSync(path, 'utf8')) as { cells?: Array<{ cell_type: string; source: string | string[] }> };
      if (!notebook.cells) continue; // nbformat 3: cells in worksheets
      const result = engine.checkFile(path);
      notebook.cells.forEach((cell, index) => {
        if (cell.cell_type !== 'markdown') return;
        cells++;
        const theirs = jupyterLabFormulas(Array.isArray(cell.source) ? cell.source.join('') : cell.source);
        const ours = result.formulas.filter((f) => f.cell === index).map((f) => f.tex.replace(/\r\n?/g, '\n'));
        formulas += theirs.length;
        if (JSON.stringify([...theirs].sort()) !== JSON.stringify([...ours].sort())) {
          disagreements.push(`${result.file} cell ${index}: JupyterLab ${theirs.length}, mathrepro ${ours.length}`);
        }
      });
    }
    const reviewed = readFileSync(join(import.meta.dirname, 'extraction-disagreements.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(cells).toBeGreaterThan(1000);
    expect(formulas).toBeGreaterThan(3000);
    expect(disagreements).toEqual(reviewed);
  }, 120_000);
});
