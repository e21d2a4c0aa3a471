import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Formula } from '../../src/model/types.js';
import { dialectRules } from '../../src/scan/dialects.js';
import { AuthoredDollars } from '../../src/scan/github-as-written.js';
import { githubTextRuns } from '../../src/scan/github-inline.js';
import { githubFormulas } from '../../src/scan/github-math.js';
import { scanMarkdown } from '../../src/scan/markdown.js';
import { markdownStructure } from '../../src/scan/structure.js';
import { CORPUS, HAVE_CORPUS } from '../helpers/fixtures.js';
import { generator } from '../helpers/random.js';

/**
 * GitHub's reading takes a block's formulas as the author wrote them when it can tell, from the characters around
 * each dollar, that GitHub reads them so (./src/scan/github-as-written.ts); the text runs are then not built. Here
 * that shortcut is held to the full reading: the same formulas, TeX and places, on documents built at random from
 * the pieces that decide it and on every Markdown file of the shared corpus.
 */

/** The formulas GitHub typesets in `markdown`: read in full, and with the author's formulas taken where they hold. */
function bothReadings(markdown: string) {
  const structure = markdownStructure(markdown, { blockBarriers: true, github: true });
  const authored = scanMarkdown(markdown, { ...dialectRules('github'), githubMarkdown: false }).formulas;
  const read = (shortcut: boolean) => {
    const { runs, asWritten } = githubTextRuns(markdown, structure.dollarBlocks, structure.env, structure.lines, {
      ...(shortcut ? { authored: new AuthoredDollars(authored, structure.lines) } : {}),
    });
    const formulas: Formula[] = [...asWritten, ...runs.flatMap((run) => githubFormulas(run, markdown))];
    return formulas
      .map(({ tex, display, delimiter, contentStart, offsets, start, end }) => ({ tex, display, delimiter, contentStart, offsets, start, end }))
      .sort((a, b) => a.start - b.start);
  };
  const taken = githubTextRuns(markdown, structure.dollarBlocks, structure.env, structure.lines, { authored: new AuthoredDollars(authored, structure.lines) })
    .asWritten.length;
  return { full: read(false), shortcut: read(true), taken };
}

const PIECES = [
  '$',
  '$',
  '$$',
  ' ',
  ' ',
  'x',
  'ab',
  '1',
  '_',
  'x_i',
  '}_',
  '*',
  '**',
  '~',
  '`',
  '\\',
  '\\{',
  '\\$',
  '\\_',
  '\\\\',
  '(',
  ')',
  '[a](b)',
  '&amp;',
  'é',
  '中',
  '，',
  '\t',
  '\n',
  '\n',
  '\r\n',
  '\n  ',
  ' \n',
  '\n\n',
  '\n> ',
  '\n- ',
  '\n# ',
  '\n| a | $b$ |\n|---|---|\n| $c$ | d |\n',
  '\n    ',
  '\n```\n$z$\n```\n',
  '$`a`$',
  '<b>',
  'a@b.co',
  '@',
];

describe("GitHub's reading: blocks read as the author wrote them", () => {
  it('gives the formulas the full reading gives, on 20,000 random documents', () => {
    const random = generator(2026);
    const disagreements: string[] = [];
    let taken = 0;
    for (let k = 0; k < 20_000 && disagreements.length < 5; k++) {
      let markdown = '';
      const length = 2 + Math.floor(random() * 30);
      for (let p = 0; p < length; p++) markdown += PIECES[Math.floor(random() * PIECES.length)];
      // Most documents hold some formulas written to be read as written.
      if (random() < 0.7) markdown = `$a_1$ and $$b$$ ${markdown} ($c^2$)`;
      const both = bothReadings(markdown);
      if (JSON.stringify(both.full) !== JSON.stringify(both.shortcut)) disagreements.push(JSON.stringify(markdown));
      taken += both.taken;
    }
    expect(disagreements).toEqual([]);
    // The shortcut is taken, often: it is what is under test.
    expect(taken).toBeGreaterThan(10_000);
  });

  it('declines where GitHub reads the dollars otherwise', () => {
    // Each of these has an author's pair GitHub does not read as written: the block is read in full.
    for (const markdown of ['$x$\\_ after', '中$x$', '$a*b*c$', '$ x $', '$a\\{b\\}$', '$a$$b$', '`$x$`', '*$x*$', '$a@b.com$ *c*']) {
      const { full, shortcut, taken } = bothReadings(`${markdown}\n`);
      expect(taken, markdown).toBe(0);
      expect(shortcut).toEqual(full);
    }
    // And takes a plain one, a display one and one in a list item and a quote.
    expect(bothReadings('Let $x_i$ be $$y^2$$ (and $z$).\n\n- $a$\n\n> $b$\n').taken).toBe(5);
    // Only a formula that is a slice of its line: not one across a quote's markers, a table's cells or CRLF lines.
    expect(bothReadings('> $$\n> x\n> $$\n').taken).toBe(0);
    expect(bothReadings('| $a$ | b |\n|---|---|\n| $c$ | d |\n').taken).toBe(0);
    expect(bothReadings('$$\r\nx\r\n$$\r\n').taken).toBe(0);
  });

  it("judges GitHub's dollar rules itself, whatever pairs it is given", () => {
    // Pairs another scan might make: GitHub opens no formula before a space and closes none after one.
    const asWritten = (markdown: string, tex: string) => {
      const structure = markdownStructure(markdown, { blockBarriers: true, github: true });
      const formula: Formula = { tex, display: false, delimiter: 'dollar', contentStart: 1, start: 0, end: tex.length + 2 };
      const authored = new AuthoredDollars([formula], structure.lines);
      return githubTextRuns(markdown, structure.dollarBlocks, structure.env, structure.lines, { authored }).asWritten.length;
    };
    expect(asWritten('$x$ y\n', 'x')).toBe(1);
    expect(asWritten('$ x$ y\n', ' x')).toBe(0);
    expect(asWritten('$x $ y\n', 'x ')).toBe(0);
    // And the TeX it gives is the block's: a pair whose TeX is not what the block holds there is not taken.
    expect(asWritten('$x$ y\n', 'y')).toBe(0);
  });

  it.skipIf(!HAVE_CORPUS)('gives the formulas the full reading gives, on every Markdown file of the shared corpus', () => {
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.md')) files.push(path);
      }
    };
    walk(CORPUS);
    const disagreements: string[] = [];
    let taken = 0;
    for (const file of files) {
      const both = bothReadings(readFileSync(file, 'utf8'));
      if (JSON.stringify(both.full) !== JSON.stringify(both.shortcut)) disagreements.push(file);
      taken += both.taken;
    }
    expect(disagreements).toEqual([]);
    expect(taken).toBeGreaterThan(10_000);
  });
});
