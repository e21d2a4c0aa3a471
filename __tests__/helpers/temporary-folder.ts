import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test's temporary files live in one folder made for the run and removed after it: tests create theirs with
 * mkdtemp under os.tmpdir(), which the workers read from TMPDIR, set here before they start; the CLI's cache as well.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'mathrepro-tests-'));
  process.env.TMPDIR = folder;
  // The CLI's result cache too: never the user's own ~/.cache/mathrepro.
  process.env.MATHREPRO_CACHE_DIR = join(folder, 'cache');
  return () => rmSync(folder, { recursive: true, force: true });
}
