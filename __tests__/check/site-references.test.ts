import { describe, expect, it } from 'vitest';
import { repositoryWith } from '../helpers/fixtures.js';
import { runCheck } from '../../src/app/check.js';

const found = (root: string) => runCheck({ root, paths: [] }).report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);

describe('equation references as the site resolves them', () => {
  it('MyST: a {eq} role to no :label: or (name)= target, and a label defined twice', () => {
    const notes = [
      '# Energy',
      '',
      '```{math}',
      ':label: eq-energy',
      'E = mc^2',
      '```',
      '',
      '(eq-momentum)=',
      '$$',
      'p = mv',
      '$$',
      '',
      'See {eq}`eq-energy`, {eq}`the momentum <eq-momentum>` and {eq}`eq-missing`.',
      '',
      '```{math}',
      ':label: eq-energy',
      'F = ma',
      '```',
      '',
    ].join('\n');
    const root = repositoryWith({ 'myst.yml': 'project:\n  title: x\n', 'notes.md': notes });
    expect(found(root)).toEqual(['notes.md:13:64 unresolved-reference', 'notes.md:16:9 duplicate-label']);
  });

  it('Quarto: @eq- to no {#eq-} label; an e-mail address is no reference', () => {
    const root = repositoryWith({ 'paper.qmd': '$$\nE = mc^2\n$$ {#eq-energy}\n\nAs @eq-energy shows, and @eq-missing does not. Mail me@eq-host.org.\n' });
    expect(found(root)).toEqual(['paper.qmd:5:26 unresolved-reference']);
  });
});
