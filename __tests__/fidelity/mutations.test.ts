import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/check/discover.js';
import { Engine } from '../../src/check/engine.js';
import { type FileResult } from '../../src/model/results.js';
import { loadConfig } from '../../src/config/load.js';
import { SiteMacros } from '../../src/config/site-macros.js';
import { CORPUS, HAVE_CORPUS } from '../helpers/fixtures.js';

/**
 * Mistakes people make, injected one at a time into real formulas of the shared corpus's Markdown files: each
 * kind must be reported, on the line where it was made, in at least 95 % of 300 formulas.
 */
const SAMPLE = 300;

interface Site {
  path: string;
  /** The text the formula is written in: the Markdown file, or the notebook cell's source. */
  text: string;
  formula: FileResult['formulas'][number];
  /** Offsets of the formula's content in `text`. */
  contentStart: number;
  contentEnd: number;
  /** The file's bytes with `text` replaced. */
  rebuild(text: string): Uint8Array;
  /** Whether a diagnostic sits on one of the formula's lines. */
  onItsLines(diagnostic: FileResult['diagnostics'][number]): boolean;
}

type Mutation = (site: Site) => string | undefined;

const MUTATIONS: Record<string, Mutation> = {
  'dropped }': ({ text, contentStart, contentEnd }) => {
    const at = text.lastIndexOf('}', contentEnd - 1);
    return at >= contentStart ? text.slice(0, at) + text.slice(at + 1) : undefined;
  },
  'misspelt command': ({ text, contentStart, contentEnd }) => {
    const match = /\\(frac|alpha|beta|mathbf|sum|sqrt|theta|lambda|sigma|mathcal|left|right|partial|cdot|infty|epsilon|mathbb|hat|text|omega)(?![A-Za-z])/.exec(
      text.slice(contentStart, contentEnd),
    );
    if (!match) return undefined;
    const at = contentStart + match.index + 1;
    const word = match[1]!;
    // Two neighbouring letters swapped, as fingers do: \farc, \lamdba.
    const misspelt = word.slice(0, 1) + word[2] + word[1] + word.slice(3);
    return text.slice(0, at) + misspelt + text.slice(at + word.length);
  },
  'dropped $': ({ text, formula, contentStart, contentEnd }) => {
    if (formula.delimiter !== 'dollar') return undefined;
    // Alternate between the opening and the closing dollar.
    return contentStart % 2 === 0 ? text.slice(0, contentStart - 1) + text.slice(contentStart) : text.slice(0, contentEnd) + text.slice(contentEnd + 1);
  },
  '\\begin without \\end': ({ text, contentStart, contentEnd }) => {
    const content = text.slice(contentStart, contentEnd);
    const end = /\\end\{[^{}]+\}/.exec(content);
    if (end) return text.slice(0, contentStart + end.index) + text.slice(contentStart + end.index + end[0].length);
    return text.slice(0, contentStart) + '\\begin{matrix} ' + text.slice(contentStart);
  },
  '\\left without \\right': ({ text, contentStart, contentEnd }) => {
    const content = text.slice(contentStart, contentEnd);
    const right = /\\right(?![A-Za-z])\s*(\\[A-Za-z]+|\\.|.)/.exec(content);
    if (right) return text.slice(0, contentStart + right.index) + text.slice(contentStart + right.index + right[0].length);
    return text.slice(0, contentStart) + '\\left( ' + text.slice(contentStart);
  },
  '^^': ({ text, contentStart, contentEnd }) => {
    const at = text.indexOf('^', contentStart);
    if (at >= 0 && at < contentEnd) return text.slice(0, at) + '^' + text.slice(at);
    return text.slice(0, contentEnd) + ' x^^2' + text.slice(contentEnd);
  },
};

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const DELIMITER_LENGTH: Partial<Record<string, number>> = { dollar: 1, 'double-dollar': 2 };

/** Formulas of GitHub Markdown files, where the file's text is the formula as written (not in a block quote). */
function markdownSites(path: string, result: FileResult): Site[] {
  const text = readFileSync(path, 'utf8');
  const noisy = new Set(result.diagnostics.map((d) => d.line));
  const sites: Site[] = [];
  for (const formula of result.formulas) {
    const open = DELIMITER_LENGTH[formula.delimiter];
    if (!open) continue;
    const contentStart = formula.start + open;
    const contentEnd = formula.end - open;
    if (text.slice(contentStart, contentEnd) !== formula.tex || noisy.has(formula.line)) continue;
    const first = lineOf(text, formula.start);
    const last = lineOf(text, formula.end - 1);
    sites.push({
      path,
      text,
      formula,
      contentStart,
      contentEnd,
      rebuild: (mutated) => new TextEncoder().encode(mutated),
      onItsLines: (d) => d.line >= first && d.line <= last,
    });
  }
  return sites;
}

/** Formulas of notebooks' markdown cells: the cell's source is mutated and the notebook written out again. */
function notebookSites(path: string, result: FileResult): Site[] {
  const notebook = JSON.parse(readFileSync(path, 'utf8')) as { cells?: Array<{ cell_type: string; source: string | string[] }> };
  if (!notebook.cells) return []; // nbformat 3 keeps its cells in worksheets
  const noisy = new Set(result.diagnostics.map((d) => `${d.cell}:${d.cellLine}`));
  const sites: Site[] = [];
  for (const formula of result.formulas) {
    const open = DELIMITER_LENGTH[formula.delimiter];
    const cell = formula.cell === undefined ? undefined : notebook.cells[formula.cell];
    if (!open || !cell) continue;
    const text = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    const delimiter = '$'.repeat(open);
    const written = delimiter + formula.tex + delimiter;
    const at = text.indexOf(written);
    // A formula written twice in its cell cannot be told from its twin: left out.
    if (at < 0 || text.indexOf(written, at + 1) >= 0) continue;
    const first = lineOf(text, at);
    const last = lineOf(text, at + written.length - 1);
    if (noisy.has(`${formula.cell}:${first}`)) continue;
    sites.push({
      path,
      text,
      formula,
      contentStart: at + open,
      contentEnd: at + open + formula.tex.length,
      rebuild: (mutated) => {
        const copy = structuredClone(notebook);
        copy.cells![formula.cell!]!.source = mutated;
        return new TextEncoder().encode(JSON.stringify(copy, null, 1));
      },
      onItsLines: (d) => d.cell === formula.cell && d.cellLine !== undefined && d.cellLine >= first && d.cellLine <= last,
    });
  }
  return sites;
}

describe.skipIf(!HAVE_CORPUS)('mistakes injected into real formulas', () => {
  const config = loadConfig(CORPUS);
  const engine = new Engine({ root: CORPUS, config, siteMacros: new SiteMacros(CORPUS), keepFormulas: true });
  const byRenderer: Record<string, Site[]> = { 'GitHub Markdown': [], 'Jupyter notebooks': [] };
  // (A skipped suite's body still runs when the tests are collected: without the corpus there is nothing to walk.)
  for (const path of HAVE_CORPUS ? discoverFiles(CORPUS, [], config) : []) {
    const result = engine.checkFile(path);
    if (path.endsWith('.md') && result.renderer === 'github') byRenderer['GitHub Markdown']!.push(...markdownSites(path, result));
    if (path.endsWith('.ipynb')) byRenderer['Jupyter notebooks']!.push(...notebookSites(path, result));
  }

  for (const [where, sites] of Object.entries(byRenderer)) {
    for (const [kind, mutate] of Object.entries(MUTATIONS)) {
      it(`${where}: reports ${kind} on its line in at least 95 % of ${SAMPLE} formulas`, () => {
        // Spread evenly over the corpus; formulas too short to mutate meaningfully are left out.
        const eligible = sites.filter((site) => site.formula.tex.trim().length >= 3 && mutate(site) !== undefined);
        expect(eligible.length).toBeGreaterThanOrEqual(SAMPLE);
        const step = eligible.length / SAMPLE;
        const missed: string[] = [];
        for (let k = 0; k < SAMPLE; k++) {
          const site = eligible[Math.floor(k * step)]!;
          const mutated = mutate(site)!;
          const result = engine.checkFile(site.path, site.rebuild(mutated));
          if (!result.diagnostics.some((d) => site.onItsLines(d))) {
            missed.push(`${result.file} cell ${site.formula.cell ?? '-'}: ${mutated.slice(site.contentStart - 12, site.contentEnd + 12).replace(/\n/g, '⏎')}`);
          }
        }
        if (process.env.SHOW_MISSED) console.log(where, kind, missed.length, missed.slice(0, 40).join('\n'));
        expect(missed.length).toBeLessThanOrEqual(SAMPLE * 0.05);
      }, 60_000);
    }
  }
});
