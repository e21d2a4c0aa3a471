import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import type { Diagnostic } from '../../src/model/types.js';
import { CORPUS, FIXTURES, HAVE_CORPUS } from '../helpers/fixtures.js';

const NOTEBOOKS = join(FIXTURES, 'notebooks');
const raw = readFileSync(join(NOTEBOOKS, 'macros.ipynb'), 'utf8');
const rawLines = raw.split('\n');

/** The raw .ipynb text that a diagnostic's line and column point at. */
function rawAt(d: Diagnostic, length: number): string {
  return rawLines[d.line - 1]!.slice(d.column - 1, d.column - 1 + length);
}

describe('notebooks', () => {
  const { report } = runCheck({ root: NOTEBOOKS, paths: ['macros.ipynb'] });

  it('reports exactly the problems of the markdown cells, with cells and lines within them', () => {
    expect(report.diagnostics.map((d) => [d.rule, d.cell, d.cellLine])).toEqual([
      ['unknown-command', 2, 2],
      ['syntax-error', 3, 2],
      ['syntax-error', 5, 1],
      ['syntax-error', 7, 1],
    ]);
    // Macros defined in cell 0 and in the Markdown output of code cell 6 are known in later cells.
    expect(report.summary.formulas).toBe(9);
  });

  it('places line and column where the character sits inside the JSON string', () => {
    const [unknown, superscript, taggedCell, lastCell] = report.diagnostics as [Diagnostic, Diagnostic, Diagnostic, Diagnostic];
    // After a \t escape in the same JSON string: the column counts the escape's two characters.
    expect(rawAt(unknown, 16)).toBe('\\\\undefinedmacro');
    expect(unknown.endColumn - unknown.column).toBe('\\\\undefinedmacro'.length);
    // `source` given as one string holding a \n escape: the second cell line is on the same file line.
    expect(superscript.line).toBe(rawLines.findIndex((l) => l.includes('Line two has')) + 1);
    expect(rawAt(superscript, 1)).toBe('^');
    expect(rawAt(taggedCell, 1)).toBe('^');
    // After \ud83d\ude00 (one character, twelve in the file), at the closing dollar.
    expect(rawAt(lastCell, 1)).toBe('$');
    expect(rawLines[lastCell.line - 1]!.slice(0, lastCell.column - 1)).toMatch(/\\ud83d\\ude00 \$\\\\alpha\^\{\\\\beta$/);
  });

  it('never reads code cells as Markdown', () => {
    expect(report.diagnostics.some((d) => d.cell === 1)).toBe(false);
  });

  it('reports a notebook that is not JSON, or of an unknown nbformat, on that file and checks the others', () => {
    const run = runCheck({ root: NOTEBOOKS, paths: [] });
    const byFile = (file: string) => run.report.diagnostics.filter((d) => d.file === file);
    expect(byFile('not-json.ipynb')).toEqual([
      expect.objectContaining({ rule: 'file-unreadable', severity: 'error', line: 1, column: 58, message: expect.stringContaining('not valid JSON') }),
    ]);
    expect(byFile('nbformat2.ipynb')[0]!.message).toContain('nbformat 2');
    expect(byFile('macros.ipynb')).toHaveLength(4);
  });
});

describe('one mistake, one finding', () => {
  it('reports a brace that runs a formula on over the next dollars once, not also the words it swallowed and the missing `}`', () => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-cause-'));
    const cell = { cell_type: 'markdown', id: 'a', metadata: {}, source: '$\\bar{x$ broken.\nThird line fine: $y_i$.' };
    writeFileSync(join(root, 'n.ipynb'), JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    const { report } = runCheck({ root, paths: ['n.ipynb'] });
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:68 swallowed-text']);
    expect(report.diagnostics[0]!.message).toContain('is never closed, and JupyterLab ends a formula only where its braces balance');
  });
});

describe('notebooks with text beyond ASCII', () => {
  // The same cells three ways: characters written raw (Jupyter's way), escapes beyond U+00FF mixed with raw
  // characters, and every character escaped including \u00e9-style ones (json.dump's default).
  const files = ['unicode-raw.ipynb', 'unicode-mixed.ipynb', 'unicode-escaped.ipynb'];
  const run = runCheck({ root: NOTEBOOKS, paths: files });

  it.each(files)('reads the cells of %s as the same text, with positions in the raw file', (file) => {
    const diagnostics = run.report.diagnostics.filter((d) => d.file === file);
    expect(diagnostics.map((d) => [d.rule, d.cell, d.cellLine, d.source])).toEqual([
      ['unknown-command', 0, 3, '\\text{café} = \\frac{1}{2} m v^2 \\undefinedé'],
      ['syntax-error', 2, 1, '\\alpha^{β'],
    ]);
    const lines = readFileSync(join(NOTEBOOKS, file), 'utf8').split('\n');
    const [unknown, unclosed] = diagnostics as [Diagnostic, Diagnostic];
    expect(lines[unknown.line - 1]!.slice(unknown.column - 1, unknown.endColumn - 1)).toBe('\\\\undefined');
    expect(lines[unclosed.line - 1]![unclosed.column - 1]).toBe('$');
    const formulas = run.files.find((f) => f.file === file)!.formulas.map((f) => f.tex);
    expect(formulas).toEqual(['\\text{café} = \\frac{1}{2} m v^2 \\undefinedé', '\\alpha^{β']);
  });
});

describe('notebooks laid out unusually', () => {
  it('places findings exactly when a "source" key sits in metadata and a source holds a non-string', () => {
    const file = 'odd-layout.ipynb';
    const { report } = runCheck({ root: NOTEBOOKS, paths: [file] });
    const lines = readFileSync(join(NOTEBOOKS, file), 'utf8').split('\n');
    const at = (d: Diagnostic) => lines[d.line - 1]!.slice(d.column - 1);
    const [first, second] = report.diagnostics as [Diagnostic, Diagnostic];
    expect([first.cell, first.cellLine, at(first)]).toEqual([0, 1, '^$\\n",']);
    expect([second.cell, second.cellLine, at(second)]).toEqual([1, 1, '$ here"']);
  });

  it('places findings exactly after an entry of the cells list that is not a cell', () => {
    const file = 'null-cell.ipynb';
    const { report } = runCheck({ root: NOTEBOOKS, paths: [file] });
    const lines = readFileSync(join(NOTEBOOKS, file), 'utf8').split('\n');
    const [finding] = report.diagnostics as [Diagnostic];
    expect([finding.cell, finding.cellLine, lines[finding.line - 1]!.slice(finding.column - 1)]).toEqual([0, 2, '$ formula"']);
  });
});

describe.skipIf(!HAVE_CORPUS)('notebooks from the shared corpus', () => {
  it('knows macros defined in a multi-line $ block of the first markdown cell in every later cell (DA-tutorials)', () => {
    const root = join(CORPUS, 'nansencenter__DA-tutorials');
    const { report } = runCheck({ root, paths: ['notebooks'] });
    expect(report.summary.formulas).toBeGreaterThan(1500);
    expect(report.diagnostics).toEqual([]);
  });

  it('reads nbformat 3 notebooks (worksheets) instead of skipping them', () => {
    const root = join(CORPUS, 'CamDavidsonPilon__Probabilistic-Programming-and-Bayesian-Methods-for-Hackers');
    const { files } = runCheck({ root, paths: ['sandbox'] });
    expect(files.length).toBe(2);
    for (const file of files) expect(file.formulas.length).toBeGreaterThan(0);
  });

  it('uses macros from a Jupyter Book _config.yml (tfl-training-rl)', () => {
    const root = join(CORPUS, 'aai-institute__tfl-training-rl');
    const { report } = runCheck({ root, paths: ['notebooks'] });
    expect(report.diagnostics.filter((d) => d.rule === 'unknown-command')).toEqual([]);
  });
});

describe('notebooks with plots', () => {
  // Image outputs are left out before the notebook is parsed (they hold no math); positions still count them.
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-plots-'));
  const base64 = Buffer.alloc(9000, 7).toString('base64');
  const plot = { output_type: 'display_data', metadata: {}, data: { 'image/png': base64.replace(/(.{76})/g, '$1\n'), 'text/plain': ['<Figure>'] } };
  const cells = [
    { cell_type: 'code', execution_count: 1, metadata: {}, source: ['plot()'], outputs: [plot] },
    { cell_type: 'markdown', metadata: {}, attachments: { 'fig.png': { 'image/png': base64 } }, source: ['![fig](attachment:fig.png) and $\\frac{1}{2$ here'] },
  ];
  const notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
  writeFileSync(join(root, 'indented.ipynb'), JSON.stringify(notebook, null, 1));
  writeFileSync(join(root, 'one-line.ipynb'), JSON.stringify(notebook));
  // Broken JSON inside an image's data: a control character, and an escape JSON does not have.
  const broken = (replacement: string) => JSON.stringify(notebook).replace(base64.slice(0, 6000), `${base64.slice(0, 6000)}${replacement}`);
  writeFileSync(join(root, 'control-character.ipynb'), broken('\u0001'));
  writeFileSync(join(root, 'bad-escape.ipynb'), broken('\\x'));
  // The same at the very end of the data (the last bytes are tested one by one, the rest four at a time).
  writeFileSync(join(root, 'control-character-at-end.ipynb'), JSON.stringify(notebook).replace(`${base64}"`, `${base64}\u0002"`));
  // Bytes that are not UTF-8, in the image data and in a cell.
  const latin1 = (text: string) => Buffer.from(text, 'latin1');
  writeFileSync(join(root, 'latin1-in-image.ipynb'), latin1(broken('\u00e9')));
  writeFileSync(join(root, 'latin1-in-cell.ipynb'), latin1(JSON.stringify(notebook).replace('here', 'h\u00e9re')));
  const { report } = runCheck({ root, paths: [] });
  const byFile = (file: string) => report.diagnostics.filter((d) => d.file === file);
  const rawText = (file: string) => readFileSync(join(root, file), 'utf8');

  it.each(['indented.ipynb', 'one-line.ipynb'])('places a finding after an image exactly (%s)', (file) => {
    const [finding, ...others] = byFile(file);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ rule: 'syntax-error', cell: 1 });
    const line = rawText(file).split('\n')[finding!.line - 1]!;
    expect(line.slice(finding!.column - 1)).toMatch(/^\$ here"/);
  });

  it.each(['latin1-in-image.ipynb', 'latin1-in-cell.ipynb'])(
    'says Jupyter cannot open a notebook that is not UTF-8, and still checks its math (%s)',
    (file) => {
      const found = byFile(file).map((d) => `${d.rule} ${d.severity}`);
      expect(found.sort()).toEqual(['file-unreadable error', 'syntax-error error']);
      expect(byFile(file).find((d) => d.rule === 'file-unreadable')!.message).toContain('not UTF-8 here: Jupyter cannot open it');
    },
  );

  it.each([
    ['control-character.ipynb', '\u0001'],
    ['bad-escape.ipynb', '\\x'],
    ['control-character-at-end.ipynb', '\u0002'],
  ])('still reports broken JSON inside image data, where it is (%s)', (file, inserted) => {
    const [finding] = byFile(file);
    expect(finding).toMatchObject({ rule: 'file-unreadable', line: 1, message: expect.stringContaining('not valid JSON') });
    // At the string that holds it (the JSON tokenizer reports the token): the attachment's data, not the plot's.
    const text = rawText(file);
    const at = text.indexOf(inserted);
    const stringStart = text.lastIndexOf('"', at);
    expect(text.slice(stringStart - 12, stringStart)).toBe('"image/png":');
    expect(stringStart).toBeGreaterThan(text.indexOf('attachments'));
    expect(finding!.column - 1).toBe(stringStart);
  });
});

describe('notebooks Jupyter opens, and files it does not', () => {
  const check = (text: string) => {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-nb-'));
    writeFileSync(join(root, 'n.ipynb'), text);
    return runCheck({ root, paths: [] }).report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
  };

  it('reads a notebook holding NaN or Infinity (Python writes them, Jupyter opens them), at the same positions', () => {
    const text =
      '{"cells": [{"cell_type": "markdown", "metadata": {"score": NaN, "top": -Infinity}, "source": "a $x^2^3$"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}';
    expect(check(text)).toEqual([`1:${text.indexOf('x^2^3') + 4} syntax-error Double superscript`]);
  });

  it('calls a JSON file whose "cells" is not a list, or that has none, not a notebook: never 0 formulas and a pass', () => {
    expect(check('{"cells": "notalist", "nbformat": 4}')).toEqual([
      '1:1 file-unreadable Notebook is not a notebook: "cells" is not a list; Jupyter cannot open it.',
    ]);
    expect(check('{"loss": 0.5}')).toEqual(['1:1 file-unreadable Notebook is not a notebook: it has no "cells"; Jupyter cannot open it.']);
  });
});
