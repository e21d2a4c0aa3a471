import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/fixtures.js';

/**
 * The layers, as the source states them: entry points (cli.ts, index.ts, action/) call the use cases (app/), which
 * call the domain; github/ holds the REST calls and git/ the local git. The domain never reaches up.
 */
const SRC = join(REPO, 'src');
const DOMAIN = ['scan', 'math', 'reproduce', 'report', 'env', 'config', 'check', 'pr'];
const ABOVE_DOMAIN = ['app', 'action', 'github', 'git'];

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : /\.(ts|cjs)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

/** The folders under src/ a file imports from (its own relative imports, resolved). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((match) => relative(SRC, resolve(dirname(file), match[1]!)).split('/')[0]!);
}

describe('the layers', () => {
  it('keep the domain folders free of use cases, entry points, GitHub and git', () => {
    const offences = DOMAIN.flatMap((folder) =>
      sources(join(SRC, folder)).flatMap((file) =>
        importedFolders(file)
          .filter((target) => ABOVE_DOMAIN.includes(target))
          .map((target) => `${relative(SRC, file)} → ${target}/`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('keep github/ to REST calls: it uses no use case, no entry point and no local git', () => {
    const offences = sources(join(SRC, 'github')).flatMap((file) =>
      importedFolders(file)
        .filter((target) => ['app', 'action', 'git'].includes(target))
        .map((target) => `${relative(SRC, file)} → ${target}/`),
    );
    expect(offences).toEqual([]);
  });

  it('leave @actions/* to the action and Octokit to github/', () => {
    const uses = (pattern: RegExp) =>
      sources(SRC)
        .filter((file) => pattern.test(readFileSync(file, 'utf8')))
        .map((file) => relative(SRC, file).split('/')[0]);
    expect(new Set(uses(/from '@actions\//))).toEqual(new Set(['action']));
    expect(new Set(uses(/octokit\.(rest|paginate|request)\b/))).toEqual(new Set(['github']));
  });
});
