import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { arithmatexMath, arithmatexPages, HAVE_ARITHMATEX } from '../helpers/arithmatex.js';
import { CORPUS, CORPUS_REQUIRED, HAVE_CORPUS } from '../helpers/fixtures.js';

/**
 * An MkDocs site's own Markdown as the referee for the pages it publishes: Debian's Python-Markdown with
 * pymdownx.arithmatex (CI installs python3-pymdownx), set up as the corpus's MkDocs site (cp-algorithms) sets it up
 * in its mkdocs.yml — less pymdownx.emoji, whose index is Material's and touches no math. Each formula is an
 * element of class arithmatex in its HTML; mathrepro's are the site's formulas of the page.
 */
const SITE = join(CORPUS, 'cp-algorithms__cp-algorithms');
/** The extensions and options of the site's mkdocs.yml. */
const SETUP = {
  extensions: ['pymdownx.highlight', 'admonition', 'pymdownx.details', 'pymdownx.superfences', 'pymdownx.tabbed', 'attr_list', 'meta', 'toc'],
  config: { 'pymdownx.tabbed': { alternate_style: true } },
};

/** A formula as compared: inline or displayed, its TeX with white space runs as one space (a list's indentation is no part of it). */
const compared = (display: boolean, tex: string) => `${display ? 'display' : 'inline'} ${tex.replace(/\s+/g, ' ').trim()}`;

/** arithmatex's generic output, `\\(…\\)` or `\\[…\\]`, as a compared formula. */
function fromArithmatex(element: string): string {
  const display = element.startsWith('\\[');
  return compared(display, element.slice(2, -2));
}

describe.skipIf(!HAVE_CORPUS)('the pages of an MkDocs site, as Python-Markdown with arithmatex reads them', () => {
  it('finds the formulas arithmatex finds on every page, but for the reviewed disagreements', () => {
    if (!HAVE_ARITHMATEX) {
      if (CORPUS_REQUIRED) throw new Error('python3-pymdownx (Python-Markdown with pymdownx) is required but missing');
      return;
    }
    const { files } = runCheck({ root: SITE, paths: ['src'] });
    const pages = files.filter((file) => file.file.endsWith('.md'));
    const theirs = arithmatexPages(
      pages.map((page) => page.file),
      SITE,
      SETUP,
    );
    const disagreements: string[] = [];
    let formulas = 0;
    for (const page of pages) {
      const expected = arithmatexMath(theirs[page.file]!).map(fromArithmatex);
      const found = page.formulas.map((formula) => compared(formula.display, formula.tex));
      formulas += expected.length;
      // As multisets: an extra or a missing formula, wherever it is.
      const left = new Map<string, number>();
      for (const formula of expected) left.set(formula, (left.get(formula) ?? 0) + 1);
      const extra = found.filter((formula) => {
        const count = left.get(formula) ?? 0;
        if (count > 0) left.set(formula, count - 1);
        return count === 0;
      });
      const missing = [...left.values()].reduce((sum, count) => sum + count, 0);
      if (missing > 0 || extra.length > 0) disagreements.push(`${page.file}: ${missing} missing, ${extra.length} extra`);
    }
    const reviewed = readFileSync(join(import.meta.dirname, 'mkdocs-disagreements.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(pages.length).toBeGreaterThan(150);
    expect(formulas).toBeGreaterThan(12_000);
    expect(disagreements).toEqual(reviewed);
  }, 120_000);
});
