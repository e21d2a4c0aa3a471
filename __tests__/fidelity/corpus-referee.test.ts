import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/check/discover.js';
import { Engine } from '../../src/check/engine.js';
import { loadConfig } from '../../src/config/load.js';
import { SiteMacros } from '../../src/config/site-macros.js';
import { CORPUS, HAVE_CORPUS } from '../helpers/fixtures.js';
import { rendererPage } from '../helpers/mathjax.js';

/** The findings that say a formula does not render (the others are about the document, or are advice). */
const FAILS_TO_RENDER = new Set(['syntax-error', 'unknown-command', 'refused-command', 'renderer-compat', 'duplicate-label', 'too-complex']);

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * Every formula mathrepro finds in the shared corpus, typeset by the renderer of its file (MathJax 3.2.2 set up
 * as GitHub or JupyterLab, page by page, with the site's macros): mathrepro's verdict must be the renderer's,
 * but for the reviewed disagreements, each with its reason.
 */
describe.skipIf(!HAVE_CORPUS)('the renderer as referee over the shared corpus', () => {
  it('agrees with MathJax on every formula but the reviewed disagreements (at most 1 in 10,000)', () => {
    const config = loadConfig(CORPUS);
    const engine = new Engine({ root: CORPUS, config, siteMacros: new SiteMacros(CORPUS), keepFormulas: true });
    const disagreements: string[] = [];
    let formulas = 0;
    let failing = 0;
    let changedByMarkdown = 0;
    for (const path of discoverFiles(CORPUS, [], config)) {
      const result = engine.checkFile(path);
      if (!result.renderer) continue;
      const starts = lineStarts(readFileSync(path, 'utf8'));
      // A page a site publishes is judged for GitHub too; those findings are GitHub's verdicts, not its renderer's.
      const at = (rule: (name: string) => boolean) =>
        result.diagnostics.filter((d) => rule(d.rule) && d.target !== 'github').map((d) => starts[d.line - 1]! + d.column - 1);
      const accused = at((rule) => FAILS_TO_RENDER.has(rule));
      // A formula Markdown changed on its way (GitHub's escapes) has that for its verdict, and is not checked
      // further until it is written so that Markdown leaves it alone: no render verdict of mathrepro's to compare.
      const changed = at((rule) => rule === 'markdown-in-math');
      const page = rendererPage(result.renderer, engine.configuredMacros(path));
      for (const formula of result.formulas) {
        if (changed.some((offset) => offset >= formula.start && offset < formula.end)) {
          changedByMarkdown++;
          continue;
        }
        formulas++;
        const refusal = page.typeset(formula.tex, formula.display);
        if (refusal) failing++;
        const ours = accused.some((offset) => offset >= formula.start && offset < formula.end);
        if (ours !== Boolean(refusal)) {
          disagreements.push(
            `${result.file}:${formula.line}:${formula.column} ${result.renderer} ${refusal ? 'renderer fails, mathrepro silent' : 'renders, mathrepro reports'}`,
          );
        }
      }
    }
    const reviewed = readFileSync(join(import.meta.dirname, 'disagreements.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(formulas).toBeGreaterThan(20_000);
    expect(changedByMarkdown).toBeLessThan(formulas / 20);
    expect(failing).toBeGreaterThan(0);
    expect(disagreements).toEqual(reviewed);
    expect(disagreements.length).toBeLessThanOrEqual(formulas / 10_000);
  }, 120_000);
});
