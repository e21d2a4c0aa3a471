import type { Target } from './types.js';
/** What a pull request's comment previews: its formulas before and after, file by file, and the comment's marker. */

/** The hidden first line that marks the sticky comment of the run named `id` (the action's `id` input). */
export function commentMarker(id = 'mathrepro'): string {
  return `<!-- ${id}:sticky-comment -->`;
}

export const COMMENT_MARKER = commentMarker();

export interface FormulaPreview {
  kind: 'added' | 'changed';
  /** Head-side line of the formula in the file. */
  line: number;
  cell?: number;
  /** Renderable TeX (macros expanded) before and after. */
  before?: string;
  after: string;
  /** The formula has an error-severity finding. */
  broken: boolean;
  /** A page judged for GitHub and its site, broken on one of them only. */
  brokenOn?: Target;
  /**
   * Why GitHub cannot show the formula in this comment (it refuses a command the file's renderer has, with no
   * equivalent to write instead): it is shown as TeX, with this reason.
   */
  unshowable?: string;
}

export interface FilePreview {
  file: string;
  previews: FormulaPreview[];
  removed: number;
}

export const PAYLOAD_FILE = 'mathrepro-payload.json';
