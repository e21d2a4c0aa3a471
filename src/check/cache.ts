import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FileResult } from '../model/results.js';

/**
 * Results of earlier runs, by file content: a file whose bytes, settings and mathrepro build are the same as last
 * time is not checked again (pre-commit and local runs repeat themselves). One JSON file per repository in the
 * user's cache folder; a damaged or foreign file is ignored, never trusted to decide a result it cannot match.
 */
export class ResultCache {
  private readonly entries = new Map<string, { key: string; result: FileResult }>();
  private changed = false;
  private readonly path: string;

  /** `salt` is everything besides the file that a result depends on: the build, the configuration. */
  constructor(
    root: string,
    private readonly salt: string,
    folder = defaultCacheFolder(),
  ) {
    this.path = join(folder, `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.json`);
    try {
      const stored = JSON.parse(readFileSync(this.path, 'utf8')) as { salt?: string; entries?: Record<string, { key: string; result: FileResult }> };
      if (stored.salt === salt && stored.entries) for (const [file, entry] of Object.entries(stored.entries)) this.entries.set(file, entry);
    } catch {
      // No cache yet, or not one of ours: start empty.
    }
  }

  /** The key of a file's content with the settings it was checked under. */
  static key(bytes: Uint8Array, settings: string): string {
    return createHash('sha1').update(settings).update('\u0000').update(bytes).digest('base64');
  }

  get(file: string, key: string): FileResult | undefined {
    const entry = this.entries.get(file);
    return entry && entry.key === key ? entry.result : undefined;
  }

  set(file: string, key: string, result: FileResult): void {
    this.entries.set(file, { key, result });
    this.changed = true;
  }

  /** Writes the cache (atomically) when it changed; a cache that cannot be written only costs speed. */
  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(join(this.path, '..'), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ salt: this.salt, entries: Object.fromEntries(this.entries) }));
      renameSync(temporary, this.path);
      this.changed = false;
    } catch {
      // read-only home, full disk: the next run checks again
    }
  }
}

export function defaultCacheFolder(): string {
  if (process.env.MATHREPRO_CACHE_DIR) return process.env.MATHREPRO_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'mathrepro');
}
