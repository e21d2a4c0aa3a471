import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultDirectives } from 'myst-directives';
import { exerciseDirectives } from 'myst-ext-exercise';
import { proofDirective } from 'myst-ext-proof';
import { mystParse } from 'myst-parser';
import { defaultRoles } from 'myst-roles';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { FIXTURES, expectedFindings } from '../helpers/fixtures.js';

const MYST = join(FIXTURES, 'myst');

/** The TeX of every math node mystmd's own parser finds, with the directives a MyST book uses. */
function mystFormulas(text: string): string[] {
  const tree = mystParse(text, { directives: [...defaultDirectives, proofDirective, ...exerciseDirectives], roles: defaultRoles });
  const found: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'math' || node.type === 'inlineMath') found.push(node.value!.trim());
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as unknown as Parameters<typeof walk>[0]);
  return found.sort();
}

/** mathrepro's formulas, without the `split` wrapping Sphinx adds (mystmd's tree holds the math as written). */
function mathreproFormulas(file: string): string[] {
  const { files } = runCheck({ root: MYST, paths: [file] });
  return files[0]!.formulas.map((f) => f.tex.replace(/^\\begin\{split\}([^]*)\\end\{split\}$/, '$1').trim()).sort();
}

describe("MyST: mystmd's parser as referee", () => {
  for (const file of readdirSync(MYST).filter((name) => name.endsWith('.md'))) {
    it(`${file}: the same formulas as mystmd, directive bodies and roles included, options left out`, () => {
      expect(mathreproFormulas(file)).toEqual(mystFormulas(readFileSync(join(MYST, file), 'utf8')));
    });

    it(`${file}: each finding on the line that says it is expected`, () => {
      const { report } = runCheck({ root: MYST, paths: [file] });
      expect(report.diagnostics.map((d) => `${d.line} ${d.rule}`).sort()).toEqual(expectedFindings(join(MYST, file)));
    });
  }
});

describe('MyST projects', () => {
  const page = '```{note}\nA broken $\\frac{1}{2$ in a note.\n```\n';
  function findingsIn(site: Record<string, string>): string[] {
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-myst-'));
    for (const [name, text] of Object.entries(site)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return runCheck({ root, paths: [] }).report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`);
  }

  it('reads Markdown as MyST under a myst.yml, a _toc.yml or a Jupyter Book _config.yml', () => {
    expect(findingsIn({ 'myst.yml': 'version: 1\n', 'docs/a.md': page })).toEqual(['docs/a.md:2 syntax-error']);
    expect(findingsIn({ 'book/_toc.yml': 'format: jb-book\nroot: a\n', 'book/a.md': page })).toEqual(['book/a.md:2 syntax-error']);
    expect(findingsIn({ '_config.yml': 'title: A book\nexecute:\n  execute_notebooks: off\n', 'a.md': page })).toEqual(['a.md:2 syntax-error']);
  });

  it("leaves Markdown GitHub's under a Jekyll _config.yml (a directive fence is code there)", () => {
    expect(findingsIn({ '_config.yml': 'theme: minima\n', 'a.md': page })).toEqual([]);
  });
});

describe('MyST tables: a | inside math, as mystmd reads it', () => {
  it('finds the formulas mystmd finds (a table cuts $|x|$ into cells) and reports the cut one', () => {
    const text = ['| norm | value |', '|---|---|', '| $|x|$ | 1 |', '| $\\vert z \\vert$ | 3 |', '', 'Outside a table $|x|$ is math.', ''].join('\n');
    const root = mkdtempSync(join(tmpdir(), 'mathrepro-myst-'));
    writeFileSync(join(root, 'myst.yml'), 'version: 1\n');
    writeFileSync(join(root, 'table.md'), text);
    const { report, files } = runCheck({ root, paths: ['table.md'] });
    expect(files[0]!.formulas.map((f) => f.tex.trim()).sort()).toEqual(mystFormulas(text));
    expect(report.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['3 table-pipe']);
  });
});
