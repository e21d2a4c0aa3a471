import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { buildWithoutReading as buildScript } from '../scripts/bench/github-reading.mjs';
import { REPO, repositoryWith } from './helpers/fixtures.js';

/**
 * `npm run bench` times the CLI against itself built without GitHub's reading of Markdown. That build is made from
 * the sources with one module replaced: it must still build as the sources change, and still leave the reading out.
 */
const buildWithoutReading = buildScript as () => Promise<{ cli: string; remove(): void }>;

describe("the bench's CLI without GitHub's reading", () => {
  it("builds from the sources and checks a file, with the author's dollar pairs as GitHub's formulas", async () => {
    const without = await buildWithoutReading();
    try {
      const root = repositoryWith({ 'a.md': '其中$x$为参数，$\\frac{1}{2$ 坏了。\n' });
      writeFileSync(join(root, '.mathrepro.yml'), 'targets:\n  site: off\n');
      const run = (cli: string) => spawnSync(process.execPath, [cli, 'check', '--no-cache', '--format', 'json', 'a.md'], { cwd: root, encoding: 'utf8' });
      const rules = (cli: string) => (JSON.parse(run(cli).stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule);
      // With the reading, GitHub shows both as typed (a CJK character before each `$`); without it, the pairs are
      // typeset as found and the broken one is a syntax error.
      expect(rules(join(REPO, 'dist', 'cli.js'))).toEqual(['shown-as-text', 'shown-as-text']);
      expect(rules(without.cli)).toEqual(['syntax-error']);
    } finally {
      without.remove();
    }
  }, 60_000);
});
