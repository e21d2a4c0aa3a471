import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/config.js';
import { loadConfig } from '../config/load.js';
import { toPosix } from '../paths.js';
import { readAtRevision, resolveOrExplain, topLevel } from '../git/git.js';
import { repositoryNotebooks, repositoryReader } from './reproduce-files.js';
import { verify, type FileReader } from '../reproduce/verify.js';
import { type VerifyReport } from '../model/reproduce.js';
import { VerifyError } from '../model/errors.js';

/**
 * The REPRODUCE.md a run verifies: the one named (argument, input), else the configured one, else REPRODUCE.md when
 * the repository has one (written in any case: `reproduce.md`). Undefined when there is none to verify.
 */
export function reproduceDocument(root: string, config: ResolvedConfig, named?: string): string | undefined {
  const chosen = named || config.config.reproduce.file;
  if (chosen) return chosen;
  if (existsSync(join(root, 'REPRODUCE.md'))) return 'REPRODUCE.md';
  return entries(root).find((name) => name.toLowerCase() === 'reproduce.md');
}

/**
 * Documents that look like a reproduction document but are not the one verified by default (`REPRODUCIBILITY.md`,
 * `docs/REPRODUCE.md`): where none is verified, the run says so, naming them, rather than skip in silence.
 */
export function reproduceLookalikes(root: string): string[] {
  const like = (folder: string) =>
    entries(join(root, folder))
      .filter((name) => /^reproduc\w*\.md$/i.test(name))
      .map((name) => (folder ? `${folder}/${name}` : name));
  return [...like(''), ...like('docs'), ...like('doc')].filter((path) => path.toLowerCase() !== 'reproduce.md').slice(0, 5);
}

/** A folder's entries, or none when it cannot be read. */
function entries(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

export interface VerifyRequest {
  root: string;
  file?: string;
  configPath?: string;
  /** Configuration already loaded by the caller (else it is loaded from `configPath`). */
  config?: ResolvedConfig;
  /** Also read the results at this revision, for how each metric moved. */
  base?: string;
  /** Told each repository file the verification reads (the document, its sources). */
  onRead?: (path: string) => void;
  /**
   * Folders of executed results, one per job of a matrix (its downloaded artifact), relative to the root or
   * absolute: a source found in them is read from there instead of the repository.
   */
  resultFolders?: readonly string[];
  /** When this run started executing (ISO 8601): outputs older than that are stale. */
  executedAfter?: string;
}

/** `mathrepro verify`: the document from the argument, configuration or REPRODUCE.md, checked in the work tree. */
export function verifyRepository(request: VerifyRequest): VerifyReport {
  const config = request.config ?? loadConfig(request.root, request.configPath);
  const file = reproduceDocument(request.root, config, request.file) ?? 'REPRODUCE.md';
  const reader = repositoryReader(request.root);
  const read: FileReader = request.onRead
    ? (path) => {
        request.onRead!(path);
        return reader(path);
      }
    : reader;
  const document = read(file);
  if (!document.ok) {
    // Where none was named and a lookalike is there, the message names it.
    const lookalikes = request.file || config.config.reproduce.file ? [] : reproduceLookalikes(request.root);
    const hint = lookalikes.length > 0 ? ` (there is ${lookalikes.join(', ')}: name it with --file, or in .mathrepro.yml as reproduce.file)` : '';
    throw new VerifyError(`${file}: ${document.reason}${hint}`);
  }
  let readBaseFile: FileReader | undefined;
  if (request.base) {
    const top = topLevel(request.root) ?? request.root;
    const base = resolveOrExplain(top, request.base);
    const prefix = relative(top, request.root);
    readBaseFile = (path) => {
      const bytes = readAtRevision(top, base, join(prefix, path).split('\\').join('/'));
      return bytes ? { ok: true, text: Buffer.from(bytes).toString('utf8') } : { ok: false, reason: `not at ${request.base}` };
    };
  }
  const resultFolders = (request.resultFolders ?? []).map((folder) => {
    const full = resolve(request.root, folder);
    if (!existsSync(full)) throw new VerifyError(`${folder}: no such results folder`);
    return { label: toPosix(relative(request.root, full)) || '.', read: repositoryReader(full) };
  });
  return verify({
    file,
    text: document.text,
    readFile: read,
    configuredSources: config.config.reproduce.sources,
    listNotebooks: () => repositoryNotebooks(request.root),
    ...(readBaseFile ? { readBaseFile } : {}),
    ...(resultFolders.length ? { resultFolders } : {}),
    ...(request.executedAfter ? { executedAfter: executionStart(request.executedAfter) } : {}),
  });
}

/** `--executed-after`: an ISO 8601 time (`2026-12-06T10:00:00Z`) or seconds since 1970 (`date +%s`). */
function executionStart(written: string): Date {
  const date = /^\d+$/.test(written.trim()) ? new Date(Number(written.trim()) * 1000) : new Date(written);
  if (Number.isNaN(date.getTime()))
    throw new VerifyError(`--executed-after '${written}' is not a time: write it as 2026-12-06T10:00:00Z or seconds since 1970`);
  return date;
}
