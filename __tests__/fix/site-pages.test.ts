import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_REQUIRED } from '../helpers/fixtures.js';
import { arithmatexHtml, arithmatexMath, HAVE_ARITHMATEX } from '../helpers/arithmatex.js';
import { mathJaxFinds } from '../helpers/mathjax.js';
import { cli } from '../helpers/run.js';
import type { Diagnostic } from '../../src/model/types.js';

/**
 * A page an MkDocs site publishes is read on the site and on GitHub. A fix for GitHub (`$`…`$`, a ```math block)
 * must not break it on the site: Python-Markdown with pymdownx.arithmatex, the site's own Markdown, is the referee.
 */

/** A page whose math GitHub's Markdown pass breaks three ways, and which arithmatex renders whole. */
const PAGE = [
  '# Sets',
  '',
  'The set $\\{x \\mid x > 0\\}$ is open.',
  '',
  '$$',
  '\\begin{aligned}',
  'a &= b \\\\',
  'c &= d',
  '\\end{aligned}',
  '$$',
  '',
  'Here *$a^*$ and $b^*$* are duals.',
  '',
].join('\n');

const MATH_FENCE = [
  '      custom_fences:',
  '        - name: math',
  '          class: arithmatex',
  '          format: !!python/name:pymdownx.arithmatex.fence_generic_format',
];

/** An mkdocs.yml as sites write them: arithmatex, superfences (a custom math fence or none), MkDocs' `!ENV` tag. */
function mkdocsYml(mathFence: boolean): string {
  return [
    'site_name: Notes',
    'markdown_extensions:',
    '  - pymdownx.arithmatex:',
    '      generic: true',
    '  - pymdownx.superfences' + (mathFence ? ':' : ''),
    ...(mathFence ? MATH_FENCE : []),
    'plugins:',
    '  - git-revision-date-localized:',
    '      enabled: !ENV [CI, false]',
    '',
  ].join('\n');
}

function site(mathFence: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-mkdocs-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'mkdocs.yml'), mkdocsYml(mathFence));
  writeFileSync(join(root, 'docs', 'sets.md'), PAGE);
  return root;
}

async function diagnostics(root: string, ...flags: string[]): Promise<Diagnostic[]> {
  const { stdout } = await cli(['check', ...flags, '--format', 'json', '.'], root);
  return (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics;
}

describe('GitHub fixes on a page an MkDocs site publishes', () => {
  it('offers none in a form the site does not read as math, says why, and `mathrepro fix` leaves the page as the site renders it', async () => {
    const root = site(false);
    const found = await diagnostics(root, '--no-cache');
    const githubOnly = found.filter((d) => d.target === 'github');
    expect(githubOnly.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '3:10 markdown-in-math',
      '7:8 markdown-in-math',
      '12:7 shown-as-text',
      '12:17 shown-as-text',
    ]);
    for (const d of githubOnly) expect(d.fix).toBeUndefined();
    expect(githubOnly[0]!.message).toContain('the MkDocs site does not read $`…`$ as math, so no fix is offered');
    expect(githubOnly[1]!.message).toContain(
      'the MkDocs site does not read a ```math block as math, so no fix is offered: a custom fence of pymdownx.superfences',
    );

    const { stdout } = await cli(['fix', '.'], root);
    expect(stdout).toContain('Nothing to fix');
    expect(readFileSync(join(root, 'docs', 'sets.md'), 'utf8')).toBe(PAGE);
  });

  it('applies a ```math block where superfences makes it math with arithmatex, and keeps every formula of the site', async () => {
    const root = site(true);
    const found = await diagnostics(root, '--no-cache');
    const display = found.find((d) => d.line === 7)!;
    expect(display.fix?.description).toBe('written as a ```math block');
    expect(display.message).toMatch(/\(on GitHub\)$/);
    await cli(['fix', '.'], root);
    const fixed = readFileSync(join(root, 'docs', 'sets.md'), 'utf8');
    expect(fixed).toContain('```math\n\\begin{aligned}');
    // GitHub now typesets the display as written; the inline formulas keep their findings, with no fix.
    const after = await diagnostics(root, '--no-cache');
    expect(after.filter((d) => d.target === 'github').map((d) => `${d.line}:${d.column} ${d.rule} ${d.fix ? 'fix' : 'no fix'}`)).toEqual([
      '3:10 markdown-in-math no fix',
      '12:7 shown-as-text no fix',
      '12:17 shown-as-text no fix',
    ]);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    const before = arithmatexMath(arithmatexHtml(PAGE, { mathFence: true }));
    expect(before).toHaveLength(4);
    expect(arithmatexMath(arithmatexHtml(fixed, { mathFence: true }))).toEqual(before);
  });

  it('the fixes it used to apply on such a site broke its math there (the referee shows it)', () => {
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    const before = arithmatexMath(arithmatexHtml(PAGE));
    expect(before).toHaveLength(4);
    const githubForms = PAGE.replace('$\\{x \\mid x > 0\\}$', '$`\\{x \\mid x > 0\\}`$')
      .replace(/\$\$\n([\s\S]*?)\n\$\$/, '```math\n$1\n```')
      .replace('$a^*$', '$`a^*`$');
    const after = arithmatexMath(arithmatexHtml(githubForms));
    // The display is a code block there, and `$`…`$` is math around a code span: neither is the formula meant.
    expect(after.filter((tex) => before.includes(tex))).toEqual([before[3]]);
  });

  it("says where the site shows an author's ```math block as code, and nothing where a superfences math fence makes it math", async () => {
    const page = ['# Fenced', '', '```math', 'e^{i\\pi} + 1 = 0', '```', ''].join('\n');
    const withoutFence = site(false);
    writeFileSync(join(withoutFence, 'docs', 'sets.md'), page);
    const found = await diagnostics(withoutFence, '--no-cache');
    expect(found.map((d) => `${d.line}:${d.column} ${d.rule} ${d.target}`)).toEqual(['3:1 shown-as-text site']);
    expect(found[0]!.message).toMatch(/^This ```math block shows as code, not math: .* \(on the MkDocs site\)$/);
    // A page whose only math is the block, with no backslash or dollar in it, is read too.
    writeFileSync(join(withoutFence, 'docs', 'sets.md'), '# Energy\n\n```math\nE = mc^2\n```\n');
    const plain = await diagnostics(withoutFence, '--no-cache');
    expect(plain.map((d) => `${d.line}:${d.column} ${d.rule} ${d.target}`)).toEqual(['3:1 shown-as-text site']);
    const withFence = site(true);
    writeFileSync(join(withFence, 'docs', 'sets.md'), page);
    expect(await diagnostics(withFence, '--no-cache')).toEqual([]);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    expect(arithmatexMath(arithmatexHtml(page))).toEqual([]);
    expect(arithmatexMath(arithmatexHtml(page, { mathFence: true }))).toEqual(['\\[\ne^{i\\pi} + 1 = 0\n\\]']);
  });

  it('says where the site shows `$`…`$` as typed: MathJax finds no formula in what arithmatex writes for it', async () => {
    const page = 'Inline $`x^2`$ here, and $y$.\n';
    const root = site(false);
    writeFileSync(join(root, 'docs', 'sets.md'), page);
    const found = await diagnostics(root, '--no-cache');
    expect(found.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule} ${d.target}`)).toEqual(['1:8-1:15 shown-as-text site']);
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    expect(mathJaxFinds(arithmatexHtml(page))).toEqual(['y']);
  });

  it("takes the delimiters arithmatex's options leave it, as arithmatex does", async () => {
    const page = [
      'Dollars $a+b$, spaced $ c $, round \\(d\\).',
      '',
      'Closed before anything: $x$5, $y$$z$ and $100-$200; money $5 and $10 is none.',
      '',
      '$$',
      'e = f',
      '$$',
      '',
      '\\[',
      'g = h',
      '\\]',
      '',
      '\\begin{align}',
      'i &= j',
      '\\end{align}',
      '',
    ].join('\n');
    const settings: Array<Record<string, unknown>> = [
      {},
      { inline_syntax: ['round'], block_syntax: ['square'] },
      { inline_syntax: ['dollar'], block_syntax: ['dollar', 'begin'], smart_dollar: false },
    ];
    for (const options of settings) {
      const root = site(false);
      const yml = Object.entries(options).map(([key, value]) => `      ${key}: ${JSON.stringify(value)}`);
      writeFileSync(join(root, 'mkdocs.yml'), mkdocsYml(false).replace('      generic: true', ['      generic: true', ...yml].join('\n')));
      writeFileSync(join(root, 'docs', 'sets.md'), page);
      const { stdout } = await cli(['check', '--no-cache', '--format', 'formulas', '.'], root);
      const ours = stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { tex: string }).tex.trim());
      if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) continue;
      const theirs = arithmatexMath(arithmatexHtml(page, { config: { 'pymdownx.arithmatex': options } })).map((element) => element.slice(2, -2).trim());
      expect({ options, formulas: ours }).toEqual({ options, formulas: theirs });
    }
  });

  it('says where a $$ formula is no block of its own, and MathJax finds no display formula there in what arithmatex writes', async () => {
    const page = [
      'Text $$x^2$$ more.', // 1: beside text
      '',
      '$$a=1,$$', // 3: two in one block
      '$$b=2$$',
      '',
      '$$',
      'd', // 7
      '$$',
      'text after', // 9
      '',
      '$$',
      'e', // 12: alone
      '$$',
      '',
      '> $$f$$', // 15: alone in a quote
      '',
      '- $$g$$', // 17: alone in a list item
      '',
    ].join('\n');
    const root = site(false);
    writeFileSync(join(root, 'docs', 'sets.md'), page);
    const found = await diagnostics(root, '--no-cache');
    expect(found.map((d) => `${d.line}:${d.column} ${d.rule} ${d.target}`)).toEqual([
      '1:6 shown-as-text site',
      '3:1 shown-as-text site',
      '4:1 shown-as-text site',
      '6:1 shown-as-text site',
    ]);
    expect(found[1]!.message).toContain('another display formula shares its paragraph');
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    // The display formulas the reader sees: those alone in their block, and the two read as one, `$$` in it.
    expect(mathJaxFinds(arithmatexHtml(page), { displayOnly: true })).toEqual(['a=1,$$\n$$b=2', 'e', 'f', 'g']);
  });

  it('says the same of \\[…\\] and a bare environment, which arithmatex also takes only as a block of their own', async () => {
    const page = [
      'Text \\[y\\] more.',
      '',
      '\\[',
      'z',
      '\\]',
      '',
      'Text \\begin{align}a&=b\\end{align} more.',
      '',
      '\\begin{align}',
      'c &= d',
      '\\end{align}',
      '',
    ].join('\n');
    const root = site(false);
    writeFileSync(join(root, 'docs', 'sets.md'), page);
    const found = await diagnostics(root, '--no-cache');
    expect(found.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule} ${d.target}`)).toEqual([
      '1:6-1:8 shown-as-text site',
      '7:6-7:19 shown-as-text site',
      // (GitHub typesets no bare environment at all: its own finding, for its own reason.)
      '7:6-7:19 shown-as-text github',
      '9:1-9:14 shown-as-text github',
    ]);
    expect(found[0]!.message).toContain('the reader sees no display formula, but `[…]`');
    if (!HAVE_ARITHMATEX && !CORPUS_REQUIRED) return;
    expect(mathJaxFinds(arithmatexHtml(page), { displayOnly: true })).toEqual(['z', '\\begin{align}\nc &= d\n\\end{align}']);
  });

  it('reports a finding GitHub and the site make at one place for different reasons once for each, each saying its own', async () => {
    const root = site(false);
    writeFileSync(join(root, 'docs', 'sets.md'), '其中$$x^2$$为参数。\n');
    const found = await diagnostics(root, '--no-cache');
    expect(found.map((d) => `${d.line}:${d.column} ${d.rule} ${d.target}`)).toEqual(['1:3 shown-as-text site', '1:3 shown-as-text github']);
    expect(found[0]!.message).toMatch(/takes display math only as a paragraph of its own.*\(on the MkDocs site\)$/);
    expect(found[1]!.message).toMatch(/comes right before the `\$`\. Put a space before the `\$`\. \(on GitHub\)$/);
  });

  it('judges a page again when the site configuration changes, not from the cache', async () => {
    const root = site(false);
    const first = await diagnostics(root);
    expect(first.find((d) => d.line === 7)!.fix).toBeUndefined();
    writeFileSync(join(root, 'mkdocs.yml'), mkdocsYml(true));
    const second = await diagnostics(root);
    expect(second.find((d) => d.line === 7)!.fix?.description).toBe('written as a ```math block');
  });
});
