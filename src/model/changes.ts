/** What a pull request changes, file by file, and the review suggestions mathrepro makes on it. */

/**
 * What a pull request changed in one file, on the head side, read from a unified diff: the lines it added or
 * modified, and the lines its hunks show (added plus context). That is what reviewdog's filter modes need.
 */
export interface FileChange {
  path: string;
  /** The path before a rename. */
  previousPath?: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Head-side line numbers added or modified; undefined when the diff is unknown (too large for the API). */
  addedLines?: Set<number>;
  /** Head-side line ranges of the hunks, [start, end] inclusive. */
  hunks?: Array<[number, number]>;
}

export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter';

export const FILTER_MODES: readonly FilterMode[] = ['added', 'diff_context', 'file', 'nofilter'];

/**
 * The fixes of a pull request's files as review suggestions: each run of changed lines of the fixed file becomes
 * one suggestion that replaces those lines (in a notebook, the raw JSON lines), so that a reviewer applies it with
 * one click. Only lines the pull request added or changed get one (GitHub takes review comments only on lines of
 * its diff, a multi-line one inside one hunk): a fix elsewhere is left to `mathrepro fix`.
 */

export interface Suggestion {
  path: string;
  /** The last line replaced (head side), and the first when it is more than one. */
  line: number;
  startLine?: number;
  body: string;
}
