import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, '__tests__', 'fixtures');
/** The team's shared corpus of real research repositories, beside the checkout. */
export const CORPUS = resolve(REPO, '..', 'shared', 'corpus');
/** CI sets this so that a missing corpus fails the run instead of skipping the corpus tests. */
export const CORPUS_REQUIRED = process.env.MATHREPRO_REQUIRE_CORPUS === '1';
export const HAVE_CORPUS = existsSync(CORPUS);
if (CORPUS_REQUIRED && !HAVE_CORPUS) throw new Error(`the shared corpus is required but missing at ${CORPUS}`);

/**
 * Expectations written into a Markdown fixture as HTML comments (which are never math):
 * `<!-- expect: rule -->` on the offending line, `<!-- expect+N: rule -->` / `<!-- expect-N: rule -->` for a
 * line N below or above (a line inside a math block cannot hold a comment).
 */
export function expectedFindings(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const expected: string[] = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/<!-- expect([+-]\d+)?: ([\w-]+(?:, *[\w-]+)*) -->/g)) {
      const line = index + 1 + Number(match[1] ?? 0);
      for (const rule of match[2]!.split(/, */)) expected.push(`${line} ${rule}`);
    }
  });
  return expected.sort();
}

/**
 * A repository in a temporary folder holding `files` (paths relative to its root, folders made as needed), with a
 * `.git` folder so that mathrepro takes it for one (`git: false`: a plain folder).
 */
export function repositoryWith(files: Record<string, string | Uint8Array>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'mathrepro-repo-'));
  if (options.git !== false) mkdirSync(join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}
