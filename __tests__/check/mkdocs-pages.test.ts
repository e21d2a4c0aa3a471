import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { repositoryWith } from '../helpers/fixtures.js';

/**
 * The bodies of an MkDocs page's admonitions, collapsible blocks and tabs are Markdown on its site (Python-Markdown's
 * admonition, pymdownx.details, pymdownx.tabbed), where CommonMark reads an indented code block: their math is
 * found and checked for the site, each finding at its place in the file.
 */
const MKDOCS = [
  'site_name: Notes',
  'markdown_extensions:',
  '  - pymdownx.arithmatex:',
  '      generic: true',
  '  - admonition',
  '  - pymdownx.details',
  '  - pymdownx.superfences',
  '  - pymdownx.tabbed:',
  '      alternate_style: true',
  '',
].join('\n');

function siteFindings(page: string, mkdocs = MKDOCS) {
  const root = repositoryWith({ 'mkdocs.yml': mkdocs, 'docs/page.md': page });
  const { files, report } = runCheck({ root, paths: [] });
  const file = files.find((result) => result.file === 'docs/page.md')!;
  return {
    formulas: file.formulas.map((formula) => `${formula.line}:${formula.column} ${formula.tex}`),
    findings: report.diagnostics.filter((d) => d.target !== 'github').map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule}`),
  };
}

describe('MkDocs pages: admonitions, collapsible blocks and tabs', () => {
  it('finds the math of their bodies where it is written, a finding on the line and column of the file', () => {
    const page = [
      '# Notes', // 1
      '', // 2
      '!!! info "Definition"', // 3
      '    Let $a_0 \\in \\mathbb Z$ be given.', // 4
      '', // 5
      '    $$r = \\frac{1}{a_1$$', // 6
      '', // 7
      '??? example', // 8
      '    $$', // 9
      '    \\begin{aligned}', // 10
      '    a &= \\lamda \\\\', // 11
      '    \\end{aligned}', // 12
      '    $$', // 13
      '', // 14
      '=== "Tab"', // 15
      '', // 16
      '    Inside a tab, $\\alpha$.', // 17
      '', // 18
      'After them, $x$.', // 19
      '',
    ].join('\n');
    const { formulas, findings } = siteFindings(page);
    expect(formulas).toEqual([
      '4:9 a_0 \\in \\mathbb Z',
      '6:5 r = \\frac{1}{a_1',
      '9:5 \n\\begin{aligned}\na &= \\lamda \\\\\n\\end{aligned}\n',
      '17:19 \\alpha',
      '19:13 x',
    ]);
    // The formula that ends inside a brace, where it ends; the misspelt command on line 11, past the body's indentation.
    expect(findings).toEqual(['6:23-6:24 syntax-error', '11:10-11:16 unknown-command']);
  });

  it('reads nested blocks, and leaves a marker in fenced code, a body with less indentation and an extension the site does not enable alone', () => {
    const page = [
      '!!! note', // 1
      '    !!! warning "Inner"', // 2
      '        Nested $\\beta$.', // 3
      '', // 4
      '```text', // 5
      '!!! note', // 6
      '    $\\notmath$', // 7
      '```', // 8
      '', // 9
      '!!! tip', // 10
      'Not indented: $\\gamma$ is a paragraph after it.', // 11
      '',
    ].join('\n');
    expect(siteFindings(page).formulas).toEqual(['3:16 \\beta', '11:15 \\gamma']);
    // Without pymdownx.details, a `???` block's body is an indented code block on the site too.
    const details = ['??? example', '', '    Hidden $\\delta$.', ''].join('\n');
    expect(siteFindings(details).formulas).toEqual(['3:12 \\delta']);
    expect(siteFindings(details, MKDOCS.replace('  - pymdownx.details\n', '')).formulas).toEqual([]);
  });
});
